/**
 * The store's pages. Each function takes the site (categories with their products) and returns
 * `{ path, html }`; `layout` adds the shared shell.
 */
import { cardList, image, price, productCard, rating, stock } from './components.mjs';
import { AVAILABILITY, formatDelta, formatPrice, formatValue } from './format.mjs';
import { html, jsonForScript } from './html.mjs';
import { productJsonLd, variedOptions } from './jsonld.mjs';
import { layout } from './layout.mjs';

/** Builds the site model the pages share: categories with their products, and the navigation. */
export function createSite(catalog, modules) {
  const categories = modules.map(({ category, attributes }) => ({
    ...category,
    href: `/${category.key}/`,
    attributes,
    products: catalog.products.filter((product) => product.category === category.key),
  }));
  const nav = [...categories.map(({ href, title }) => ({ href, label: title })), { href: '/compare.html', label: 'Compare' }];
  return { categories, nav };
}

const page = (site, path, options) => ({ path, html: String(layout({ nav: site.nav, ...options })) });

export function homePage(site) {
  const featured = site.categories.flatMap((category) => topRated(category.products, 2).map((product) => ({ product, category })));
  return page(site, 'index.html', {
    title: '',
    description: 'A demo store for Shortlist: compare laptops, running shoes and mattresses side by side.',
    body: html`<section class="hero" aria-labelledby="hero-title">
  <h1 id="hero-title">Compare before you buy</h1>
  <p>Add any product to your shortlist with <strong>Add to compare</strong>, keep browsing, then compare them side by side. Your shortlist stays in this browser.</p>
</section>
<section aria-labelledby="categories-title">
  <h2 id="categories-title">Shop by category</h2>
  <ul class="categories" role="list">
    ${site.categories.map(
      (category) => html`<li class="category-tile">
      ${image(`/img/${category.key}-1.svg`, '', 'category-tile__image', false)}
      <h3><a href="${category.href}">${category.title}</a></h3>
      <p>${category.blurb}</p>
      <p class="category-tile__count">${category.products.length} products</p>
    </li>`,
    )}
  </ul>
</section>
<section aria-labelledby="featured-title">
  <h2 id="featured-title">Top rated</h2>
  ${cardList(featured.map(({ product, category }) => productCard(product, category.attributes, category.cardAttributes, { heading: 'h3' })))}
</section>`,
  });
}

/** Best rated first, weighing in how many reviews back the rating; only products one can buy. */
function topRated(products, count) {
  const score = ({ rating }) => rating.value * Math.log10(1 + rating.count);
  return products.filter((product) => product.rating && product.availability === 'in-stock').sort((a, b) => score(b) - score(a)).slice(0, count);
}

export function categoryPage(site, category) {
  return page(site, `${category.key}/index.html`, {
    title: category.title,
    current: category.href,
    description: `${category.title}: ${category.blurb}`,
    body: html`<h1>${category.title}</h1>
<p class="lead">${category.blurb} ${category.products.length} products.</p>
<div class="listing">
  <aside class="listing__criteria" aria-label="Your criteria">
    <shortlist-persona-picker category="${category.key}"></shortlist-persona-picker>
    <shortlist-criteria category="${category.key}"></shortlist-criteria>
  </aside>
  <shortlist-arrange category="${category.key}">
    ${cardList(category.products.map((product) => productCard(product, category.attributes, category.cardAttributes, { microdata: category.listing === 'microdata' })))}
  </shortlist-arrange>
</div>`,
  });
}

export function productPage(site, category, product) {
  return page(site, `p/${product.id}.html`, {
    title: product.name,
    description: product.description,
    head: html`<script type="application/ld+json">
${jsonForScript(productJsonLd(product, category.attributes, category.title))}
</script>`,
    body: html`<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="${category.href}">${category.title}</a></li>
    <li><a href="${product.url}" aria-current="page">${product.name}</a></li>
  </ol>
</nav>
<div class="product">
  ${image(product.image, product.name, 'product__image', false)}
  <div class="product__summary">
    <p class="product__brand">${product.brand}</p>
    <h1>${product.name}</h1>
    ${rating(product.rating)}
    ${price(product)}
    ${stock(product.availability)}
    <p>${product.description}</p>
    <shortlist-compare-button product="${product.id}"></shortlist-compare-button>
    ${product.options ? cart(product) : ''}
    ${product.options ? configure(product) : ''}
  </div>
</div>
${product.variants ? variantTable(product) : ''}
<section class="specs" aria-labelledby="specs-title">
  <h2 id="specs-title">Specifications</h2>
  ${groupBy(category.attributes, (def) => def.group).map(([group, defs]) => specTable(group, defs, product.attributes))}
</section>
<section class="product-criteria" aria-labelledby="criteria-title">
  <h2 id="criteria-title">Your criteria</h2>
  <p>How ${product.name} fits what matters to you, and its specifications to add as criteria.</p>
  <shortlist-fit product="${product.id}" details></shortlist-fit>
  <ul class="product-criteria__add" role="list">
    ${['price', ...category.cardAttributes].filter((key) => key === 'price' || product.attributes[key] !== undefined).map((key) => html`<li><shortlist-add-criterion product="${product.id}" attribute="${key}"></shortlist-add-criterion></li>`)}
  </ul>
</section>`,
  });
}

