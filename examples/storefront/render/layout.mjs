/** The page shell every page shares: head, skip link, header with navigation, footer with the analytics demo, the docked tray, embed snippet. */
import { html, htmlAttributes, raw } from './html.mjs';
import { INIT_CONFIG, SCRIPT_DATA } from './shortlist-config.mjs';

export const STORE_NAME = 'Shortlist Demo Store';

// The documented embed snippet: the queue stub with the store's configuration (queued, so the
// SDK reads it when it starts), the SDK with its data-* configuration, then the demo's own
// script (event listeners; no inline handlers, so a strict CSP needs one hash for the snippet).
const EMBED = html`<script>window.shortlist=window.shortlist||function(){(shortlist.q=shortlist.q||[]).push(arguments)}
shortlist('init', ${raw(JSON.stringify(INIT_CONFIG).replace(/</g, '\\u003c'))});</script>
<script type="module" src="/shortlist/shortlist.js"${htmlAttributes(SCRIPT_DATA)}></script>
<script src="/app.js" defer></script>`;

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
  </div>
</header>
<main id="main" class="site-main" tabindex="-1">
${body}
</main>
<footer class="site-footer">
  <p>A demo store for Shortlist. Products, prices and ratings are generated; nothing here is for sale.</p>
  <p>Your compare list, notes and criteria stay in this browser. <button class="forget" type="button">Forget my choices</button></p>
  <details class="analytics">
    <summary>Analytics (demo)</summary>
    <p>The events a store can forward to its analytics, as they happen on this page. Nothing leaves your browser.</p>
    <p class="analytics__empty">No events on this page yet.</p>
    <ol class="analytics__log" aria-label="Events on this page"></ol>
  </details>
</footer>
<aside class="compare-dock" aria-label="Products to compare">
  <shortlist-tray></shortlist-tray>
</aside>
${EMBED}
</body>
</html>
`;
}
