/** The page shell every page shares: head, skip link, header with navigation and tray, footer, embed snippet. */
import { html, raw } from './html.mjs';

export const STORE_NAME = 'Shortlist Demo Store';

// The documented embed snippet, verbatim: the queue stub, the SDK, then the demo's own script.
const EMBED = raw(`<script>window.shortlist=window.shortlist||function(){(shortlist.q=shortlist.q||[]).push(arguments)}</script>
<script type="module" src="/shortlist/shortlist.js" data-catalog="/catalog.json" data-namespace="demo-store"></script>
<script src="/app.js" defer></script>`);

/**
 * @param {object} page
 * @param {string} page.title - without the store name
 * @param {string} page.description - for `<meta name="description">`
 * @param {string} [page.current] - path of the navigation entry to mark as the current page
 * @param {Array<{href: string, label: string}>} page.nav - the categories, then other pages
 * @param {*} page.head - extra `html` for `<head>` (JSON-LD)
 * @param {*} page.body - `html` content of `<main>`
 */
export function layout({ title, description, current, nav, head, body }) {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title ? `${title} – ${STORE_NAME}` : STORE_NAME}</title>
<meta name="description" content="${description}">
<link rel="icon" href="/img/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/styles.css">
${head}
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <div class="site-header__inner">
    <a class="logo" href="/">${STORE_NAME}</a>
    <nav class="site-nav" aria-label="Main">
      <ul>
        ${nav.map(({ href, label }) => html`<li><a href="${href}"${href === current ? raw(' aria-current="page"') : ''}>${label}</a></li>`)}
      </ul>
    </nav>
    <shortlist-tray></shortlist-tray>
  </div>
</header>
<main id="main" class="site-main" tabindex="-1">
${body}
</main>
<footer class="site-footer">
  <p>A demo store for Shortlist. Products, prices and ratings are generated; nothing here is for sale.</p>
</footer>
${EMBED}
</body>
</html>
`;
}
