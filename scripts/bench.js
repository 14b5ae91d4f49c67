// First-render benchmark of the article's radar: `<mv-radar>` from its single-chart CDN file (cdn/radar.js)
// against a plain d3-selection radar (the floor), Chart.js and, when installed, ECharts, all
// drawing packages/data/json/radar.json in headless Chromium. Run with `npm run bench` (which
// builds the CDN bundle first) or `node scripts/bench.js [options]` after `npm run build`.
//
// Method (see docs/benchmark.md for the reasoning and the numbers):
//
// - Pages. scripts/bench.js bundles each library contender (bench/contenders/NAME.js) with
//   esbuild into one minified ES module, like the CDN bundle, and writes one page per contender
//   to bench/dist/ from bench/page.html (bench/dist is git-ignored). Every page carries the same
//   25 KB dataset inline, the same harness (bench/harness.js, inlined) and the same 640 px box.
//   `<mv-radar>` reads the dataset as its inline JSON child; the others JSON.parse the same text.
//   A "blank" page (dataset parsed, no chart) shows the fixed cost of a page here.
// - Samples. Each sample is a fresh browser context and page (a new renderer, no cache) that
//   loads one page from a localhost static server (scripts/static-server.js) and is closed.
//   Contenders are interleaved, round by round, in a rotating order, so that drift on the
//   machine hits them all alike. A warm-up round is run first and thrown away. This machine is
//   shared (test runs, other browsers): before each round the script waits, within a budget,
//   until the CPU is less than 30 % busy, and says how many rounds had to start busy.
// - Marks, read from `window.__bench` (no tracing), relative to navigation start:
//     drawn      performance.now() when the chart is complete, in the task that drew it. For
//                `<mv-radar>` it is taken in its `mv-ready` listener (fired from the first
//                update, which draws the chart; `whenReady()` resolves from the same place, a
//                microtask later); for the others right after their synchronous draw call.
//                Caveat: SVG/DOM charts (d3, `<mv-radar>`) leave style, layout and paint to the
//                next frame, while canvas charts (Chart.js, ECharts) measure their box and paint
//                their canvas before "drawn". Across the two kinds, compare "presented".
//     presented  Element Timing renderTime of a one-character marker appended in that same task,
//                so it is painted in the same frame as the chart: when the frame that shows the
//                chart was presented. Chosen over a double requestAnimationFrame (also recorded,
//                as `raf2`), which can run before the frame is actually presented, and over a
//                trace, which slows the page. The pages are served cross-origin isolated
//                (COOP/COEP), so renderTime is not coarsened to 4 ms.
// - Statistics. Medians with quartiles (IQR) per contender; ratios of medians to the d3 floor
//   from the same run (ratios are steadier between runs than absolute times: ~8–10 % against
//   ~12–14 % here), with a bootstrap 95 % interval; "+ms over blank" is a contender's median
//   minus the blank page's: what the chart itself adds to a page.
// - Intl. The pages do NOT pre-warm Intl by default: a reader's first visit pays ICU's set-up
//   (10–25 ms measured here on 2026-11-27; the design notes saw ~80 ms) wherever a chart first
//   formats a number through Intl.NumberFormat. Chart.js does, for its tick labels; the CDN
//   bundle, d3 floor and ECharts pages do not. `--warm-intl` constructs one Intl.NumberFormat
//   in the page head first, for every page alike.
// - Goal: multivector within 1.25× the d3 floor (median drawn time). Reported, never enforced:
//   this is a measurement, not a test, and the process exits 0 whatever the ratio.
//
// Output: a table on stdout and bench-results/radar.json (git-ignored) with every sample.
//
// Options: --samples N (per contender, default 25) · --only d3,multivector,… (the floor and the
//          blank page always run) · --warm-intl · --out FILE (default bench-results/radar.json)
//          · --screenshots (one untimed screenshot per page, beside the JSON, to check by eye)
//          · --quiet-wait S (seconds the run may spend in all waiting for other work on the machine
//            to calm down before a round, default 30; 0 disables)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.js';
import { serve } from './static-server.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = join(ROOT, 'bench');
const DIST = join(BENCH, 'dist');
const DATA_FILE = join(ROOT, 'packages/data/json/radar.json');
// The single-chart CDN file: what a page showing one radar loads.
const CDN_BUNDLE = join(ROOT, 'packages/multivector/cdn/radar.js');
const require = createRequire(import.meta.url);

