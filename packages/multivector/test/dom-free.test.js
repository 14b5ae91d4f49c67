// The `./data` entries (each chart's validator and schema) and `@multivector/core/validation`
// are documented as DOM-free: the CLI, a build script, a server or a worker can validate a
// dataset without loading Lit or touching `HTMLElement`. Lit happens to load in Node, so a
// stray import of the element code would pass every other Node test unnoticed; this test
// follows each entry's import graph and fails on any module that is not allowed there.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';

const ENTRIES = ['@multivector/core/validation', '@multivector/radar/data', '@multivector/compass/data', '@multivector/chord/data'];

/** Packages and files a DOM-free entry may pull in (valibot, d3 modules and their internmap dependency, DOM-free core and chart modules). */
const ALLOWED = [/node_modules\/valibot\//, /packages\/core\/dist\/(validation|text|i18n|format|url|types)\.js$/, /packages\/(radar|compass|chord)\/dist\/\w+-(data|layout)\.js$/, /node_modules\/(d3-[a-z]+|internmap)\//];

/** Every input file of `entry`'s bundle, as resolved for Node (the `default` condition, dist). */
async function inputsOf(entry) {
  const result = await build({
    stdin: { contents: `export * from ${JSON.stringify(entry)};`, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs).filter((path) => path !== '<stdin>');
}

describe('DOM-free entries', () => {
  for (const entry of ENTRIES) {
    it(`${entry} imports no element code (no Lit, no base element)`, async () => {
      const inputs = await inputsOf(entry);
      assert.ok(inputs.length > 0, `esbuild resolved nothing for ${entry}`);
      const stray = inputs.filter((path) => !ALLOWED.some((pattern) => pattern.test(path)));
      assert.deepEqual(stray, [], `${entry} pulls in modules that need a DOM`);
    });
  }
});
