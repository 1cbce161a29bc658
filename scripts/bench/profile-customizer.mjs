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
import { printProfile, printTrace } from './profile-report.mjs';
import { profileFixture } from './profile-fixture.mjs';

const [changes = '40', seed = '1'] = process.argv.slice(2);
const { measured: times, trace, profile } = await profileFixture(`/bench/customizer.html?seed=${seed}`, { width: 1280, height: 800 }, {
  ready: (page) => page.waitForFunction(() => document.querySelector('shortlist-customizer')?.shadowRoot?.querySelectorAll('[part~="value"]').length >= 200, { timeout: 30_000 }),
  measure(page) {
    return page.evaluate(async (count) => {
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
  },
});
const sorted = [...times].sort((a, b) => a - b);
console.log(`${times.length} changes, click → painted frame (profiled): median ${sorted[sorted.length >> 1].toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms\n`);
printTrace(trace);
await printProfile(profile);
