/**
 * Feature modules: the one way a feature (the comparison, the criteria filter, the
 * customizer…) plugs into Shortlist. A feature is a folder in core (`src/<name>/`) and one in
 * elements. The centre never imports a feature; a feature brings itself in two steps:
 *
 * 1. Its **declaration** (`<name>/declaration.ts`, a few bytes): its name and the events it
 *    announces. Declared features are known page-wide, so `config[name]` and
 *    `shortlist.on('<its event>')` are accepted before its code loads. The script-tag build
 *    declares every feature at start-up; importing a feature's entry declares it.
 * 2. Its **definition** (`<name>/feature.ts`, made with `defineFeature`), loaded with its code:
 *    the check of its configuration section, its message tables, and the part it adds to an
 *    instance (persisted state slices, product sources). `shortlist.use(feature)` sets it up
 *    once per instance and returns that part; the feature's connectors call it.
 *
 * Event maps, message keys and configuration sections grow by declaration merging
 * (`declare module '../events.js'`…), so the centre's types stay closed.
 */
import type { MessageTables } from './format/messages.js';
import { globalHandle } from './global.js';
import type { Shortlist } from './shortlist.js';

export interface FeatureDeclaration {
  /** Its folder's name: its configuration section `config[name]`, its chunk, the prefix of its message keys. */
  readonly name: string;
  /** The events it announces (`shortlist.announce`), which `shortlist.on` accepts from now on. */
  readonly events: readonly string[];
  /** Whether this page needs the feature at once, whatever its elements (a share link in the address). */
  readonly wanted?: () => boolean;
  /**
   * Its views show numbers (prices) from their first render: the locale's number data loads in
   * a task of its own while their code downloads (`Formatter.loadNumbers`), not in that render.
   */
  readonly numbers?: boolean;
}

/** A feature, as `defineFeature` makes it: what `shortlist.use` sets up. */
export interface Feature<Context = unknown> extends FeatureDeclaration {
  /** Its copy, in every shipped language; every key starts with the feature's name. */
  readonly messages?: MessageTables;
  /** Sets the feature up for one instance: checks its configuration, adds its copy, makes its part. `shortlist.use` calls it once. */
  setup(shortlist: Shortlist): Context;
}

/** The features declared on this page, by name: on the page-wide handle, so that two copies of Shortlist share them. */
const features = (): Map<string, FeatureDeclaration> => (globalHandle().features ??= new Map());

/** Makes a feature known page-wide (see above) and returns its declaration. */
export function declareFeature(declaration: FeatureDeclaration): FeatureDeclaration {
  features().set(declaration.name, declaration);
  return declaration;
}

/**
 * Makes features known by name before their declarations load (the script-tag build loads them
 * right after start-up): their configuration sections are accepted at once.
 */
export function declareFeatureNames(names: readonly string[]): void {
  for (const name of names) if (!features().has(name)) features().set(name, { name, events: [] });
}

/** The features declared on this page. */
export const declaredFeatures = (): ReadonlyMap<string, FeatureDeclaration> => features();
