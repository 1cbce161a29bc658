#!/usr/bin/env node
/**
 * Where the time of dragging a range in `<shortlist-criteria>` goes, at the benchmark's 4× CPU
 * slowdown: a DevTools trace and a CPU profile of N pointer moves of the weight's maximum on the
 * fixture of `node scripts/bench.mjs criteria-interaction` (10,000 products × 10 criteria), moved
 * as that benchmark moves it, each after the previous one's frame has painted.
 *
 *   node scripts/bench/profile-drag.mjs [moves]
 *
 * Needs a build (`npm run build`). The figures of record are that benchmark's; this only
 * explains them (profiling slows the page down: use it for proportions).
 */
import { printProfile, printTrace } from './profile-report.mjs';
import { profileFixture } from './profile-fixture.mjs';

const [moves = '40'] = process.argv.slice(2);
const { measured: times, trace, profile } = await profileFixture('/bench/criteria-interaction.html?kind=sdk', { width: 1280, height: 900 }, {
  async ready(page) {
    await page.waitForFunction(() => document.querySelector('shortlist-results')?.shadowRoot?.querySelector('[part~=item]') && document.querySelector('shortlist-criteria')?.shadowRoot?.querySelector('[part~=count]'), { timeout: 60_000 });
    // The centre of the thumb, from the input's value (as the benchmark finds it).
    return page.evaluate(() => {
      const input = document.querySelector('shortlist-criteria').shadowRoot.querySelector('fieldset input[type=range][name=high]');
      const box = input.getBoundingClientRect();
      const share = (input.valueAsNumber - Number(input.min)) / (Number(input.max) - Number(input.min));
      return { x: box.left + 12 + share * (box.width - 24), y: box.top + box.height / 2 };
    });
  },
  // The button stays pressed: a release would be a click, from which the trace's summary would start.
  async measure(page, thumb) {
    await page.mouse.move(thumb.x, thumb.y);
    await page.mouse.down();
    let x = thumb.x;
    const measured = [];
    for (let move = 0; move < Number(moves); move++) {
      x += (Math.floor(move / 10) % 2 === 0 ? -1 : 1) * 10;
      // From the pointer event to the end of the first frame whose filter says the criterion anew.
      await page.evaluate(() => {
        const legend = () => document.querySelector('shortlist-criteria').shadowRoot.querySelector('legend').textContent;
        const before = legend();
        window.__painted = new Promise((resolve) => {
          addEventListener('pointermove', () => {
            const start = performance.now();
            const check = () => requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => (legend() !== before ? resolve(performance.now() - start) : check());
              channel.port2.postMessage(0);
            });
            check();
          }, { capture: true, once: true });
        });
      });
      await page.mouse.move(x, thumb.y);
      measured.push(await page.evaluate(() => window.__painted));
    }
    return measured;
  },
});
const sorted = [...times].sort((a, b) => a - b);
console.log(`${times.length} moves, pointermove → painted frame (profiled): median ${sorted[sorted.length >> 1].toFixed(1)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)].toFixed(1)}, max ${sorted.at(-1).toFixed(1)} ms\n`);
printTrace(trace);
await printProfile(profile);
