// One Shortlist instance for the app, created before it mounts, and the elements it shows.
// Its stores are plain nanostores: components read them with useStore (see App.vue).
import { createShortlist } from '@shortlist/core';
import '@shortlist/elements/shortlist-compare-button.js';
import '@shortlist/elements/shortlist-compare.js';
import '@shortlist/elements/shortlist-tray.js';
import { onScopeDispose, shallowRef, type Ref } from 'vue';

export const products = [
  { id: 'aero-14', name: 'Aero 14', price: { amount: 1299, currency: 'EUR' }, attributes: { weight: '1.2 kg', battery: '14 h' } },
  { id: 'aero-16', name: 'Aero 16', price: { amount: 1599, currency: 'EUR' }, attributes: { weight: '1.9 kg', battery: '11 h' } },
  { id: 'terra-15', name: 'Terra 15', price: { amount: 999, currency: 'EUR' }, attributes: { weight: '1.7 kg', battery: '9 h' } },
];

export const shortlist = createShortlist({ namespace: 'vue-example', locale: 'en-GB', catalog: { products } });

/** A nanostore's value as a Vue ref, for as long as the component lives. */
export function useStore<T>(store: { get(): T; subscribe(listener: (value: T) => void): () => void }): Readonly<Ref<T>> {
  const value = shallowRef(store.get());
  onScopeDispose(store.subscribe((next) => (value.value = next)));
  return value;
}
