/**
 * Builds replace `process.env.NODE_ENV` (rollup: `production` in dist/, `development` in
 * dist/dev/); code behind `!== 'production'` helps developers and leaves production builds.
 */
declare const process: { env: { NODE_ENV?: string } };