/**
 * The store's own "Add to cart": it takes the configuration from the customizer's
 * `shortlist-configure` event (public/app.js), and works once the configuration is complete.
 * Above the customizer, which grows when it renders: nothing below it moves in view.
 */
const cart = (product) =>
  html`<p class="cart"><button class="cart__add" type="button" data-product="${product.id}" disabled aria-describedby="configure-title">Add to cart</button> <span class="cart__status" role="status"></span></p>`;

/** The customizer, with the options listed inside it: what the page shows until the customizer has loaded (and without JavaScript). */
function configure(product) {
  return html`<section class="configure" aria-labelledby="configure-title">
  <h2 id="configure-title" class="product__options-title">Configure yours</h2>
  <shortlist-customizer product="${product.id}">${optionList(product)}</shortlist-customizer>
</section>`;
}

function optionList(product) {
  const { currency } = product.price;
  const charge = ({ priceDelta, pricePercent }) =>
    priceDelta || pricePercent ? html` <span class="options__delta">${priceDelta ? formatDelta(priceDelta, currency) : `${pricePercent > 0 ? '+' : '−'}${Math.abs(pricePercent)} %`}</span>` : '';
  // The customizer shows these as controls; the page lists what can be chosen.
  const choices = (option) => {
    if (option.kind === 'text') return html`<p>Your text, up to ${option.maxLength} characters${charge(option)}</p>`;
    if (option.kind === 'number') return html`<p>From ${option.min} to ${option.max} (${option.default} unless you choose)</p>`;
    return html`<ul class="options__values" role="list">${option.values.map((value) => {
      const soldOut = value.available === false;
      return html`<li${soldOut ? html` class="options__value--unavailable"` : ''}>${value.label}${charge(value)}${soldOut ? ' (sold out)' : ''}</li>`;
    })}</ul>`;
  };
  return html`<dl class="options">
  ${product.options.map((option) => html`<div><dt>${option.label}</dt><dd>${choices(option)}</dd></div>`)}
</dl>`;
}

function variantTable(product) {
  const labelOf = (option, value) => option.values.find((candidate) => candidate.value === value)?.label ?? value;
  const varied = variedOptions(product);
  return html`<section class="variants" aria-labelledby="variants-title">
  <h2 id="variants-title">Configurations</h2>
  <div class="table-scroll" role="region" aria-labelledby="variants-caption" tabindex="0">
  <table>
    <caption id="variants-caption">${product.variants.length} configurations of ${product.name}</caption>
    <thead><tr><th scope="col">SKU</th>${varied.map((option) => html`<th scope="col">${option.label}</th>`)}<th scope="col">Price</th><th scope="col">Availability</th></tr></thead>
    <tbody>
      ${product.variants.map(
        (variant) => html`<tr><th scope="row">${variant.id}</th>${varied.map((option) => html`<td>${labelOf(option, variant.selection[option.key])}</td>`)}<td>${formatPrice(variant.price)}</td><td>${AVAILABILITY[variant.availability].label}</td></tr>\n`,
      )}
    </tbody>
  </table>
  </div>
</section>`;
}

function specTable(group, defs, values) {
  return html`<table class="spec-table">
  <caption>${group}</caption>
  <tbody>
    ${defs.map((def) => html`<tr><th scope="row">${def.label}</th><td${values[def.key] === undefined ? html` class="spec-table__missing"` : ''}>${formatValue(def, values[def.key])}</td></tr>\n`)}
  </tbody>
</table>`;
}

/** `[[group, items]]` in the order groups first appear. */
function groupBy(items, keyOf) {
  const groups = new Map();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return [...groups];
}

export function comparePage(site) {
  const start = site.categories.map((category, i) => html`${i ? (i === site.categories.length - 1 ? ' or ' : ', ') : ''}<a href="${category.href}">${category.title.toLowerCase()}</a>`);
  return page(site, 'compare.html', {
    title: 'Compare',
    current: '/compare.html',
    description: 'Compare the products on your shortlist side by side.',
    body: html`<h1>Compare products</h1>
<p class="lead">Everything you add with <strong>Add to compare</strong> lands in your shortlist, shown in the tray at the bottom of every page. Start with ${start}.</p>
<p class="compare-intro">Show only the differences, pin one product to see how the others differ from it, set aside the ones you have ruled out, and keep notes. With criteria chosen on a listing page, each product shows how well it fits them, and <strong>+</strong> next to an attribute makes it a criterion. Your shortlist, notes and criteria stay in this browser; a share link holds product ids and the criteria only.</p>
<section class="compare-section" aria-labelledby="compare-title">
  <h2 id="compare-title" tabindex="-1">Your comparison</h2>
  <shortlist-compare></shortlist-compare>
</section>`,
  });
}

export function notFoundPage(site) {
  return page(site, '404.html', {
    title: 'Page not found',
    description: 'This page does not exist.',
    body: html`<h1>Page not found</h1>
<p>There is nothing at this address. Try one of the categories: ${site.categories.map((category, i) => html`${i ? ', ' : ''}<a href="${category.href}">${category.title}</a>`)}.</p>`,
  });
}
