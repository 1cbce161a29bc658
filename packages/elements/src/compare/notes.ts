/**
 * The shopper's note on each compared product: a field per column. What is typed is stored at
 * once (nothing waits on a timer, so a page closed mid-sentence keeps it) and announced as
 * `note-change` when the shopper is done: the field is left, the view closes or goes away, or
 * the page is hidden. What is typed stays in the field while the store catches up.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { globalHandle, own, type Formatter, type Product } from '@shortlist/core';
import { notesOf } from '@shortlist/core/compare';

export class NoteFields implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  /** Note text as typed, by product id, until it is announced. */
  readonly #drafts = new Map<string, string>();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The notes group: a row of fields, one per product. */
  render(products: readonly Product[], notes: Readonly<Record<string, string>>, span: number, { t }: Formatter): TemplateResult {
    return html`<tbody part="group" role="rowgroup" class="notes" @input=${this.#onInput} @change=${this.#onChange}>
      <tr class="head" role="row">
        <th scope="rowgroup" role="rowheader" colspan=${span} aria-colspan=${span}><span class="heading">${t('compareNotes')}</span></th>
      </tr>
      <tr role="row">
        <th scope="row" role="rowheader" part="label">${t('compareNote')}</th>
        ${repeat(
          products,
          (product) => product.id,
          ({ id, name }) => {
            const value = this.#drafts.get(id) ?? own(notes, id) ?? '';
            return guard(
              [name, value],
              () =>
                html`<td part="cell" role="cell">
                  <textarea part="note" data-id=${id} rows="3" maxlength="2000" aria-label=${t('compareNoteOn', { name })} .value=${value}></textarea>
                </td>`,
            );
          },
        )}
      </tr>
    </tbody>`;
  }

  /** Announces every note typed since it was last announced. */
  save(): void {
    // A Map iterates on while its entries are deleted.
    for (const id of this.#drafts.keys()) this.#announce(id);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onHide);
    window.addEventListener('pagehide', this.#onHide);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onHide);
    window.removeEventListener('pagehide', this.#onHide);
    this.save();
  }

  // Hidden is the last moment a page is sure to run (a phone may discard it afterwards); some
  // browsers fire only `pagehide` when the shopper leaves.
  readonly #onHide = (event: Event) => {
    if (event.type === 'pagehide' || document.visibilityState === 'hidden') this.save();
  };

  readonly #onInput = (event: Event) => {
    const field = event.target as HTMLTextAreaElement;
    const id = field.dataset.id!;
    this.#drafts.set(id, field.value);
    const shortlist = globalHandle().$instance.get();
    if (shortlist) notesOf(shortlist).typeNote(id, field.value);
  };

  readonly #onChange = (event: Event) => {
    this.#announce((event.target as HTMLTextAreaElement).dataset.id!);
    this.#host.requestUpdate();
  };

  #announce(id: string): void {
    const draft = this.#drafts.get(id);
    this.#drafts.delete(id);
    const shortlist = globalHandle().$instance.get();
    if (draft !== undefined && shortlist) notesOf(shortlist).setNote(id, draft);
  }
}
