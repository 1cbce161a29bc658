/** How the store words prices, stock, ratings and raw attribute values for shoppers. */

const prices = new Map();

/** `€1,299.00`, in the store's locale. */
export function formatPrice({ amount, currency }) {
  if (!prices.has(currency)) prices.set(currency, new Intl.NumberFormat('en-GB', { style: 'currency', currency }));
  return prices.get(currency).format(amount);
}

/** `+€200.00`, or nothing for a free option. */
export const formatDelta = (amount, currency) => (amount ? `${amount > 0 ? '+' : '−'}${formatPrice({ amount: Math.abs(amount), currency })}` : '');

/** `1299.00`: the machine-readable price of data attributes and JSON-LD. */
export const priceText = (amount) => amount.toFixed(2);

export const AVAILABILITY = {
  'in-stock': { label: 'In stock', schema: 'https://schema.org/InStock' },
  'out-of-stock': { label: 'Out of stock', schema: 'https://schema.org/OutOfStock' },
  preorder: { label: 'Pre-order', schema: 'https://schema.org/PreOrder' },
  discontinued: { label: 'Discontinued', schema: 'https://schema.org/Discontinued' },
};

export const formatRating = (rating) => (rating ? `${rating.value.toFixed(1)} out of 5 (${rating.count} ${rating.count === 1 ? 'review' : 'reviews'})` : 'No reviews yet');

/**
 * A raw feed value as the store shows it. The store prints what its suppliers wrote ("1350 g"
 * next to "1.2 kg"); a bare number gets the attribute's display unit.
 */
export function formatValue(def, value) {
  if (value === undefined) return 'Not specified';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'number' && def.unit) return `${value} ${def.unit}`;
  const text = String(value);
  return def.type === 'boolean' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** A value for a `data-*` attribute: the raw value, sets as a comma list. */
export const dataValue = (value) => (Array.isArray(value) ? value.join(', ') : String(value));