const { values: options } = parseArgs({
  options: {
    samples: { type: 'string', default: '25' },
    only: { type: 'string' },
    'warm-intl': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-results/radar.json' },
    screenshots: { type: 'boolean', default: false },
    'quiet-wait': { type: 'string', default: '30' },
  },
});
const SAMPLES = Math.max(3, Number.parseInt(options.samples, 10) || 25);
const WARM_INTL = options['warm-intl'];
const VIEWPORT = { width: 1000, height: 800 };
/** Longest wait for one page to draw and present its chart. */
const SAMPLE_TIMEOUT_MS = 15_000;
const GOAL_RATIO = 1.25;
/** Before each round, wait while more than this share of the machine's CPU is busy with other work… */
const QUIET_BUSY = 0.3;
/** …but for no more than this many seconds over the whole run (`--quiet-wait`, 0 disables). */
const QUIET_BUDGET_S = Math.max(0, Number(options['quiet-wait']) || 0);

/** The pages, in table order. `baseline` is the floor the ratios are taken against. */
const CONTENDERS = [
  { id: 'blank', label: 'blank page (no chart)', reference: true, entry: 'blank.js', box: '' },
  { id: 'd3', label: 'd3-selection floor', baseline: true, entry: 'd3.js', box: '', packages: ['d3-selection', 'd3-shape'] },
  { id: 'multivector', label: '<mv-radar> (cdn/radar.js)', body: 'multivector.html', script: CDN_BUNDLE },
  { id: 'chartjs', label: 'Chart.js', entry: 'chartjs.js', box: 'box', packages: ['chart.js'] },
  { id: 'echarts', label: 'ECharts', entry: 'echarts.js', box: 'box', packages: ['echarts'], optional: true },
];

function packageVersion(name) {
  try {
    let dir = dirname(require.resolve(name));
    for (;;) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
        if (pkg.name === name) return pkg.version;
      } catch {
        // no package.json at this level
      }
      const up = dirname(dir);
      if (up === dir) return undefined;
      dir = up;
    }
  } catch {
    return undefined;
  }
}

/** The commit measured, with `+changes` when the work tree differs from it. */
function gitRevision() {
  try {
    const run = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return `${run('rev-parse', '--short', 'HEAD')}${run('status', '--porcelain', '--untracked-files=no') ? '+changes' : ''}`;
  } catch {
    return undefined;
  }
}

