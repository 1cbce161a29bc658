import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { CriteriaElement } from '../base.js';
import { criteriaStyles } from '../styles.js';
import { personaStyles } from './styles.js';

/**
 * Who the shopper is shopping for, in a category: the brand's personas (from
 * `config.criteria.personas`) and the shopper's own sets of criteria, as one radio group. Picking
 * a persona seeds a context from its presets the first time and returns to it (edits kept)
 * after; "No one in particular" ranks without criteria. The shopper can start a new set, rename
 * the active one, or delete it (Undo in `<shortlist-criteria>` brings it back). Nothing is ever
 * picked for the shopper.
 *
 * @tagname shortlist-persona-picker
 * @summary Pick a persona or a set of your own criteria; switch between them.
 *
 * @csspart base - The radio group (`fieldset`).
 * @csspart option - One choice: its radio button and label, and a persona's description.
 * @csspart icon - A persona's icon or image.
 * @csspart description - A persona's description.
 * @csspart actions - New set, name, delete.
 * @csspart new - The "New set of criteria" button.
 * @csspart name - The field naming the active set.
 * @csspart delete - The button that deletes the active set.
 * @cssproperty --shortlist-accent - Outline of the chosen option. Default `#1a5fd0`.
 * @cssproperty --shortlist-border - Borders of the options. Default `#8a8a8a`.
 * @cssproperty --shortlist-muted - The personas' descriptions. Default `#4d4d4d`.
 */
export class ShortlistPersonaPicker extends CriteriaElement {
  static override styles = [...criteriaStyles, personaStyles];

  readonly #context = this.watch((connector) => connector.$context, undefined);

  protected override render() {
    const { t } = this.format;
    const view = this.#context.value;
    if (!view) return nothing;
    const { personas, contexts, active } = view;
    const option = (value: string, checked: boolean, name: string, icon?: unknown, description?: string) =>
      html`<div part="option">
        <label><input type="radio" name="context" value=${value} .checked=${live(checked)} aria-describedby=${description ? `d-${value}` : nothing} />${icon}${name}</label>
        ${description ? html`<span part="description" id="d-${value}">${description}</span>` : nothing}
      </div>`;
    return html`<fieldset part="base" @change=${this.#onChange}>
        <legend>${t('criteriaShoppingFor')}</legend>
        ${option('', !active, t('criteriaNobody'))}
        ${personas.map(({ key, name, description, icon, image }) => {
          const own = contexts.find((context) => context.persona === key);
          const picture = image ? html`<img part="icon" src=${image} alt="" />` : icon ? html`<span part="icon" aria-hidden="true">${icon}</span>` : undefined;
          return option(`persona:${key}`, !!own && own === active, own?.name ?? name, picture, description);
        })}
        ${contexts.filter((context) => !context.persona).map((context) => option(`context:${context.id}`, context === active, context.name))}
      </fieldset>
      <div part="actions" class="row">
        <button part="new" @click=${() => this.connector?.create()}>${t('criteriaNew')}</button>
        ${active
          ? html`<label>${t('criteriaName')} <input part="name" maxlength="60" .value=${live(active.name)} @change=${(event: Event) => this.connector?.rename((event.target as HTMLInputElement).value)} /></label>
              <button part="delete" @click=${() => this.connector?.removeContext()}>${t('criteriaDelete', { name: active.name })}</button>`
          : nothing}
      </div>`;
  }

  #onChange(event: Event) {
    const [kind, key] = (event.target as HTMLInputElement).value.split(/:(.*)/);
    if (kind === 'persona') this.connector?.pick(key);
    else this.connector?.switchTo(key);
  }
}
