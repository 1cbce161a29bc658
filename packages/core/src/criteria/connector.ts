/**
 * The criteria filter's headless connector, one per category: everything a criteria view
 * decides — the shopper's contexts and the brand's personas, the ranking of the category's
 * products by the active context — as stores, and the actions that change them (each announced
 * for measurement, and each undoable). The filter's controls, live counts and relax suggestion
 * are its part loaded with `<shortlist-criteria>` (`filter/filter.ts`). The criteria elements
 * render them; a React or Vue app can render its own from the same connector
 * (`createCriteria(shortlist, 'laptops')`).
 */
import { computed, onMount, type ReadableAtom } from 'nanostores';
import type { ShortlistEventMap } from '../events.js';
import type { Shortlist } from '../shortlist.js';
import { own } from '../state/by-product.js';
import { attributeDef } from './columns.js';
import type { CriteriaConfig, Persona } from './config.js';
import { nextId, type Contexts, type ContextsState, type CriteriaContext } from './contexts.js';
import type { Criterion } from './criterion.js';
import type { Ranking } from './ranking.js';
import type { Rankings } from './rankings.js';
import type { Relaxation } from './filter/relax.js';
import { criterionFor } from './suggest.js';
import { criterionText } from './wording.js';

/** What a connector works on: the instance's part of the criteria feature. */
export interface CriteriaParts {
  readonly config: CriteriaConfig;
  readonly contexts: ContextsState;
  readonly rankings: Rankings;
  /** Loads the share links' part (chunk `criteria-share`): a failure is reported, and rejects. */
  share(): Promise<typeof import('./share/share.js')>;
}

export type ContextEntry = CriteriaContext & { id: string };

/** The shopper's contexts of a category and the brand's personas. */
export interface ContextView {
  category: string;
  /** The active context, if the shopper has picked or made one. */
  active?: ContextEntry;
  /** Every context of the category, in the order made. */
  contexts: ContextEntry[];
  personas: readonly Persona[];
  /** How many changes "Undo" can take back. */
  undoable: number;
}

export interface CriteriaConnector {
  readonly category: string;
  readonly $context: ReadableAtom<ContextView>;
  /** The category's products ranked by the active context; undefined until the whole catalog has loaded (a subscriber loads it). */
  readonly $ranking: ReadableAtom<Ranking | undefined>;
  /** Makes a persona's context active, seeding it from the persona the first time; undefined: none. */
  pick(persona: string | undefined): void;
  /** Makes a context of this category active; undefined: none. */
  switchTo(id: string | undefined): void;
  /** Starts a new, empty context and makes it active. */
  create(): void;
  rename(name: string): void;
  /** Removes the active context (Undo brings it back). */
  removeContext(): void;
  /**
   * The criterion `add` would make of an attribute, and its words ("Weight: at most 1.35 kg"):
   * like `product`'s value when given, else from the catalog; undefined when nothing is known
   * to start from.
   */
  suggest(attribute: string, product?: string): { criterion: Criterion; text: string } | undefined;
  /**
   * Makes an attribute a criterion of the active context (made when there is none), replacing
   * one on the same attribute (see `suggest`). Returns what to tell the shopper.
   */
  add(attribute: string, product?: string): string | undefined;
  /** Replaces a criterion; a `preview` (a slider being dragged) is undone with the change that ends it and announces nothing. */
  edit(index: number, criterion: Criterion, preview?: boolean): void;
  remove(index: number): void;
  /** Applies a relax suggestion (the filter's `relax`: the relaxation that brings most products back). */
  relax(suggestion: Relaxation): void;
  undo(): void;
}

