#!/usr/bin/env node
/**
 * Measures the performance budgets of scripts/budgets.mjs (docs/performance.md) on the demo
 * storefront, in headless Chromium with a 4× CPU slowdown. Prints a table, writes reports/bench.json.
 *
 *   npm run bench                      # builds first, then runs every scenario
 *   node scripts/bench.mjs add-to-tray # only the scenarios whose id contains an argument
 *   node scripts/bench.mjs comparison  # the four comparison scenarios (fixture: scripts/bench/)
 *   node scripts/bench.mjs customize   # the customizer: what is still possible (1×), one option change on screen (4×)
 *   node scripts/bench.mjs criteria    # the criteria: recomputation at 1×, dragging a range at 4×, heap
 *   node scripts/bench.mjs comparison --against ../base   # A/B: the same scenarios on another build too
 *
 * `--against <folder>` (a worktree or checkout, built, or its `packages/embed/dist`) runs the
 * comparison scenarios, the criteria's drag and the customizer's option change on that build as
 * well, in the same run: its embed is served under /against/, page loads alternate between the
 * builds (and the scenario's plain baseline), and each scenario prints a row per build. Use it to
 * show that a change is no slower than the commit before it.
 *
 * A measurement, not a gate: over budget is reported (OVER BUDGET) with exit code 0; the exit
 * code is non-zero only when a scenario could not run. Only loopback traffic: the storefront is
 * served in-process on 127.0.0.1 and every other request is aborted.
 *
 * Adding a scenario: write `async function ({ browser, newPage, origin }) → [result]` (see
 * `addToTray`; reuse `throttle`, `waitForShortlist`, `goto`, `percentile`, `stats`, and for
 * clicks `installClickProbe` + `measureClick`) and list it in SCENARIOS (with `timeout` in ms
 * when it needs more than SCENARIO_TIMEOUT; `perVariant` when that is per variant of the comparison). `newPage()` opens a page in a fresh browser
 * context (empty storage and cache); the runner closes contexts left open. Fixture pages go in
 * scripts/bench/, served at /bench/. A result is
 * { name, value, unit, budget, baseline?, decimals? (default 1), notes?: [lines printed below the table] }.
 * To see where a comparison interaction's time goes: scripts/bench/profile-compare.mjs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { TIME } from './budgets.mjs';
import { chromeArgs, chromePath } from './chrome.mjs';
import { createStorefrontServer } from './serve.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CPU_SLOWDOWN = 4;
/** Clicks per page and pages per run of add-to-tray: 120 samples make the p95 the 7th worst. */
const ADD_CLICKS = 40;
const ADD_ROUNDS = 3;
/** Loads per variant (with / without the embed); interleaved, so drift hits both alike. */
const LOAD_RUNS = 5;
/** The page is "settled" after this long with no new long task. */
const IDLE_MS = 1000;
const STEP_TIMEOUT = 30_000;
const SCENARIO_TIMEOUT = 120_000;

/** The comparison fixture (scripts/bench/, served at /bench/): 100 products × 50 attributes. */
const COMPARE_PAGE = '/bench/compare.html';
const COMPARE_VIEWPORT = { width: 1280, height: 800 };
/** Page loads per variant (SDK, naive baseline), interleaved; opens per load after the first. */
const COMPARE_ROUNDS = 2;
const COMPARE_OPENS = 10;
/** Remove-column and "only differences" clicks per page load. */
const COMPARE_CLICKS = 10;
/** Quiet time before each measured comparison click (no long task meanwhile). */
const COMPARE_IDLE_MS = 300;
/** Horizontal scrolling: runs per page load, length, speed (a brisk trackpad swipe), frame budget. */
const SCROLL_RUNS = 2;
const SCROLL_MS = 1500;
const SCROLL_SPEED = 2400;
const SCROLL_FRAME_BUDGET = TIME.longTask;

/**
 * The customizer's engine (scripts/bench/customize-bench.ts, bundled into reports/bench-build/
 * and served at /bench/build/; page /bench/customize.html): random products from a seed.
 * Budget size: 10 option groups × 20 values, 30 rules. Brute force enumerates every
 * configuration, so its size is one where that still finishes: 6 groups × 8 values (262,144
 * configurations), 30 rules.
 */
const CUSTOMIZE_PAGE = '/bench/customize.html';
const CUSTOMIZE_SIZE = { groups: 10, values: 20, rules: 30 };
const BRUTE_FORCE_SIZE = { groups: 6, values: 8, rules: 30 };
const CUSTOMIZE_SEEDS = [1, 2, 3, 4, 5, 6];
/** Recomputations per product along the path (after WARM_UP unmeasured ones), and for the brute force. */
const CUSTOMIZE_STEPS = 100;
const CUSTOMIZE_WARM_UP = 10;
const BRUTE_FORCE_STEPS = 5;
/** Extra runs of each measured selection, for the fastest-of figure (a note, not the value). */
const CUSTOMIZE_REPEATS = 3;
/**
 * One option change on screen (scripts/bench/customizer.html, `<shortlist-customizer>` of the
 * budget's size): page loads (a seed each) × clicks on a value that can be chosen.
 */
const CHANGE_PAGE = '/bench/customizer.html';
const CHANGE_SEEDS = [1, 2, 3];
const CHANGE_CLICKS = 40;
/** The first changes on a page, told apart in the notes: they run the customizer's code for the first time. */
const COLD_CHANGES = 2;
/** The criteria fixture (scripts/bench/): 10,000 products × 10 criteria, the engine bundled into reports/bench-build/ (served at /bench/build/). */
const CRITERIA_PAGE = '/bench/criteria.html';
/** Recomputations measured (each after one criterion moved), after untimed warm-up ones. */
const CRITERIA_RUNS = 400;
const CRITERIA_WARMUP = 40;
/** The criteria interaction (4×): the filter and results over 10,000 products, or the plain baseline. */
const INTERACTION_PAGE = '/bench/criteria-interaction.html';
const INTERACTION_VIEWPORT = { width: 1280, height: 900 };
/** Page loads per variant (interleaved), and pointer moves of the range's thumb per load (a drag back and forth). */
const INTERACTION_ROUNDS = 2;
const DRAG_MOVES = 40;
const DRAG_STEP_PX = 10;

const SCENARIOS = [
  { id: 'add-to-tray', run: addToTray },
  { id: 'page-load', run: pageLoadCost, timeout: 240_000 },
  // The comparison's timeouts are per variant (see VARIANTS): `--against` adds one.
  { id: 'comparison-open', run: comparisonOpen, timeout: 180_000, perVariant: true },
  { id: 'comparison-remove-column', run: comparisonRemoveColumn, timeout: 180_000, perVariant: true },
  { id: 'comparison-differences', run: comparisonDifferences, timeout: 120_000, perVariant: true },
  { id: 'comparison-scroll', run: comparisonScroll, timeout: 120_000, perVariant: true },
  { id: 'customize-possible', run: customizePossible, timeout: 240_000 },
  { id: 'customize-option-change', run: customizeOptionChange, timeout: 240_000 },
  { id: 'criteria-rank', run: criteriaRank },
  { id: 'criteria-interaction', run: criteriaInteraction, timeout: 360_000 },
  { id: 'criteria-heap', run: criteriaHeap },
];

// ---------------------------------------------------------------------------------------------
// Scenarios

/**
 * Add to tray on a category listing (167 compare buttons, each subscribed to the tray), 4× CPU.
 *
 * Each click is a real (trusted) mouse click through the DevTools protocol, so the Event Timing
 * API sees it. The reported value is measured in the page, though: Event Timing only reports
 * interactions of 16 ms or more (and rounds to 8 ms), so a p95 from it alone is undefined when
 * most clicks are fast. In-page: t0 = performance.now() when the click starts dispatching (a
 * capture listener on window, i.e. right before the button's handler), end = after the next
 * frame (requestAnimationFrame, then a MessageChannel task, which runs once that frame's
 * style/layout/paint are done). Event Timing figures are printed next to it as a cross-check.
 */
async function addToTray({ newPage, origin }) {
  const dispatchToPaint = [];
  const inputToPaint = [];
  const eventTiming = [];
  for (let round = 0; round < ADD_ROUNDS; round++) {
    const page = await newPage();
    // Empty storage first, then load: the tray must start empty for "added" to be checked.
    await goto(page, `${origin}/laptops/`);
    await page.evaluate(() => localStorage.clear());
    await goto(page, `${origin}/laptops/`);
    await waitForShortlist(page);
    await page.evaluate(installClickProbe);
    const ids = await page.evaluate((count) => {
      const shortlist = window.shortlist('get');
      if (shortlist.$tray.get().length) throw new Error(`the tray is not empty after clearing localStorage: ${shortlist.$tray.get()}`);
      return [...document.querySelectorAll('shortlist-compare-button')]
        .map((element) => element.getAttribute('product'))
        .filter((id) => shortlist.addability(id) === 'ok')
        .slice(0, count);
    }, ADD_CLICKS);
    if (ids.length < ADD_CLICKS) throw new Error(`only ${ids.length} addable compare buttons on /laptops/, ${ADD_CLICKS} needed`);
    await throttle(page);

    for (const [index, id] of ids.entries()) {
      const button = await page.evaluateHandle((id) => {
        const button = document.querySelector(`shortlist-compare-button[product="${CSS.escape(id)}"]`)?.shadowRoot?.querySelector('button');
        button?.scrollIntoView({ block: 'center' });
        return button;
      }, id);
      if (!(await button.evaluate((b) => b instanceof HTMLButtonElement))) throw new Error(`no inner <button> in <shortlist-compare-button product="${id}">`);
      // Let scrolling, lazy images and the previous click settle, so each click starts idle.
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 500 })));
      const before = await page.evaluate(() => window.shortlist('get').$tray.get().length);
      const sample = await measureClick(page, button, `click ${index + 1} (${id})`);
      const after = await page.evaluate((id) => ({ ids: window.shortlist('get').$tray.get(), pressed: document.querySelector(`shortlist-compare-button[product="${CSS.escape(id)}"]`).shadowRoot.querySelector('button').getAttribute('aria-pressed') }), id);
      if (after.ids.length !== before + 1 || after.ids.at(-1) !== id) {
        throw new Error(`click ${index + 1} did not add ${id}: tray had ${before} item(s), now ${after.ids.length} (last ${after.ids.at(-1)})`);
      }
      if (after.pressed !== 'true' || sample.pressed !== 'true') {
        throw new Error(`click ${index + 1} added ${id} but its button is not shown pressed ${sample.pressed === 'true' ? '' : 'in the measured frame'}`);
      }
      dispatchToPaint.push(sample.end - sample.t0);
      inputToPaint.push(sample.end - sample.timeStamp);
      await button.dispose();
    }
    // Event Timing entries arrive asynchronously: give the observer a moment.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    const { events, clicks } = await page.evaluate(() => ({ events: window.__bench.events, clicks: window.__bench.clicks }));
    eventTiming.push(...interactionDurations(events, clicks));
    await page.browserContext().close();
  }

  return [
    {
      name: `add-to-tray p95 (${CPU_SLOWDOWN}x CPU)`,
      value: percentile(dispatchToPaint, 95),
      unit: 'ms',
      budget: TIME.addToTray,
      notes: [
        `${dispatchToPaint.length} clicks on /laptops/ (${ADD_ROUNDS} page loads × ${ADD_CLICKS}); click dispatch → after next paint: ${stats(dispatchToPaint)}`,
        `including input delay (event.timeStamp → after next paint): ${stats(inputToPaint)}`,
        eventTimingNote(dispatchToPaint.length, eventTiming),
      ],
    },
  ];
}

