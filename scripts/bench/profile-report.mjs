/**
 * What the profiling scripts (profile-compare.mjs, profile-listing.mjs, profile-customizer.mjs,
 * profile-drag.mjs) print: a DevTools trace's main-thread time by event, and a CPU profile's
 * time by function, mapped to the TypeScript sources through the build's source maps.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceMapConsumer } from 'source-map';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TOP = 25;
/** A task longer than this holds up a frame (the benchmark's long-task threshold). */
const LONG_TASK = 50;

/** Self time by trace event on the page's renderer main thread (the busiest one), from the click (if any) to the end. */
export function printTrace(trace) {
  const events = trace.traceEvents;
  const work = (thread) => events.filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X').length;
  const main = events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').sort((a, b) => work(b) - work(a))[0];
  if (!main) return console.log('(no renderer main thread in the trace)\n');
  const slices = events.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const click = slices.find((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'click');
  const from = click ? slices.filter((event) => event.name === 'RunTask' && event.ts <= click.ts).at(-1)?.ts ?? click.ts : slices[0]?.ts;
  const { self, busy } = selfTimes(slices.filter((event) => event.ts >= from));
  const rows = [...self].filter(([, time]) => time > 500).sort((a, b) => b[1] - a[1]);
  console.log(`Main thread${click ? " from the click's task on" : ''}: ${(busy / 1000).toFixed(1)} ms busy. Self time by trace event:`);
  for (const [name, time] of rows.slice(0, 14)) console.log(`  ${(time / 1000).toFixed(1).padStart(8)} ms  ${name}`);
  // The tasks over the long-task threshold, each with where its own time went.
  const long = slices.filter((event) => event.ts >= from && event.name === 'RunTask' && event.dur > LONG_TASK * 1000);
  console.log(`\nTasks over ${LONG_TASK} ms: ${long.length}`);
  for (const task of long) {
    const { self: inside } = selfTimes(slices.filter((event) => event.ts >= task.ts && event.ts + event.dur <= task.ts + task.dur));
    const top = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([name, time]) => `${name} ${(time / 1000).toFixed(1)}`);
    console.log(`  ${(task.dur / 1000).toFixed(1).padStart(8)} ms at +${((task.ts - from) / 1000).toFixed(0)} ms: ${top.join(', ')}`);
  }
  console.log('');
}

/** Self time by event name of trace slices sorted by start (nested ones are subtracted from their parent), and the time of the outermost. */
export function selfTimes(slices) {
  const self = new Map();
  const stack = [];
  let busy = 0;
  for (const event of slices) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - event.dur);
    else busy += event.dur;
    self.set(event.name, (self.get(event.name) ?? 0) + event.dur);
    stack.push(event);
  }
  return { self, busy };
}

/** Self time by function (sources through the source maps), and the heaviest stacks' sources. */
export async function printProfile(profile) {
  const interval = new Map();
  for (let index = 0; index < profile.samples.length; index++) {
    const delta = profile.timeDeltas[index + 1] ?? 0;
    interval.set(profile.samples[index], (interval.get(profile.samples[index]) ?? 0) + delta / 1000);
  }
  const consumers = new Map();
  const consumerFor = async (url) => {
    if (!consumers.has(url)) {
      const path = new URL(url).pathname;
      let consumer;
      if (path.startsWith('/shortlist/')) {
        try {
          consumer = await new SourceMapConsumer(JSON.parse(await readFile(join(ROOT, 'packages/embed/dist', `${path.slice('/shortlist/'.length)}.map`), 'utf8')));
        } catch {
          consumer = undefined;
        }
      }
      consumers.set(url, consumer);
    }
    return consumers.get(url);
  };
  const where = async ({ functionName, url, lineNumber, columnNumber }) => {
    if (!url) return functionName || '(anonymous)';
    const consumer = url.startsWith('http') ? await consumerFor(url) : undefined;
    const original = consumer?.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
    if (original?.source) {
      const source = original.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '');
      return `${original.name ?? functionName ?? '(anonymous)'}  ${source}:${original.line}`;
    }
    return `${functionName || '(anonymous)'}  ${url.replace(/^https?:\/\/[^/]+/, '')}:${lineNumber + 1}`;
  };
  const byName = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const time = interval.get(node.id) ?? 0;
    if (!time || node.callFrame.functionName === '(idle)') continue;
    total += time;
    const name = await where(node.callFrame);
    byName.set(name, (byName.get(name) ?? 0) + time);
  }
  const rows = [...byName].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  console.log(`CPU profile: ${total.toFixed(1)} ms sampled (not idle). Self time by function (${'(program)'} = native work: style, layout, paint, DOM):`);
  for (const [name, time] of rows) console.log(`  ${time.toFixed(1).padStart(8)} ms  ${((100 * time) / total).toFixed(1).padStart(5)} %  ${name}`);

  // Inclusive time of our own functions: what each source function costs with its callees.
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const inclusive = new Map();
  for (const node of profile.nodes) {
    const time = interval.get(node.id) ?? 0;
    if (!time) continue;
    const seen = new Set();
    for (let at = node; at; at = parent.get(at.id)) {
      if (!at.callFrame.url.includes('/shortlist/')) continue;
      const name = await where(at.callFrame);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + time);
    }
  }
  console.log(`\nInclusive time of Shortlist's functions (with everything they call):`);
  for (const [name, time] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${time.toFixed(1).padStart(8)} ms  ${name}`);
}
