// The demo store's own script. It only listens: Shortlist reports what the shopper does through
// `shortlist('on', type, listener)`, and a store would forward that to its analytics. Here each
// event goes to the console and to the "Analytics (demo)" list in the footer; nothing leaves the
// page. The stub in the embed snippet queues the calls if the SDK has not started yet.
(() => {
  const shortlist = window.shortlist;
  if (typeof shortlist !== 'function') return;

  const log = document.querySelector('.analytics__log');
  const empty = document.querySelector('.analytics__empty');
  // The time of day as 14:05:09, without Intl: the first Intl object of a page loads the locale's
  // data (about 150 ms at 4× CPU), which would land on the shopper's first click.
  const two = (number) => String(number).padStart(2, '0');
  const timeOfDay = (date) => `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;

  /** A product's name for the log, once the catalog knows it. */
  const nameOf = (id) => {
    try {
      return shortlist('get')?.product?.(id)?.name;
    } catch {
      return undefined;
    }
  };

  // What each event says, in a line. Notes are the shopper's own words: an analytics hook
  // should not need them, so the demo does not listen to `note-change` at all.
  const DESCRIBE = {
    'item-add': ({ id }) => `added ${nameOf(id) ?? id}`,
    'item-remove': ({ id }) => `removed ${nameOf(id) ?? id}`,
    'tray-full': ({ id, max }) => `refused ${nameOf(id) ?? id}: the list holds at most ${max}`,
    'triage-change': ({ id, mark }) => `${mark ?? 'unmarked'}: ${nameOf(id) ?? id}`,
    'compare-open': ({ count, mode }) => `opened the comparison of ${count} (${mode})`,
    'compare-export': ({ count, format }) => `exported ${count} products as ${format}`,
    'compare-share': ({ count }) => `made a share link for ${count} products`,
    // The configuration holds what the shopper typed (an engraving): the log names the SKU and price only.
    configure: ({ productId, complete, sku, price }) => `configured ${nameOf(productId) ?? productId}: ${complete ? `complete${sku ? `, SKU ${sku}` : ''}` : 'not complete yet'}${price ? `, ${price.amount} ${price.currency}` : ''}`,
    'customize-add': ({ productId }) => `put a configuration of ${nameOf(productId) ?? productId} into the comparison`,
    'customize-share': ({ productId }) => `made a link to a configuration of ${nameOf(productId) ?? productId}`,
    // Criteria events carry attribute keys and operators, never the values a shopper asked for.
    'criteria-change': ({ change, attribute, operator, requirement, category, count }) =>
      `${change}${attribute ? ` ${attribute} ${operator} (${requirement})` : ''} in ${category || 'all'}: ${count} criteria`,
    'context-change': ({ change, persona, category, count }) => `${change} ${persona ?? 'own'} context in ${category || 'all'}: ${count} contexts`,
    'persona-pick': ({ persona, category }) => `picked ${persona} in ${category || 'all'}`,
    error: ({ error }) => `${error?.code ?? 'error'}: ${error?.message ?? error}`,
  };

  for (const [type, describe] of Object.entries(DESCRIBE)) {
    shortlist('on', type, (event) => {
      const text = describe(event);
      console.info(`[demo analytics] ${type}: ${text}`);
      if (!log) return;
      const entry = document.createElement('li');
      entry.dataset.type = type;
      const stamp = document.createElement('time');
      const now = new Date();
      stamp.dateTime = now.toISOString();
      stamp.textContent = timeOfDay(now);
      const name = document.createElement('strong');
      name.textContent = type;
      entry.append(stamp, ' ', name, ` ${text}`);
      log.append(entry);
      if (empty) empty.hidden = true;
    });
  }

  // The store's own cart: Shortlist does not own it. The customizer says what is configured
  // (`shortlist-configure`); "Add to cart" works only for a complete configuration.
  const cart = new Map();
  document.addEventListener('shortlist-configure', ({ detail }) => {
    const button = document.querySelector(`.cart__add[data-product="${CSS.escape(detail.productId)}"]`);
    if (!button) return;
    cart.set(detail.productId, detail);
    button.disabled = !detail.complete;
  });
  document.addEventListener('click', (event) => {
    const button = event.target.closest?.('.cart__add');
    const configuration = button && cart.get(button.dataset.product);
    if (!configuration?.complete) return;
    const status = button.parentElement.querySelector('.cart__status');
    // A real store would post the SKU, the options and the price to its cart here.
    status.textContent = `Added to cart (demo): ${configuration.sku ?? configuration.id}`;
  });

  // "Forget my choices": everything Shortlist kept in this browser (list, notes, criteria).
  document.querySelector('.forget')?.addEventListener('click', () => shortlist('forget'));

  // On the compare page, the tray's "Compare" button shows the page's own comparison instead of
  // opening the dialog over it: `shortlist-open` is cancelable for this.
  document.addEventListener('shortlist-open', (event) => {
    const inline = document.querySelector('shortlist-compare:not([modal])');
    if (!inline) return;
    event.preventDefault();
    const tray = event.target.closest?.('shortlist-tray') ?? event.target;
    if ('expanded' in tray) tray.expanded = false;
    document.getElementById('compare-title')?.focus({ preventScroll: true });
    inline.show?.();
  });
})();
