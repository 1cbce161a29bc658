/**
 * The store's personas: shopping contexts a shopper may pick on a listing page (the brand's
 * presets; nothing is inferred). Each seeds a set of criteria the shopper then edits freely:
 * must-haves filter, nice-to-haves rank, importance weighs (see docs/criteria.md).
 */
const must = (fields) => ({ requirement: 'must', importance: 'normal', ...fields });
const nice = (fields) => ({ requirement: 'nice', importance: 'normal', ...fields });

export const PERSONAS = {
  laptops: [
    {
      key: 'business-traveller',
      name: 'Business traveller',
      icon: '🧳',
      description: 'Light, lasts a long flight, and plugs into any projector.',
      criteria: [
        must({ attribute: 'weight', operator: 'at-most', value: 1.4, unit: 'kg', importance: 'very-important' }),
        nice({ attribute: 'battery-life', operator: 'at-least', value: 12, unit: 'h', importance: 'important' }),
        nice({ attribute: 'ports', operator: 'has', values: ['USB-C', 'HDMI'] }),
        nice({ attribute: 'fingerprint-reader', operator: 'equals', value: true }),
      ],
    },
    {
      key: 'student',
      name: 'Student',
      icon: '🎓',
      description: 'Good value that gets through a day of lectures.',
      criteria: [
        must({ attribute: 'price', operator: 'at-most', value: 900, importance: 'very-important' }),
        nice({ attribute: 'battery-life', operator: 'at-least', value: 9, unit: 'h', importance: 'important' }),
        nice({ attribute: 'weight', operator: 'at-most', value: 1.7, unit: 'kg' }),
        nice({ attribute: 'rating', operator: 'at-least', value: 4 }),
      ],
    },
    {
      key: 'gamer',
      name: 'Gamer',
      icon: '🎮',
      description: 'A fast graphics card and a smooth, quick screen.',
      criteria: [
        must({ attribute: 'gpu', operator: 'one-of', values: ['NVIDIA GeForce RTX 4070', 'NVIDIA GeForce RTX 4080', 'NVIDIA GeForce RTX 4090'] }),
        nice({ attribute: 'refresh-rate', operator: 'at-least', value: 144, importance: 'very-important' }),
        nice({ attribute: 'memory', operator: 'at-least', value: 32, importance: 'important' }),
      ],
    },
    {
      key: 'creator',
      name: 'Photo and video editor',
      icon: '🎨',
      description: 'A true-colour screen, plenty of memory and storage.',
      criteria: [
        must({ attribute: 'memory', operator: 'at-least', value: 32 }),
        nice({ attribute: 'panel', operator: 'one-of', values: ['OLED', 'Mini-LED'], importance: 'very-important' }),
        nice({ attribute: 'screen-size', operator: 'at-least', value: 15, importance: 'important' }),
        nice({ attribute: 'storage', operator: 'at-least', value: 1000 }),
      ],
    },
  ],
  'running-shoes': [
    {
      key: 'new-runner',
      name: 'New to running',
      icon: '🌱',
      description: 'Soft, forgiving and affordable for the first few hundred kilometres.',
      criteria: [
        must({ attribute: 'price', operator: 'at-most', value: 150 }),
        nice({ attribute: 'cushioning', operator: 'one-of', values: ['Plush', 'Max'], importance: 'very-important' }),
        nice({ attribute: 'rating', operator: 'at-least', value: 4, importance: 'important' }),
      ],
    },
    {
      key: 'racer',
      name: 'Race day',
      icon: '🏁',
      description: 'A carbon plate and as little weight as possible.',
      criteria: [
        must({ attribute: 'plate', operator: 'one-of', values: ['Carbon fibre'] }),
        nice({ attribute: 'shoe-weight', operator: 'at-most', value: 230, unit: 'g', importance: 'very-important' }),
        nice({ attribute: 'energy-return', operator: 'at-least', value: 75, importance: 'important' }),
      ],
    },
    {
      key: 'trail',
      name: 'Trail runner',
      icon: '🏔️',
      description: 'Grip on mud and rock, and dry feet.',
      criteria: [
        must({ attribute: 'surface', operator: 'one-of', values: ['Trail', 'Road & trail'] }),
        nice({ attribute: 'lug-depth', operator: 'at-least', value: 4, unit: 'mm', importance: 'very-important' }),
        nice({ attribute: 'waterproof', operator: 'equals', value: true }),
      ],
    },
    {
      key: 'stability',
      name: 'Needs support',
      icon: '🦶',
      description: 'Stability for feet that roll inwards, in wide fits too.',
      criteria: [
        must({ attribute: 'support', operator: 'one-of', values: ['Stability'] }),
        nice({ attribute: 'width', operator: 'has', values: ['Wide'], importance: 'important' }),
        nice({ attribute: 'cushioning', operator: 'one-of', values: ['Balanced', 'Plush'] }),
      ],
    },
  ],
  mattresses: [
    {
      key: 'side-sleeper',
      name: 'Side sleeper',
      icon: '🛌',
      description: 'Soft enough for shoulders and hips, with zones that carry them.',
      criteria: [
        must({ attribute: 'sleep-positions', operator: 'has', values: ['Side'] }),
        nice({ attribute: 'firmness', operator: 'between', min: 4, max: 6, importance: 'very-important' }),
        nice({ attribute: 'zones', operator: 'at-least', value: 7, importance: 'important' }),
      ],
    },
    {
      key: 'hot-sleeper',
      name: 'Sleeps hot',
      icon: '🌡️',
      description: 'Materials that breathe and a cover that goes in the wash.',
      criteria: [
        nice({ attribute: 'cooling', operator: 'one-of', values: ['Phase-change fabric', 'Airflow channels', 'Gel-infused foam'], importance: 'very-important' }),
        nice({ attribute: 'type', operator: 'none-of', values: ['Memory foam'], importance: 'important' }),
        nice({ attribute: 'cover-washable', operator: 'equals', value: true }),
      ],
    },
    {
      key: 'back-support',
      name: 'Back support',
      icon: '💪',
      description: 'Firm, zoned support that keeps the spine straight.',
      criteria: [
        must({ attribute: 'firmness-feel', operator: 'one-of', values: ['Medium-firm', 'Firm'] }),
        nice({ attribute: 'zones', operator: 'at-least', value: 7, importance: 'very-important' }),
        nice({ attribute: 'edge-support', operator: 'one-of', values: ['Reinforced', 'Foam-encased'] }),
      ],
    },
    {
      key: 'allergies',
      name: 'Allergies',
      icon: '🌿',
      description: 'Hypoallergenic, tested materials and a washable cover.',
      criteria: [
        must({ attribute: 'hypoallergenic', operator: 'equals', value: true }),
        nice({ attribute: 'cover-washable', operator: 'equals', value: true, importance: 'very-important' }),
        nice({ attribute: 'certifications', operator: 'one-of', values: ['OEKO-TEX Standard 100', 'Eco-INSTITUT'] }),
      ],
    },
  ],
};
