// Generates custom-elements.json from the elements' class JSDoc (the one source of the public
// contract), for Storybook's controls and docs and for each package's `customElements` field.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const packages = ['radar', 'compass', 'chord'].filter((name) => existsSync(`packages/${name}/src/${name}.ts`));
const globs = ['packages/core/src/base-element.ts', ...packages.map((name) => `packages/${name}/src/${name}.ts`)];
execFileSync('npx', ['custom-elements-manifest', 'analyze', '--litelement', '--quiet', '--outdir', '.', ...globs.flatMap((g) => ['--globs', g])], {
  stdio: 'inherit',
});

// Each package publishes the part of the manifest that describes its own element.
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
for (const name of packages) {
  const own = { ...manifest, modules: manifest.modules.filter((m) => m.path.startsWith(`packages/${name}/`)) };
  writeFileSync(`packages/${name}/custom-elements.json`, `${JSON.stringify(own, null, 2)}\n`);
}
console.log(`custom-elements.json: ${manifest.modules.length} modules (${packages.join(', ')})`);
