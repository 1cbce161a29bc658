#!/usr/bin/env node
/**
 * A small static server for the demo storefront (`npm start`), with no dependencies.
 * Serves examples/storefront/site/ at `/`, the embed build at `/shortlist/`, and the
 * strict-CSP example at `/strict-csp/` under its Content-Security-Policy.
 *
 *   node scripts/serve.mjs            # http://localhost:8080/, or a free port if 8080 is taken
 *   PORT=3000 node scripts/serve.mjs
 */
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import { basename, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { STRICT_CSP } from '../examples/strict-csp/csp.mjs';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The demo's mounts: the embed build, and the strict-CSP example under its policy. */
const MOUNTS = { '/shortlist/': 'packages/embed/dist', '/strict-csp/': 'examples/strict-csp' };
const MOUNT_HEADERS = { '/strict-csp/': { 'Content-Security-Policy': STRICT_CSP } };

/**
 * Creates the storefront server (not listening yet). `root` is served at `/`; each mount maps
 * a URL prefix to a folder (relative to the repository root), and `mountHeaders` adds response
 * headers to a mount's files.
 */
export function createStorefrontServer({ root = 'examples/storefront/site', mounts = MOUNTS, mountHeaders = MOUNT_HEADERS } = {}) {
  // Longest prefix first, so `/shortlist/` wins over `/`.
  const table = Object.entries({ ...mounts, '/': root })
    .map(([prefix, folder]) => ({ prefix, folder: resolve(REPO_ROOT, folder), headers: mountHeaders[prefix] ?? {} }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  const rootFolder = resolve(REPO_ROOT, root);

  return http.createServer(async (request, response) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return send(request, response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      }
      const pathname = decodePath(request.url);
      if (pathname === undefined) return send(request, response, 400, 'Bad request');
      const mount = table.find(({ prefix }) => pathname.startsWith(prefix));
      const file = insideFolder(mount.folder, pathname.slice(mount.prefix.length));
      if (!file) return send(request, response, 403, 'Forbidden');

      const stats = await stat(file).catch(() => undefined);
      if (stats?.isDirectory()) {
        // Relative links in an index page need the trailing slash.
        if (!pathname.endsWith('/')) return send(request, response, 301, 'Moved', { Location: `${pathname}/` });
        return serveFile(request, response, join(file, 'index.html'), rootFolder, mount.headers);
      }
      return serveFile(request, response, file, rootFolder, mount.headers, stats);
    } catch (error) {
      console.error(error);
      if (!response.headersSent) send(request, response, 500, 'Internal server error');
      else response.destroy();
    }
  });
}

/** The request's path, percent-decoded; undefined when it cannot be decoded or holds a NUL. */
function decodePath(url) {
  try {
    const pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
    return pathname.includes('\0') ? undefined : pathname;
  } catch {
    return undefined;
  }
}

/** The file for `relative` inside `folder`, or undefined when `..` (decoded or not) would leave it. */
function insideFolder(folder, relative) {
  const file = join(folder, relative);
  return file === folder || file.startsWith(folder + sep) ? file : undefined;
}

async function serveFile(request, response, file, rootFolder, extra, stats) {
  stats ??= await stat(file).catch(() => undefined);
  if (!stats?.isFile()) return notFound(request, response, rootFolder);
  // The build does not link its source maps from the scripts (see rollup.config.mjs): this header does.
  const sourceMap = file.endsWith('.js') && (await stat(`${file}.map`).catch(() => undefined)) ? { SourceMap: `${basename(file)}.map` } : {};
  response.writeHead(200, { ...headers(contentType(file), stats.size), ...sourceMap, ...extra });
  if (request.method === 'HEAD') return response.end();
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}

/** The site's own 404 page when it has one. */
async function notFound(request, response, rootFolder) {
  const page = join(rootFolder, '404.html');
  const stats = await stat(page).catch(() => undefined);
  if (!stats?.isFile()) return send(request, response, 404, 'Not found');
  response.writeHead(404, headers(contentType(page), stats.size));
  if (request.method === 'HEAD') return response.end();
  createReadStream(page).pipe(response);
}

function send(request, response, status, text, extra = {}) {
  const body = `${text}\n`;
  response.writeHead(status, { ...headers(MIME_TYPES['.txt'], Buffer.byteLength(body)), ...extra });
  response.end(request.method === 'HEAD' ? undefined : body);
}

const contentType = (file) => MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

function headers(type, length) {
  return {
    'Content-Type': type,
    'Content-Length': length,
    // Always revalidate: a rebuilt SDK or site shows up on the next reload.
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  };
}

/** Listens on `port`, or on any free port when that one is taken. Resolves to the port used. */
function listen(server, port, host) {
  return new Promise((resolvePort, reject) => {
    const onError = (error) => {
      if (error.code !== 'EADDRINUSE' || port === 0) return reject(error);
      console.warn(`Port ${port} is in use; picking a free one.`);
      server.listen(0, host);
    };
    server.on('error', onError);
    server.once('listening', () => {
      server.off('error', onError);
      resolvePort(server.address().port);
    });
    server.listen(port, host);
  });
}

async function main() {
  const site = join(REPO_ROOT, 'examples/storefront/site');
  if (!existsSync(site)) {
    console.error('The demo storefront has not been generated yet: run `npm run build` first.');
    process.exit(1);
  }
  if (!existsSync(join(REPO_ROOT, 'packages/embed/dist'))) {
    console.warn('packages/embed/dist is missing, so /shortlist/shortlist.js will 404: run `npm run build`.');
  }
  const port = await listen(createStorefrontServer(), Number(process.env.PORT) || 8080, '127.0.0.1');
  console.log(`\n  Shortlist demo storefront: http://localhost:${port}/\n  Under a strict CSP:        http://localhost:${port}/strict-csp/\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
