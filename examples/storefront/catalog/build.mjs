/**
 * Assembles the demo catalog from the category modules: shop fields, untidy raw values,
 * variants, and the attribute schema. The result is Shortlist's `CatalogInput`.
 */
import { CURRENCY, enumerateVariants, money, pickAvailability, pickRating, shelfPrice } from './commerce.mjs';
import { makeConfigurable } from './configurable.mjs';
import * as laptops from './laptops.mjs';
import * as mattresses from './mattresses.mjs';
import { createRandom, seedFrom } from './random.mjs';
import * as runningShoes from './running-shoes.mjs';
import { writeValue } from './untidy.mjs';

export const CATEGORIES = [laptops, runningShoes, mattresses];

/** Placeholder images per category: `/img/<category>-<n>.svg`. */
export const IMAGES_PER_CATEGORY = 6;

/**
 * Builds the whole catalog. Products carry a `description` for the pages; `toCatalogInput`
 * leaves it out of `catalog.json`.
 */
export function buildCatalog(seed = 'shortlist-demo') {
  const products = CATEGORIES.flatMap((module) => {
    // One random stream per category, so changing one category leaves the others as they were.
    const random = createRandom(seedFrom(`${seed}:${module.category.key}`));
    return module.generate(random).map((item, index) => finishProduct(random, module, item, index));
  });
  makeConfigurable(products);
  return { currency: CURRENCY, attributes: mergeSchemas(CATEGORIES.map((module) => module.attributes)), products };
}

function finishProduct(random, { category, attributes, writers }, item, index) {
  const id = `${category.idPrefix}-${1001 + index}`;
  const availability = pickAvailability(random);
  const product = {
    id,
    name: item.name,
    url: `/p/${id}.html`,
    image: `/img/${category.key}-${random.int(1, IMAGES_PER_CATEGORY)}.svg`,
    brand: item.brand,
    price: money(shelfPrice(item.price, item.priceStep)),
    rating: pickRating(random, availability),
    availability,
    category: category.key,
    attributes: rawAttributes(random, attributes, item.attributes, writers),
    options: item.options,
    description: item.description,
  };
  if (item.withVariants) product.variants = enumerateVariants(random, product);
  return product;
}

function rawAttributes(random, defs, values, writers) {
  const raw = {};
  for (const def of defs) {
    const value = writeValue(random, def, values[def.key], writers[def.key]);
    if (value !== undefined) raw[def.key] = value;
  }
  return raw;
}

/** One flat schema; a key two categories share must be defined identically in both. */
function mergeSchemas(schemas) {
  const byKey = new Map();
  for (const def of schemas.flat()) {
    const seen = byKey.get(def.key);
    if (seen && JSON.stringify(seen) !== JSON.stringify(def)) throw new Error(`Attribute "${def.key}" is defined differently by two categories`);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(def.key)) throw new Error(`Attribute key "${def.key}" is not kebab-case`);
    byKey.set(def.key, def);
  }
  return [...byKey.values()];
}

const PRODUCT_FIELDS = ['id', 'name', 'url', 'image', 'brand', 'price', 'rating', 'availability', 'category', 'attributes', 'options', 'rules', 'variants'];

/** The catalog as `catalog.json` publishes it: the `CatalogInput` fields only, in a stable order. */
export function toCatalogInput(catalog) {
  return {
    currency: catalog.currency,
    attributes: catalog.attributes,
    products: catalog.products.map((product) => Object.fromEntries(PRODUCT_FIELDS.filter((field) => product[field] !== undefined).map((field) => [field, product[field]]))),
  };
}
