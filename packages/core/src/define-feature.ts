/**
 * `defineFeature`: a feature's definition (see `feature.ts`), turned into what
 * `shortlist.use` sets up. Loaded with the features' code, never at start-up.
 */
import type { Check } from './config/check.js';
import { checkFeatureMessages } from './config/messages.js';
import type { Feature, FeatureDeclaration } from './feature.js';
import type { MessageTables } from './format/messages.js';
import type { Shortlist } from './shortlist.js';

export interface FeatureDefinition<Context, Config> extends FeatureDeclaration {
  /** Checks `config[name]` leniently: a bad field is reported and left out. */
  readonly config?: Check<Config>;
  /** Its copy, in every shipped language; every key starts with the feature's name. */
  readonly messages?: MessageTables;
  /** Makes the feature's part of one instance: its state (`shortlist.addState`), product sources (`shortlist.addProducts`)… */
  setup(shortlist: Shortlist, config: Config): Context;
}

export function defineFeature<Context, Config>(definition: FeatureDefinition<Context, Config>): Feature<Context> {
  const { name, messages } = definition;
  if (process.env.NODE_ENV !== 'production') checkDefinition(definition);
  return {
    ...definition,
    setup(shortlist) {
      const section = (shortlist.config as Record<string, unknown>)[name];
      const config = definition.config ? definition.config(section ?? {}, name, shortlist.report) : (undefined as Config);
      if (messages) {
        shortlist.format.use(messages);
        checkFeatureMessages(shortlist.config.messages, name, messages).forEach(shortlist.report);
      }
      return definition.setup(shortlist, config);
    },
  };
}

/** For feature authors (development builds only): the contract's rules that types cannot state. */
function checkDefinition({ name, messages }: FeatureDefinition<unknown, unknown>) {
  const keys = Object.keys(messages?.en ?? {});
  const unprefixed = keys.filter((key) => !key.startsWith(name));
  if (unprefixed.length) console.warn(`Shortlist feature "${name}": message keys must start with "${name}": ${unprefixed.join(', ')}`);
  for (const [language, table] of Object.entries(messages ?? {})) {
    const extra = Object.keys(table).filter((key) => !keys.includes(key));
    if (extra.length) console.warn(`Shortlist feature "${name}": the "${language}" messages ${extra.join(', ')} have no English original`);
  }
}
