/**
 * The comparison benchmark's baseline: a naive comparison of the same 100 × 50 data. Every
 * interaction builds the whole table again with plain DOM calls, in one go: no progressive
 * rendering, no virtualization, no reuse. It shows in a `<dialog>` opened with `showModal()`,
 * with the same controls the benchmark drives in `<shortlist-compare>`: a remove button in each
 * product's column header, an "Only differences" checkbox and a horizontally scrolling table.
 *
 * Cell text is formatted roughly as Shortlist formats it (Intl unit and currency formats,
 * Yes/No, "Not specified", sets joined with commas), and the best value of each row is marked.
 */
import { generateCatalog } from './compare-data.mjs';

const { products, attributes, values } = generateCatalog();
const locale = document.documentElement.lang || 'en';
const INTL_UNITS = { in: 'inch', GB: 'gigabyte', kg: 'kilogram', mm: 'millimeter', h: 'hour' };
const numberFormat = new Map();
const formatter = (key, options) => {
  let format = numberFormat.get(key);
  if (!format) numberFormat.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
};

function formatValue(def, value) {
  if (value === undefined) return 'Not specified';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.join(', ');
  if (def.type === 'money') return formatter('EUR', { style: 'currency', currency: 'EUR' }).format(value);
  if (typeof value !== 'number') return String(value);
  if (!def.unit) return formatter('plain', {}).format(value);
  const intl = INTL_UNITS[def.unit];
  return intl ? formatter(intl, { style: 'unit', unit: intl, maximumFractionDigits: 2 }).format(value) : `${formatter('plain', {}).format(value)} ${def.unit}`;
}

const keyOf = (value) => (Array.isArray(value) ? JSON.stringify([...value].sort()) : value);

/** The rows to show, by group, for the products at `shown` (indexes into `products`). */
function tableRows(shown, onlyDifferences) {
  const groups = new Map();
  for (const def of attributes) {
    const cells = shown.map((index) => values[index][def.key]);
    const differs = new Set(cells.map(keyOf)).size > 1;
    if (onlyDifferences && !differs) continue;
    let best;
    if (def.better && (def.type === 'number' || def.type === 'money')) {
      const present = cells.filter((value) => value !== undefined);
      if (new Set(present).size > 1) best = def.better === 'higher' ? Math.max(...present) : Math.min(...present);
    } else if (def.better && def.type === 'boolean' && new Set(cells.filter((value) => value !== undefined)).size > 1) {
      best = def.better === 'higher';
    }
    if (!groups.has(def.group)) groups.set(def.group, []);
    groups.get(def.group).push({ def, cells, best });
  }
  return groups;
}

const element = (tag, props, ...children) => {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
};

const dialog = document.getElementById('naive-dialog');
const state = { shown: products.map((_, index) => index), onlyDifferences: false };

/** Builds the whole comparison again and puts it in the dialog. */
function render() {
  const differences = element('input', { type: 'checkbox', checked: state.onlyDifferences });
  differences.addEventListener('change', () => {
    state.onlyDifferences = differences.checked;
    render();
    dialog.querySelector('input[type=checkbox]').focus();
  });
  const close = element('button', { type: 'button', textContent: 'Close' });
  close.addEventListener('click', () => dialog.close());

  const head = element('tr', {}, element('th', { scope: 'col', className: 'corner', textContent: 'Product' }));
  for (const index of state.shown) {
    const product = products[index];
    const remove = element('button', { type: 'button', className: 'remove', textContent: '×' });
    remove.setAttribute('aria-label', `Remove ${product.name}`);
    remove.addEventListener('click', () => {
      state.shown = state.shown.filter((shown) => shown !== index);
      render();
    });
    head.append(
      element(
        'th',
        { scope: 'col' },
        element('a', { href: product.url, textContent: product.name }),
        element('span', { className: 'price', textContent: formatter('EUR', { style: 'currency', currency: 'EUR' }).format(product.price.amount) }),
        element('span', { className: 'rating', textContent: `${product.rating.value} / 5 (${product.rating.count})` }),
        remove,
      ),
    );
  }
  const table = element('table', {}, element('thead', {}, head));
  for (const [group, rows] of tableRows(state.shown, state.onlyDifferences)) {
    const body = element('tbody', {}, element('tr', { className: 'group' }, element('th', { scope: 'rowgroup', colSpan: state.shown.length + 1, textContent: group })));
    for (const { def, cells, best } of rows) {
      const row = element('tr', {}, element('th', { scope: 'row', textContent: def.label }));
      for (const value of cells) {
        const cell = element('td', { textContent: formatValue(def, value) });
        if (value === undefined) cell.className = 'missing';
        else if (best !== undefined && value === best) cell.className = 'best';
        row.append(cell);
      }
      body.append(row);
    }
    table.append(body);
  }
  dialog.replaceChildren(
    element(
      'header',
      {},
      element('h2', { textContent: `Comparing ${state.shown.length} products` }),
      element('label', {}, differences, ' Only differences'),
      close,
    ),
    element('div', { className: 'scroller' }, table),
  );
}

document.getElementById('naive-open').addEventListener('click', (event) => {
  state.shown = products.map((_, index) => index);
  state.onlyDifferences = false;
  render();
  dialog.showModal();
  dialog.returnFocusTo = event.currentTarget;
});
dialog.addEventListener('close', () => dialog.returnFocusTo?.focus());
/** Puts every product back and shows all rows (the benchmark restores removed columns with it). */
function reset() {
  state.shown = products.map((_, index) => index);
  state.onlyDifferences = false;
  render();
}
window.naiveComparison = { render, reset, state };
