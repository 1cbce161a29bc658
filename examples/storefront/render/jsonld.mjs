/**
 * schema.org markup for a product page, shaped the way real stores publish it: a `Product`
 * with one `Offer`, or a `ProductGroup` with `hasVariant` and an `AggregateOffer`.
 */
import { AVAILABILITY, priceText } from './format.mjs';

// UN/CEFACT codes some stores use instead of `unitText`.
const UNIT_CODES = { kg: 'KGM', g: 'GRM', h: 'HUR', cm: 'CMT', mm: 'MMT' };
// Option keys schema.org has a property for; other options become `additionalProperty`.
const VARIES_BY = { size: 'size', color: 'color' };

export function productJsonLd(product, defs, categoryTitle) {
  const base = {
    '@context': 'https://schema.org',
    '@type': product.variants ? 'ProductGroup' : 'Product',
    name: product.name,
    description: product.description,
    sku: product.id,
    image: product.image,
    url: product.url,
    brand: { '@type': 'Brand', name: product.brand },
    category: categoryTitle,
    aggregateRating: product.rating && {
      '@type': 'AggregateRating',
      ratingValue: product.rating.value,
      reviewCount: product.rating.count,
      bestRating: 5,
    },
    additionalProperty: defs.filter((def) => product.attributes[def.key] !== undefined).map((def) => propertyValue(def, product.attributes[def.key])),
  };
  if (!product.variants) return { ...base, offers: offer(product.price, product.availability, product.url) };
  return {
    ...base,
    productGroupID: product.id,
    variesBy: product.options.map((option) => (VARIES_BY[option.key] ? `https://schema.org/${VARIES_BY[option.key]}` : option.label)),
    offers: aggregateOffer(product),
    hasVariant: product.variants.map((variant) => variantJsonLd(product, variant)),
  };
}

function offer(price, availability, url) {
  return {
    '@type': 'Offer',
    price: priceText(price.amount),
    priceCurrency: price.currency,
    availability: AVAILABILITY[availability].schema,
    itemCondition: 'https://schema.org/NewCondition',
    url,
  };
}

function aggregateOffer(product) {
  const amounts = product.variants.map((variant) => variant.price.amount);
  return {
    '@type': 'AggregateOffer',
    lowPrice: priceText(Math.min(...amounts)),
    highPrice: priceText(Math.max(...amounts)),
    priceCurrency: product.price.currency,
    offerCount: product.variants.length,
    availability: AVAILABILITY[product.availability].schema,
  };
}

function variantJsonLd(product, variant) {
  const chosen = product.options.map((option) => ({ option, value: option.values.find((value) => value.value === variant.selection[option.key]) }));
  const url = `${product.url}?variant=${encodeURIComponent(variant.id)}`;
  const json = {
    '@type': 'Product',
    sku: variant.id,
    name: `${product.name} – ${chosen.map(({ value }) => value.label).join(', ')}`,
    image: product.image,
    url,
    offers: offer(variant.price, variant.availability, url),
  };
  const other = [];
  for (const { option, value } of chosen) {
    if (VARIES_BY[option.key]) json[VARIES_BY[option.key]] = value.label;
    else other.push({ '@type': 'PropertyValue', name: option.label, value: value.label });
  }
  if (other.length) json.additionalProperty = other;
  return json;
}

/**
 * One attribute as a `PropertyValue`. A measurement is split into a number and its unit, in
 * whatever unit the feed wrote it; a bare number is in the attribute's display unit.
 */
export function propertyValue(def, raw) {
  const property = { '@type': 'PropertyValue', propertyID: def.key, name: def.label };
  const measured = def.type === 'number' ? splitUnit(raw, def.unit) : undefined;
  if (!measured) return { ...property, value: raw };
  const { value, unit } = measured;
  if (!unit) return { ...property, value };
  return UNIT_CODES[unit] ? { ...property, value, unitCode: UNIT_CODES[unit] } : { ...property, value, unitText: unit };
}

function splitUnit(raw, displayUnit) {
  if (typeof raw === 'number') return { value: raw, unit: displayUnit };
  const match = /^(\d+(?:\.\d+)?)\s*([A-Za-z"]+)$/.exec(String(raw));
  return match ? { value: Number(match[1]), unit: match[2] === '"' ? 'in' : match[2] } : undefined;
}
