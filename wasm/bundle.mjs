// Bundle the page (www/src) into dist/ with esbuild; the example programs
// (www/examples, JavaScript ones included) are imported as text.
import * as esbuild from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';

const examplesAsText = {
  name: 'examples-as-text',
  setup(build) {
    build.onLoad({ filter: /[\\/]www[\\/]examples[\\/][^\\/]+$/ }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

const { metafile } = await esbuild.build({
  entryPoints: ['www/src/main.js', 'www/src/worker.js'],
  bundle: true,
  format: 'esm',
  minify: true,
  // The Python and JavaScript editor grammars are imported when first used.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  outdir: 'dist',
  logLevel: 'warning',
  metafile: true,
  plugins: [examplesAsText],
});

// dist/index.html: www/index.html with the chunks main.js imports preloaded
// (fetched with main.js, not after it).
const chunks = metafile.outputs['dist/main.js'].imports
  .filter((i) => i.kind === 'import-statement')
  .map((i) => `<link rel="modulepreload" href="${i.path.replace(/^dist\//, '')}">\n`);
const html = await readFile('www/index.html', 'utf8');
const at = html.indexOf('<link rel="stylesheet"');
await writeFile('dist/index.html', html.slice(0, at) + chunks.join('') + html.slice(at));
