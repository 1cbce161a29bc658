/** Pieces several pages share: the product card, rating, stock badge, price. */
import { AVAILABILITY, dataValue, formatPrice, formatRating, formatValue, priceText } from './format.mjs';
import { html, htmlAttributes, raw } from './html.mjs';
import { IMAGE_SIZE } from './images.mjs';

export function rating(value) {
  if (!value) return html`<p class="rating rating--none">No reviews yet</p>`;
  const stars = Math.round(value.value);
  return html`<p class="rating"><span class="rating__stars" aria-hidden="true">${'★'.repeat(stars)}${'☆'.repeat(5 - stars)}</span> <span class="rating__text">${formatRating(value)}</span></p>`;
}

export const stock = (availability) => html`<p class="stock stock--${availability}">${AVAILABILITY[availability].label}</p>`;

/** "From €1,199.00" when the variants cost different amounts. */
export function price(product) {
  const amounts = product.variants?.map((variant) => variant.price.amount) ?? [];
  const from = amounts.some((amount) => amount !== product.price.amount) ? 'From ' : '';
  return html`<p class="price">${from}${formatPrice({ amount: Math.min(product.price.amount, ...amounts), currency: product.price.currency })}</p>`;
}

/** `<img>` with its size set, so nothing moves when it loads. */
export const image = (src, alt, className, lazy = true) =>
  html`<img class="${className}" src="${src}" alt="${alt}"${htmlAttributes(IMAGE_SIZE)}${lazy ? raw(' loading="lazy" decoding="async"') : ''}>`;

/**
 * A product card for listings. Its `data-shortlist-*` attributes are the DOM catalog source:
 * the SDK can read the product from the card itself. `keys` are the attributes shown on it.
 */
export function productCard(product, defs, keys, heading = 'h2') {
  const shown = keys.map((key) => defs.find((def) => def.key === key)).filter((def) => product.attributes[def.key] !== undefined);
  const data = {
    'data-shortlist-product': product.id,
    'data-shortlist-name': product.name,
    'data-shortlist-price': priceText(product.price.amount),
    'data-shortlist-currency': product.price.currency,
    'data-shortlist-brand': product.brand,
    'data-shortlist-category': product.category,
    'data-shortlist-availability': product.availability,
    'data-shortlist-rating': product.rating?.value,
    'data-shortlist-image': product.image,
    'data-shortlist-url': product.url,
    ...Object.fromEntries(shown.map((def) => [`data-shortlist-attr-${def.key}`, dataValue(product.attributes[def.key])])),
  };
  // The image repeats the name next to it, so it is decorative here (alt="").
  return html`<article class="card"${htmlAttributes(data)}>
  ${image(product.image, '', 'card__image')}
  <${raw(heading)} class="card__title"><a href="${product.url}">${product.name}</a></${raw(heading)}>
  <p class="card__brand">${product.brand}</p>
  ${price(product)}
  ${rating(product.rating)}
  ${stock(product.availability)}
  <shortlist-fit product="${product.id}"></shortlist-fit>
  <dl class="card__specs">
    ${shown.map((def) => html`<div><dt>${def.label}</dt><dd>${formatValue(def, product.attributes[def.key])}</dd></div>`)}
  </dl>
  <shortlist-compare-button product="${product.id}"></shortlist-compare-button>
</article>`;
}

/** Cards as a list, so screen readers announce how many there are. */
export const cardList = (cards) => html`<ul class="grid" role="list">
${cards.map((card) => html`<li>${card}</li>\n`)}</ul>`;
