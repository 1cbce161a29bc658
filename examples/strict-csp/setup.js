// The store's own Shortlist set-up, in a file: under a strict CSP nothing inline runs but what a
// hash allows. The products are inline so that the example needs nothing else.
shortlist('init', {
  namespace: 'strict-csp',
  currency: 'EUR',
  catalog: {
    jsonLd: false,
    cards: false,
    attributes: [
      { key: 'weight', label: 'Weight', type: 'number', unit: 'g', better: 'lower', group: 'Build' },
      { key: 'screen', label: 'Screen size', type: 'number', unit: 'in', better: 'higher', group: 'Display' },
      { key: 'battery', label: 'Battery life', type: 'number', unit: 'h', better: 'higher', group: 'Battery' },
      { key: 'ports', label: 'Ports', type: 'set', group: 'Connectivity' },
    ],
    products: [
      { id: 'csp-alpha', name: 'Alpha 14', url: '/strict-csp/', price: 999, attributes: { weight: '1200 g', screen: 14, battery: '10 h', ports: ['USB-C', 'HDMI'] } },
      { id: 'csp-bravo', name: 'Bravo 15', url: '/strict-csp/', price: 1299, attributes: { weight: '1.4 kg', screen: 15.6, battery: '9 h', ports: ['USB-C'] } },
      { id: 'csp-charlie', name: 'Charlie 13', url: '/strict-csp/', price: 899, attributes: { weight: '1100 g', screen: 13.3, battery: '12 h' } },
    ],
  },
});
