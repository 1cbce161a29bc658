/**
 * Safe HTML by default: `html` escapes every interpolated value unless it is itself `html`
 * output, so feed text (names, brands, attribute values) can never become markup.
 */

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in element content and in quoted attribute values. */
export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/** Markup that is already safe. */
class SafeHtml {
  constructor(text) {
    this.text = text;
  }
  toString() {
    return this.text;
  }
}

/** Marks trusted markup (generated here, never from the catalog) as safe. */
export const raw = (text) => new SafeHtml(text);

/** Template tag: arrays are joined, `null`/`undefined`/`false` render nothing, the rest is escaped. */
export function html(strings, ...values) {
  return raw(strings.reduce((out, string, i) => out + string + (i < values.length ? render(values[i]) : ''), ''));
}

function render(value) {
  if (value instanceof SafeHtml) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(value);
}

/** `name="value"` pairs for the entries that have a value; names come from code, values are escaped. */
export function htmlAttributes(entries) {
  return raw(
    Object.entries(entries)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
      .join(''),
  );
}

/**
 * JSON for an inline `<script>`: `<` becomes `\u003c`, so neither `</script>` nor `<!--` in
 * feed data can end the script early. The result is still valid JSON.
 */
export function jsonForScript(data) {
  return raw(JSON.stringify(data, null, 2).replace(/</g, '\\u003c'));
}
