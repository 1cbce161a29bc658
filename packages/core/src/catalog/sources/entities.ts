/**
 * HTML entities in structured data. Templates escape text for HTML before writing it into
 * JSON-LD or a `content` attribute (`&amp;`, `&quot;`, `&#039;`, Handlebars' `&#x3D;`), and
 * WordPress escapes some of it twice (`&amp;amp;`), so shoppers would read "Tom &amp; Jerry" and
 * follow URLs whose "=" is "&#x3D;". Decoded here as text, never parsed as HTML.
 */

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  euro: '€',
  pound: '£',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  times: '×',
  szlig: 'ß',
};
/** `&ouml;`, `&eacute;`…: a letter and the mark over or under it. */
const MARKS: Record<string, string> = { uml: '\u0308', acute: '\u0301', grave: '\u0300', circ: '\u0302', tilde: '\u0303', ring: '\u030a', cedil: '\u0327' };
const ENTITY = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,6}));/gi;
/** An entity escaped once more: `&amp;amp;`, `&amp;#039;`. */
const TWICE = /&amp;(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,6});/i;

function decodeOnce(text: string): string {
  return text.replace(ENTITY, (entity, decimal?: string, hex?: string, name?: string) => {
    if (name) {
      const marked = /^([a-z])(uml|acute|grave|circ|tilde|ring|cedil)$/i.exec(name);
      const named = Object.hasOwn(NAMED, name) ? NAMED[name] : undefined;
      return named ?? (marked ? (marked[1]! + MARKS[marked[2]!.toLowerCase()]).normalize('NFC') : entity);
    }
    const code = decimal ? Number(decimal) : parseInt(hex!, 16);
    // Not NUL, not half of a surrogate pair, within Unicode: anything else stays as written.
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : entity;
  });
}

/** `Tom &amp;amp; Jerry&#039;s` → `Tom & Jerry's`. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  const once = decodeOnce(text);
  return TWICE.test(text) ? decodeOnce(once) : once;
}
