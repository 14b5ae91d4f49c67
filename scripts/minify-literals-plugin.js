// An esbuild plugin that minifies the HTML and CSS inside Lit's html``, svg`` and css`` literals
// (esbuild minifies the JavaScript around them, not the markup). Used for the CDN bundle and
// the size budget, so both measure what a reader downloads.
import { readFile } from 'node:fs/promises';
import { minifyHTMLLiterals } from 'minify-literals';

/** @type {import('esbuild').Plugin} */
export const minifyLiterals = {
  name: 'minify-literals',
  setup(build) {
    build.onLoad({ filter: /packages[\\/][^\\/]+[\\/]dist[\\/].*\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const result = await minifyHTMLLiterals(source, { fileName: args.path });
      return { contents: result?.code ?? source, loader: 'js' };
    });
  },
};
