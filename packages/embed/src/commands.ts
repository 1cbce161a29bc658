/**
 * The script-tag command API: `shortlist('on', 'tray-change', fn)`, `shortlist('add', id)`…
 * Calls made before the script loads wait in `shortlist.q` and are replayed once, in order.
 */
import { checkConfig, createShortlist, type Shortlist, type ShortlistConfig, type ShortlistEventType } from '@shortlist/core';
import type { CommandProblem } from './command-problem.js';
import { mergeConfig } from './script-config.js';

type Call = ArrayLike<unknown>;

/** The function pages call; before load it is the snippet's stub with its queue `q`. */
export interface CommandFunction {
  (command: string, ...args: unknown[]): unknown;
  q?: Call[];
}

/**
 * Reports a wrong call in the console, never throwing into the retailer's page. Its wording
 * loads with the first problem (command-problem.ts).
 */
function report(problem: CommandProblem): undefined {
  void import('./command-problem.js').then(({ describeCommandProblem }) => console.error(describeCommandProblem(problem)));
  return undefined;
}

/** Commands that take a product id: the instance's method of the same name. */
const withProduct = (command: 'add' | 'remove' | 'toggle') => (shortlist: Shortlist, id: unknown) =>
  typeof id === 'string' && id ? shortlist[command](id) : report({ command, kind: 'product', found: id });

const commands = {
  on: (shortlist: Shortlist, type: unknown, listener: unknown) =>
    typeof listener === 'function' ? shortlist.on(type as ShortlistEventType, listener as never) : report({ command: 'on', kind: 'listener', found: listener }),
  add: withProduct('add'),
  remove: withProduct('remove'),
  toggle: withProduct('toggle'),
  clear: (shortlist: Shortlist) => shortlist.clear(),
  forget: (shortlist: Shortlist) => shortlist.forget(),
  get: (shortlist: Shortlist) => shortlist,
} satisfies Record<string, (shortlist: Shortlist, ...args: never[]) => unknown>;

/** Runs one call. A listener or the instance may throw: that is reported, not thrown into the page. */
function run(shortlist: Shortlist, [command, ...args]: unknown[]): unknown {
  if (command === 'init') return report({ command, kind: 'late-init', found: args[0] });
  const handler = Object.hasOwn(commands, command as string) ? commands[command as keyof typeof commands] : undefined;
  if (!handler) return report({ command: String(command), kind: 'unknown', found: command, known: Object.keys(commands) });
  try {
    return (handler as (shortlist: Shortlist, ...args: unknown[]) => unknown)(shortlist, ...args);
  } catch (error) {
    console.error(error);
    return undefined;
  }
}

/**
 * Starts Shortlist for the page: reuses the instance another copy created, or creates one from
 * the script's configuration plus every queued `init`; then replays the other queued calls.
 */
export function start(scriptConfig: ShortlistConfig, existing: Shortlist | undefined, scope: { shortlist?: CommandFunction }): Shortlist {
  const queued = [...(scope.shortlist?.q ?? [])].map((call) => Array.from(call));
  const inits = queued.filter(([command]) => command === 'init').map(([, config]) => config as ShortlistConfig);
  // Each layer is checked on its own: a bad field is reported and left out of the layer that
  // set it, so the layer below shows through and one typo never discards the retailer's
  // other choices (such as `storage: 'none'`).
  const shortlist = existing ?? createShortlist(mergeConfig(...[scriptConfig, ...inits].map((layer) => checkConfig(layer, console.error))));
  if (existing && inits.length) report({ command: 'init', kind: 'second-init', found: inits[0] });

  const api: CommandFunction = (command, ...args) => run(shortlist, [command, ...args]);
  scope.shortlist = api;
  for (const call of queued) if (call[0] !== 'init') run(shortlist, call);
  return shortlist;
}
