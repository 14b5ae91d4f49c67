// Second line of the sink ban (the first is ESLint on the sources): greps the built output for
// the HTML-parsing, eval and style-attribute sinks of docs/security.md. It reads
//   - packages/*/dist: our compiled sources, names intact;
//   - packages/multivector/cdn/*.js: the minified CDN bundles, where Lit and the d3 modules land.
// Each finding names the file, the pattern and the text around it; any finding exits 1.
//
// The CDN bundles contain Lit itself, whose own machinery has a few occurrences that never take
// data. Each is allowed by its exact minified shape, once per bundle, and nothing else is:
//   - Template.createElement: `innerHTML` on a <template> it has just created, from the tagged
//     template's strings (through the `lit-html` Trusted Types policy), never from values;
//   - css-tag's two error messages, which name `unsafeCSS` in a string;
//   - unsafeCSS itself, renamed by the minifier: found by the shape of its definition, and its one
//     allowed call is Lit's getCompatibleStyle (a CSSStyleSheet's own rules back into a CSSResult
//     on browsers without adoptedStyleSheets). Any other call is an unsafeCSS of ours or of a
//     dependency.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SINKS = [
  /\.innerHTML\s*=/g,
  /\.outerHTML\s*=/g,
  /insertAdjacentHTML/g,
  /\bunsafeHTML\b/g,
  /\bunsafeSVG\b/g,
  /\bunsafeMathML\b/g,
  /\bunsafeCSS\b/g,
  /\.html\(/g,
  /\beval\(/g,
  /new Function\(/g,
  /\bset(?:Timeout|Interval)\(\s*["'`]/g,
  /setAttribute\(\s*["']style["']/g,
  /\.attr\(\s*["']style["']/g,
];

/** Lit's own occurrences in a minified bundle: the sink they excuse and their exact shape. */
const LIT_OWN = [
  { sink: '\\.innerHTML\\s*=', what: "Lit's Template.createElement", shape: /static createElement\(([\w$]+),[\w$]+\)\{let ([\w$]+)=[\w$]+\.createElement\("template"\);return \2\.innerHTML=\1,\2\}/g },
  { sink: '\\bunsafeCSS\\b', what: "Lit's CSSResult error message", shape: /throw Error\("CSSResult is not constructable\. Use `unsafeCSS` or `css` instead\."\)/g },
  { sink: '\\bunsafeCSS\\b', what: "Lit's css`` error message", shape: /\. Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security\."\)/g },
];
const UNSAFE_CSS_DEFINITION = /([\w$]+)=([\w$]+)=>new [\w$]+\(typeof \2=="string"\?\2:\2\+"",void 0,[\w$]+\)/;
const escape = (name) => name.replace(/\$/g, '\\$');

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.js$/.test(name) && !/\.test\.js$/.test(name)) yield path;
  }
}

const around = (text, index) => text.slice(Math.max(0, index - 40), index + 60).replace(/\s+/g, ' ');

/** Ranges of `shape` in `text`; more than one is itself a finding (a second copy of Lit?). */
function allowedRanges(text, file, own, found) {
  const ranges = [...text.matchAll(own.shape)].map((m) => [m.index, m.index + m[0].length]);
  if (ranges.length > 1) found.push(`${file}: ${own.what} appears ${ranges.length} times, expected once`);
  return ranges.slice(0, 1);
}

/** Whether the parenthesis opened just before `from` closes into a body: `T(t){…}` is a method. */
function isMethodDefinition(text, from) {
  let depth = 1;
  let i = from;
  for (; i < text.length && depth > 0; i++) depth += text[i] === '(' ? 1 : text[i] === ')' ? -1 : 0;
  return text[i] === '{';
}

/** Calls of Lit's minified unsafeCSS other than Lit's own in getCompatibleStyle. */
function unsafeCssCalls(text, file, found) {
  const definition = text.match(UNSAFE_CSS_DEFINITION);
  if (!definition) {
    if (text.includes('CSSResult is not constructable')) found.push(`${file}: Lit's unsafeCSS not found by its shape: update check-sinks.js for this Lit or esbuild`);
    return 0;
  }
  const name = escape(definition[1]);
  const own = new RegExp(`for\\(let ([\\w$]+) of [\\w$]+\\.cssRules\\)([\\w$]+)\\+=\\1\\.cssText;return ${name}\\(\\2\\)`, 'g');
  const ranges = allowedRanges(text, file, { what: "Lit's getCompatibleStyle", shape: own }, found);
  let allowed = 0;
  for (const call of text.matchAll(new RegExp(`(?<![\\w$.])${name}\\(`, 'g'))) {
    if (isMethodDefinition(text, call.index + call[0].length)) continue; // a class method that shares the short name
    if (ranges.some(([start, end]) => call.index >= start && call.index < end)) allowed++;
    else found.push(`${file}: unsafeCSS (minified as ${definition[1]}) called: …${around(text, call.index)}…`);
  }
  return allowed;
}

function scan(file, { lit }) {
  const text = readFileSync(file, 'utf8');
  const found = [];
  let allowed = 0;
  const own = lit ? LIT_OWN.map((o) => ({ ...o, ranges: allowedRanges(text, file, o, found) })) : [];
  for (const sink of SINKS) {
    for (const m of text.matchAll(sink)) {
      const excused = own.some((o) => o.sink === sink.source && o.ranges.some(([start, end]) => m.index >= start && m.index + m[0].length <= end));
      if (excused) allowed++;
      else found.push(`${file}: ${sink} …${around(text, m.index)}…`);
    }
  }
  if (lit) allowed += unsafeCssCalls(text, file, found);
  return { found, allowed };
}

const targets = [
  ...readdirSync('packages')
    .map((name) => join('packages', name, 'dist'))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => [...files(dir)].map((file) => ({ file, lit: false }))),
  ...(existsSync('packages/multivector/cdn') ? readdirSync('packages/multivector/cdn') : [])
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ file: join('packages/multivector/cdn', name), lit: true })),
];
const found = [];
let allowed = 0;
for (const target of targets) {
  const result = scan(target.file, target);
  found.push(...result.found);
  allowed += result.allowed;
}
if (found.length) {
  console.error(`Unsafe sinks in built code:\n${found.join('\n')}`);
  process.exit(1);
}
const bundles = targets.filter((t) => t.lit).length;
console.log(
  targets.length === 0
    ? 'sink check: nothing built yet: run npm run build'
    : `sink check: ${targets.length - bundles} dist files and ${bundles} CDN bundles clean (${allowed} occurrences in Lit's own machinery allowed)`,
);
