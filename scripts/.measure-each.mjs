import { transformSync } from 'esbuild';
import { gzip } from 'pako';
import { minify } from 'terser';
import { readFileSync } from 'node:fs';
let tot=0, totm=0;
for (const f of process.argv.slice(2)) {
  const js = transformSync(readFileSync(f, 'utf8'), { loader: 'ts', target: 'es2022', format: 'esm' }).code;
  const m = await minify(js, { module: true, ecma: 2022, compress: { passes: 3, pure_getters: true, unsafe_arrows: true }, format: { comments: false } });
  const g = gzip(m.code, { level: 9 }).length; tot += g; totm += m.code.length;
  console.log(String(m.code.length).padStart(7), String(g).padStart(6), f);
}
console.log(String(totm).padStart(7), String(tot).padStart(6), 'sum');