/** The listing page-load measures besides the first product's page: 167 cards, each with a fit badge, and the criteria filter. */
const LISTING_PAGE = '/laptops/';

/**
 * What loading the embed costs a page at 4× CPU: the longest long task and the layout shift,
 * with the embed and with its script answered by an empty module (the same page without the
 * SDK), on a product page (the catalog's first product) and a listing (LISTING_PAGE). Each load
 * runs in a fresh browser context: cold HTTP and code caches every time. The notes name the
 * longest script run of the embed (Long Animation Frames: which chunk, by what), which the
 * longest task alone cannot tell apart from the page's own layout.
 */
async function pageLoadCost({ newPage, origin }) {
  const response = await fetch(`${origin}/catalog.json`);
  if (!response.ok) throw new Error(`/catalog.json answered ${response.status}: is the storefront generated (npm run build)?`);
  const catalog = await response.json();
  const id = catalog.products?.[0]?.id;
  if (!id) throw new Error('/catalog.json has no products');
  const results = [];
  for (const [kind, path] of [['product page', `/p/${encodeURIComponent(id)}.html`], ['listing', LISTING_PAGE]]) {
    results.push(...(await loadCostOf(newPage, origin, kind, path)));
  }
  return results;
}

async function loadCostOf(newPage, origin, kind, path) {
  const runs = { embed: [], baseline: [] };
  for (let run = 0; run < LOAD_RUNS; run++) {
    for (const variant of ['embed', 'baseline']) {
      runs[variant].push(await measureLoad(newPage, `${origin}${path}`, variant === 'baseline'));
    }
  }
  const longest = (variant) => Math.max(...runs[variant].map((run) => run.longestTask));
  const cls = (variant) => Math.max(...runs[variant].map((run) => run.cls));
  const list = (variant, key, digits) => runs[variant].map((run) => fmt(run[key], digits)).join(', ');
  const script = ({ longestScript: run }) => (run ? `${fmt(run.duration)} (${run.source}, ${run.invoker})` : '–');
  // Per chunk, its longest script run over all loads: what each part of the embed holds the page for.
  const byChunk = new Map();
  for (const run of runs.embed.flatMap((load) => load.scripts)) if (run.duration > (byChunk.get(run.source)?.duration ?? 0)) byChunk.set(run.source, run);
  const chunks = [...byChunk.values()].sort((a, b) => b.duration - a.duration).map((run) => `${run.source} ${fmt(run.duration)} (${run.invoker})`);
  return [
    {
      name: `page-load long tasks added by embed, ${kind} (${CPU_SLOWDOWN}x CPU)`,
      value: longest('embed'),
      unit: 'ms',
      budget: TIME.longTask,
      baseline: longest('baseline'),
      notes: [
        `${path}, ${LOAD_RUNS} loads each, value = longest long task over all loads (0 = none)`,
        `per load, with embed: ${list('embed', 'longestTask')} ms; without: ${list('baseline', 'longestTask')} ms`,
        `long tasks per load, with embed: ${runs.embed.map((run) => run.taskCount).join(', ')}; without: ${runs.baseline.map((run) => run.taskCount).join(', ')}`,
        `with embed, longest task started at: ${runs.embed.map((run) => (run.longestTaskStart === undefined ? '–' : fmt(run.longestTaskStart))).join(', ')} ms; page catalog ready at: ${runs.embed.map((run) => fmt(run.readyAt)).join(', ')} ms (page time)`,
        `longest script run of the embed per load (ms, chunk, invoker): ${runs.embed.map(script).join('; ')}`,
        `longest script run per chunk over all loads (ms): ${chunks.join('; ') || 'none of 50 ms or more frames'}`,
        `longest rendering of a frame in which the embed ran, per load (ms, after which chunk): ${runs.embed.map(({ scripts }) => scripts.reduce((max, run) => (run.render > (max?.render ?? 0) ? run : max), undefined)).map((run) => (run ? `${fmt(run.render)} (${run.source})` : '–')).join('; ')}`,
      ],
    },
    {
      name: `layout shift added by embed, ${kind}`,
      value: cls('embed') - cls('baseline'),
      unit: 'CLS',
      budget: TIME.layoutShift,
      baseline: cls('baseline'),
      // CLS scores are small: 0.1 is already "needs improvement", so keep three decimals.
      decimals: 3,
      notes: [
        `CLS (sum of shifts without recent input) per load, with embed: ${list('embed', 'cls', 3)}; without: ${list('baseline', 'cls', 3)}; value = max with − max without`,
        `shifted with embed: ${[...new Set(runs.embed.flatMap((run) => run.shiftedNodes))].join(', ') || 'nothing'}; without: ${[...new Set(runs.baseline.flatMap((run) => run.shiftedNodes))].join(', ') || 'nothing'}`,
      ],
    },
  ];
}

