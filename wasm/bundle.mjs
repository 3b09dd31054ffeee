// Bundle the page (www/src) into dist/ with esbuild; the example programs
// (www/examples, JavaScript ones included) are imported as text.
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';

const examplesAsText = {
  name: 'examples-as-text',
  setup(build) {
    build.onLoad({ filter: /[\\/]www[\\/]examples[\\/][^\\/]+$/ }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

await esbuild.build({
  entryPoints: ['www/src/main.js', 'www/src/worker.js'],
  bundle: true,
  format: 'esm',
  minify: true,
  outdir: 'dist',
  logLevel: 'warning',
  plugins: [examplesAsText],
});
