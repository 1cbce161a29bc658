import { ShortlistCompare, ShortlistCompareButton } from '@shortlist/react';
import type {} from '@shortlist/react/jsx'; // types the plain <shortlist-*> tags in JSX
import '@shortlist/elements/shortlist-tray.js';
import { useState } from 'react';
import { products, shortlist, useStore } from './shortlist.ts';

export function App() {
  const [productId, setProductId] = useState(products[0]!.id);
  const [comparing, setComparing] = useState(false);
  const [events, setEvents] = useState<string[]>([]);
  const tray = useStore(shortlist.$tray);
  const log = (entry: string) => setEvents((earlier) => [...earlier, entry]);

  return (
    <main>
      <label>
        Product{' '}
        <select value={productId} onChange={(event) => setProductId(event.target.value)}>
          {products.map((product) => (
            <option key={product.id} value={product.id}>
              {product.name}
            </option>
          ))}
        </select>
      </label>

      {/* @shortlist/react: typed props, camelCase events */}
      <ShortlistCompareButton product={productId} onShortlistChange={(event) => log(`${event.result} ${event.productId}`)} />

      {/* The plain tag, typed by @shortlist/react/jsx: React 19 listens to `onshortlist-open` */}
      <shortlist-tray
        position="inline"
        onshortlist-open={(event) => {
          event.preventDefault(); // show the comparison in the page instead of a dialog
          setComparing(true);
        }}
      />

      <p id="tray">Comparing: {tray.join(', ') || 'nothing yet'}</p>
      {comparing && <ShortlistCompare onShortlistCompareOpen={(event) => log(`opened ${event.mode} ${event.count}`)} />}
      <ol id="events" aria-label="Events">
        {events.map((entry, index) => (
          <li key={index}>{entry}</li>
        ))}
      </ol>
    </main>
  );
}
