// Builds the one-file CDN bundle: every chart with Lit and the d3 modules it uses, minified,
// as an ES module for <script type="module" src=".../multivector.js">.
import { build } from 'esbuild';
import { minifyLiterals } from './minify-literals-plugin.js';

const result = await build({
  entryPoints: ['packages/multivector/dist/index.js'],
  outfile: 'packages/multivector/cdn/multivector.js',
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
  logLevel: 'warning',
});
const bytes = Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
console.log(`cdn/multivector.js: ${(bytes / 1024).toFixed(1)} KB minified`);
