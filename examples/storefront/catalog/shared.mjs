/**
 * Attributes more than one category uses. The catalog's schema is one flat list, so a key
 * shared by two categories must mean exactly the same thing in both.
 */
export const SHARED = {
  color: { key: 'color', label: 'Colour', type: 'enum', group: 'Design' },
  vegan: { key: 'vegan', label: 'Vegan', type: 'boolean', group: 'Sustainability' },
  'recycled-content': { key: 'recycled-content', label: 'Recycled content (%)', type: 'number', better: 'higher', group: 'Sustainability' },
  warranty: { key: 'warranty', label: 'Warranty (years)', type: 'number', better: 'higher', group: 'Warranty & service' },
};
