#!/usr/bin/env node
/**
 * Where the time of add-to-tray clicks on the storefront's listing (/laptops/) goes, at the
 * benchmark's 4× CPU slowdown: a DevTools trace of N clicks (each from an idle page), the main
 * thread's self time by trace event, the style recalculations and layouts, what invalidated
 * style, and a CPU profile mapped to the sources (self and inclusive time by function).
 *
 *   node scripts/bench/profile-listing.mjs [clicks] [path]
 *
 * Needs a build (`npm run build`). The figures of record are `node scripts/bench.mjs add-to-tray`'s.
 */
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../chrome.mjs';
import { createStorefrontServer } from '../serve.mjs';
import { printProfile, selfTimes } from './profile-report.mjs';

const [clicks = '10', path = '/laptops/'] = process.argv.slice(2);
const server = createStorefrontServer({ mounts: { '/shortlist/': 'packages/embed/dist' } });
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true, protocolTimeout: 120_000 });
try {
  const page = await (await browser.createBrowserContext()).newPage();
  // Only the storefront: any other request is aborted, as in the benchmark.
  await page.setRequestInterception(true);
  page.on('request', (request) => (new URL(request.url()).origin === origin || request.url().startsWith('data:') ? request.continue() : request.abort('blockedbyclient')));
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.shortlist === 'function' && !window.shortlist.q);
  await page.evaluate(() => window.shortlist('get').ready); 
  const ids = await page.evaluate((count) => {
    const shortlist = window.shortlist('get');
    return [...document.querySelectorAll('shortlist-compare-button')].map((element) => element.getAttribute('product')).filter((id) => shortlist.addability(id) === 'ok').slice(0, count);
  }, Number(clicks));
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const idle = () => page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 500 })));
  await idle();
  const handles = [];
  for (const id of ids) handles.push(await page.evaluateHandle((id) => document.querySelector(`shortlist-compare-button[product="${CSS.escape(id)}"]`).shadowRoot.querySelector('button'), id));
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.invalidationTracking', 'v8.execute', 'blink'] });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const times = [];
  for (const button of handles) {
    await button.evaluate((b) => b.scrollIntoView({ block: 'center' }));
    await idle();
    await page.evaluate(() => {
      window.__done = new Promise((resolve) => addEventListener('click', () => resolve(performance.now()), { capture: true, once: true }));
    });
    await button.click();
    const t0 = await page.evaluate(() => window.__done);
    const end = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => { const channel = new MessageChannel(); channel.port1.onmessage = () => resolve(performance.now()); channel.port2.postMessage(0); })));
    times.push(end - t0);
  }
  const { profile } = await cdp.send('Profiler.stop');
  const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
  console.log(`click → next frame (ms): ${times.map((t) => t.toFixed(1)).join(', ')}`);
  const events = trace.traceEvents;
  const work = (thread) => events.filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X').length;
  const main = events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').sort((a, b) => work(b) - work(a))[0];
  const slices = events.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Only the work inside click tasks and the frames right after them: from each click to its next paint.
  const clickEvents = slices.filter((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'click');
  const windows = clickEvents.map((click, index) => [slices.filter((event) => event.name === 'RunTask' && event.ts <= click.ts).at(-1)?.ts ?? click.ts, click.ts + times[index] * 1000]);
  const inWindow = (event) => windows.some(([from, to]) => event.ts >= from && event.ts < to);
  const { self, busy } = selfTimes(slices.filter(inWindow));
  console.log(`main thread busy in the ${clickEvents.length} clicks' windows: ${(busy / 1000).toFixed(1)} ms; self time by trace event (ms, total):`);
  for (const [name, time] of [...self].filter(([, t]) => t > 300).sort((a, b) => b[1] - a[1]).slice(0, 16)) console.log(`  ${(time / 1000).toFixed(1).padStart(8)}  ${name}`);
  const recalc = slices.filter(inWindow).filter((event) => event.name === 'UpdateLayoutTree' || event.name === 'Layout');
  console.log('style recalcs / layouts in the windows (ms, elements):');
  for (const event of recalc.slice(0, 40)) console.log(`  ${event.name} ${(event.dur / 1000).toFixed(1)} ${JSON.stringify(event.args?.elementCount ?? event.args?.beginData ?? '')}`);
  const invalidations = events.filter((event) => event.name?.startsWith('StyleInvalidatorInvalidationTracking') || event.name === 'StyleRecalcInvalidationTracking' || event.name === 'ScheduleStyleInvalidationTracking');
  const reasons = new Map();
  for (const event of invalidations) {
    const data = event.args?.data ?? {};
    const key = `${event.name}: ${data.reason ?? ''} ${data.nodeName ?? ''} ${data.invalidationList ? JSON.stringify(data.invalidationList).slice(0, 120) : ''} ${data.changedAttribute ?? data.changedClass ?? data.changedPseudo ?? ''}`;
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
  }
  console.log('invalidations (count):');
  for (const [key, count] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${String(count).padStart(5)}  ${key}`);
  await printProfile(profile);
} finally {
  await browser.close();
  server.close();
}
