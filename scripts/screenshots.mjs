#!/usr/bin/env node
/**
 * Screenshots of what a shopper sees on the demo storefront, for the README and the docs:
 * PNGs in docs/images/, made from the current build so they stay current.
 *
 *   npm run screenshots               # builds first, then takes every shot
 *   node scripts/screenshots.mjs tray # only the shots whose name contains an argument
 *
 * The storefront is served in-process on 127.0.0.1 (scripts/serve.mjs); each shot runs in a
 * fresh browser context (empty storage), in headless Chromium (scripts/chrome.mjs).
 *
 * Adding a shot: an entry in SHOTS with its `name` (the file name), `viewport` (puppeteer's:
 * width, height, deviceScaleFactor, isMobile, hasTouch) and `steps(page)`, which opens a page and
 * brings it to the state to show; reuse the steps below (`open`, `addToCompare`, `openTray`,
 * `openComparison`, `listingWithTrayOpen`).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from './chrome.mjs';
import { createStorefrontServer } from './serve.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUTPUT = join(ROOT, 'docs/images');
const TIMEOUT = 30_000;
const DESKTOP = { width: 1280, height: 800, deviceScaleFactor: 1 };
/** The in-process storefront's origin, once it listens. */
let origin;

const SHOTS = [
  { name: 'tray', viewport: DESKTOP, steps: (page) => listingWithTrayOpen(page, 3) },
  {
    name: 'comparison',
    viewport: DESKTOP,
    async steps(page) {
      await listingWithTrayOpen(page, 4);
      await openComparison(page);
    },
  },
];

/** The laptop listing with its first `count` products in the tray, and the tray's panel open. */
async function listingWithTrayOpen(page, count) {
  await open(page, '/laptops/');
  await addToCompare(page, count);
  await openTray(page);
}

/** Opens a storefront page and waits until Shortlist has started and loaded its catalog. */
async function open(page, path) {
  const response = await page.goto(new URL(path, origin).href, { waitUntil: 'load', timeout: TIMEOUT });
  if (!response?.ok()) throw new Error(`${path} answered ${response?.status() ?? 'nothing'}`);
  await page.waitForFunction(() => typeof window.shortlist === 'function' && !window.shortlist.q, { timeout: TIMEOUT });
  await page.evaluate(() => window.shortlist('get').ready);
}

/** Presses the compare buttons of the page's first `count` products. */
async function addToCompare(page, count) {
  await page.evaluate((count) => {
    for (const element of [...document.querySelectorAll('shortlist-compare-button')].slice(0, count)) element.shadowRoot.querySelector('button').click();
  }, count);
  await page.waitForFunction((count) => window.shortlist('get').$tray.get().length === count, { timeout: TIMEOUT }, count);
}

/** Expands the tray and waits for its panel to list the products. */
async function openTray(page) {
  await page.evaluate(() => document.querySelector('shortlist-tray').shadowRoot.querySelector('[part~=toggle]').click());
  await page.waitForFunction(() => document.querySelector('shortlist-tray').shadowRoot.querySelector('shortlist-tray-panel')?.shadowRoot?.querySelector('[part~=item]'), {
    timeout: TIMEOUT,
  });
}

/** Presses the panel's "Compare" and waits for the dialog to show every product. */
async function openComparison(page) {
  await page.evaluate(() =>
    document.querySelector('shortlist-tray').shadowRoot.querySelector('shortlist-tray-panel').shadowRoot.querySelector('[part~=compare]').click(),
  );
  await page.waitForFunction(
    () => {
      const root = document.querySelector('shortlist-compare[modal]')?.shadowRoot;
      return root?.querySelector('dialog[open]') && root.querySelectorAll('th[scope=col]').length === window.shortlist('get').$tray.get().length;
    },
    { timeout: TIMEOUT },
  );
}

/** Waits until fonts, the images in view and rendering have settled, so no shot catches a half-drawn frame. */
async function settle(page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    // Lazy images out of view never load; those in view do.
    const inView = (image) => {
      const { top, bottom } = image.getBoundingClientRect();
      return bottom > 0 && top < innerHeight;
    };
    const loading = [...document.images].filter((image) => !image.complete && inView(image));
    await Promise.all(loading.map((image) => new Promise((resolve) => ['load', 'error'].forEach((type) => image.addEventListener(type, resolve, { once: true })))));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

async function main() {
  const only = process.argv.slice(2);
  const shots = SHOTS.filter(({ name }) => !only.length || only.some((part) => name.includes(part)));
  const server = createStorefrontServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true, protocolTimeout: TIMEOUT * 2 });
  try {
    await mkdir(OUTPUT, { recursive: true });
    for (const shot of shots) {
      const context = await browser.createBrowserContext();
      try {
        const page = await context.newPage();
        await page.setViewport(shot.viewport);
        // The screenshots show the store's own pages only: nothing else is fetched.
        await page.setRequestInterception(true);
        page.on('request', (request) => (request.url().startsWith(origin) ? request.continue() : request.abort()));
        await shot.steps(page);
        await settle(page);
        const file = join(OUTPUT, `${shot.name}.png`);
        await page.screenshot({ path: file });
        console.log(`docs/images/${shot.name}.png`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
