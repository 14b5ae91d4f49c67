// Writes json/radar.json, json/compass.json and json/chord.json from the TypeScript datasets in
// src/, which are the single source. The TS is bundled to a temporary ES module with the
// workspace's esbuild binary, imported, and serialised. Node builtins only.
//
//   node packages/data/scripts/write-json.js           write the files
//   node packages/data/scripts/write-json.js --check   exit 1 if a file is out of date
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = resolve(packageDir, '../..');
const check = process.argv.includes('--check');

const esbuild = [join(packageDir, 'node_modules/.bin/esbuild'), join(repoDir, 'node_modules/.bin/esbuild')].find(
  (path) => existsSync(path),
);
if (!esbuild) {
  console.error('write-json: esbuild not found; run `npm install` at the repository root.');
  process.exit(1);
}

const tmp = mkdtempSync(join(tmpdir(), 'mv-data-'));
try {
  const outfile = join(tmp, 'data.mjs');
  execFileSync(
    esbuild,
    [join(packageDir, 'src/index.ts'), '--bundle', '--format=esm', '--platform=node', '--log-level=warning', `--outfile=${outfile}`],
    { stdio: 'inherit' },
  );
  const data = await import(pathToFileURL(outfile).href);
  const files = { 'radar.json': data.articleRadar, 'compass.json': data.articleCompass, 'chord.json': data.articleChord };
  let stale = 0;
  for (const [name, value] of Object.entries(files)) {
    if (!value) throw new Error(`write-json: src/index.ts has no dataset for ${name}`);
    const path = join(packageDir, 'json', name);
    const text = `${JSON.stringify(value, null, 2)}\n`;
    const old = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (old === text) continue;
    if (check) {
      console.error(`write-json: json/${name} is out of date; run node packages/data/scripts/write-json.js`);
      stale += 1;
    } else {
      writeFileSync(path, text);
      console.log(`write-json: wrote json/${name}`);
    }
  }
  if (stale) process.exitCode = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
