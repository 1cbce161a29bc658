/**
 * The criteria benchmark's baseline: the same ranking written the plain way, over the product
 * objects. Every recomputation grades every criterion of every product again, keeps the
 * products that pass the must-haves (`filter`) and sorts them by fit score (`sort`); nothing
 * is cached between recomputations. Same grading as the engine (docs/criteria.md): a linear
 * tolerance band of half the interquartile range (or 5 % of the bound) for numbers.
 *
 * `naiveRanker(catalog, findUnit)` → `rank(criteria)` → `[{ id, index, score }]`, best first.
 */

const WEIGHTS = { normal: 1, important: 2, 'very-important': 4 };

export function naiveRanker(catalog, findUnit) {
  const valueOf = (product, key) => (key === 'price' ? product.price?.amount : key === 'rating' ? product.rating?.value : product.attributes[key]);
  const defOf = (key) => (key === 'price' ? { type: 'money' } : key === 'rating' ? { type: 'number' } : catalog.attributeByKey.get(key));

  // Half the interquartile range of each number: like the engine's columns, worked out once per catalog.
  const halfSpreads = new Map();
  const halfSpread = (key) => {
    if (!halfSpreads.has(key)) {
      const values = catalog.products.map((product) => valueOf(product, key)).filter((value) => typeof value === 'number').sort((a, b) => a - b);
      const at = (share) => values[Math.floor(share * (values.length - 1))];
      halfSpreads.set(key, (at(0.75) - at(0.25)) / 2 || 0);
    }
    return halfSpreads.get(key);
  };

  /** A function grading one product against the criterion: 0–1, or undefined when unknown. */
  function matcher(criterion) {
    const { attribute: key, operator } = criterion;
    const def = defOf(key);
    if (def.type === 'boolean') {
      const wanted = operator === 'has' ? true : criterion.value;
      return (product) => (typeof valueOf(product, key) === 'boolean' ? Number(valueOf(product, key) === wanted) : undefined);
    }
    if (def.type === 'number' || def.type === 'money') {
      const factor = findUnit(criterion.unit ?? def.unit ?? '')?.factor ?? 1;
      const [low, high] = operator === 'between' ? [criterion.min, criterion.max] : operator === 'at-least' ? [criterion.value, Infinity] : operator === 'at-most' ? [-Infinity, criterion.value] : [criterion.value, criterion.value];
      // Rounded like unit conversion: 1.84 kg is 1840 g, not 1840.0000000000002.
      const [min, max] = [Number((low * factor).toPrecision(12)), Number((high * factor).toPrecision(12))];
      const below = Math.max(halfSpread(key), 0.05 * Math.abs(min));
      const above = Math.max(halfSpread(key), 0.05 * Math.abs(max));
      return (product) => {
        const value = valueOf(product, key);
        if (typeof value !== 'number') return undefined;
        if (value < min) return Math.max(0, 1 - (min - value) / below);
        if (value > max) return Math.max(0, 1 - (value - max) / above);
        return 1;
      };
    }
    const labels = operator === 'equals' ? [criterion.value] : criterion.values;
    return (product) => {
      const value = valueOf(product, key);
      if (value === undefined) return undefined;
      const items = Array.isArray(value) ? value : [value];
      const held = labels.filter((label) => items.includes(label)).length;
      if (operator === 'has') return held / labels.length;
      return Number((held > 0) === (operator !== 'none-of'));
    };
  }

  return function rank(criteria) {
    const graded = criteria.map((criterion) => ({ match: matcher(criterion), must: criterion.requirement === 'must', weight: WEIGHTS[criterion.importance] }));
    return catalog.products
      .map((product, index) => {
        let passes = true;
        let weighted = 0;
        let known = 0;
        for (const { match, must, weight } of graded) {
          const value = match(product);
          if (value === undefined) {
            passes &&= !must;
            continue;
          }
          weighted += weight * value;
          known += weight;
          if (must && value < 1) passes = false;
        }
        return { id: product.id, index, passes, score: known > 0 ? (100 * weighted) / known : -1 };
      })
      .filter((entry) => entry.passes)
      .sort((a, b) => b.score - a.score || a.index - b.index);
  };
}
