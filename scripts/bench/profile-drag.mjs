#!/usr/bin/env node
/**
 * Where the time of dragging a range in `<shortlist-criteria>` goes, at the benchmark's 4× CPU
 * slowdown: a DevTools trace and a CPU profile of N pointer moves of the weight's maximum on the
 * fixture of `node scripts/bench.mjs criteria-interaction` (10,000 products × 10 criteria), moved
 * as that benchmark moves it, each after the previous one's frame has painted.
 *
 *   node scripts/bench/profile-drag.mjs [moves]
 *   TRACE_OUT=drag.json node scripts/bench/profile-drag.mjs   # also saves the trace (open it in DevTools' Performance panel)
 *
 * Needs a build (`npm run build`). The figures of record are that benchmark's; this only
 * explains them (profiling slows the page down: use it for proportions).
 */
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../chrome.mjs';
import { createStorefrontServer } from '../serve.mjs';
import { printProfile, printTrace } from './profile-report.mjs';

const [moves = '40'] = process.argv.slice(2);
const server = createStorefrontServer({ mounts: { '/shortlist/': 'packages/embed/dist', '/bench/': 'scripts/bench', '/bench/build/': 'reports/bench-build' } });
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true, protocolTimeout: 300_000 });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${origin}/bench/criteria-interaction.html?kind=sdk`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('shortlist-results')?.shadowRoot?.querySelector('[part~=item]') && document.querySelector('shortlist-criteria')?.shadowRoot?.querySelector('[part~=count]'), { timeout: 60_000 });
  const thumb = await page.evaluate(() => {
    const input = document.querySelector('shortlist-criteria').shadowRoot.querySelector('fieldset input[type=range][name=high]');
    const box = input.getBoundingClientRect();
    const share = (input.valueAsNumber - Number(input.min)) / (Number(input.max) - Number(input.min));
    return { x: box.left + 12 + share * (box.width - 24), y: box.top + box.height / 2 };
  });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 })));
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'v8'] });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.mouse.move(thumb.x, thumb.y);
  await page.mouse.down();
  let x = thumb.x;
  const times = [];
  for (let move = 0; move < Number(moves); move++) {
    x += (Math.floor(move / 10) % 2 === 0 ? -1 : 1) * 10;
    const before = await page.evaluate(() => document.querySelector('shortlist-criteria').shadowRoot.querySelector('legend').textContent);
    await page.evaluate((before) => {
      window.__painted = new Promise((resolve) => {
        addEventListener('pointermove', () => {
          const t0 = performance.now();
          const check = () => requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => (document.querySelector('shortlist-criteria').shadowRoot.querySelector('legend').textContent !== before ? resolve(performance.now() - t0) : check());
            channel.port2.postMessage(0);
          });
          check();
        }, { capture: true, once: true });
      });
    }, before);
    await page.mouse.move(x, thumb.y);
    times.push(await page.evaluate(() => window.__painted));
  }
  const { profile } = await cdp.send('Profiler.stop');
  const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
  if (process.env.TRACE_OUT) (await import('node:fs')).writeFileSync(process.env.TRACE_OUT, JSON.stringify(trace));
  await page.mouse.up();
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`${times.length} moves, pointermove → painted frame (profiled): median ${sorted[sorted.length >> 1].toFixed(1)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)].toFixed(1)}, max ${sorted.at(-1).toFixed(1)} ms`);
  console.log(`  each: ${times.map((t) => t.toFixed(0)).join(' ')}\n`);
  printTrace(trace);
  await printProfile(profile);
} finally {
  await browser.close();
  server.close();
}
