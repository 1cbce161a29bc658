#!/usr/bin/env node
/**
 * Screenshots of the comparison as shoppers see it, for docs/compare.md: on a phone (390 × 844)
 * and on a desktop (1366 × 900), with laptops of the demo store in the tray, opened from the
 * tray's "Compare" button (the dialog), and the demo store's compare page with an empty tray
 * (the inline comparison). Writes docs/images/compare-*.png.
 *
 *   npm run build && node scripts/screenshots-compare.mjs
 *
 * Each shot starts in a fresh browser context (a first-time shopper: the legend of the column
 * buttons shows). Only loopback traffic: the demo store is served in-process.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from './chrome.mjs';
import { createStorefrontServer } from './serve.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'docs/images');
const PHONE = { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const DESKTOP = { width: 1366, height: 900, deviceScaleFactor: 1 };

/** What each screenshot shows: the viewport, how many laptops, and what to do once the comparison is open. */
const SHOTS = [
  { file: 'compare-phone.png', viewport: PHONE, products: 8, open: openComparison },
  { file: 'compare-phone-options.png', viewport: PHONE, products: 8, open: openComparison, then: openOptions },
  { file: 'compare-phone-one.png', viewport: PHONE, products: 1, open: openComparison },
  { file: 'compare-phone-empty.png', viewport: PHONE, products: 0, open: showComparePage },
  { file: 'compare-desktop.png', viewport: DESKTOP, products: 8, open: openComparison },
  { file: 'compare-desktop-empty.png', viewport: DESKTOP, products: 0, open: showComparePage },
];

const server = createStorefrontServer();
await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
try {
  await mkdir(OUT, { recursive: true });
  for (const shot of SHOTS) {
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      // Nothing but the demo store: no request leaves the machine.
      await page.setRequestInterception(true);
      page.on('request', (request) => (new URL(request.url()).origin === origin || request.url().startsWith('data:') ? request.continue() : request.abort()));
      await page.setViewport(shot.viewport);
      await page.goto(`${origin}/laptops/`, { waitUntil: 'load' });
      await fillTray(page, shot.products);
      await shot.open(page);
      await settle(page);
      await shot.then?.(page);
      await page.screenshot({ path: join(OUT, shot.file) });
      console.log(`docs/images/${shot.file}`);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}

/** Puts the first `count` laptops of the listing in the tray (kept in the demo store's storage). */
async function fillTray(page, count) {
  await page.waitForFunction(() => typeof window.shortlist === 'function' && !window.shortlist.q);
  await page.evaluate(async (count) => {
    const shortlist = window.shortlist('get');
    await shortlist.ready;
    const ids = [...document.querySelectorAll('shortlist-compare-button')].map((button) => button.getAttribute('product'));
    shortlist.setTray(ids.slice(0, count));
  }, count);
}

/** Presses the tray panel's "Compare": the comparison opens as a dialog. */
async function openComparison(page) {
  await page.evaluate(() => (document.querySelector('shortlist-tray').expanded = true));
  const compare = await page.waitForFunction(() =>
    document.querySelector('shortlist-tray')?.shadowRoot?.querySelector('shortlist-tray-panel')?.shadowRoot?.querySelector('button[part~="compare"]'),
  );
  await compare.click();
  await page.waitForFunction(() => document.querySelector('shortlist-compare[modal]')?.shadowRoot?.querySelector('dialog[open]'));
}

/** The demo store's compare page, scrolled to its inline comparison. */
async function showComparePage(page) {
  await page.goto(new URL('/compare.html', page.url()).href, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('shortlist-compare')?.shadowRoot?.querySelector('[part~="empty"]:not(:empty)'));
  await page.evaluate(() => document.querySelector('.compare-section').scrollIntoView());
}

/** Waits until the comparison has rendered everything, its images and fonts, and a frame. */
async function settle(page) {
  await page.evaluate(async () => {
    const element = document.querySelector('shortlist-compare');
    await element.updateComplete;
    await Promise.all([...element.shadowRoot.querySelectorAll('img')].map((image) => image.decode().catch(() => {})));
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/** Opens the sheet of view options (a narrow comparison's "View options"). */
async function openOptions(page) {
  const button = await page.evaluateHandle(() => document.querySelector('shortlist-compare[modal]').shadowRoot.querySelector('[part~="options-button"]'));
  await button.click();
  await page.waitForFunction(() => document.querySelector('shortlist-compare[modal]').shadowRoot.querySelector('dialog.sheet[open]'));
  await new Promise((resolve) => setTimeout(resolve, 300));
}
