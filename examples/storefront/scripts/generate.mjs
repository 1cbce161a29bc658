#!/usr/bin/env node
/**
 * Generates the demo storefront into examples/storefront/site/ (wiped first): catalog.json,
 * placeholder images, and the home, category, product, compare and 404 pages.
 * Deterministic: the same catalog, byte for byte, on every run.
 *
 *   node examples/storefront/scripts/generate.mjs
 */
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalog, CATEGORIES, IMAGES_PER_CATEGORY, toCatalogInput } from '../catalog/build.mjs';
import { FAVICON_SVG, placeholderSvg } from '../render/images.mjs';
import { categoryPage, comparePage, createSite, homePage, notFoundPage, productPage } from '../render/pages.mjs';

// Paths from this file, so the script works from any working directory.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SITE = join(ROOT, 'site');

const started = performance.now();
const catalog = buildCatalog();
const site = createSite(catalog, CATEGORIES);

const pages = [
  homePage(site),
  comparePage(site),
  notFoundPage(site),
  ...site.categories.flatMap((category) => [categoryPage(site, category), ...category.products.map((product) => productPage(site, category, product))]),
];
const images = [
  { path: 'img/favicon.svg', html: FAVICON_SVG },
  ...site.categories.flatMap(({ key }) => Array.from({ length: IMAGES_PER_CATEGORY }, (_, i) => ({ path: `img/${key}-${i + 1}.svg`, html: placeholderSvg(key, i + 1) }))),
];

await rm(SITE, { recursive: true, force: true });
await cp(join(ROOT, 'public'), SITE, { recursive: true });
await writeFile(join(SITE, 'catalog.json'), `${JSON.stringify(toCatalogInput(catalog))}\n`);
await Promise.all(
  [...pages, ...images].map(async ({ path, html }) => {
    await mkdir(dirname(join(SITE, path)), { recursive: true });
    await writeFile(join(SITE, path), html);
  }),
);

const counts = site.categories.map(({ key, products }) => `${products.length} ${key}`).join(', ');
const elapsed = Math.round(performance.now() - started);
console.log(`Storefront: ${catalog.products.length} products (${counts}), ${pages.length} pages, ${images.length} images → ${SITE} in ${elapsed} ms`);
