// Where `<mv-radar>`'s first render spends its time, phase by phase: the companion of
// scripts/bench.js, which compares the total with other libraries. Run after `npm run build`:
//
//   node scripts/bench-phases.js [--samples N]
//
// It loads the benchmark's own radar page (bench/page.html, the same harness, dataset and box),
// with one change: instead of cdn/radar.js the page loads a bundle of the same code (same
// esbuild options as the CDN file) whose entry wraps every method of the element's prototype
// chain in a timer before it defines `<mv-radar>`. Each sample is a fresh browser context. The
// times are medians, in milliseconds, of what ran before `mv-ready` (the first update, which
// draws the chart); the deferred data table comes later and is not counted.
//
// The times are inclusive: `willUpdate` contains `validate` and `computeLayout`, `update`
// contains `render`. The wrappers cost a few microseconds per call, so the phases add up to
// slightly more than an unwrapped page takes; read them as shares, and the totals with
// `npm run bench`. A measurement, not a test: it never fails on a number.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.js';
import { READER_BUNDLE } from './reader-bundle.js';
import { serve } from './static-server.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench/dist/phases');
const { values: options } = parseArgs({ options: { samples: { type: 'string', default: '25' } } });
const SAMPLES = Math.max(3, Number.parseInt(options.samples, 10) || 25);
const WARM_UP = 2;

/** The entry: the element class, every prototype method timed, then the tag defined. */
const ENTRY = `
import { MvRadar } from '@multivector/radar/element';
performance.mark('mv:evaluated');
const totals = (window.__phases = {});
const seen = new Set(['constructor']);
for (let proto = MvRadar.prototype; proto && proto !== HTMLElement.prototype; proto = Object.getPrototypeOf(proto)) {
  for (const name of Object.getOwnPropertyNames(proto)) {
    const method = Object.getOwnPropertyDescriptor(proto, name).value;
    if (seen.has(name) || typeof method !== 'function') continue;
    seen.add(name);
    MvRadar.prototype[name] = function (...args) {
      const start = performance.now();
      try {
        return method.apply(this, args);
      } finally {
        totals[name] = (totals[name] ?? 0) + performance.now() - start;
      }
    };
  }
}
customElements.define('mv-radar', MvRadar);
performance.mark('mv:defined');
`;

async function preparePage() {
  mkdirSync(OUT, { recursive: true });
  await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'js' },
    outfile: join(OUT, 'radar-timed.js'),
    ...READER_BUNDLE,
    logLevel: 'warning',
  });
  const data = readFileSync(join(ROOT, 'packages/data/json/radar.json'), 'utf8').trim().replace(/<\//g, '<\\/');
  const harness = readFileSync(join(ROOT, 'bench/harness.js'), 'utf8');
  // Snapshot the totals when the chart is drawn: what ran before mv-ready, nothing after.
  const body = readFileSync(join(ROOT, 'bench/contenders/multivector.html'), 'utf8')
    .replace('/packages/multivector/cdn/radar.js', '/bench/dist/phases/radar-timed.js')
    .replace(
      "if (event.detail.state === 'ready')",
      "if (event.detail.state === 'ready') window.__drawnPhases = { ...window.__phases };\n          if (event.detail.state === 'ready')",
    );
  const page = readFileSync(join(ROOT, 'bench/page.html'), 'utf8')
    .replace('{{TITLE}}', 'phases: mv-radar')
    .replace('{{HARNESS}}', () => harness)
    .replace('{{BODY}}', () => body.replace('{{DATA}}', () => data));
  writeFileSync(join(OUT, 'radar.html'), page);
}

const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = (sorted.length - 1) / 2;
  return (sorted[Math.floor(mid)] + sorted[Math.ceil(mid)]) / 2;
};

async function main() {
  const chrome = findChrome();
  if (!chrome) throw new Error('No Chromium found: set CHROME_PATH or install chromium (see scripts/find-chrome.js).');
  await preparePage();
  const server = await serve(ROOT, { headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' } });
  const browser = await chromium.launch({ executablePath: chrome, args: CHROME_ARGS });
  const samples = [];
  try {
    for (let i = 0; i < SAMPLES + WARM_UP; i++) {
      const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(`${server.url}/bench/dist/phases/radar.html`, { waitUntil: 'load' });
      const sample = await page.evaluate(async () => {
        await window.__bench.done;
        const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
        const script = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('radar-timed.js'));
        const navigation = performance.getEntriesByType('navigation')[0];
        return { phases: window.__drawnPhases ?? {}, script: script?.responseEnd ?? NaN, parsed: navigation?.domInteractive ?? NaN, evaluated: mark('mv:evaluated'), defined: mark('mv:defined'), drawn: window.__bench.drawn, presented: window.__bench.presented };
      });
      await context.close();
      if (i >= WARM_UP) samples.push(sample);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const at = (pick) => median(samples.map(pick));
  console.log(`<mv-radar> first render, ${samples.length} fresh pages (medians, ms from navigation start)`);
  console.log(`  script received      ${at((s) => s.script).toFixed(1)}`);
  console.log(`  document parsed      ${at((s) => s.parsed).toFixed(1)}   (a module script runs once the document is parsed)`);
  console.log(`  bundle evaluated     ${at((s) => s.evaluated).toFixed(1)}   (+${at((s) => s.evaluated - Math.max(s.script, s.parsed)).toFixed(1)}: compile and evaluate Lit, d3, valibot, core, radar)`);
  console.log(`  element defined      ${at((s) => s.defined).toFixed(1)}   (+${at((s) => s.defined - s.evaluated).toFixed(1)}: upgrade and connectedCallback)`);
  console.log(`  chart drawn          ${at((s) => s.drawn).toFixed(1)}   (+${at((s) => s.drawn - s.defined).toFixed(1)}: the first update)`);
  console.log(`  frame presented      ${at((s) => s.presented).toFixed(1)}   (+${at((s) => s.presented - s.drawn).toFixed(1)}: style, layout and paint)`);
  const names = new Set(samples.flatMap((s) => Object.keys(s.phases)));
  const rows = [...names].map((name) => ({ name, ms: at((s) => s.phases[name] ?? 0) })).filter((row) => row.ms >= 0.05).sort((a, b) => b.ms - a.ms);
  console.log('\nMethods before mv-ready (inclusive median ms; nested calls count in their callers too):');
  for (const row of rows) console.log(`  ${row.ms.toFixed(2).padStart(6)}  ${row.name}`);
  const commit = at((s) => (s.phases.update ?? 0) - (s.phases.render ?? 0));
  console.log(`\n  ${commit.toFixed(2).padStart(6)}  Lit's commit (update minus render: templates prepared and cloned, DOM written)`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
