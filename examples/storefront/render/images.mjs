/**
 * Placeholder product images: a coloured silhouette per category, no text, a few colourways
 * each. Small SVGs, so the demo needs no binary assets.
 */

export const IMAGE_SIZE = { width: 400, height: 300 };

const PALETTES = [
  ['#1d4ed8', '#dbeafe'],
  ['#0f766e', '#ccfbf1'],
  ['#b45309', '#fef3c7'],
  ['#be123c', '#ffe4e6'],
  ['#6d28d9', '#ede9fe'],
  ['#374151', '#e5e7eb'],
];

const SHAPES = {
  laptops: (ink) => `<rect x="110" y="70" width="180" height="120" rx="8" fill="${ink}"/>
<rect x="122" y="82" width="156" height="96" rx="3" fill="#fff" opacity=".35"/>
<path d="M80 198h240l-18 26H98z" fill="${ink}" opacity=".8"/>`,
  'running-shoes': (ink) => `<path d="M70 200c0-22 10-40 22-52l26-32c8-10 22-10 30 0 18 20 40 30 70 34 34 5 62 16 78 34 8 9 10 16 10 22v10H70z" fill="${ink}"/>
<rect x="66" y="214" width="252" height="14" rx="7" fill="${ink}" opacity=".6"/>`,
  mattresses: (ink) => `<rect x="70" y="120" width="260" height="70" rx="16" fill="${ink}"/>
<rect x="70" y="120" width="260" height="22" rx="11" fill="#fff" opacity=".3"/>
<rect x="90" y="190" width="12" height="22" fill="${ink}" opacity=".7"/><rect x="298" y="190" width="12" height="22" fill="${ink}" opacity=".7"/>`,
};

/** The SVG for image `n` (1-based) of `category`. */
export function placeholderSvg(category, n) {
  const [ink, background] = PALETTES[(n - 1) % PALETTES.length];
  const { width, height } = IMAGE_SIZE;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">
<rect width="${width}" height="${height}" fill="${background}"/>
${SHAPES[category](ink)}
</svg>
`;
}

export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d4ed8"/><path d="M9 10h14M9 16h14M9 22h9" stroke="#fff" stroke-width="3" stroke-linecap="round"/></svg>
`;
