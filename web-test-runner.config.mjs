import { esbuildPlugin } from '@web/dev-server-esbuild';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';
import { STRICT_CSP } from './examples/strict-csp/csp.mjs';
import { chromeArgs, chromePath } from './scripts/chrome.mjs';
import { wtrCommands } from './scripts/wtr-commands.mjs';

const site = 'examples/storefront/site';

/**
 * Serves the built demo storefront at the root, as `npm start` does, so end-to-end tests can
 * open its pages in frames: its absolute paths (/laptops/, /p/…, /catalog.json) are files of
 * the site, and /shortlist/ is the embed build.
 */
function storefront(context, next) {
  const { path } = context;
  const missing = /^\/embed-missing\/([\w-]+)\/(.*)$/.exec(path);
  if (missing) {
    // The script-tag build with one chunk gone (a deploy that lost a file): /embed-missing/<chunk>/shortlist.js
    const [, chunk, file] = missing;
    if (file.startsWith(`chunks/${chunk}-`)) {
      context.status = 404;
      return;
    }
    context.path = `/packages/embed/dist/${file}`;
  } else if (path.startsWith('/shortlist/')) context.path = `/packages/embed/dist/${path.slice('/shortlist/'.length)}`;
  else if (path !== '/' && existsSync(`${site}${path}`)) context.path = `/${site}${path.endsWith('/') ? `${path}index.html` : path}`;
  return next();
}

/**
 * Serves the strict-CSP example at /strict-csp/ under its policy, byte for byte as `npm start`
 * does: the dev server's own transforms would change the hashed inline script and add one.
 */
const strictCspFolder = resolve('examples/strict-csp');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
async function strictCsp(context, next) {
  if (!context.path.startsWith('/strict-csp/')) return next();
  const file = resolve(strictCspFolder, `.${context.path.slice('/strict-csp'.length)}`.replace(/\/$/, '/index.html'));
  if (!file.startsWith(`${strictCspFolder}${sep}`) || !Object.hasOwn(TYPES, extname(file)) || !existsSync(file)) return next();
  context.type = TYPES[extname(file)];
  context.body = await readFile(file);
  context.set('Content-Security-Policy', STRICT_CSP);
}

// Keep a test page's timers and frames running even when it is not in front: views render
// in slices, and a throttled page would wait on them.
const testArgs = [...chromeArgs, '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'];

export default {
  files: ['packages/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts'],
  middleware: [strictCsp, storefront],
  nodeResolve: { exportConditions: ['source', 'development', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), wtrCommands()],
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromePath(), args: testArgs } })],
  // One page at a time: the modal dialog, focus and keyboard tests need the page in front.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  // nanostores reads process.env.NODE_ENV; browsers have no `process`.
  testRunnerHtml: (testFramework) => `<!doctype html><html><head>
    <script>window.process = { env: { NODE_ENV: 'development' } };</script>
    </head><body><script type="module" src="${testFramework}"></script></body></html>`,
};
