// The wasm build's speed under node against the native omx, on the
// benchmark programs given (e.g. ../shared/bench/*.lua).
// Usage: node tests/bench.mjs OMX_BINARY FILE...
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { initSync, Session } from '../pkg/omx_wasm.js';

const here = path.dirname(new URL(import.meta.url).pathname);
initSync({ module: readFileSync(path.join(here, '../pkg/omx_wasm_bg.wasm')) });
const LANG = { '.lua': 'lua', '.py': 'python', '.js': 'js', '.pl': 'perl' };
const [omx, ...files] = process.argv.slice(2);

console.log('| program | native omx (s) | wasm in node (s) | ratio | same output |');
console.log('|---|---|---|---|---|');
for (const file of files) {
  const t0 = performance.now();
  const native = execFileSync(omx, ['run', file], { encoding: 'utf8' });
  const nativeS = (performance.now() - t0) / 1000;
  const s = new Session(LANG[path.extname(file)], 0, 42);
  const t1 = performance.now();
  const syntax = s.load(path.basename(file), readFileSync(file, 'utf8'));
  if (syntax) throw new Error(`${file}: ${syntax.message}`);
  let status;
  const out = [];
  while ((status = s.step(1e6)) === 'running') out.push(s.takeStdout());
  out.push(s.takeStdout());
  const wasmS = (performance.now() - t1) / 1000;
  const text = Buffer.concat(out.map((b) => Buffer.from(b))).toString('utf8');
  console.log(`| ${path.basename(file)} | ${nativeS.toFixed(2)} | ${wasmS.toFixed(2)} | ${(wasmS / nativeS).toFixed(2)} | ${status === 'finished' && text === native ? 'yes' : 'NO'} |`);
  s.free();
}
