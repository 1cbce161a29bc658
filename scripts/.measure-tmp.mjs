import { build } from 'esbuild';
import { gzip } from 'pako';
import { minify } from 'terser';
import { resolve } from 'node:path';
const [entry, keep = 'customize/'] = process.argv.slice(2);
const r = await build({ entryPoints: [entry], bundle: true, format: 'esm', write: false, metafile: true, target: 'es2022', minify: false,
  plugins: [{ name: 'ext', setup(b) { b.onResolve({ filter: /.*/ }, (a) => {
    if (a.kind === 'entry-point') return undefined;
    if (!a.path.startsWith('.')) return { path: a.path, external: true };
    const p = resolve(a.resolveDir, a.path);
    if (p.includes(keep)) return undefined;
    return { path: a.path, external: true };
  }); } }] });
const code = r.outputFiles[0].text;
const m = await minify(code, { module: true, ecma: 2022, compress: { passes: 3, pure_getters: true, unsafe_arrows: true }, format: { comments: false } });
console.log('total min', m.code.length, 'gz', gzip(m.code, { level: 9 }).length);
for (const [k, v] of Object.entries(r.metafile.outputs)) for (const [f, i] of Object.entries(v.inputs)) console.log(String(i.bytesInOutput).padStart(7), f);
