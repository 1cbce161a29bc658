// One Shortlist instance for the app, created before the first render. Its stores are plain
// nanostores: components read them with useStore (see App.tsx).
import { createShortlist } from '@shortlist/core';
import { useSyncExternalStore } from 'react';

export const products = [
  { id: 'aero-14', name: 'Aero 14', price: { amount: 1299, currency: 'EUR' }, attributes: { weight: '1.2 kg', battery: '14 h' } },
  { id: 'aero-16', name: 'Aero 16', price: { amount: 1599, currency: 'EUR' }, attributes: { weight: '1.9 kg', battery: '11 h' } },
  { id: 'terra-15', name: 'Terra 15', price: { amount: 999, currency: 'EUR' }, attributes: { weight: '1.7 kg', battery: '9 h' } },
];

export const shortlist = createShortlist({ namespace: 'react-example', locale: 'en-GB', catalog: { products } });

/** A nanostore's value as React state. */
export function useStore<T>(store: { get(): T; subscribe(listener: (value: T) => void): () => void }): T {
  return useSyncExternalStore((onChange) => store.subscribe(onChange), store.get);
}
