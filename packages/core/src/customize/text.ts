/** Free-text options (engravings): which characters are allowed, and how a text is checked. */
import type { TextOption } from '../model/types.js';

type Ranges = ReadonlyArray<readonly [number, number]>;

/** Control and format characters (line breaks, bidi overrides…) are never allowed. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

/**
 * Reads an allowed-characters text: single characters and ranges, `A-Za-z0-9 .&-` (a `-` at
 * either end is itself allowed). Undefined when a range runs backwards or the text is empty.
 */
export function parseAllowed(spec: string): Ranges | undefined {
  const chars = [...spec].map((char) => char.codePointAt(0)!);
  const ranges: Array<[number, number]> = [];
  for (let index = 0; index < chars.length; index++) {
    const from = chars[index]!;
    const isRange = chars[index + 1] === 0x2d && index + 2 < chars.length;
    const to = isRange ? chars[index + 2]! : from;
    if (to < from) return undefined;
    ranges.push([from, to]);
    if (isRange) index += 2;
  }
  return ranges.length > 0 ? ranges : undefined;
}

/** A text as the customizer keeps it: trimmed, in Unicode normal form C (so `é` is one character). */
export const canonicalText = (text: string) => text.normalize('NFC').trim();

/** What is wrong with a text, already canonical, for `option`; undefined when nothing is. */
export type TextProblem = { kind: 'too-long'; max: number } | { kind: 'characters'; characters: string };

export function textProblem(option: TextOption, text: string): TextProblem | undefined {
  const chars = [...text];
  if (chars.length > option.maxLength) return { kind: 'too-long', max: option.maxLength };
  const ranges = option.allowed === undefined ? undefined : parseAllowed(option.allowed);
  const allowed = (char: string) => {
    if (INVISIBLE.test(char)) return false;
    const code = char.codePointAt(0)!;
    return !ranges || ranges.some(([from, to]) => code >= from && code <= to);
  };
  const refused = [...new Set(chars.filter((char) => !allowed(char)))];
  return refused.length > 0 ? { kind: 'characters', characters: refused.join('') } : undefined;
}
