#!/usr/bin/env node
/**
 * Where the time of one comparison interaction goes, at the benchmark's 4× CPU slowdown: a
 * DevTools trace (script, style, layout, paint… of the main thread) and a CPU profile whose
 * functions are mapped back to the TypeScript sources through the build's source maps.
 *
 *   node scripts/bench/profile-compare.mjs                   # open <shortlist-compare> (warm: 2nd open)
 *   node scripts/bench/profile-compare.mjs remove            # remove a column (all rows rendered)
 *   node scripts/bench/profile-compare.mjs differences       # "Only differences"
 *   node scripts/bench/profile-compare.mjs fill              # open, until every row is rendered
 *   node scripts/bench/profile-compare.mjs scroll            # 1.5 s of horizontal scrolling (all rows rendered)
 *   node scripts/bench/profile-compare.mjs open naive        # the same on the naive baseline
 *
 * Needs a build (`npm run build`). Uses the fixture of `node scripts/bench.mjs comparison`
 * (compare.html); the figures of record are that benchmark's, this only explains them.
 */
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../chrome.mjs';
import { createStorefrontServer } from '../serve.mjs';
import { printProfile, printTrace } from './profile-report.mjs';

const [action = 'open', kind = 'sdk'] = process.argv.slice(2);
if (!['open', 'fill', 'remove', 'differences', 'scroll'].includes(action) || !['sdk', 'naive'].includes(kind)) {
  console.error('usage: profile-compare.mjs [open|fill|remove|differences|scroll] [sdk|naive]');
  process.exit(2);
}

const server = createStorefrontServer({ mounts: { '/shortlist/': 'packages/embed/dist', '/bench/': 'scripts/bench' } });
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${origin}/bench/compare.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.benchReady === 100, { timeout: 30_000 });

  // The page's own helpers, in the page (no closures).
  await page.evaluate(() => {
    const element = () => document.querySelector('shortlist-compare');
    const dialog = (kind) => (kind === 'naive' ? document.getElementById('naive-dialog') : element()?.shadowRoot?.querySelector('dialog[part~="dialog"]'));
    window.__p = {
      dialog,
      openButton: (kind) =>
        kind === 'naive'
          ? document.getElementById('naive-open')
          : document.querySelector('shortlist-tray')?.shadowRoot?.querySelector('shortlist-tray-panel')?.shadowRoot?.querySelector('button[part~="compare"]'),
      shown: (kind) => !!dialog(kind)?.open && !!dialog(kind).querySelector('td'),
      complete: (kind) => (kind === 'naive' ? Promise.resolve() : element().updateComplete),
      control: (kind, text) => [...dialog(kind).querySelectorAll('label')].find((label) => label.textContent.trim() === text)?.control,
      remove: (kind) => [...dialog(kind).querySelectorAll('button[aria-label^="Remove "]')][3],
      // Scrolls the table's scroll box from the start at 2400 px/s in every frame for `ms` (as the benchmark does).
      scroll: (kind, ms) =>
        new Promise((resolve) => {
          const scroller = dialog(kind).querySelector('table').parentElement;
          scroller.scrollLeft = 0;
          let start;
          const frame = (now) => {
            start ??= now;
            scroller.scrollLeft = (2400 * (now - start)) / 1000;
            if (now - start < ms) requestAnimationFrame(frame);
            else resolve(performance.now());
          };
          requestAnimationFrame(frame);
        }),
      // Resolves after the first painted frame in which `test` holds.
      painted: (test) =>
        new Promise((resolve) => {
          const frame = () => {
            const done = test();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => (done ? resolve(performance.now()) : requestAnimationFrame(frame));
            channel.port2.postMessage(undefined);
          };
          requestAnimationFrame(frame);
        }),
    };
  });
  if (kind === 'sdk') {
    await page.evaluate(() => (document.querySelector('shortlist-tray').expanded = true));
    await page.waitForFunction(() => window.__p.openButton('sdk'));
  }
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const open = async () => {
    const button = await page.evaluateHandle((kind) => window.__p.openButton(kind), kind);
    await button.click();
    await page.waitForFunction((kind) => window.__p.shown(kind), { timeout: 60_000, polling: 'raf' }, kind);
    await page.evaluate((kind) => window.__p.complete(kind), kind);
  };
  const idle = () => page.evaluate(() => new Promise((resolve) => setTimeout(() => requestIdleCallback(resolve, { timeout: 3000 }), 500)));
  // Warm: the lazy chunk loaded and compiled, one open and close done.
  await open();
  await page.keyboard.press('Escape');
  await idle();
  if (action === 'remove' || action === 'differences' || action === 'scroll') await open();
  await idle();

  /** Traces and profiles `run`, then prints where the main thread's time went. */
  const record = async (run) => {
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'v8'] });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await run();
    const { profile } = await cdp.send('Profiler.stop');
    const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
    printTrace(trace);
    await printProfile(profile);
  };

  if (action === 'scroll') {
    await record(async () => {
      const [t0, end] = await page.evaluate((kind) => Promise.all([performance.now(), window.__p.scroll(kind, 1500)]), kind);
      console.log(`${kind} scroll: ${(end - t0).toFixed(1)} ms of horizontal scrolling (4x CPU)\n`);
    });
  } else {
    const target =
      action === 'open' || action === 'fill'
        ? await page.evaluateHandle((kind) => window.__p.openButton(kind), kind)
        : action === 'remove'
          ? await page.evaluateHandle((kind) => window.__p.remove(kind), kind)
          : await page.evaluateHandle((kind) => window.__p.control(kind, 'Only differences'), kind);
    if (!(await target.evaluate((element) => element instanceof HTMLElement))) throw new Error(`nothing to click for ${action} (${kind})`);
    const label = action === 'remove' ? await target.evaluate((element) => element.getAttribute('aria-label')) : action;
    await record(async () => {
      const before = await page.evaluate((kind) => {
        const removeCount = window.__p.dialog(kind)?.querySelectorAll('button[aria-label^="Remove "]').length;
        window.__done = new Promise((resolve) => addEventListener('click', () => resolve(performance.now()), { capture: true, once: true })).then(async (t0) => ({ t0 }));
        return removeCount;
      }, kind);
      await target.click();
      const { t0 } = await page.evaluate(() => window.__done);
      const end = await page.evaluate(
        (kind, action, before) => {
          const p = window.__p;
          if (action === 'open') return p.painted(() => p.shown(kind));
          if (action === 'fill') return p.complete(kind).then(() => p.painted(() => true));
          if (action === 'remove') return p.painted(() => p.dialog(kind).querySelectorAll('button[aria-label^="Remove "]').length < before);
          return p.painted(() => true);
        },
        kind,
        action,
        before,
      );
      console.log(`${kind} ${label}: click dispatch → painted ${(end - t0).toFixed(1)} ms (4x CPU)\n`);
    });
  }
} finally {
  await browser.close();
  server.close();
}
