/**
 * Repairs the two mistakes templates make in JSON-LD that can be undone without guessing: a
 * comma before a closing bracket (`{ "sku": "A", }`, left by a loop or an `{if}`), and a
 * number with a leading zero (`"gtin13": 04006381333931`, `"price": 05.50`), which becomes
 * text so that no digit is lost. Anything else stays broken.
 */

const NUMBER = /-?\d[\d.eE+-]*/y;
const CLOSING = /\s*[}\]]/y;

/** The repaired text, or undefined when there was nothing this can repair. */
export function repairJson(source: string): string | undefined {
  let repaired = '';
  let changed = false;
  for (let i = 0; i < source.length; ) {
    const char = source[i]!;
    let end = i + 1;
    if (char === '"') {
      end = endOfString(source, i);
    } else if (char === ',' && ((CLOSING.lastIndex = end), CLOSING.test(source))) {
      changed = true;
      i = end;
      continue;
    } else if (char === '-' || (char >= '0' && char <= '9')) {
      NUMBER.lastIndex = i;
      const number = NUMBER.exec(source)?.[0] ?? char;
      end = i + number.length;
      if (/^-?0\d/.test(number)) {
        repaired += `"${number}"`;
        changed = true;
        i = end;
        continue;
      }
    }
    repaired += source.slice(i, end);
    i = end;
  }
  return changed ? repaired : undefined;
}

/** Where the string starting at `start` ends (after its closing quote). */
function endOfString(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '"') return i + 1;
  }
  return source.length;
}
