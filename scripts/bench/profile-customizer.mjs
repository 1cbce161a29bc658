#!/usr/bin/env node
/**
 * Where the time of option changes in `<shortlist-customizer>` goes, at the benchmark's 4× CPU
 * slowdown: a DevTools trace and a CPU profile of N changes on the fixture of
 * `node scripts/bench.mjs customize-option-change` (a random product of 10 groups × 20 values
 * with 30 rules), each chosen as that benchmark chooses, 200 ms apart.
 *
 *   node scripts/bench/profile-customizer.mjs [changes] [seed]
 *
 * Needs a build (`npm run build`) and the fixture's bundle (`node scripts/bench.mjs
 * customize-option-change` makes it). The figures of record are that benchmark's; this only
 * explains them (profiling slows the page down: use it for proportions).
 */
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../chrome.mjs';
import { createStorefrontServer } from '../serve.mjs';
import { printProfile, printTrace } from './profile-report.mjs';

const [changes = '40', seed = '1'] = process.argv.slice(2);
const server = createStorefrontServer({ mounts: { '/shortlist/': 'packages/embed/dist', '/bench/': 'scripts/bench', '/bench/build/': 'reports/bench-build' } });
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true, protocolTimeout: 300_000 });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${origin}/bench/customizer.html?seed=${seed}`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('shortlist-customizer')?.shadowRoot?.querySelectorAll('[part~="value"]').length >= 200, { timeout: 30_000 });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'v8'] });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const times = await page.evaluate(async (count) => {
    const root = document.querySelector('shortlist-customizer').shadowRoot;
    const frameDone = () => new Promise((resolve) => requestAnimationFrame(() => { const channel = new MessageChannel(); channel.port1.onmessage = resolve; channel.port2.postMessage(0); }));
    const measured = [];
    for (let change = 0; change < count; change++) {
      // As the benchmark picks: a value that can be chosen and is not, of the next group in turn that has one.
      const open = [...root.querySelectorAll('[part~="group"]')].map((group) => [...group.querySelectorAll('input[type=radio]:not(:checked):not(:disabled)')]).filter((values) => values.length);
      if (!open.length) break;
      const values = open[change % open.length];
      const input = values[(change * 7) % values.length];
      input.closest('label').scrollIntoView({ block: 'center' });
      await new Promise((resolve) => setTimeout(resolve, 200));
      const start = performance.now();
      input.click();
      await frameDone();
      measured.push(performance.now() - start);
    }
    return measured;
  }, Number(changes));
  const { profile } = await cdp.send('Profiler.stop');
  const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`${times.length} changes, click → painted frame (profiled): median ${sorted[sorted.length >> 1].toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms\n`);
  printTrace(trace);
  await printProfile(profile);
} finally {
  await browser.close();
  server.close();
}
