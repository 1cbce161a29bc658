/**
 * Words a wrong `shortlist(…)` call for the retailer: loaded with the first one, so pages
 * whose calls are right never download these sentences.
 */
import { ShortlistError } from '@shortlist/core';

export interface CommandProblem {
  command: string;
  /** `product`/`listener`: a wrong argument; `unknown`: no such command; `late-init` / `second-init`: `init` after start. */
  kind: 'product' | 'listener' | 'unknown' | 'late-init' | 'second-init';
  found: unknown;
  /** The commands there are, for `unknown`. */
  known?: string[];
}

export function describeCommandProblem({ command, kind, found, known = [] }: CommandProblem): ShortlistError {
  const wording: Record<CommandProblem['kind'], [summary: string, expected: string, found: unknown]> = {
    product: ['got a wrong argument', 'a product id', found],
    listener: ['got a wrong argument', 'a listener function as the third argument', found],
    unknown: ['is not a command', `one of init, ${known.join(', ')}`, found],
    'late-init': ['came too late', "'init' before Shortlist starts (queued calls, or data-* attributes on the script tag)", 'a call after start'],
    'second-init': ['came too late', 'one Shortlist per page', 'a second init after another copy started'],
  };
  const [summary, expected, shown] = wording[kind];
  return new ShortlistError(`shortlist('${command}', …) ${summary}`, { code: 'command', field: command, expected, found: shown, docs: 'embed.md#commands' });
}
