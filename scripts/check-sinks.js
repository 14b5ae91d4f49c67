// Second line of the sink ban: greps the built output (dist/ and the CDN bundle), where code
// from dependencies and compiled templates land, for the HTML-parsing and eval sinks.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SINKS = [/\.innerHTML\s*=/, /\.outerHTML\s*=/, /insertAdjacentHTML/, /\bunsafeHTML\b/, /\bunsafeSVG\b/, /\beval\(/, /new Function\(/, /setAttribute\(\s*["']style["']/];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.js$/.test(name) && !/\.test\.js$/.test(name)) yield path;
  }
}

const dirs = readdirSync('packages')
  .map((name) => join('packages', name, 'dist'))
  .filter((dir) => existsSync(dir));
const found = [];
let checked = 0;
for (const dir of dirs) {
  for (const file of files(dir)) {
    checked++;
    const text = readFileSync(file, 'utf8');
    for (const sink of SINKS) if (sink.test(text)) found.push(`${file}: ${sink}`);
  }
}
if (found.length) {
  console.error(`Unsafe sinks in built code:\n${found.join('\n')}`);
  process.exit(1);
}
console.log(`sink check: ${checked} built files clean${checked === 0 ? ' (nothing built yet: run npm run build)' : ''}`);