export function createConnector(shortlist: Shortlist, { config, contexts, rankings }: CriteriaParts, category: string): CriteriaConnector {
  const { t } = shortlist.format;
  const personas = own(config.personas ?? {}, category) ?? [];
  const { $contexts, $active, $undoable } = contexts;

  const $context = computed([$contexts, $active, $undoable], (all, active, undoable): ContextView => {
    const entries = Object.entries(all).flatMap(([id, context]) => (context.category === category ? [{ id, ...context }] : []));
    return { category, active: entries.find(({ id }) => id === own(active, category)), contexts: entries, personas, undoable };
  });
  const $ranking = computed(rankings.$rankings, (ranked) => ranked.get(category));
  onMount($ranking, () => rankings.want(category));

  const tell = <K extends 'context-change' | 'criteria-change'>(type: K, detail: Omit<ShortlistEventMap[K], 'category' | 'persona'>, persona = $context.get().active?.persona) =>
    shortlist.announce(type, { ...detail, category, ...(persona && { persona }) } as ShortlistEventMap[K]);

  /** Makes a context active (undefined: none), adding or replacing contexts first. */
  const activate = (id: string | undefined, change: 'create' | 'switch', changed?: Contexts) => {
    const { [category]: _previous, ...others } = $active.get();
    contexts.change(changed, id === undefined ? others : { ...others, [category]: id });
    const view = $context.get();
    tell('context-change', { change, count: view.contexts.length });
  };
  const make = (context: Omit<CriteriaContext, 'category'>) => {
    const all = $contexts.get();
    const id = nextId(all);
    activate(id, 'create', { ...all, [id]: { ...context, category } });
  };
  /** A new context of the shopper's own: "My criteria 2". */
  const makeOwn = () => make({ name: t('criteriaMine', { count: $context.get().contexts.filter((entry) => !entry.persona).length + 1 }), criteria: [] });

  /** Replaces the active context's criteria (a new context holds them when there is none). */
  const setCriteria = (criteria: Criterion[], change: ShortlistEventMap['criteria-change']['change'], criterion?: Criterion, preview?: boolean) => {
    if (!$context.get().active) makeOwn();
    const { id, ...context } = $context.get().active!;
    contexts.change({ ...$contexts.get(), [id]: { ...context, criteria } }, undefined, preview);
    if (preview) return;
    const { attribute, operator, requirement, importance } = criterion ?? {};
    tell('criteria-change', { change, count: criteria.length, ...(criterion && { attribute, operator, requirement, importance }) });
  };
  const criteria = () => [...($context.get().active?.criteria ?? [])];
  const suggest = (attribute: string, id?: string) => {
    const def = attributeDef(shortlist.$catalog.get().catalog, attribute);
    const criterion = def && criterionFor(def, id === undefined ? undefined : shortlist.product(id), rankings.$rankings.get().get(category));
    return criterion && { criterion, text: criterionText(shortlist.format, def, criterion) };
  };

  const edit = (index: number, criterion: Criterion, preview?: boolean, change: 'edit' | 'relax' = 'edit') => {
    const list = criteria();
    list[index] = criterion;
    setCriteria(list, change, criterion, preview);
  };

  return {
    category,
    $context,
    $ranking,
    pick(key) {
      const persona = personas.find((candidate) => candidate.key === key);
      if (!persona) return activate(undefined, 'switch');
      shortlist.announce('persona-pick', { category, persona: persona.key });
      const existing = $context.get().contexts.find((context) => context.persona === key);
      if (existing) activate(existing.id, 'switch');
      else make({ name: persona.name, persona: persona.key, criteria: persona.criteria });
    },
    switchTo: (id) => activate(id, 'switch'),
    create: makeOwn,
    rename(name) {
      const active = $context.get().active;
      const trimmed = name.trim().slice(0, 60);
      if (!active || !trimmed || trimmed === active.name) return;
      const { id, ...context } = active;
      contexts.change({ ...$contexts.get(), [id]: { ...context, name: trimmed } });
      tell('context-change', { change: 'rename', count: $context.get().contexts.length });
    },
    removeContext() {
      const active = $context.get().active;
      if (!active) return;
      const { [active.id]: _removed, ...others } = $contexts.get();
      const { [category]: _id, ...actives } = $active.get();
      contexts.change(others, actives);
      tell('context-change', { change: 'remove', count: $context.get().contexts.length }, active.persona);
    },
    suggest,
    add(attribute, id) {
      const suggested = suggest(attribute, id);
      if (!suggested) return undefined;
      const list = criteria();
      const index = list.findIndex((entry) => entry.attribute === attribute);
      list.splice(index < 0 ? list.length : index, index < 0 ? 0 : 1, suggested.criterion);
      setCriteria(list, 'add', suggested.criterion);
      return t('criteriaAdded', { name: $context.get().active!.name, criterion: suggested.text });
    },
    edit: (index, criterion, preview) => edit(index, criterion, preview),
    remove(index) {
      const list = criteria();
      const [removed] = list.splice(index, 1);
      if (removed) setCriteria(list, 'remove', removed);
    },
    relax: ({ criterion, relaxed }) => edit(criterion, relaxed, false, 'relax'),
    undo() {
      if (contexts.undo()) tell('criteria-change', { change: 'undo', count: criteria().length });
    },
  };
}