async function measureLoad(newPage, url, withoutEmbed) {
  const page = await newPage({ withoutEmbed });
  try {
    // Registered before any script of the page runs, buffered: nothing of the load is missed.
    await page.evaluateOnNewDocument(() => {
      const bench = (window.__bench = { longTasks: [], shifts: [], scripts: [] });
      new PerformanceObserver((list) => bench.longTasks.push(...list.getEntries().map(({ startTime, duration }) => ({ startTime, duration })))).observe({ type: 'longtask', buffered: true });
      // The embed's own script runs (its chunks under /shortlist/) in frames of 50 ms or more, and
      // the rendering (style, layout, paint) of each such frame: what the runs' changes cost.
      new PerformanceObserver((list) => {
        for (const frame of list.getEntries()) {
          const render = frame.renderStart ? frame.startTime + frame.duration - frame.renderStart : 0;
          for (const { sourceURL, invoker, duration } of frame.scripts) if (new URL(sourceURL || location.href).pathname.startsWith('/shortlist/')) bench.scripts.push({ source: sourceURL.replace(/^.*\/|-[\w-]{6}\.js$/g, ''), invoker: invoker === sourceURL ? 'its evaluation' : invoker, duration, render });
        }
      }).observe({ type: 'long-animation-frame', buffered: true });
      // What moved, as "tag.class" of each shifted node: says which element to give a reserved size.
      const describe = (node) => (node?.nodeType === 1 ? `${node.localName}${node.classList.length ? `.${[...node.classList].join('.')}` : ''}` : node?.nodeName ?? '?');
      new PerformanceObserver((list) => {
        for (const { startTime, value, hadRecentInput, sources } of list.getEntries()) bench.shifts.push({ startTime, value, hadRecentInput, nodes: sources.map((source) => describe(source.node)) });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await throttle(page);
    await goto(page, url);
    let readyAt;
    if (withoutEmbed) {
      const ran = await page.evaluate(() => !!(customElements.get('shortlist-compare-button') || customElements.get('shortlist-tray')));
      if (ran) throw new Error(`baseline load of ${url} still ran the SDK (request interception failed?)`);
    } else {
      readyAt = await waitForShortlist(page, { fromPage: true });
    }
    const result = await withTimeout(page.evaluate(settle, IDLE_MS), STEP_TIMEOUT, `${url} did not become idle (${IDLE_MS} ms without a long task)`);
    const longest = result.longTasks.reduce((max, task) => (task.duration > (max?.duration ?? 0) ? task : max), undefined);
    const shifts = result.shifts.filter((shift) => !shift.hadRecentInput);
    return {
      scripts: result.scripts,
      longestScript: result.scripts.reduce((max, script) => (script.duration > (max?.duration ?? 0) ? script : max), undefined),
      longestTask: longest?.duration ?? 0,
      longestTaskStart: longest?.startTime,
      shiftedNodes: shifts.flatMap((shift) => shift.nodes),
      taskCount: result.longTasks.length,
      cls: shifts.reduce((sum, shift) => sum + shift.value, 0),
      readyAt,
    };
  } finally {
    await page.browserContext().close();
  }
}

/**
 * The comparison of 100 products × 50 attributes (scripts/bench/compare.html, served at /bench/):
 * `sdk` is `<shortlist-compare>`, opened from the tray's "Compare" button; `naive` is the
 * baseline on the same page (scripts/bench/naive-compare.mjs), which builds the whole table
 * with plain DOM calls on every interaction. Page loads alternate between the two, so drift
 * (thermal, other processes) hits both alike; each load is a fresh browser context, so the
 * first open of each `sdk` load fetches and compiles the lazy comparison chunk.
 */
// The in-page probes (`comparisonProbes`) tell two kinds apart: `naive`, and any other is `<shortlist-compare>`.
const VARIANTS = ['sdk', 'naive'];
const VARIANT_NAMES = { sdk: '<shortlist-compare>', naive: 'naive full render' };
/** The builds of `<shortlist-compare>` measured: this one, and with `--against`, the other one (see `useOtherBuild`). */
const BUILDS = ['sdk'];
/** The fixture's path for each variant: the other build's copy is served under /against/. */
const PAGES = { sdk: COMPARE_PAGE, naive: COMPARE_PAGE };

/** The other build's name (`--against`): its folder and commit. */
let otherBuild;

/** Adds the variant `against`: `<shortlist-compare>` of the build in `dist`, named `label`. */
function useOtherBuild(label) {
  otherBuild = label;
  VARIANTS.push('against');
  BUILDS.push('against');
  VARIANT_NAMES.against = `<shortlist-compare> of ${label}`;
  PAGES.against = `/against${COMPARE_PAGE}`;
}

/** A list per variant, for the samples of each. */
const perVariant = () => Object.fromEntries(VARIANTS.map((kind) => [kind, []]));
/** A list per build, for the samples of each. */
const perBuild = () => Object.fromEntries(BUILDS.map((kind) => [kind, []]));

/** One row per build measured: this build's is named `name`, the other build's adds `element` of that build. */
function rowsPerBuild(name, fields, element = '<shortlist-compare>') {
  return BUILDS.map((kind) => ({ name: kind === 'sdk' ? name : `${name}, ${element} of ${otherBuild}`, ...fields(kind) }));
}

/**
 * Open the comparison: a trusted click on the open button, measured from dispatch to the end of
 * the first painted frame that shows the dialog open with value cells in it. For `sdk` that is
 * not the click's next frame: the tray's button imports the comparison module first (`import()`,
 * resolved in a later task even when loaded), so "next paint" alone would time an empty frame.
 * Event Timing is printed as a cross-check (it stops at the next paint). Then: the time until
 * every row is rendered (`<shortlist-compare>` fills the rows in slices after the first frame)
 * and the longest task meanwhile, which is what the next interaction would wait for.
 */
async function comparisonOpen({ newPage, origin }) {
  const runs = perVariant();
  const first = perVariant();
  const events = perVariant();
  for (let round = 0; round < COMPARE_ROUNDS; round++) {
    for (const kind of VARIANTS) {
      const page = await comparisonPage(newPage, origin, kind);
      const samples = [];
      for (let open = 0; open <= COMPARE_OPENS; open++) {
        const sample = await openComparisonOn(page, kind, `${VARIANT_NAMES[kind]}, load ${round + 1}, open ${open + 1}`);
        (open === 0 ? first[kind] : runs[kind]).push(sample);
        samples.push(sample);
        await closeComparisonOn(page, kind);
      }
      events[kind].push(...(await comparisonEventTiming(page, samples)).slice(1));
      await page.browserContext().close();
    }
  }
  const shown = (kind) => runs[kind].map((sample) => sample.end - sample.t0);
  const firstShown = (kind) => first[kind].map((sample) => sample.end - sample.t0);
  const describe = (kind) => [
    `${VARIANT_NAMES[kind]}: ${runs[kind].length} opens (${COMPARE_ROUNDS} page loads × ${COMPARE_OPENS}, after a first open each): click dispatch → first painted frame showing the comparison: ${stats(shown(kind))}`,
    `  including input delay (event.timeStamp → shown): ${stats(runs[kind].map((sample) => sample.end - sample.timeStamp))}; dispatch → next paint (the click's own frame): ${stats(runs[kind].map((sample) => sample.nextPaint - sample.t0))}`,
    `  ${eventTimingNote(runs[kind].length, events[kind].filter((duration) => duration !== undefined))}`,
    `  all rows rendered: ${stats(runs[kind].map((sample) => sample.complete - sample.t0))}; value rows in the frame that first shows it: ${[...new Set(runs[kind].map((sample) => sample.firstRows))].join(', ')} of ${runs[kind][0].rows}; longest task from click to all rows: ${stats(runs[kind].map((sample) => sample.longestTask))}`,
  ];
  return [
    ...rowsPerBuild(`comparison-open 100×50 p95 (${CPU_SLOWDOWN}x CPU)`, (kind) => ({
      value: percentile(shown(kind), 95),
      unit: 'ms',
      budget: TIME.comparison,
      baseline: percentile(shown('naive'), 95),
      notes: [...describe(kind), ...describe('naive'), `baseline = ${VARIANT_NAMES.naive} (scripts/bench/naive-compare.mjs) of the same data in a <dialog>, same page, same clicks`],
    })),
    ...rowsPerBuild(`comparison-open first, lazy chunk (${CPU_SLOWDOWN}x CPU)`, (kind) => ({
      value: Math.max(...firstShown(kind)),
      unit: 'ms',
      budget: TIME.comparison,
      baseline: Math.max(...firstShown('naive')),
      notes: [
        `the first open of each page load (fresh context: cold HTTP and code caches), value = worst of ${COMPARE_ROUNDS}: ${firstShown(kind).map((value) => fmt(value)).join(', ')} ms; baseline (no lazy code): ${firstShown('naive').map((value) => fmt(value)).join(', ')} ms`,
        `  dispatch → next paint: ${first[kind].map((sample) => fmt(sample.nextPaint - sample.t0)).join(', ')} ms; all rows rendered: ${first[kind].map((sample) => fmt(sample.complete - sample.t0)).join(', ')} ms; longest task: ${first[kind].map((sample) => fmt(sample.longestTask)).join(', ')} ms`,
      ],
    })),
  ];
}

/**
 * Remove a column: with the comparison open and every row rendered, a trusted click on a
 * product's "Remove …" button, measured to the first painted frame without that button. The
 * product is put back between clicks (not measured), so every click removes 1 of 100 columns.
 */
async function comparisonRemoveColumn({ newPage, origin }) {
  const times = perVariant();
  const events = perVariant();
  for (let round = 0; round < COMPARE_ROUNDS; round++) {
    for (const kind of VARIANTS) {
      const page = await comparisonPage(newPage, origin, kind);
      await openComparisonOn(page, kind, `${VARIANT_NAMES[kind]}: open`);
      const names = await page.evaluate((kind) => window.__probes.productNames(kind), kind);
      const samples = [];
      for (let click = 0; click < COMPARE_CLICKS; click++) {
        // Spread over the table: 1st, 8th, 15th… column, each scrolled into view by the click.
        const name = names[(round * COMPARE_CLICKS + click) * 7 % names.length];
        const label = `${VARIANT_NAMES[kind]}: remove "${name}"`;
        const button = await page.evaluateHandle((kind, name) => window.__probes.removeButton(kind, name), kind, name);
        if (!(await button.evaluate((element) => element instanceof HTMLButtonElement))) {
          throw new Error(`${label}: no button labelled "Remove ${name}" in the open comparison${kind !== 'naive' ? " (<shortlist-compare>'s shadow root, a product's actions)" : ''}`);
        }
        await button.evaluate((element) => element.scrollIntoView({ block: 'nearest', inline: 'center' }));
        await page.evaluate(settle, COMPARE_IDLE_MS);
        const sample = await measureClick(page, button, label, ['removed', kind, name]);
        samples.push(sample);
        times[kind].push(sample.end - sample.t0);
        await button.dispose();
        const columns = await page.evaluate((kind) => window.__probes.productNames(kind).length, kind);
        if (columns !== names.length - 1) throw new Error(`${label}: ${columns} columns after the click, ${names.length - 1} expected`);
        // Put it back, unmeasured: the next click removes 1 of 100 again.
        await page.evaluate((kind) => window.__probes.restore(kind), kind);
        await withTimeout(page.evaluate((kind) => window.__probes.complete(kind), kind), STEP_TIMEOUT, `${VARIANT_NAMES[kind]}: restoring the removed column`);
        await page.evaluate(settle, COMPARE_IDLE_MS);
      }
      events[kind].push(...(await comparisonEventTiming(page, samples)));
      await page.browserContext().close();
    }
  }
  const describe = (kind) => `  ${VARIANT_NAMES[kind]}: ${stats(times[kind])}; ${eventTimingNote(times[kind].length, events[kind].filter((duration) => duration !== undefined))}`;
  return rowsPerBuild(`comparison-remove-column p95 (${CPU_SLOWDOWN}x CPU)`, (kind) => ({
    value: percentile(times[kind], 95),
    unit: 'ms',
    budget: TIME.comparison,
    baseline: percentile(times.naive, 95),
    notes: [
      `${times[kind].length} clicks on "Remove …" of 1 of 100 columns (${COMPARE_ROUNDS} page loads × ${COMPARE_CLICKS}; the column is put back between clicks), dispatch → first painted frame without it`,
      describe(kind),
      describe('naive'),
      `budget: the interaction budget of opening (${TIME.comparison} ms): removing a column must stay as smooth at that size`,
    ],
  }));
}

/**
 * Toggle "Only differences": with the comparison open and every row rendered, trusted clicks
 * alternately on "Only differences" and back ("All attributes" in `<shortlist-compare>`, the same
 * checkbox in the baseline), each measured to the next painted frame; then checks that the rows
 * every product shares were hidden and shown again.
 */
async function comparisonDifferences({ newPage, origin }) {
  const times = perVariant();
  const events = perVariant();
  const visible = Object.fromEntries(VARIANTS.map((kind) => [kind, new Set()]));
  for (let round = 0; round < COMPARE_ROUNDS; round++) {
    for (const kind of VARIANTS) {
      const page = await comparisonPage(newPage, origin, kind);
      await openComparisonOn(page, kind, `${VARIANT_NAMES[kind]}: open`);
      const samples = [];
      for (let click = 0; click < COMPARE_CLICKS; click++) {
        const on = click % 2 === 0;
        const text = on ? 'Only differences' : kind !== 'naive' ? 'All attributes' : 'Only differences';
        const label = `${VARIANT_NAMES[kind]}: click "${text}" (${on ? 'on' : 'off'})`;
        const control = await page.evaluateHandle((kind, text) => window.__probes.control(kind, text), kind, text);
        if (!(await control.evaluate((element) => element instanceof HTMLInputElement))) {
          throw new Error(`${label}: no input labelled "${text}" in the open comparison${kind !== 'naive' ? " (<shortlist-compare>'s shadow root, its toolbar)" : ''}`);
        }
        await page.evaluate(settle, COMPARE_IDLE_MS);
        const sample = await measureClick(page, control, label);
        samples.push(sample);
        times[kind].push(sample.end - sample.t0);
        await control.dispose();
        const rows = await page.evaluate((kind) => window.__probes.visibleRows(kind), kind);
        visible[kind].add(`${on ? 'differences' : 'all'}: ${rows}`);
      }
      events[kind].push(...(await comparisonEventTiming(page, samples)));
      await page.browserContext().close();
    }
  }
  for (const kind of VARIANTS) {
    const counts = Object.fromEntries([...visible[kind]].map((entry) => entry.split(': ')).map(([view, rows]) => [view, Number(rows)]));
    if (visible[kind].size !== 2 || !(counts.differences < counts.all)) {
      throw new Error(
        `${VARIANT_NAMES[kind]}: "Only differences" did not hide the rows every product shares (visible value rows: ${[...visible[kind]].join('; ')}); ` +
          `clicks measured anyway: ${stats(times[kind])}`,
      );
    }
  }
  const describe = (kind) => `  ${VARIANT_NAMES[kind]}: ${stats(times[kind])}; ${eventTimingNote(times[kind].length, events[kind].filter((duration) => duration !== undefined))}`;
  return rowsPerBuild(`comparison-differences p95 (${CPU_SLOWDOWN}x CPU)`, (kind) => ({
    value: percentile(times[kind], 95),
    unit: 'ms',
    budget: TIME.comparison,
    baseline: percentile(times.naive, 95),
    notes: [
      `${times[kind].length} clicks (${COMPARE_ROUNDS} page loads × ${COMPARE_CLICKS}), alternately on and off, dispatch → after next paint; visible value rows: ${[kind, 'naive'].map((shown) => `${VARIANT_NAMES[shown]} ${[...visible[shown]].join(', ')}`).join('; ')}`,
      describe(kind),
      describe('naive'),
    ],
  }));
}

/**
 * Horizontal scrolling: with the comparison open and every row rendered, the table's scroller
 * is scrolled from the main thread in every animation frame (scrollLeft = speed × elapsed time,
 * so a late frame jumps further, as a fling does) for SCROLL_MS; the value is the p95 interval
 * between animation frames. Budget 50 ms: the long-task threshold the page-load budget uses,
 * i.e. no frame blocked by a long task; at 4× slowdown that is 20 frames per second, which
 * stays readable while a 16.7 ms (60 fps) target is out of reach of any main-thread work.
 * An idle stretch with no scrolling is timed first, as the frame rate the browser gives here.
 */
async function comparisonScroll({ newPage, origin }) {
  const runs = perVariant();
  for (let round = 0; round < COMPARE_ROUNDS; round++) {
    for (const kind of VARIANTS) {
      const page = await comparisonPage(newPage, origin, kind);
      await openComparisonOn(page, kind, `${VARIANT_NAMES[kind]}: open`);
      for (let run = 0; run < SCROLL_RUNS; run++) {
        await page.evaluate(settle, COMPARE_IDLE_MS);
        const result = await withTimeout(page.evaluate(scrollTable, kind, SCROLL_MS, SCROLL_SPEED), STEP_TIMEOUT, `${VARIANT_NAMES[kind]}: scrolling the table`);
        if (result.error) throw new Error(`${VARIANT_NAMES[kind]}: ${result.error}`);
        runs[kind].push(result);
      }
      await page.browserContext().close();
    }
  }
  const intervals = (kind) => runs[kind].flatMap((run) => run.intervals);
  const describe = (kind) => {
    const all = intervals(kind);
    const slow = all.filter((interval) => interval > SCROLL_FRAME_BUDGET).length;
    const tasks = runs[kind].flatMap((run) => run.longTasks);
    return `${VARIANT_NAMES[kind]}: ${all.length} frames, interval ${stats(all)}; ${slow} (${fmt((100 * slow) / all.length)} %) over ${SCROLL_FRAME_BUDGET} ms; idle frames ${stats(runs[kind].flatMap((run) => run.idle))}; long tasks while scrolling: ${tasks.length}${tasks.length ? `, longest ${fmt(Math.max(...tasks))} ms` : ''}; scrolled ${runs[kind][0].box} ${runs[kind].map((run) => `${run.from}→${run.to}`).join(', ')} of ${runs[kind][0].max} px`;
  };
  return rowsPerBuild(`comparison-scroll frame p95 (${CPU_SLOWDOWN}x CPU)`, (kind) => ({
    value: percentile(intervals(kind), 95),
    unit: 'ms',
    budget: SCROLL_FRAME_BUDGET,
    baseline: percentile(intervals('naive'), 95),
    notes: [
      `${SCROLL_RUNS} × ${SCROLL_MS} ms of horizontal scrolling at ${SCROLL_SPEED} px/s per page load, ${COMPARE_ROUNDS} loads, viewport ${COMPARE_VIEWPORT.width}×${COMPARE_VIEWPORT.height}; value = p95 interval between animation frames`,
      `  ${describe(kind)}`,
      `  ${describe('naive')}`,
      `budget ${SCROLL_FRAME_BUDGET} ms per frame: no frame held up by a long task (the 50 ms threshold of the page-load budget)`,
    ],
  }));
}

/**
 * One recomputation of the criteria ranking at 1× CPU (scripts/bench/criteria.html): 10,000
 * products × 10 criteria (3 must-haves), each run after one criterion moved (a slider step, a
 * choice ticked), measured in the page from the call to the count of passing products and the
 * ids of the first 20. Baseline in the same page and run, interleaved: the same ranking as a
 * plain `map` + `filter` + `sort` over the product objects (scripts/bench/naive-criteria.mjs);
 * both must agree on the count and the first page's scores, or the scenario fails.
 */
async function criteriaRank({ newPage, origin }) {
  const page = await criteriaPage(newPage, origin);
  await page.evaluate(() => window.bench.loadCatalog());
  const result = await withTimeout(page.evaluate((runs, warmup) => window.bench.measure(runs, warmup), CRITERIA_RUNS, CRITERIA_WARMUP), STEP_TIMEOUT * 4, 'measuring the criteria ranking');
  if (result.mismatchCount) throw new Error(`the engine and the baseline disagree in ${result.mismatchCount} of ${CRITERIA_RUNS + CRITERIA_WARMUP} runs, e.g. ${JSON.stringify(result.mismatches)}`);
  return [
    {
      name: 'criteria-rank 10,000×10, one criterion moved, p95 (1x CPU)',
      value: percentile(result.times.engine, 95),
      unit: 'ms',
      budget: TIME.rank,
      baseline: percentile(result.times.naive, 95),
      decimals: 2,
      notes: [
        `${CRITERIA_RUNS} recomputations after ${CRITERIA_WARMUP} untimed ones, each after one of the 10 criteria moved (in turn); call → passing count and first 20 ids`,
        `  engine: ${stats(result.times.engine)}; ${result.passing} of 10,000 products passing at the end`,
        `  baseline (plain map + filter + sort over the product objects, nothing cached): ${stats(result.times.naive)}`,
        `  with the 20 shown products' explanations, 2 choice controls' counts and 3 histograms: p95 ${fmt(result.shown, 2)} ms`,
        `  every criterion changed at once (a persona picked): p95 ${fmt(result.every, 2)} ms; first ranking on a new engine (columns built): ${fmt(result.first, 2)} ms`,
      ],
    },
  ];
}

/**
 * Dragging a range, on screen, at 4× CPU (scripts/bench/criteria-interaction.html): with a real
 * mouse (DevTools protocol), the thumb of the weight's maximum is pressed and moved back and forth
 * 10 px at a time (more than one step of the slider); each move is measured from the pointer event's dispatch to the end of the first
 * painted frame that shows its result — for `sdk`, `<shortlist-criteria>` with every control's
 * counts and spread of values and `<shortlist-results>` over 10,000 products; for `naive`, the
 * baseline on the same data: a plain map + filter + sort on every input, the count and the first
 * 20 results rendered with plain DOM calls. Page loads alternate between the two. Notes: the
 * longest task while the SDK's page loads the 10,000 products and ranks them the first time.
 */
async function criteriaInteraction({ newPage, origin }) {
  await buildCriteriaBundle();
  const times = { ...perBuild(), naive: [] };
  const loadTasks = perBuild();
  const counts = new Set();
  for (let round = 0; round < INTERACTION_ROUNDS; round++) {
    // With --against, the other build's loads take turns with this one's and the baseline's.
    for (const kind of [...BUILDS, 'naive']) {
      const page = await newPage();
      await page.setViewport(INTERACTION_VIEWPORT);
      await page.evaluateOnNewDocument(() => {
        window.__loadTasks = [];
        new PerformanceObserver((list) => window.__loadTasks.push(...list.getEntries().map(({ startTime, duration }) => ({ startTime, duration })))).observe({ type: 'longtask', buffered: true });
      });
      await throttle(page);
      const path = `${kind === 'against' ? '/against' : ''}${INTERACTION_PAGE}?kind=${kind === 'naive' ? 'naive' : 'sdk'}`;
      await goto(page, `${origin}${path}`);
      await withTimeout(page.waitForFunction(interactionProbes, { timeout: STEP_TIMEOUT * 4, polling: 100 }, kind), STEP_TIMEOUT * 4, `${path}: the filter and the results did not show (is the embed built?)`);
      if (kind !== 'naive') {
        // The views render progressively: the drag starts once they are complete, as the baseline's does.
        await page.evaluate(() => Promise.all(['shortlist-criteria', 'shortlist-results'].map((tag) => document.querySelector(tag).updateComplete)));
        // The longest tasks past the fixture's own generation of the products: while the catalog
        // loads (the centre's normalization), and after (the criteria: columns, first ranking and render).
        loadTasks[kind].push(
          await page.evaluate(() => {
            const longest = (from, to = Infinity) => Math.max(0, ...window.__loadTasks.filter((task) => task.startTime >= from && task.startTime < to).map((task) => task.duration));
            return { catalog: longest(window.benchGenerated, window.benchCatalogReady), criteria: longest(window.benchCatalogReady) };
          }),
        );
      }
      await page.evaluate(installClickProbe, 'pointermove');
      const thumb = await page.evaluate((kind) => window.__probes.thumb(kind), kind);
      await page.mouse.move(thumb.x, thumb.y);
      await page.mouse.down();
      let x = thumb.x;
      for (let move = 0; move < DRAG_MOVES; move++) {
        // Ten moves one way, ten back: the thumb stays clear of the ends, where it would not move.
        x += (Math.floor(move / 10) % 2 === 0 ? -1 : 1) * DRAG_STEP_PX;
        const before = await page.evaluate((kind) => window.__probes.text(kind), kind);
        const sample = await measureClick(page, () => page.mouse.move(x, thumb.y), `${kind}: drag move ${move + 1}`, ['changed', kind, before]);
        times[kind].push(sample.end - sample.t0);
        counts.add(await page.evaluate((kind) => window.__probes.count(kind), kind));
      }
      await page.mouse.up();
      await page.browserContext().close();
    }
  }
  if (counts.size < 3) throw new Error(`the drag changed the count of passing products only ${counts.size} time(s): ${[...counts].join(', ')}`);
  return rowsPerBuild(
    `criteria-interaction: drag a range, on screen, p95 (${CPU_SLOWDOWN}x CPU)`,
    (kind) => ({
      value: percentile(times[kind], 95),
      unit: 'ms',
      budget: TIME.rankInteraction,
      baseline: percentile(times.naive, 95),
      notes: [
        `${times[kind].length} pointer moves of ${DRAG_STEP_PX} px of the weight's maximum (${INTERACTION_ROUNDS} page loads × ${DRAG_MOVES}), 10,000 products × 10 criteria; pointer event dispatch → first painted frame showing the new criterion`,
        `  <shortlist-criteria> + <shortlist-results> (10 controls with counts and spreads, the ranked list): ${stats(times[kind])}`,
        `  baseline (range input, plain map + filter + sort of the product objects, count and 20 rows): ${stats(times.naive)}`,
        `  counts of passing products seen while dragging: ${[...counts].slice(0, 8).join(', ')}…`,
        `  longest task while the page loads: the catalog's 10,000 products (normalization, the centre's) ${loadTasks[kind].map(({ catalog }) => fmt(catalog)).join(', ')} ms; then the criteria's columns, first ranking and first render ${loadTasks[kind].map(({ criteria }) => fmt(criteria)).join(', ')} ms (budget ${TIME.longTask} ms)`,
      ],
    }),
    '<shortlist-criteria> + <shortlist-results>',
  );
}

/**
 * `window.__probes` of the interaction fixture; returns true once the filter and results show.
 * `text` is what a drag move changes (the weight criterion in words, or the baseline's count line).
 */
function interactionProbes(kind) {
  const filter = document.querySelector('shortlist-criteria')?.shadowRoot;
  const slider = () => (kind !== 'naive' ? filter?.querySelector('fieldset input[type=range][name=high]') : document.getElementById('naive-weight'));
  window.__probes = {
    text: (kind) => (kind !== 'naive' ? filter.querySelector('legend').textContent : document.getElementById('naive-count').textContent),
    changed: (kind, before) => window.__probes.text(kind) !== before,
    count: (kind) => (kind !== 'naive' ? filter.querySelector('[part~=count]').textContent : document.getElementById('naive-count').textContent).match(/(\d[\d,]*) of/)[1],
    /** The centre of the range's thumb, from its value. */
    thumb: () => {
      const input = slider();
      const box = input.getBoundingClientRect();
      const share = (input.valueAsNumber - Number(input.min)) / (Number(input.max) - Number(input.min));
      const thumb = 24;
      return { x: box.left + thumb / 2 + share * (box.width - thumb), y: box.top + box.height / 2 };
    },
  };
  const results = document.querySelector('shortlist-results')?.shadowRoot?.querySelector('[part~=item]');
  return kind !== 'naive' ? !!(slider() && results && filter.querySelector('[part~=count]')) : !!window.benchReady;
}

/**
 * The heap of a 10,000-product catalog with its criteria state, over the same page before it
 * loads any (the fixture with its code loaded): JS heap in use after garbage collection plus
 * the backing stores of array buffers (DevTools `HeapProfiler.collectGarbage`,
 * `Runtime.getHeapUsage`), read with nothing loaded, with the normalized catalog, and with the
 * engine and one ranking by the 10 criteria.
 */
async function criteriaHeap({ newPage, origin }) {
  const page = await criteriaPage(newPage, origin);
  const cdp = await page.createCDPSession();
  const used = async () => {
    // Twice: objects freed by finalizers of the first pass go in the second.
    for (let pass = 0; pass < 2; pass++) await cdp.send('HeapProfiler.collectGarbage');
    // Typed arrays keep their contents outside the JS heap, in backing stores: counted too.
    const { usedSize, backingStorageSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize + backingStorageSize;
  };
  const empty = await used();
  const loaded = await page.evaluate(() => window.bench.loadCatalog());
  if (loaded.products !== 10_000 || loaded.issues) throw new Error(`${CRITERIA_PAGE}: the catalog has ${loaded.products} products and ${loaded.issues} issues, 10,000 and none expected`);
  const catalog = await used();
  const ranked = await page.evaluate(() => window.bench.rankCriteria());
  if (ranked.problems.length) throw new Error(`${CRITERIA_PAGE}: criteria reported as problems: ${ranked.problems.join('; ')}`);
  const state = await used();
  const megabytes = (bytes) => bytes / 1e6;
  return [
    {
      name: 'criteria heap: 10,000-product catalog + criteria state',
      value: megabytes(state - empty),
      unit: 'MB',
      budget: TIME.heapMb,
      decimals: 2,
      notes: [
        `JS heap used after GC, with array buffers: empty page ${fmt(megabytes(empty), 2)} MB; + normalized catalog (10,000 products, 15 attributes each) ${fmt(megabytes(catalog - empty), 2)} MB; + engine and ranking by 10 criteria ${fmt(megabytes(state - catalog), 2)} MB`,
        `value = catalog + criteria state over the empty page; ${ranked.passing} products passing`,
      ],
    },
  ];
}

/** The criteria fixture loaded and ready, at 1× CPU. */
async function criteriaPage(newPage, origin) {
  await buildCriteriaBundle();
  const page = await newPage();
  await goto(page, `${origin}${CRITERIA_PAGE}`);
  await withTimeout(page.waitForFunction(() => window.benchReady, { timeout: STEP_TIMEOUT }), STEP_TIMEOUT, `${CRITERIA_PAGE} did not load its modules`);
  return page;
}

/**
 * Bundles the criteria engine for the fixture into reports/bench-build/ (served at /bench/build/): the
 * engine's sources with `normalizeCatalog` and `findUnit` from core, minified as production
 * code is. The engine ships in no build yet; this is the same code the criteria chunk will hold.
 */
async function buildCriteriaBundle() {
  await build({
    stdin: {
      contents: "export * from './packages/core/src/criteria/index.ts'; export { normalizeCatalog } from './packages/core/src/catalog/normalize.ts'; export { findUnit } from './packages/core/src/model/units.ts';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    outfile: join(ROOT, 'reports/bench-build/criteria.js'),
    logLevel: 'error',
  });
}

/** The fixture loaded, the tray holding all 100 products, probes installed, CPU throttled. */
async function comparisonPage(newPage, origin, kind) {
  const page = await newPage();
  await page.setViewport(COMPARE_VIEWPORT);
  await goto(page, `${origin}${PAGES[kind]}`);
  await waitForShortlist(page);
  const count = await withTimeout(page.waitForFunction(() => window.benchReady, { timeout: STEP_TIMEOUT }).then((handle) => handle.jsonValue()), STEP_TIMEOUT, `${PAGES[kind]} did not fill the tray`);
  if (count !== 100) throw new Error(`${PAGES[kind]}: the tray holds ${count} products after setTray of 100 (tray.max? catalog issues?)`);
  await page.evaluate(installClickProbe);
  await page.evaluate(comparisonProbes);
  if (kind !== 'naive') {
    // The tray's panel (and its "Compare" button) loads on the first expand: not measured.
    await page.evaluate(() => (document.querySelector('shortlist-tray').expanded = true));
    await withTimeout(
      page.waitForFunction(() => window.__probes.openButton('sdk'), { timeout: STEP_TIMEOUT }),
      STEP_TIMEOUT,
      `no "Compare" button (part="compare") in the expanded <shortlist-tray>'s panel`,
    ).catch((error) => {
      throw new Error(`${PAGES[kind]}: ${error.message}`);
    });
  }
  await page.evaluate(settle, COMPARE_IDLE_MS);
  await throttle(page);
  return page;
}

/** Clicks the open button; returns the click's sample plus when every row was there. */
async function openComparisonOn(page, kind, label) {
  const button = await page.evaluateHandle((kind) => window.__probes.openButton(kind), kind);
  if (!(await button.evaluate((element) => element instanceof HTMLButtonElement))) {
    throw new Error(`${label}: no open button (${kind !== 'naive' ? `the tray panel's part="compare"` : '#naive-open'})`);
  }
  await page.evaluate(settle, COMPARE_IDLE_MS);
  const sample = await measureClick(page, button, label, ['shown', kind]);
  await button.dispose();
  const after = await withTimeout(
    page.evaluate(async (kind, t0) => {
      const probes = window.__probes;
      const firstRows = probes.shownRows;
      await probes.complete(kind);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const complete = performance.now();
      const longestTask = Math.max(0, ...window.__bench.longTasks.filter((task) => task.startTime + task.duration > t0 && task.startTime < complete).map((task) => task.duration));
      return { firstRows, complete, longestTask, rows: probes.valueRows(kind) };
    }, kind, sample.t0),
    STEP_TIMEOUT,
    `${label}: the comparison never finished rendering its rows`,
  );
  if (after.rows < 50) throw new Error(`${label}: only ${after.rows} value rows once rendered, 50 attributes expected`);
  return { ...sample, ...after };
}

async function closeComparisonOn(page, kind) {
  await page.keyboard.press('Escape');
  await withTimeout(
    page.waitForFunction((kind) => !window.__probes.isOpen(kind), { timeout: STEP_TIMEOUT }, kind),
    STEP_TIMEOUT,
    `${VARIANT_NAMES[kind]}: Escape did not close the comparison dialog`,
  );
}

async function comparisonEventTiming(page, samples) {
  // Event Timing entries arrive asynchronously: give the observer a moment.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  return eventTimingOf(await page.evaluate(() => window.__bench.events), samples);
}

// ---------------------------------------------------------------------------------------------
// In-page code (runs in the browser: no closures over Node variables)

/**
 * Records, for every click (or every event of `type`: a pointer move), its dispatch start, the end of the next painted frame (`nextPaint`)
 * and `end`: the same, or with `__bench.until` set before the click (a predicate, see
 * `measureClick`), the end of the first painted frame in which the predicate held, checked in
 * requestAnimationFrame (so before that frame's style, layout and paint). Also records long tasks.
 */
function installClickProbe(type = 'click') {
  const bench = (window.__bench = { clicks: [], events: [], longTasks: [], shifts: [] });
  new PerformanceObserver((list) => {
    for (const { name, interactionId, startTime, duration } of list.getEntries()) bench.events.push({ name, interactionId, startTime, duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => bench.longTasks.push(...list.getEntries().map(({ startTime, duration }) => ({ startTime, duration })))).observe({ type: 'longtask' });
  const afterFrame = (callback) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = callback;
    channel.port2.postMessage(undefined);
  };
  addEventListener(
    type,
    (event) => {
      const t0 = performance.now();
      const button = event.composedPath()[0]?.closest?.('button');
      const until = bench.until;
      bench.until = undefined;
      const sample = { t0, timeStamp: event.timeStamp };
      // Registered before the button's own handler runs, so it fires in the frame after it.
      const frame = () => {
        let done = true;
        try {
          done = !until || !!until();
        } catch (error) {
          sample.error = String(error);
        }
        afterFrame(() => {
          sample.nextPaint ??= performance.now();
          if (!done && performance.now() - t0 < 60_000) return requestAnimationFrame(frame);
          sample.end = performance.now();
          sample.done = done;
          sample.pressed = button?.getAttribute('aria-pressed');
          bench.clicks.push(sample);
          bench.resolve?.(sample);
        });
      };
      requestAnimationFrame(frame);
    },
    { capture: true },
  );
}

/**
 * `window.__probes`: finds the comparison's parts by role, label and part in `<shortlist-compare>`'s
 * shadow root (`sdk`) or in the baseline's `#naive-dialog` (`naive`), and the predicates that
 * `measureClick` waits for. Cheap on purpose: predicates run inside the measured frames.
 */
function comparisonProbes() {
  const element = () => document.querySelector('shortlist-compare');
  const dialog = (kind) => (kind === 'naive' ? document.getElementById('naive-dialog') : element()?.shadowRoot?.querySelector('dialog[part~="dialog"]'));
  const removeButtons = (kind) => [...(dialog(kind)?.querySelectorAll('button[aria-label^="Remove "]') ?? [])];
  // Rows of values: a row header and value cells (not the actions row, not the notes row).
  const VALUE_ROWS = 'tbody tr:has(> th[scope="row"]):has(> td):not(:has(textarea))';
  const probes = (window.__probes = {
    openButton: (kind) =>
      kind === 'naive'
        ? document.getElementById('naive-open')
        : document.querySelector('shortlist-tray')?.shadowRoot?.querySelector('shortlist-tray-panel')?.shadowRoot?.querySelector('button[part~="compare"]'),
    isOpen: (kind) => !!dialog(kind)?.open,
    /** The dialog is open with at least one value cell in it; notes how many value rows it shows then. */
    shown: (kind) => {
      const open = dialog(kind);
      const shown = !!open?.open && !!open.querySelector(kind === 'naive' ? 'tbody td' : 'td[part~="cell"]');
      if (shown) probes.shownRows = probes.valueRows(kind);
      return shown;
    },
    /** Resolves once every row is rendered: `<shortlist-compare>`'s updateComplete waits for its slices. */
    complete: (kind) => (kind === 'naive' ? Promise.resolve() : element().updateComplete),
    valueRows: (kind) => dialog(kind)?.querySelectorAll(VALUE_ROWS).length ?? 0,
    visibleRows: (kind) => [...(dialog(kind)?.querySelectorAll(VALUE_ROWS) ?? [])].filter((row) => row.checkVisibility()).length,
    productNames: (kind) => removeButtons(kind).map((button) => button.getAttribute('aria-label').slice('Remove '.length)),
    removeButton: (kind, name) => removeButtons(kind).find((button) => button.getAttribute('aria-label') === `Remove ${name}`),
    removed: (kind, name) => !probes.removeButton(kind, name),
    /** Puts every product back (after a removal). */
    restore: (kind) => (kind === 'naive' ? window.naiveComparison.reset() : window.shortlist('get').setTray(window.benchIds)),
    /** The input of the label whose text is `text`. */
    control: (kind, text) => [...(dialog(kind)?.querySelectorAll('label') ?? [])].find((label) => label.textContent.trim() === text)?.control,
    /** The box that scrolls the table horizontally (the dialog itself, if nothing inside it does). */
    scroller: (kind) => {
      const table = dialog(kind)?.querySelector('table');
      for (let box = table?.parentElement; box; box = box === dialog(kind) ? undefined : box.parentElement) {
        if (box.scrollWidth > box.clientWidth && /auto|scroll/.test(getComputedStyle(box).overflowX)) return box;
      }
      return undefined;
    },
  });
  return Object.keys(probes);
}

/**
 * Scrolls the comparison's table horizontally from the main thread, in each animation frame, for
 * `ms` at `speed` px/s (position from elapsed time, so slow frames jump further); returns the
 * intervals between frames, those of an idle stretch before, and the long tasks meanwhile.
 */
async function scrollTable(kind, ms, speed) {
  const scroller = window.__probes.scroller(kind);
  if (!scroller) return { error: 'no horizontally scrolling box around the comparison table' };
  const max = scroller.scrollWidth - scroller.clientWidth;
  const box = `${scroller.localName}${scroller.getAttribute('part') ? `[part=${scroller.getAttribute('part')}]` : ''}${scroller.className ? `.${scroller.className}` : ''}`;
  const from = scroller.scrollLeft > max - (speed * ms) / 1000 ? 0 : scroller.scrollLeft;
  scroller.scrollLeft = from;
  const frames = (duration, step) =>
    new Promise((resolve) => {
      const times = [];
      const frame = (now) => {
        times.push(now);
        if (now - times[0] >= duration) return resolve(times.slice(1).map((time, index) => time - times[index]));
        step?.(now - times[0]);
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  const idle = await frames(500);
  const start = performance.now();
  const intervals = await frames(ms, (elapsed) => (scroller.scrollLeft = Math.min(max, from + (speed * elapsed) / 1000)));
  const end = performance.now();
  const longTasks = window.__bench.longTasks.filter((task) => task.startTime + task.duration > start && task.startTime < end).map((task) => task.duration);
  return { intervals, idle, longTasks, from: Math.round(from), to: Math.round(scroller.scrollLeft), max, box };
}

/** Resolves once `idleMs` passed since now and since the end of the last long task. */
function settle(idleMs) {
  const bench = window.__bench;
  const start = performance.now();
  return new Promise((resolve) => {
    const check = () => {
      const lastEnd = Math.max(0, ...bench.longTasks.map((task) => task.startTime + task.duration));
      const now = performance.now();
      if (now - start >= idleMs && now - lastEnd >= idleMs) resolve({ longTasks: bench.longTasks, shifts: bench.shifts, scripts: bench.scripts });
      else setTimeout(check, 100);
    };
    check();
  });
}

// ---------------------------------------------------------------------------------------------
// Helpers

/**
 * Event Timing: per interaction, the longest of the events that do the adding (pointerup, mouseup,
 * click; the pointerdown's frame holds none of Shortlist's work).
 */
function interactionDurations(events, clicks) {
  const byInteraction = new Map();
  for (const event of events) {
    if (!event.interactionId || !['pointerup', 'mouseup', 'click'].includes(event.name)) continue;
    byInteraction.set(event.interactionId, Math.max(byInteraction.get(event.interactionId) ?? 0, event.duration));
  }
  if (byInteraction.size > clicks.length) throw new Error(`Event Timing saw ${byInteraction.size} interactions for ${clicks.length} clicks`);
  return [...byInteraction.values()];
}

/**
 * Event Timing, as a note: how many of `samples` interactions it reported (those of 16 ms or
 * more; `durations` holds theirs), the longest, and the p95 when the unreported ones (under
 * 16 ms) cannot reach it.
 */
function eventTimingNote(samples, durations) {
  const reported = durations.length;
  if (!reported) return `Event Timing: 0 of ${samples} interactions ≥ 16 ms (so p95 < 16 ms)`;
  // Interactions Event Timing did not report took under 16 ms: rank the reported ones among all.
  const p95 = reported >= samples - Math.ceil(0.95 * samples) + 1 ? percentile([...durations, ...Array(samples - reported).fill(0)], 95) : undefined;
  return `Event Timing: ${reported} of ${samples} interactions ≥ 16 ms, max ${fmt(Math.max(...durations))} ms, p95 ${p95 === undefined ? '< 16' : fmt(p95)} ms`;
}

/**
 * Event Timing, per measured click: the longest of the events of the click's interaction that do
 * the work (see `interactionDurations`), found by the click's timeStamp; undefined when Event
 * Timing did not report it (under 16 ms). For pages with clicks that are not measured.
 */
function eventTimingOf(events, samples) {
  return samples.map((sample) => {
    const click = events.find((event) => event.name === 'click' && event.interactionId && Math.abs(event.startTime - sample.timeStamp) < 1);
    if (!click) return undefined;
    const related = events.filter((event) => event.interactionId === click.interactionId && ['pointerup', 'mouseup', 'click'].includes(event.name));
    return Math.max(...related.map((event) => event.duration));
  });
}

/**
 * A trusted click on `target` (an ElementHandle: a real mouse click through the DevTools
 * protocol), measured by `installClickProbe`. With `until` (`[name, ...args]`), the sample ends
 * with the first painted frame in which `window.__probes[name](...args)` holds, not with the
 * next one: for a click whose visible effect comes in a later task (a lazy import, a fetch).
 */
async function measureClick(page, target, label, until) {
  await page.evaluate((until) => {
    const bench = window.__bench;
    bench.next = new Promise((resolve) => (bench.resolve = (sample) => ((bench.resolve = undefined), resolve(sample))));
    bench.until = until ? () => window.__probes[until[0]](...until.slice(1)) : undefined;
  }, until);
  // A handle is clicked; a function does what the sample measures (a pointer move).
  await (typeof target === 'function' ? target() : target.click());
  const waitingFor = until ? `no painted frame showed ${until[0]}(${until.slice(1).join(', ')})` : 'no frame was painted after it';
  const sample = await withTimeout(page.evaluate(() => window.__bench.next), STEP_TIMEOUT * 2, `${label}: ${waitingFor}`);
  if (sample.error) throw new Error(`${label}: the probe ${until[0]} failed in the page: ${sample.error}`);
  if (!sample.done) throw new Error(`${label}: ${waitingFor} within 60 s`);
  return sample;
}

/**
 * Waits until Shortlist has started and its catalog has loaded: the whole catalog (`ready`,
 * which fetches the feed), or with `{ fromPage: true }` only what the page itself describes,
 * as a page load does on its own (the feed loads when a view needs it).
 */
async function waitForShortlist(page, { fromPage = false } = {}) {
  const path = new URL(page.url()).pathname;
  try {
    await page.waitForFunction(() => typeof window.shortlist === 'function' && !window.shortlist.q, { timeout: STEP_TIMEOUT });
  } catch (error) {
    throw new Error(`Shortlist did not start on ${path} within ${STEP_TIMEOUT / 1000} s (window.shortlist is still the queue stub): is /shortlist/shortlist.js built and served?`, { cause: error });
  }
  return withTimeout(
    page.evaluate(async (fromPage) => {
      const shortlist = window.shortlist('get');
      if (fromPage) await new Promise((resolve) => shortlist.$catalog.subscribe(({ status }) => status !== 'loading' && resolve()));
      else await shortlist.ready;
      await customElements.whenDefined('shortlist-compare-button');
      return performance.now();
    }, fromPage),
    STEP_TIMEOUT,
    `the catalog of ${path} was not ready within ${STEP_TIMEOUT / 1000} s`,
  );
}

async function goto(page, url) {
  const response = await page.goto(url, { waitUntil: 'load', timeout: STEP_TIMEOUT });
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
}

async function throttle(page, rate = CPU_SLOWDOWN) {
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s: ${message}`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Nearest-rank percentile. */
function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1];
}

/** "median …, p95 …, max … ms" of a list of durations. */
const stats = (values, unit = 'ms', decimals = 1) =>
  `median ${fmt(percentile(values, 50), decimals)}, p95 ${fmt(percentile(values, 95), decimals)}, max ${fmt(Math.max(...values), decimals)} ${unit}`;

const round = (value, decimals = 1) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const fmt = (value, decimals = 1) => round(value, decimals).toFixed(decimals);

/**
 * What is still possible in the customizer: one full recomputation (`Configurator.state`: every
 * value possible or not, the reasons, price and problems) at 1× — the budget's CPU — in the
 * page, timed with performance.now() around each call, along a shopper's path through each
 * random product. The baseline is the brute-force enumeration in the same page and run, on the
 * largest size where it still finishes; the engine is timed on that size too.
 */
/** Bundles the customizer benchmark's in-page part (scripts/bench/customize-bench.ts) for /bench/build/. */
const buildCustomizeBench = () =>
  build({
    entryPoints: [join(ROOT, 'scripts/bench/customize-bench.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(ROOT, 'reports/bench-build/customize-bench.js'),
    logLevel: 'warning',
  });

async function customizePossible({ newPage, origin }) {
  await buildCustomizeBench();
  const page = await newPage();
  await goto(page, `${origin}${CUSTOMIZE_PAGE}`);
  await page.waitForFunction(() => window.customizeBench, { timeout: STEP_TIMEOUT });
  const run = (name, ...args) => withTimeout(page.evaluate((name, args) => window.customizeBench[name](...args), name, args), STEP_TIMEOUT * 3, `customize ${name}`);
  const engine = await run('engine', CUSTOMIZE_SIZE, CUSTOMIZE_SEEDS, CUSTOMIZE_STEPS, CUSTOMIZE_WARM_UP, { repeats: CUSTOMIZE_REPEATS });
  const links = await run('engine', CUSTOMIZE_SIZE, CUSTOMIZE_SEEDS, CUSTOMIZE_STEPS / 2, 2, { restoredLinks: true });
  const small = await run('engine', BRUTE_FORCE_SIZE, CUSTOMIZE_SEEDS.slice(0, 2), CUSTOMIZE_STEPS, CUSTOMIZE_WARM_UP);
  const brute = await run('bruteForce', BRUTE_FORCE_SIZE, CUSTOMIZE_SEEDS.slice(0, 2), BRUTE_FORCE_STEPS);
  await page.browserContext().close();

  const size = ({ groups, values, rules }) => `${groups} groups × ${values} values, ${rules} rules`;
  const counts = (timings) =>
    `${timings.possible} values possible, ${timings.impossible} not (${Object.entries(timings.reasons).map(([kind, count]) => `${kind} ${count}`).join(', ')}); ${timings.completed} complete configurations reached`;
  const perConfiguration = percentile(brute.times, 50) / brute.configurations;
  const years = (perConfiguration * CUSTOMIZE_SIZE.values ** CUSTOMIZE_SIZE.groups) / 1000 / 3600 / 24 / 365;
  return [
    {
      name: 'customize-possible 10×20, 30 rules p95 (1x CPU)',
      value: percentile(engine.times, 95),
      unit: 'ms',
      budget: TIME.possible,
      baseline: percentile(brute.times, 95),
      decimals: 2,
      notes: [
        `${engine.times.length} recomputations (${CUSTOMIZE_SEEDS.length} random products of ${size(CUSTOMIZE_SIZE)}, ${CUSTOMIZE_STEPS} steps of a shopper's path each after ${CUSTOMIZE_WARM_UP} unmeasured): ${stats(engine.times, 'ms', 2)}`,
        `  fastest of ${CUSTOMIZE_REPEATS + 1} runs of each selection (the work without time taken by other processes; a lower bound, as a repeat may find dead ends remembered): ${stats(engine.fastest, 'ms', 2)}`,
        `  ${counts(engine)}`,
        `  per product: building its configurator (reading, compiling, what is possible with nothing chosen) ${stats(engine.builds, 'ms', 2)}; checking its rules (checkConfiguration, in slices of at most 8 ms: the time until the errors are known) ${stats(engine.checks, 'ms', 1)}`,
        `  random selections, as an outdated link may hold (they often clash): ${stats(links.times, 'ms', 2)}`,
        `baseline = brute-force enumeration (packages/core/test/customize-reference.ts) of ${size(BRUTE_FORCE_SIZE)}: ${brute.configurations} configurations, ${brute.valid} valid in the last; ${brute.times.length} recomputations: ${stats(brute.times, 'ms', 0)}`,
        `  the engine on that size: ${stats(small.times, 'ms', 2)}; brute force at 10×20 (20^10 configurations) would take about ${fmt(years)} years per recomputation at that rate`,
        'performance.now() in a page that is not cross-origin isolated has a 0.1 ms resolution',
      ],
    },
  ];
}

/**
 * One option change in the customizer, on screen, at 4× CPU: a trusted click on a value of an
 * option group (one that can be chosen and is not chosen yet, the groups in turn) of
 * `<shortlist-customizer>` for a random product of 10 groups × 20 values with 30 rules,
 * measured from the click's dispatch to the end of the first painted frame whose summary shows
 * the value. That is the whole interaction: the engine's recomputation (what is possible, why
 * not, price), the reasons in words, and the render of 200 values. Once every group has a
 * value, a click changes one.
 */
async function customizeOptionChange({ newPage, origin }) {
  await buildCustomizeBench();
  /** The first COLD_CHANGES on each page, and the later ones. */
  const first = perBuild();
  const later = perBuild();
  const events = perBuild();
  let complete = 0;
  // With --against, the builds take turns on each product (interleaved: drift hits both alike).
  for (const seed of CHANGE_SEEDS) for (const kind of BUILDS) {
    const page = await newPage();
    await goto(page, `${origin}${kind === 'against' ? '/against' : ''}${CHANGE_PAGE}?seed=${seed}`);
    await waitForShortlist(page);
    await page.waitForFunction(() => document.querySelector('shortlist-customizer')?.shadowRoot?.querySelectorAll('[part~="value"]').length >= 200, { timeout: STEP_TIMEOUT });
    await page.evaluate(installClickProbe);
    await page.evaluate(customizerProbes);
    await throttle(page);
    for (let click = 0; click < CHANGE_CLICKS; click++) {
      const target = await page.evaluate((click) => window.__probes.pick(click), click);
      if (!target) throw new Error(`seed ${seed}, click ${click + 1}: no value left to choose in the customizer`);
      const label = await page.evaluateHandle(({ group, value }) => window.__probes.value(group, value), target);
      await label.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      await page.evaluate(settle, 200);
      const sample = await measureClick(page, label, `${kind === 'sdk' ? 'this build' : otherBuild}, seed ${seed}, click ${click + 1} (${target.key} = ${target.value})`, ['shows', target.key, target.value]);
      (click < COLD_CHANGES ? first : later)[kind].push(sample.end - sample.t0);
      await label.dispose();
      if (kind === 'sdk' && (await page.evaluate(() => window.__probes.complete()))) complete++;
    }
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    const { events: entries, clicks } = await page.evaluate(() => ({ events: window.__bench.events, clicks: window.__bench.clicks }));
    events[kind].push(...interactionDurations(entries, clicks));
    await page.browserContext().close();
  }
  return rowsPerBuild(`customize-option-change 10×20, 30 rules p95 (${CPU_SLOWDOWN}x CPU)`, (kind) => {
    const all = [...first[kind], ...later[kind]];
    return {
      value: percentile(all, 95),
      unit: 'ms',
      budget: TIME.optionChange,
      notes: [
        `${all.length} clicks on a value of <shortlist-customizer> (${CHANGE_SEEDS.length} random products × ${CHANGE_CLICKS}; a complete configuration after ${complete} of them): click dispatch → the painted frame showing the choice: ${stats(all)}`,
        `  the first ${COLD_CHANGES} on each page: ${stats(first[kind])}; the others: ${stats(later[kind])}`,
        eventTimingNote(all.length, events[kind]),
      ],
    };
  }, '<shortlist-customizer>');
}

/** `window.__probes` for the customizer: what to click next, and whether a frame shows it. Cheap: predicates run in measured frames. */
function customizerProbes() {
  const root = () => document.querySelector('shortlist-customizer').shadowRoot;
  const groups = () => [...root().querySelectorAll('[part~="group"]')];
  window.__probes = {
    /** A value that can be chosen and is not, of the next group in turn that has one (the values' labels are their values). */
    pick(click) {
      const open = groups()
        .map((group, index) => ({ group: index, key: group.querySelector('legend').textContent.trim(), values: [...group.querySelectorAll('input[type=radio]:not(:checked):not(:disabled)')] }))
        .filter((group) => group.values.length > 0);
      if (!open.length) return undefined;
      const { group, key, values } = open[click % open.length];
      return { group, key, value: values[(click * 7) % values.length].value };
    },
    value: (group, value) => groups()[group].querySelector(`input[value="${CSS.escape(value)}"]`).closest('label'),
    /** The summary shows `value` for the option `key`. */
    shows: (key, value) => [...root().querySelectorAll('[part~="summary"] dt')].some((term) => term.textContent === key && term.nextElementSibling.textContent === value),
    complete: () => root().querySelector('[part~="add"]').getAttribute('aria-disabled') === 'false',
  };
}

// ---------------------------------------------------------------------------------------------
// Main

/** The arguments: scenario filters, and `--against <folder>` (or `--against=<folder>`). */
function readArguments(args) {
  const filters = [];
  let against;
  for (let index = 0; index < args.length; index++) {
    const [flag, value] = args[index].split(/=(.*)/s);
    if (flag === '--against') against = value ?? args[++index];
    else filters.push(args[index]);
  }
  if (against === undefined) return { filters };
  // A worktree (built), or its embed's dist folder.
  const dist = [join(resolve(against), 'packages/embed/dist'), resolve(against)].find((folder) => existsSync(join(folder, 'shortlist.js')));
  if (!dist) throw new Error(`--against ${against}: no shortlist.js in ${against}/packages/embed/dist or ${against} (build it: npm run build there)`);
  let label = basename(resolve(against));
  try {
    label += ` (${execFileSync('git', ['-C', resolve(against), 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()})`;
  } catch {
    // Not a git checkout: its folder name says enough.
  }
  return { filters, against: { dist, label } };
}

async function main() {
  const { filters, against } = readArguments(process.argv.slice(2));
  if (against) useOtherBuild(against.label);
  const selected = SCENARIOS.filter(({ id }) => !filters.length || filters.some((filter) => id.includes(filter)));
  if (!selected.length) throw new Error(`no scenario matches ${filters.join(', ')}; scenarios: ${SCENARIOS.map(({ id }) => id).join(', ')}`);

  // The storefront, the embed, and the benchmark's own fixtures (scripts/bench/) under /bench/,
  // with what scenarios bundle for their pages under /bench/build/;
  // with --against, the other build's embed and the same fixtures under /against/ (the fixture
  // loads the embed by a relative URL).
  const mounts = { '/shortlist/': 'packages/embed/dist', '/bench/': 'scripts/bench', '/bench/build/': 'reports/bench-build' };
  if (against) Object.assign(mounts, { '/against/shortlist/': against.dist, '/against/bench/': 'scripts/bench', '/against/bench/build/': 'reports/bench-build' });
  const server = createStorefrontServer({ mounts });
  const profile = await mkdtemp(join(tmpdir(), 'shortlist-bench-'));
  let browser;
  const results = [];
  const failures = [];
  const pageErrors = new Set();
  try {
    await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${server.address().port}`;
    // Fail fast, with the fix, rather than after a scenario's timeouts.
    for (const path of ['/shortlist/shortlist.js', '/catalog.json', '/laptops/', ...new Set(Object.values(PAGES)), CRITERIA_PAGE, INTERACTION_PAGE]) {
      const { status } = await fetch(`${origin}${path}`, { method: 'HEAD' });
      if (status !== 200) throw new Error(`${path} answered ${status}: run \`npm run build\` (it builds the embed and generates the storefront)`);
    }
    browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, userDataDir: profile, headless: true, protocolTimeout: STEP_TIMEOUT * 2 });

    /** A page in a fresh browser context (empty storage and cache), with loopback-only traffic. */
    const newPage = async ({ withoutEmbed = false } = {}) => {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      page.setDefaultTimeout(STEP_TIMEOUT);
      // Shown after the table: an error in the page often explains a strange figure.
      const where = () => new URL(page.url()).pathname + (withoutEmbed ? ' (without embed)' : '');
      page.on('pageerror', (error) => pageErrors.add(`${where()}: ${error.message.split('\n')[0]}`));
      page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && pageErrors.add(`${where()}: console.error ${message.text().split('\n')[0]}`));
      page.on('response', (response) => response.status() >= 400 && pageErrors.add(`${where()}: ${response.status()} for ${response.url().replace(origin, '')}`));
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.isInterceptResolutionHandled()) return;
        const url = new URL(request.url());
        if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') return request.abort('blockedbyclient');
        if (withoutEmbed && url.pathname === '/shortlist/shortlist.js') {
          return request.respond({ status: 200, contentType: 'text/javascript', body: 'export {};\n' });
        }
        return request.continue();
      });
      return page;
    };

    // Other processes competing for the CPU inflate every figure: say so next to them.
    const load = loadavg()[0];
    const cores = availableParallelism();
    console.log(`${await browser.version()}, CPU slowdown ${CPU_SLOWDOWN}x, load average ${load.toFixed(2)} on ${cores} core(s)${load > cores / 2 ? ' — busy machine: expect noisy, higher figures' : ''}`);
    for (const scenario of selected) {
      const started = performance.now();
      process.stdout.write(`${scenario.id} … `);
      try {
        const timeout = (scenario.timeout ?? SCENARIO_TIMEOUT) * (scenario.perVariant ? VARIANTS.length : 1);
        const produced = await withTimeout(scenario.run({ browser, newPage, origin }), timeout, `scenario ${scenario.id}`);
        results.push(...produced);
        console.log(`done in ${fmt((performance.now() - started) / 1000)} s`);
      } catch (error) {
        console.log('FAILED');
        failures.push({ id: scenario.id, error });
      }
      // A failed or timed-out scenario may leave pages open: start the next one clean.
      for (const context of browser.browserContexts()) if (context !== browser.defaultBrowserContext()) await context.close().catch(() => {});
    }
  } finally {
    await browser?.close().catch(() => {});
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
    await rm(profile, { recursive: true, force: true }).catch(() => {});
  }

  await report(results);
  if (pageErrors.size) console.log(`\nErrors in the pages (${pageErrors.size}):\n${[...pageErrors].slice(0, 10).map((error) => `  ${error}`).join('\n')}`);
  for (const { id, error } of failures) console.error(`\nScenario ${id} failed: ${error.stack ?? error}${error.cause ? `\n  cause: ${error.cause.message}` : ''}`);
  return failures.length ? 1 : 0;
}

function report(results) {
  if (!results.length) console.log('\nNo results.');
  const rows = results.map((result) => {
    const decimals = result.decimals ?? 1;
    const over = result.value > result.budget + 1e-9;
    return { ...result, over, cells: [result.name, fmt(result.value, decimals), result.unit, fmt(result.budget, decimals), result.baseline === undefined ? '–' : fmt(result.baseline, decimals), over ? 'OVER BUDGET' : 'pass'] };
  });
  const header = ['benchmark', 'value', 'unit', 'budget', 'baseline', 'result'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row.cells[column].length)));
  const line = (cells) => cells.map((cell, column) => (column === 0 || column === 2 || column === 5 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd();
  if (rows.length) console.log(`\n${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const row of rows) console.log(line(row.cells));
  for (const row of rows) if (row.notes?.length) console.log(`\n${row.name}\n${row.notes.map((note) => `  ${note}`).join('\n')}`);
  const over = rows.filter((row) => row.over);
  if (over.length) console.log(`\nOVER BUDGET: ${over.map((row) => row.name).join('; ')} (reported, not enforced)`);

  const json = rows.map(({ name, value, unit, budget, baseline, decimals = 1 }) => ({ name, value: round(value, decimals), unit, budget, ...(baseline === undefined ? {} : { baseline: round(baseline, decimals) }) }));
  return mkdir(join(ROOT, 'reports'), { recursive: true }).then(() => writeFile(join(ROOT, 'reports/bench.json'), `${JSON.stringify(json, null, 2)}\n`));
}

process.exitCode = await main().catch((error) => {
  console.error(`Benchmark could not run: ${error.stack ?? error}`);
  return 1;
});
