/**
 * What the profiling scripts of the bench fixtures (profile-customizer.mjs, profile-drag.mjs)
 * share: the storefront server on loopback with the embed and the fixtures (`/bench/`, their
 * bundles under `/bench/build/`), headless Chromium with one page at `path`, and a DevTools trace
 * and CPU profile recorded at the benchmark's 4× CPU slowdown around what a script measures.
 * `TRACE_OUT=file.json` also saves the trace (open it in DevTools' Performance panel).
 */
import { writeFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../chrome.mjs';
import { createStorefrontServer } from '../serve.mjs';

/**
 * Opens `path`, runs `ready(page)` (unthrottled, unrecorded: waiting for the fixture, reading
 * positions), then `measure(page, ready's result)` at 4× while recording; resolves with what
 * `measure` returned, the trace and the profile.
 */
export async function profileFixture(path, viewport, { ready, measure }) {
  const server = createStorefrontServer({ mounts: { '/shortlist/': 'packages/embed/dist', '/bench/': 'scripts/bench', '/bench/build/': 'reports/bench-build' } });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true, protocolTimeout: 300_000 });
  try {
    const page = await browser.newPage();
    await page.setViewport(viewport);
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(`http://127.0.0.1:${server.address().port}${path}`, { waitUntil: 'load' });
    const prepared = await ready(page);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 })));
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'v8'] });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const measured = await measure(page, prepared);
    const { profile } = await cdp.send('Profiler.stop');
    const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
    if (process.env.TRACE_OUT) await writeFile(process.env.TRACE_OUT, JSON.stringify(trace));
    return { measured, trace, profile };
  } finally {
    await browser.close();
    server.close();
  }
}