/** Bundles the library contenders and writes every page to bench/dist/. */
async function preparePages(contenders) {
  mkdirSync(DIST, { recursive: true });
  const data = readFileSync(DATA_FILE, 'utf8').trim();
  JSON.parse(data); // fail early on a broken dataset
  const inlineData = data.replace(/<\//g, '<\\/'); // cannot close the <script> it sits in
  const template = readFileSync(join(BENCH, 'page.html'), 'utf8');
  const harness = readFileSync(join(BENCH, 'harness.js'), 'utf8').replace('/*WARM_INTL*/ false', String(WARM_INTL));
  const libraryBody = readFileSync(join(BENCH, 'contenders/library.html'), 'utf8');
  for (const c of contenders) {
    if (c.entry) {
      await build({
        entryPoints: [join(BENCH, 'contenders', c.entry)],
        outfile: join(DIST, `${c.id}.js`),
        bundle: true,
        format: 'esm',
        minify: true,
        target: 'es2022',
        conditions: ['production'],
        define: { 'process.env.NODE_ENV': '"production"' },
        legalComments: 'none',
        logLevel: 'warning',
      });
      c.script = join(DIST, `${c.id}.js`);
    }
    const body = (c.body ? readFileSync(join(BENCH, 'contenders', c.body), 'utf8') : libraryBody)
      .replaceAll('{{NAME}}', c.id)
      .replaceAll('{{BOX_CLASS}}', c.box ?? '');
    // Functions as replacements: the dataset's text must not be read as a replacement pattern.
    const page = template
      .replace('{{TITLE}}', () => c.label.replace(/[<>&]/g, ''))
      .replace('{{HARNESS}}', () => harness)
      .replace('{{BODY}}', () => body.replace('{{DATA}}', () => inlineData));
    writeFileSync(join(DIST, `${c.id}.html`), page);
    c.bytes = statSync(c.script).size;
  }
}

/** One sample: a fresh context and page, the page loaded, its marks read, everything closed. */
async function sample(browser, url, { expectChart = true, screenshot } = {}) {
  const load1 = loadavg()[0];
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(url, { waitUntil: 'load', timeout: SAMPLE_TIMEOUT_MS });
    const marks = await page.evaluate(async (timeout) => {
      const bench = window.__bench;
      if (!bench) return { ok: false, errors: ['no harness on the page'] };
      const ok = await Promise.race([bench.done, new Promise((done) => setTimeout(() => done(false), timeout))]);
      const scripts = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.initiatorType === 'script')
        .map((entry) => entry.responseEnd);
      // Sanity check, after the marks are taken: the page really drew a chart.
      const chart = document.getElementById('chart');
      const root = chart?.shadowRoot ?? chart;
      const shapes = root ? root.querySelectorAll('svg path, svg circle, svg line').length : 0;
      const canvases = root ? [...root.querySelectorAll('canvas')].filter((c) => c.width > 0 && c.height > 0).length : 0;
      return {
        ok,
        shapes,
        canvases,
        drawn: bench.drawn,
        presented: bench.presented,
        raf2: bench.raf2,
        fcp: bench.fcp,
        scriptsLoaded: scripts.length ? Math.max(...scripts) : null,
        intlWarmed: bench.intlWarmed,
        isolated: crossOriginIsolated,
        detail: bench.detail,
        errors: bench.errors,
      };
    }, SAMPLE_TIMEOUT_MS);
    marks.errors = [...(marks.errors ?? []), ...pageErrors];
    if (!marks.ok) throw new Error(`the page did not draw and present its chart: ${JSON.stringify(marks)}`);
    if (marks.errors.length) throw new Error(`page errors: ${marks.errors.join('; ')}`);
    if (expectChart && marks.shapes === 0 && marks.canvases === 0) throw new Error(`${url} drew no chart`);
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
    return { ...marks, load1 };
  } finally {
    await context.close();
  }
}

