/** The example feature's definition: what `shortlist.use` sets up for an instance. */
import { atom, type ReadableAtom } from 'nanostores';
import { byProductState, defineFeature, extendLookup, object, text, type Check, type MessagesOf, type Shortlist } from '@shortlist/core';
import { exampleDeclaration, type ExampleConfig } from './declaration.js';

const exampleMessages = {
  en: { exampleHello: 'Hello, {name}', examplePings: { one: '# ping', other: '# pings' } },
  de: { exampleHello: 'Hallo, {name}', examplePings: { one: '# Ping', other: '# Pings' } },
};

declare module '@shortlist/core' {
  interface Messages extends MessagesOf<typeof exampleMessages> {}
}

/** Products this feature makes: `example~<base id>`, a copy of the base product marked as an example. */
export const EXAMPLE_PREFIX = 'example~';

export interface ExampleFeature {
  readonly config: ExampleConfig;
  /** Pings by product id, persisted as the instance's `example` slice. */
  readonly $pings: ReadableAtom<Readonly<Record<string, number>>>;
  ping(id: string): void;
}

const checkExample: Check<ExampleConfig> = object({ greeting: text(/^.{1,40}$/, 'a text of 1–40 characters') });

export const exampleFeature = defineFeature({
  ...exampleDeclaration,
  config: checkExample,
  messages: exampleMessages,
  setup(shortlist: Shortlist, config): ExampleFeature {
    const pings = byProductState((value): value is number => Number.isInteger(value) && (value as number) > 0);
    shortlist.addState('example', pings.slice);
    const $version = atom(0);
    shortlist.addProducts({
      $changes: $version,
      extend: (lookup) =>
        extendLookup(
          lookup,
          (id) => {
            const base = id.startsWith(EXAMPLE_PREFIX) ? lookup.byId.get(id.slice(EXAMPLE_PREFIX.length)) : undefined;
            return base && { ...base, id, name: `${base.name} (example)`, attributes: { ...base.attributes, example: true } };
          },
          [{ key: 'example', label: 'Example', type: 'boolean' }],
        ),
    });
    return {
      config,
      $pings: pings.$values,
      ping(id) {
        const count = (pings.$values.get()[id] ?? 0) + 1;
        pings.set(id, count);
        shortlist.announce('example-ping', { id, count });
      },
    };
  },
});
