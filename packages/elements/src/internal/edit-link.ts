/**
 * "Edit" for an item a feature lets the shopper change (a configured item: `Product.editUrl`),
 * in the tray's panel and the comparison: a link to the page that edits it. A plain click first
 * dispatches `shortlist-edit`: a customizer of that product on this page cancels it and opens
 * the item where it is (the dialog the link is in closes); otherwise the link is followed.
 */
import type { Product } from '@shortlist/core';
import { html, nothing } from 'lit';

/** The shopper asked to edit an item. Cancelable: a view that edits it here cancels it, and the link is not followed. */
export class ShortlistEditEvent extends Event {
  constructor(readonly productId: string) {
    super('shortlist-edit', { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'shortlist-edit': ShortlistEditEvent;
  }
}

/** The link (`part="edit"`), named "`text` `product name`"; nothing for an item no feature edits. */
export const editLink = (product: Product | undefined, text: string) =>
  product?.editUrl
    ? html`<a part="edit" href=${product.editUrl} @click=${(event: MouseEvent) => edit(event, product.id)}>${text}<span class="visually-hidden"> ${product.name}</span></a>`
    : nothing;

function edit(event: MouseEvent, id: string) {
  // A click meant for another tab or window follows the link.
  if (event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.currentTarget as HTMLElement;
  if (link.dispatchEvent(new ShortlistEditEvent(id))) return;
  event.preventDefault();
  link.closest('dialog')?.close();
}
