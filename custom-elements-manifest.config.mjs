// The custom-elements manifest of @shortlist/elements, generated from the JSDoc headers
// (@summary, @event, @csspart, @cssproperty) of each element class.
export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['packages/elements/src/**/*.test.ts'],
  outdir: 'packages/elements',
  litelement: true,
};
