/** Pieces several pages share: the product card, rating, stock badge, price. */
import { AVAILABILITY, dataValue, formatPrice, formatRating, formatValue, priceText } from './format.mjs';
import { html, htmlAttributes, raw } from './html.mjs';
import { IMAGE_SIZE } from './images.mjs';
import { propertyValue } from './jsonld.mjs';

/** ` itemscope itemtype="https://schema.org/…"`: a schema.org microdata item. */
const item = (type) => raw(` itemscope itemtype="https://schema.org/${type}"`);
/** `<meta itemprop content>` for each value given: what microdata says without showing it. */
const metas = (values) => Object.entries(values).filter(([, value]) => value !== undefined).map(([name, value]) => html`<meta itemprop="${name}" content="${value}">`);

/** The stars and review count; with `microdata`, an AggregateRating item. */
export function rating(value, microdata = false) {
  if (!value) return html`<p class="rating rating--none">No reviews yet</p>`;
  const stars = Math.round(value.value);
  return html`<p class="rating"${microdata ? html` itemprop="aggregateRating"${item('AggregateRating')}` : ''}><span class="rating__stars" aria-hidden="true">${'★'.repeat(stars)}${'☆'.repeat(5 - stars)}</span> <span class="rating__text">${formatRating(value)}</span>${
    microdata ? metas({ ratingValue: value.value, reviewCount: value.count, bestRating: 5 }) : ''
  }</p>`;
}

export const stock = (availability) => html`<p class="stock stock--${availability}">${AVAILABILITY[availability].label}</p>`;

/**
 * "From €1,199.00" when the variants cost different amounts. With `microdata`, an Offer item
 * (an AggregateOffer with the lowest and highest price for variants that differ).
 */
export function price(product, microdata = false) {
  const amounts = product.variants?.map((variant) => variant.price.amount) ?? [];
  const lowest = Math.min(product.price.amount, ...amounts);
  const range = amounts.some((amount) => amount !== product.price.amount);
  const offer = microdata
    ? [
        ...metas({ price: priceText(lowest), priceCurrency: product.price.currency }),
        ...(range ? metas({ lowPrice: priceText(lowest), highPrice: priceText(Math.max(...amounts)) }) : []),
        html`<link itemprop="availability" href="${AVAILABILITY[product.availability].schema}">`,
      ]
    : '';
  return html`<p class="price"${microdata ? html` itemprop="offers"${item(range ? 'AggregateOffer' : 'Offer')}` : ''}>${range ? 'From ' : ''}${formatPrice({ amount: lowest, currency: product.price.currency })}${offer}</p>`;
}

/** `<img>` with its size set, so nothing moves when it loads. */
export const image = (src, alt, className, lazy = true, itemprop) =>
  html`<img class="${className}" src="${src}" alt="${alt}"${htmlAttributes({ ...IMAGE_SIZE, itemprop })}${lazy ? raw(' loading="lazy" decoding="async"') : ''}>`;

/** One shown attribute; with `microdata`, a PropertyValue item as the product page's JSON-LD has it. */
function spec(def, value, microdata) {
  if (!microdata) return html`<div><dt>${def.label}</dt><dd>${formatValue(def, value)}</dd></div>`;
  const { '@type': type, name, ...property } = propertyValue(def, value);
  return html`<div itemprop="additionalProperty"${item(type)}><dt itemprop="name">${name}</dt><dd>${formatValue(def, value)}${metas({ ...property, value: dataValue(property.value) })}</dd></div>`;
}

/**
 * A product card for listings. `keys` are the attributes shown on it. Its `data-shortlist-*`
 * attributes are the DOM catalog source: the SDK can read the product from the card itself.
 * With `microdata`, the card is a schema.org Product item instead, as Magento's and
 * Shopware's themes publish their listings: the SDK reads the same product from it.
 */
export function productCard(product, defs, keys, { heading = 'h2', microdata = false } = {}) {
  const shown = keys.map((key) => defs.find((def) => def.key === key)).filter((def) => product.attributes[def.key] !== undefined);
  const prop = (name) => (microdata ? raw(` itemprop="${name}"`) : '');
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
  return html`<article class="card"${microdata ? item('Product') : htmlAttributes(data)}>
  ${microdata ? metas({ sku: product.id }) : ''}
  ${image(product.image, '', 'card__image', true, microdata ? 'image' : undefined)}
  <${raw(heading)} class="card__title"><a href="${product.url}"${prop('url')}><span${prop('name')}>${product.name}</span></a></${raw(heading)}>
  <p class="card__brand"${prop('brand')}>${product.brand}</p>
  ${price(product, microdata)}
  ${rating(product.rating, microdata)}
  ${stock(product.availability)}
  <shortlist-fit product="${product.id}"></shortlist-fit>
  <dl class="card__specs">
    ${shown.map((def) => spec(def, product.attributes[def.key], microdata))}
  </dl>
  <shortlist-compare-button product="${product.id}"></shortlist-compare-button>
</article>`;
}

/** Cards as a list, so screen readers announce how many there are. */
export const cardList = (cards) => html`<ul class="grid" role="list">
${cards.map((card) => html`<li>${card}</li>\n`)}</ul>`;
