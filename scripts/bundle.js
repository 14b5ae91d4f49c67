// Builds the CDN files: `multivector.js` with every chart, and one file per chart for pages
// that show only one (each holds Lit and the d3 modules it uses; a page with several charts
// should load `multivector.js` once rather than several single-chart files).
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { minifyLiterals } from './minify-literals-plugin.js';

const entries = {
  multivector: 'packages/multivector/dist/index.js',
  radar: 'packages/radar/dist/index.js',
  compass: 'packages/compass/dist/index.js',
  chord: 'packages/chord/dist/index.js',
};

for (const [name, entry] of Object.entries(entries)) {
  if (!existsSync(entry)) continue;
  const result = await build({
    entryPoints: [entry],
    outfile: `packages/multivector/cdn/${name}.js`,
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    sourcemap: 'linked',
    legalComments: 'eof',
    metafile: true,
    // Lit's production build: no dev-mode warnings in readers' consoles.
    conditions: ['production'],
    plugins: [minifyLiterals],
    // Raw UTF-8: escaping the Cyrillic strings as \uXXXX triples their bytes. Module scripts
    // are always decoded as UTF-8, so no host page can misread them.
    charset: 'utf8',
    logLevel: 'warning',
  });
  const bytes = Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
  console.log(`cdn/${name}.js: ${(bytes / 1024).toFixed(1)} KB minified`);
}