/** A sample, tried once more if it fails (a page that times out on a busy machine); a second failure ends the run. */
async function sampleWithRetry(browser, url, options) {
  try {
    return await sample(browser, url, options);
  } catch (error) {
    if (interrupted) throw error;
    console.log(`  retrying ${url}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    return sample(browser, url, options);
  }
}

/** Share of the machine's CPU time that was busy over `ms` (other work than this benchmark's). */
async function cpuBusy(ms = 1000) {
  const read = () => cpus().reduce((sum, cpu) => {
    const { idle, ...rest } = cpu.times;
    return { idle: sum.idle + idle, busy: sum.busy + Object.values(rest).reduce((a, b) => a + b, 0) };
  }, { idle: 0, busy: 0 });
  const before = read();
  await new Promise((done) => setTimeout(done, ms));
  const after = read();
  const busy = after.busy - before.busy;
  return busy / Math.max(1, busy + after.idle - before.idle);
}

/** Quantile by linear interpolation between closest ranks (R's type 7). */
function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

function summarize(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    iqr: quantile(sorted, 0.75) - quantile(sorted, 0.25),
    min: sorted[0],
    max: sorted[sorted.length - 1],
  };
}

/** A small seeded PRNG (mulberry32), so that the bootstrap is repeatable. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Bootstrap 95 % interval of median(a) / median(b). */
function ratioInterval(a, b, rounds = 2000) {
  const next = random(0x5eed);
  const resampledMedian = (values) => {
    const copy = values.map(() => values[Math.floor(next() * values.length)]).sort((x, y) => x - y);
    return quantile(copy, 0.5);
  };
  const ratios = [];
  for (let i = 0; i < rounds; i++) ratios.push(resampledMedian(a) / resampledMedian(b));
  ratios.sort((x, y) => x - y);
  return [quantile(ratios, 0.025), quantile(ratios, 0.975)];
}

const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const signed = (value) => (Number.isFinite(value) ? `${value < 0 ? '−' : '+'}${Math.abs(value).toFixed(1)}` : '–');
const times = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');

function printTable(rows) {
  const header = ['contender', 'script', 'drawn ms median [IQR]', '× d3', 'paired', '+ms over blank', 'presented ms median [IQR]', '× d3', 'paired', 'raf2 ms'];
  const lines = rows.map((r) => [
    r.label,
    `${(r.bytes / 1024).toFixed(0)} KB`,
    `${ms(r.drawn.median)} [${ms(r.drawn.q1)}–${ms(r.drawn.q3)}]`,
    r.reference ? '' : times(r.ratio.drawn),
    r.reference || r.baseline ? '' : times(r.ratio.drawnPaired.median),
    r.reference ? '' : signed(r.overBlank.drawn),
    `${ms(r.presented.median)} [${ms(r.presented.q1)}–${ms(r.presented.q3)}]`,
    r.reference ? '' : times(r.ratio.presented),
    r.reference || r.baseline ? '' : times(r.ratio.presentedPaired.median),
    ms(r.raf2.median),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  console.log(format(header));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const line of lines) console.log(format(line));
}

async function main() {
  const chrome = findChrome();
  if (!chrome) throw new Error('No Chromium found: set CHROME_PATH or install chromium (see scripts/find-chrome.js).');
  try {
    statSync(CDN_BUNDLE);
  } catch {
    throw new Error(`${CDN_BUNDLE} is missing: run \`npm run build\` first (\`npm run bench\` does).`);
  }
  const only = options.only ? new Set(options.only.split(',').map((s) => s.trim())) : undefined;
  const skipped = [];
  const contenders = CONTENDERS.filter((c) => {
    if (only && !only.has(c.id) && !c.baseline && !c.reference) return false;
    const missing = (c.packages ?? []).filter((name) => !packageVersion(name));
    if (missing.length) {
      if (!c.optional) throw new Error(`${c.label} needs ${missing.join(', ')}: run npm install.`);
      skipped.push(`${c.label} (not installed: npm install --save-dev --save-exact echarts@6.1.0)`);
      return false;
    }
    return true;
  }).map((c) => ({ ...c }));
  await preparePages(contenders);

  // Other work on the machine (a test run, another browser) slows the pages unevenly: say so.
  const busyBefore = await cpuBusy();
  const started = Date.now();
  let server;
  let browser;
  const onSignal = () => {
    // Close the browser on Ctrl-C too; the finally block below does it on errors.
    interrupted = true;
    void Promise.allSettled([browser?.close(), server?.close()]).then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    // Cross-origin isolated pages (everything is same-origin here): Element Timing's renderTime
    // is then coarsened less than the 4 ms of an ordinary page.
    server = await serve(ROOT, { headers: { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } });
    browser = await chromium.launch({ executablePath: chrome, args: CHROME_ARGS, headless: true });
    const browserVersion = browser.version();
    const urls = Object.fromEntries(contenders.map((c) => [c.id, `${server.url}/bench/dist/${c.id}.html`]));
    console.log(
      `Radar first render: ${contenders.map((c) => c.id).join(', ')} · ${SAMPLES} samples each, interleaved · ` +
        `Chromium ${browserVersion} · ${cpus().length} cores · Intl ${WARM_INTL ? 'pre-warmed' : 'not pre-warmed'} · revision ${gitRevision() ?? '?'}`,
    );
    if (skipped.length) console.log(`Skipped: ${skipped.join('; ')}`);
    if (busyBefore > 0.25) {
      console.log(`Warning: the machine was ${(busyBefore * 100).toFixed(0)} % busy before the run (load ${loadavg()[0].toFixed(1)}): expect noisy numbers.`);
    }

    // Warm-up: one page of each, thrown away (the first contexts of a browser are slower).
    for (const c of contenders) await sample(browser, urls[c.id], { expectChart: !c.reference });

    const samples = Object.fromEntries(contenders.map((c) => [c.id, []]));
    // A shared machine: before each round (when this benchmark's browser is idle), wait for other
    // work to calm down, within a budget. The gate is the same for every contender.
    let quietLeftMs = QUIET_BUDGET_S * 1000;
    let busyRounds = 0;
    let waitedMs = 0;
    for (let round = 0; round < SAMPLES; round++) {
      for (;;) {
        const t = Date.now();
        const busy = await cpuBusy(250);
        const spent = Date.now() - t;
        if (busy < QUIET_BUSY) break;
        if (quietLeftMs <= 0) {
          busyRounds++;
          break;
        }
        quietLeftMs -= spent;
        waitedMs += spent;
      }
      for (let k = 0; k < contenders.length; k++) {
        const c = contenders[(round + k) % contenders.length];
        samples[c.id].push(await sampleWithRetry(browser, urls[c.id], { expectChart: !c.reference }));
      }
      if ((round + 1) % 5 === 0) process.stdout.write(`  ${round + 1}/${SAMPLES} rounds, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
    }

    const pick = (id, key) => samples[id].map((s) => s[key]);
    const baseline = contenders.find((c) => c.baseline);
    const blank = contenders.find((c) => c.reference);
    const base = { drawn: summarize(pick(baseline.id, 'drawn')), presented: summarize(pick(baseline.id, 'presented')) };
    const blankDrawn = blank ? summarize(pick(blank.id, 'drawn')).median : 0;
    const blankPresented = blank ? summarize(pick(blank.id, 'presented')).median : 0;
    const rows = contenders.map((c) => {
      const drawn = summarize(pick(c.id, 'drawn'));
      const presented = summarize(pick(c.id, 'presented'));
      return {
        id: c.id,
        label: c.label,
        reference: !!c.reference,
        baseline: !!c.baseline,
        bytes: c.bytes,
        version: c.id === 'multivector' ? 'workspace' : (c.packages ?? []).map((p) => `${p}@${packageVersion(p)}`).join(' '),
        drawn,
        presented,
        raf2: summarize(pick(c.id, 'raf2')),
        overBlank: { drawn: drawn.median - blankDrawn, presented: presented.median - blankPresented },
        fcp: summarize(pick(c.id, 'fcp')),
        scriptsLoaded: summarize(pick(c.id, 'scriptsLoaded')),
        ratio: {
          drawn: drawn.median / base.drawn.median,
          drawnCI: ratioInterval(pick(c.id, 'drawn'), pick(baseline.id, 'drawn')),
          presented: presented.median / base.presented.median,
          presentedCI: ratioInterval(pick(c.id, 'presented'), pick(baseline.id, 'presented')),
          // Each round's sample over the floor's sample of the same round (taken seconds apart):
          // steadier than the ratio of medians when the machine's speed drifts.
          drawnPaired: summarize(samples[c.id].map((x, i) => x.drawn / samples[baseline.id][i].drawn)),
          presentedPaired: summarize(samples[c.id].map((x, i) => x.presented / samples[baseline.id][i].presented)),
        },
        samples: samples[c.id],
      };
    });
    const seconds = (Date.now() - started) / 1000;
    const loadAfter = loadavg()[0];
    const quiet = { threshold: QUIET_BUSY, budgetSeconds: QUIET_BUDGET_S, waitedSeconds: waitedMs / 1000, roundsStartedBusy: busyRounds };

    console.log('');
    printTable(rows);
    console.log('');
    console.log(
      'drawn: navigation start → chart complete on the main thread · presented: Element Timing of the frame that shows it · ' +
        '× d3: ratio of medians · paired: median of each round\'s ratio to the floor\'s sample of that round · ' +
        '+ms over blank: median minus the blank page\'s',
    );
    const mv = rows.find((r) => r.id === 'multivector');
    let goal;
    if (mv) {
      const met = mv.ratio.drawn <= GOAL_RATIO;
      goal = {
        target: GOAL_RATIO,
        metric: 'drawn median',
        ratio: mv.ratio.drawn,
        interval: mv.ratio.drawnCI,
        paired: mv.ratio.drawnPaired.median,
        met,
        presentedRatio: mv.ratio.presented,
      };
      console.log(
        `Goal (multivector ≤ ${GOAL_RATIO}× the d3 floor, median drawn time): ${times(mv.ratio.drawn)} ` +
          `(bootstrap 95 % CI ${mv.ratio.drawnCI.map((v) => v.toFixed(2)).join('–')}, paired ${times(mv.ratio.drawnPaired.median)}) → ${met ? 'MET' : 'NOT MET'}; ` +
          `presented ${times(mv.ratio.presented)} (CI ${mv.ratio.presentedCI.map((v) => v.toFixed(2)).join('–')}). Reported only, not enforced.`,
      );
    }
    console.log(`Intl was ${WARM_INTL ? 'pre-warmed in the page head (--warm-intl)' : 'not pre-warmed: each page paid its own first Intl use, if any'}.`);
    if (busyRounds > 0) console.log(`Warning: ${busyRounds} of ${SAMPLES} rounds started while other work kept the machine over ${QUIET_BUSY * 100} % busy.`);
    console.log(
      `${contenders.length * (SAMPLES + 1)} pages in ${seconds.toFixed(0)} s (${(waitedMs / 1000).toFixed(0)} s of it waiting for a quiet machine) · CPU ${(busyBefore * 100).toFixed(0)} % busy before the run, ` +
        `load average ${loadAfter.toFixed(1)} after it (${cpus().length} cores; the benchmark itself keeps about one busy).`,
    );

    const out = resolve(ROOT, options.out);
    mkdirSync(dirname(out), { recursive: true });
    const report = {
      benchmark: 'radar first render (packages/data/json/radar.json)',
      date: new Date().toISOString(),
      revision: gitRevision(),
      machine: { cores: cpus().length, cpu: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform, cpuBusyBefore: busyBefore, loadAverageAfter: loadAfter },
      browser: { path: chrome, version: browserVersion, args: CHROME_ARGS, viewport: VIEWPORT },
      method: {
        samplesPerContender: SAMPLES,
        interleaved: 'round-robin, rotating start each round; one warm-up round discarded',
        freshContextPerSample: true,
        intlPrewarmed: WARM_INTL,
        drawn: 'performance.now() in the task that completed the chart (mv-ready for <mv-radar>), from navigation start',
        presented: 'Element Timing renderTime of a marker appended in that task',
        raf2: 'performance.now() in a double requestAnimationFrame after drawing',
        baseline: baseline.id,
      },
      goal,
      seconds,
      quiet,
      results: rows,
    };
    writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`Wrote ${options.out}.`);
    if (options.screenshots) {
      // One more page of each, not timed, to check by eye that they draw the same chart.
      for (const c of contenders) await sample(browser, urls[c.id], { expectChart: !c.reference, screenshot: join(dirname(out), `radar-${c.id}.png`) });
      console.log(`Wrote screenshots to ${dirname(options.out)}/radar-*.png.`);
    }
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await browser?.close();
    await server?.close();
  }
}

let interrupted = false;

main().catch((error) => {
  if (interrupted) {
    console.error('bench: interrupted');
    process.exitCode = 130;
    return;
  }
  console.error(`bench: ${error instanceof Error ? error.stack ?? error.message : error}`);
  process.exitCode = 1;
});
