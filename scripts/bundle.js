// Builds the CDN files: `multivector.js` with every chart, and one file per chart for pages
// that show only one (each holds Lit and the d3 modules it uses; a page with several charts
// should load `multivector.js` once rather than several single-chart files).
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { READER_BUNDLE } from './reader-bundle.js';

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
    ...READER_BUNDLE,
    sourcemap: 'linked',
    legalComments: 'eof',
    metafile: true,
    logLevel: 'warning',
  });
  const bytes = Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
  console.log(`cdn/${name}.js: ${(bytes / 1024).toFixed(1)} KB minified`);
}
