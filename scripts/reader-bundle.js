// The esbuild options of the bundle a reader downloads, shared by the CDN build
// (scripts/bundle.js), the size report (scripts/size.js) and the first-render phases
// (scripts/bench-phases.js), so that what is measured is what is shipped.
import { minifyLiterals } from './minify-literals-plugin.js';

/** Minified ES2022 module, Lit's production build, HTML and CSS literals minified, raw UTF-8. */
export const READER_BUNDLE = {
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  // Lit's production build: no dev-mode warnings in readers' consoles.
  conditions: ['production'],
  plugins: [minifyLiterals],
  // Raw UTF-8: escaping the Cyrillic strings as \uXXXX triples their bytes. Module scripts
  // are always decoded as UTF-8, so no host page can misread them.
  charset: 'utf8',
};
