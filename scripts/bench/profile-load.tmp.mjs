// Ad-hoc (lead's): copy into scripts/bench/ of your worktree to run; do not commit.
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../chrome.mjs';
import { createStorefrontServer } from '../serve.mjs';
import { printProfile, printTrace } from './profile-report.mjs';
const [path = '/bench/criteria-interaction.html?kind=sdk', probe = 'criteria'] = process.argv.slice(2);
const server = createStorefrontServer({ mounts: { '/shortlist/': 'packages/embed/dist', '/bench/': 'scripts/bench', '/bench/build/': 'reports/bench-build' } });
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true, protocolTimeout: 300_000 });
const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 900 });
const cdp = await page.createCDPSession();
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'v8'] });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(`http://127.0.0.1:${server.address().port}${path}`, { waitUntil: 'load' });
if (probe === 'criteria') await page.waitForFunction(() => document.querySelector('shortlist-results')?.shadowRoot?.querySelector('[part~=item]') && document.querySelector('shortlist-criteria')?.shadowRoot?.querySelector('[part~=count]'), { timeout: 120_000 });
else await page.waitForFunction(probe, { timeout: 120_000 });
await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
const { profile } = await cdp.send('Profiler.stop');
const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
printTrace(trace);
const events = trace.traceEvents;
const mainThread = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((t) => [t, events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X').length]).sort((a, b) => b[1] - a[1])[0][0];
const tasks = events.filter((e) => e.pid === mainThread.pid && e.tid === mainThread.tid && e.ph === 'X' && e.name === 'RunTask' && e.dur > Number(process.env.MIN ?? 50) * 1000).sort((a, b) => a.ts - b.ts);
const lastN = Number(process.env.LAST ?? 3);
for (const task of tasks.slice(-lastN)) {
  const inside = events.filter((e) => e.pid === mainThread.pid && e.tid === mainThread.tid && e.ph === 'X' && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur && e.dur > 3000 && e !== task);
  if (process.env.DETAIL) for (const e of inside) console.log('   ', (e.dur / 1000).toFixed(1), e.name, JSON.stringify(e.args?.data ?? e.args ?? {}).slice(0, 160));
  const samples = [], deltas = [0];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const d = profile.timeDeltas[i + 1] ?? 0;
    if (t >= task.ts && t < task.ts + task.dur) { samples.push(profile.samples[i]); deltas.push(d); }
  }
  console.log(`\n===== task ${(task.dur / 1000).toFixed(1)} ms`);
  await printProfile({ ...profile, samples, timeDeltas: deltas });
}
await browser.close(); server.close();
