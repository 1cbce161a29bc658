import { expect } from '@esm-bundle/chai';
import { atom } from 'nanostores';
import type { Product } from '../src/model/types.js';

it('runs in a browser with nanostores', () => {
  const $a = atom<Product['availability']>('in-stock');
  $a.set('out-of-stock');
  expect($a.get()).to.equal('out-of-stock');
  expect(typeof document.createElement).to.equal('function');
});
