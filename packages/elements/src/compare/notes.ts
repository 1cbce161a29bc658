/**
 * The shopper's note on each compared product: a field per column, saved half a second after
 * typing stops, when the field is left, and when the view closes or goes away. What is typed
 * stays in the field while the store catches up.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { globalHandle, own, type Formatter, type Product } from '@shortlist/core';
import { notesOf } from '@shortlist/core/compare';

export class NoteFields implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  /** Note text as typed, by product id, until it is saved and the field loses focus. */
  readonly #drafts = new Map<string, string>();
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();

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

  /** Saves every note still being typed. */
  save(): void {
    // A Map iterates on while its entries are deleted.
    for (const id of this.#timers.keys()) this.#save(id);
    this.#drafts.clear();
  }

  hostDisconnected(): void {
    this.save();
  }

  readonly #onInput = (event: Event) => {
    const field = event.target as HTMLTextAreaElement;
    const id = field.dataset.id!;
    this.#drafts.set(id, field.value);
    clearTimeout(this.#timers.get(id));
    this.#timers.set(
      id,
      setTimeout(() => this.#save(id), 500),
    );
  };

  readonly #onChange = (event: Event) => {
    const id = (event.target as HTMLTextAreaElement).dataset.id!;
    this.#save(id);
    this.#drafts.delete(id);
    this.#host.requestUpdate();
  };

  #save(id: string): void {
    clearTimeout(this.#timers.get(id));
    this.#timers.delete(id);
    const draft = this.#drafts.get(id);
    const shortlist = globalHandle().$instance.get();
    if (draft !== undefined && shortlist) notesOf(shortlist).setNote(id, draft);
  }
}
