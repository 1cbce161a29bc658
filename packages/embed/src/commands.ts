/**
 * The script-tag command API: `shortlist('on', 'tray-change', fn)`, `shortlist('add', id)`…
 * Calls made before the script loads wait in `shortlist.q` and are replayed once, in order.
 */
import { createShortlist, ShortlistError, type Shortlist, type ShortlistConfig, type ShortlistEventType } from '@shortlist/core';
import { mergeConfig } from './script-config.js';

type Call = ArrayLike<unknown>;

/** The function pages call; before load it is the snippet's stub with its queue `q`. */
export interface CommandFunction {
  (command: string, ...args: unknown[]): unknown;
  q?: Call[];
}

const commands = {
  on: (shortlist: Shortlist, type: unknown, listener: unknown) => {
    if (typeof listener !== 'function') throw commandError('on', 'a listener function as the third argument', listener);
    return shortlist.on(type as ShortlistEventType, listener as never);
  },
  add: (shortlist: Shortlist, id: unknown) => shortlist.add(productId('add', id)),
  remove: (shortlist: Shortlist, id: unknown) => shortlist.remove(productId('remove', id)),
  toggle: (shortlist: Shortlist, id: unknown) => shortlist.toggle(productId('toggle', id)),
  clear: (shortlist: Shortlist) => shortlist.clear(),
  forget: (shortlist: Shortlist) => shortlist.forget(),
  get: (shortlist: Shortlist) => shortlist,
} satisfies Record<string, (shortlist: Shortlist, ...args: never[]) => unknown>;

function commandError(command: string, expected: string, found: unknown) {
  return new ShortlistError(`shortlist('${command}', …) got a wrong argument`, { code: 'command', field: command, expected, found, docs: 'embed.md#commands' });
}

function productId(command: string, id: unknown): string {
  if (typeof id === 'string' && id) return id;
  throw commandError(command, 'a product id', id);
}

/** Runs one call; errors are reported, never thrown into the retailer's page. */
function run(shortlist: Shortlist, [command, ...args]: unknown[]): unknown {
  try {
    if (command === 'init') throw commandError('init', "'init' before Shortlist starts (queued calls, or data-* attributes on the script tag)", 'a call after start');
    const handler = Object.hasOwn(commands, command as string) ? commands[command as keyof typeof commands] : undefined;
    if (!handler) throw commandError(String(command), `one of init, ${Object.keys(commands).join(', ')}`, command);
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
  const shortlist = existing ?? createWithFallback([scriptConfig, ...inits]);
  if (existing && inits.length) console.error(commandError('init', 'one Shortlist per page', 'a second init after another copy started'));

  const api: CommandFunction = (command, ...args) => run(shortlist, [command, ...args]);
  scope.shortlist = api;
  for (const call of queued) if (call[0] !== 'init') run(shortlist, call);
  return shortlist;
}

/**
 * Each bad field is reported and dropped from the layer that set it (the last `init` that has
 * it, else the script tag), so the layer below shows through and one typo never discards the
 * retailer's other choices (such as `storage: 'none'`).
 */
function createWithFallback(layers: ShortlistConfig[]): Shortlist {
  for (;;) {
    try {
      return createShortlist(mergeConfig(...layers));
    } catch (error) {
      console.error(error);
      const field = (error as ShortlistError).field ?? '';
      const dropped = [...layers].reverse().some((layer) => dropField(layer as Record<string, unknown>, field));
      if (!dropped) return createShortlist();
    }
  }
}

/** Deletes a dotted field (`tray.max`) from a configuration; false when it is not there. */
function dropField(config: Record<string, unknown>, field: string): boolean {
  const path = field.split('.');
  const last = path.pop()!;
  let parent: unknown = config;
  for (const key of path) parent = (parent as Record<string, unknown> | undefined)?.[key];
  if (!parent || typeof parent !== 'object' || !Object.hasOwn(parent, last)) return false;
  delete (parent as Record<string, unknown>)[last];
  return true;
}
