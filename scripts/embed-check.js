// Embedding checks in headless Chromium, against the built CDN bundles (run `npm run build`
// first). Each case is a page a host site could serve, made for each of <mv-radar>,
// <mv-compass> and <mv-chord> with its dataset from packages/data/json, once inline and once by src:
//   - HTML only: the chart's own CDN file and the tags; no page script.
//   - a strict CSP with Trusted Types: renders, no violation, no inline style attribute.
//   - two copies of the library on one page, with and without 'allow-duplicates'.
//   - no JavaScript: the fallback content stays visible.
//   - forced colours (Windows high contrast): marks and labels stay visible in system colours,
//     radar series and chord tones stay distinct without colour.
// In every case (but no JavaScript) both copies of the chart reach data-state="ready" and draw
// its marks, one per item of the dataset (radar [part~=area] per series, compass [part~=point]
// per position, chord [part~=ribbon] per tie), with no console error and no
// securitypolicyviolation event. Each case prints one line per chart.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.js';
import { serve } from './static-server.js';

/** In the page, under forced colours: what tells the radar's series apart once colour is gone. */
function radarSeriesApart(host) {
  const root = host.shadowRoot;
  const outlines = [...root.querySelectorAll('.outline')];
  const strokes = outlines.map((o) => getComputedStyle(o).stroke);
  const dashes = outlines.map((o) => o.getAttribute('stroke-dasharray') ?? '');
  const markers = new Set([...root.querySelectorAll('[part~="point"]')].map((p) => p.getAttribute('d'))).size;
  const problems = [];
  if (new Set(strokes).size !== 1) problems.push(`one system colour for all series, got ${strokes}`);
  if (new Set(dashes).size !== dashes.length) problems.push(`distinct dashes: ${dashes}`);
  if (markers < 3) problems.push(`distinct markers: ${markers}`);
  return problems;
}

/**
 * In the page, under forced colours, where every ribbon has the same colour: each kind of tie
 * keeps one look (its fill: open, solid or which pattern at which angle; and its dashes), and
 * no look is shared by two tones (cooperative, neutral, hostile).
 */
function chordTonesApart(host) {
  const shadow = host.shadowRoot;
  const lookOf = (ribbon) => {
    const style = getComputedStyle(ribbon);
    const ref = /^url\("?#([^")]+)"?\)$/.exec(style.fill);
    const pattern = ref && shadow.getElementById(ref[1]);
    const fill = style.fill === 'none' ? 'open' : !ref ? 'solid' : pattern ? `${pattern.classList[0]} ${pattern.getAttribute('patternTransform') ?? ''}` : 'missing pattern';
    return `${fill} / ${style.strokeDasharray}`;
  };
  const kinds = new Map();
  const tones = new Map();
  for (const ribbon of shadow.querySelectorAll('[part~="ribbon"]')) {
    const tone = ['cooperative', 'neutral', 'hostile'].find((t) => ribbon.classList.contains(t));
    const look = lookOf(ribbon);
    kinds.set(ribbon.dataset.kind, (kinds.get(ribbon.dataset.kind) ?? new Set()).add(look));
    if (!tones.has(look)) tones.set(look, new Set());
    tones.get(look).add(tone);
  }
  const problems = [];
  for (const [kind, looks] of kinds) if (looks.size !== 1) problems.push(`kind ${kind} drawn ${looks.size} ways: ${[...looks].join('; ')}`);
  for (const [look, shared] of tones) if (shared.size > 1) problems.push(`${[...shared].join(' and ')} ribbons look alike (${look})`);
  if (new Set([...tones.values()].flatMap((set) => [...set])).size < 2) problems.push('several tones drawn');
  return problems;
}

/**
 * In the page, under forced colours: each node of `seen` in the chart paints something visible
 * (a fill or stroke that is not none, transparent or the Canvas colour, or a hatch pattern that
 * exists), and every colour it paints is a system colour of the forced palette.
 */
function forcedPaint(host, seen) {
  const shadow = host.shadowRoot;
  const ctx = document.createElement('canvas').getContext('2d');
  const normal = (colour) => ((ctx.fillStyle = '#000'), (ctx.fillStyle = colour), ctx.fillStyle);
  const alpha = (colour) => (colour.startsWith('rgba(') ? Number(colour.slice(0, -1).split(',').pop()) : 1);
  // The system colours as this forced palette resolves them.
  const probe = document.createElement('span');
  probe.style.forcedColorAdjust = 'none';
  document.body.append(probe);
  const system = new Map();
  for (const name of ['Canvas', 'CanvasText', 'Highlight', 'HighlightText', 'GrayText', 'LinkText', 'VisitedText', 'ActiveText', 'ButtonFace', 'ButtonText', 'ButtonBorder', 'Field', 'FieldText', 'Mark', 'MarkText', 'AccentColor', 'AccentColorText', 'SelectedItem', 'SelectedItemText']) {
    probe.style.color = name;
    const colour = normal(getComputedStyle(probe).color);
    if (!system.has(colour)) system.set(colour, name);
  }
  probe.remove();
  const canvas = [...system].find(([, name]) => name === 'Canvas')[0];
  const hidden = [];
  const foreign = [];
  const nodes = [...shadow.querySelectorAll(seen)];
  for (const node of nodes) {
    const style = getComputedStyle(node);
    const paints = [
      [style.fill, style.fillOpacity, 1],
      [style.stroke, style.strokeOpacity, parseFloat(style.strokeWidth)],
    ];
    const what = `<${node.localName} part="${node.getAttribute('part') ?? ''}" class="${node.getAttribute('class') ?? ''}">`;
    let visible = false;
    for (const [paint, opacity, width] of paints) {
      if (paint === 'none' || Number(opacity) === 0 || !(width > 0)) continue;
      const ref = /^url\("?#([^")]+)"?\)$/.exec(paint);
      if (ref) {
        visible ||= shadow.getElementById(ref[1]) !== null;
        continue;
      }
      const colour = normal(paint);
      if (!system.has(colour)) foreign.push(`${what} ${paint}`);
      visible ||= alpha(colour) > 0 && colour !== canvas;
    }
    if (!visible || Number(style.opacity) === 0 || style.visibility === 'hidden' || style.display === 'none') {
      hidden.push(`${what} fill ${style.fill} stroke ${style.stroke} ${style.strokeWidth} opacity ${style.opacity}`);
    }
  }
  return { count: nodes.length, hidden, foreign };
}

// marks: the parts counted as drawn, one per item of the dataset's `per` list; seen: what must
// stay visible under forced colours; apart: what must still tell series apart there.
const CHARTS = [
  { name: 'radar', tag: 'mv-radar', marks: '[part~="area"]', per: 'series', seen: '.outline, [part~="point"], svg text', apart: radarSeriesApart },
  { name: 'compass', tag: 'mv-compass', marks: '[part~="point"]', per: 'positions', seen: '[part~="point"], [part~="trail"], svg text' },
  { name: 'chord', tag: 'mv-chord', marks: '[part~="ribbon"]', per: 'ties', seen: '[part~="ribbon"], [part~="arc"], svg text', apart: chordTonesApart },
];

const root = join(tmpdir(), 'multivector-embed-check');
rmSync(root, { recursive: true, force: true });
mkdirSync(root, { recursive: true });
cpSync('packages/multivector/cdn/multivector.js', join(root, 'multivector.js'));
cpSync('packages/multivector/cdn/multivector.js', join(root, 'multivector-copy.js')); // a second copy, as from another embed

const NONCE = 'r4nd0m';
const strictCsp = (trustedTypes) =>
  [
    "default-src 'none'",
    `script-src 'nonce-${NONCE}' 'strict-dynamic'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${trustedTypes}`,
  ].join('; ');

const watchViolations = `<script nonce="${NONCE}">
  window.violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));
</script>`;

const page = (body, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>embed</title>${head}</head><body>${body}</body></html>`;
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const headersFor = new Map();

for (const chart of CHARTS) {
  const { name, tag } = chart;
  const json = readFileSync(`packages/data/json/${name}.json`, 'utf8');
  cpSync(`packages/data/json/${name}.json`, join(root, `${name}.json`));
  cpSync(`packages/multivector/cdn/${name}.js`, join(root, `${name}.js`));
  const data = JSON.parse(json);
  chart.expected = data[chart.per].length;
  const title = escapeHtml(data.title.en);
  // Inside <script type="application/json">, "</" must not appear raw: JSON allows "<\/".
  const inline = json.replace(/<\//g, '<\\/');
  const charts = (fallback = '') => `<${tag} id="inline"><script type="application/json">${inline}</script>${fallback}</${tag}>
<${tag} id="fetched" src="${name}.json"></${tag}>`;
  const twoCopies = page(`${watchViolations}<script type="module" nonce="${NONCE}" src="multivector.js"></script>
<script type="module" nonce="${NONCE}" src="multivector-copy.js"></script>
${charts()}`);
  writeFileSync(join(root, `html-only-${name}.html`), page(`<script type="module" src="${name}.js"></script>\n${charts(`<p>Fallback: ${title}</p>`)}`));
  writeFileSync(join(root, `strict-${name}.html`), page(`${watchViolations}<script type="module" nonce="${NONCE}" src="multivector.js"></script>\n${charts()}`));
  writeFileSync(join(root, `two-copies-${name}.html`), twoCopies);
  writeFileSync(join(root, `two-copies-strict-${name}.html`), twoCopies);
  writeFileSync(
    join(root, `no-js-${name}.html`),
    page(`<${tag}><script type="application/json">${inline}</script><img id="fallback" alt="${title}" width="200" height="100" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></${tag}>`),
  );
  // The HTML-only page with one classic script first, that notes the window's own properties.
  writeFileSync(
    join(root, `side-effects-${name}.html`),
    page(`<script>window.__before = Object.getOwnPropertyNames(window);</script><script type="module" src="${name}.js"></script>\n${charts()}`),
  );
  // An engine without constructable stylesheets (Safari before 16.4): Lit falls back to <style>
  // elements, which a nonce-only style-src allows when the page sets window.litNonce.
  writeFileSync(
    join(root, `old-engine-${name}.html`),
    page(`${watchViolations}<script nonce="${NONCE}">
  delete Document.prototype.adoptedStyleSheets;
  delete ShadowRoot.prototype.adoptedStyleSheets;
  window.litNonce = '${NONCE}';
</script><script type="module" nonce="${NONCE}" src="${name}.js"></script>\n${charts()}`),
  );
  headersFor.set(`/old-engine-${name}.html`, { 'content-security-policy': strictCsp('lit-html').replace("style-src 'self'", `style-src 'nonce-${NONCE}'`) });
  headersFor.set(`/strict-${name}.html`, { 'content-security-policy': strictCsp('lit-html') });
  headersFor.set(`/two-copies-${name}.html`, { 'content-security-policy': strictCsp("lit-html 'allow-duplicates'") });
  headersFor.set(`/two-copies-strict-${name}.html`, { 'content-security-policy': strictCsp('lit-html') });
}

const server = await serve(root, { headersFor: (path) => headersFor.get(path) ?? {} });
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
const results = [];

/** Runs one case for each chart, each in a fresh context (made with `options`): one result line per chart. */
async function check(name, run, options = {}) {
  for (const chart of CHARTS) {
    const context = await browser.newContext(options);
    const tab = await context.newPage();
    tab.setDefaultTimeout(15_000);
    const errors = [];
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    tab.on('pageerror', (e) => errors.push(e.message));
    try {
      await run(tab, errors, chart);
      results.push({ name: `<${chart.tag}> ${name}`, ok: true });
    } catch (error) {
      results.push({ name: `<${chart.tag}> ${name}`, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
    await context.close();
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Both copies of the chart (inline and by src) reach data-state="ready" and draw one mark per item of the dataset. */
async function drawn(tab, chart) {
  await tab.waitForFunction((tag) => customElements.get(tag), chart.tag);
  const charts = await tab.evaluate(
    ({ tag, marks }) =>
      Promise.all(
        [...document.querySelectorAll(tag)].map(async (el) => {
          const state = await Promise.race([el.whenReady(), new Promise((done) => setTimeout(() => done('not settled in 15 s'), 15_000))]);
          return { id: el.id, state, attribute: el.getAttribute('data-state'), marks: el.shadowRoot.querySelectorAll(marks).length };
        }),
      ),
    { tag: chart.tag, marks: chart.marks },
  );
  const said = charts.map((c) => `${c.id}: ${c.state}/data-state=${c.attribute}/${c.marks} marks`).join(', ');
  assert(charts.length === 2 && charts.every((c) => c.state === 'ready' && c.attribute === 'ready'), `both charts ready, got ${said}`);
  assert(chart.expected > 0 && charts.every((c) => c.marks === chart.expected), `${chart.expected} ${chart.marks} drawn (one per ${chart.per}), got ${said}`);
}

/** No console error (beyond those `expected` matches) and no CSP violation (beyond `allowed` directives); returns the violations. */
async function clean(tab, errors, { expected = /^$/, allowed = /^$/ } = {}) {
  const violations = await tab.evaluate(() => window.violations ?? []);
  assert(violations.every((v) => allowed.test(v)), `violations: ${violations.join(', ')}`);
  assert(errors.every((e) => expected.test(e)), `console errors: ${errors.join(' | ')}`);
  return violations;
}

await check('HTML only, its own CDN file: inline JSON and src render, nothing else needed', async (tab, errors, chart) => {
  await tab.goto(`${server.url}/html-only-${chart.name}.html`);
  await drawn(tab, chart);
  await clean(tab, errors);
});

await check('strict CSP with Trusted Types: renders, no violation, no style attribute, tooltip on focus', async (tab, errors, chart) => {
  await tab.goto(`${server.url}/strict-${chart.name}.html`);
  await drawn(tab, chart);
  const styled = await tab.evaluate((tag) => [...document.querySelectorAll(tag)].flatMap((el) => [...el.shadowRoot.querySelectorAll('[style]')].filter((n) => !n.classList.contains('tooltip')).map((n) => n.tagName)), chart.tag);
  assert(styled.length === 0, `inline style attributes on: ${styled.join(', ')}`);
  await clean(tab, errors);
  await openTooltip(tab, chart);
  await clean(tab, errors);
});

/** Focuses the chart's keyboard stop among its marks: its tooltip opens, placed with CSSOM (which a CSP allows). */
async function openTooltip(tab, chart) {
  const focused = await tab.evaluate((tag) => {
    const mark = document.querySelector(`${tag}#inline`).shadowRoot.querySelector('svg [tabindex="0"]');
    mark?.focus();
    return mark?.getAttribute('part') ?? null;
  }, chart.tag);
  assert(focused, 'a mark with tabindex=0 to focus');
  await tab.waitForFunction((tag) => document.querySelector(`${tag}#inline`).shadowRoot.querySelector('[part~="tooltip"]'), chart.tag, { timeout: 5_000 }).catch(() => {
    throw new Error(`no tooltip after focusing [part="${focused}"]`);
  });
}

await check("two copies with 'allow-duplicates': no error, both charts render", async (tab, errors, chart) => {
  await tab.goto(`${server.url}/two-copies-${chart.name}.html`);
  await drawn(tab, chart);
  await clean(tab, errors);
});

await check("two copies without 'allow-duplicates': the second copy's Lit policy is refused, the first copy still draws both charts", async (tab, errors, chart) => {
  await tab.goto(`${server.url}/two-copies-strict-${chart.name}.html`);
  await drawn(tab, chart);
  const violations = await clean(tab, errors, { expected: /lit-html|Trusted Type|policy/i, allowed: /^trusted-types\b/ });
  assert(violations.length > 0, "the second copy's policy was not refused: is the second copy loaded?");
});

await check(
  'no JavaScript: the fallback content stays visible',
  async (tab, _errors, chart) => {
    await tab.goto(`${server.url}/no-js-${chart.name}.html`);
    const box = await tab.locator('#fallback').boundingBox();
    assert(box !== null && Math.round(box.width) === 200, `fallback image shown, box ${JSON.stringify(box)}`);
  },
  { javaScriptEnabled: false },
);

await check('forced colours: marks and labels stay visible in system colours, series stay apart without colour', async (tab, errors, chart) => {
  await tab.emulateMedia({ forcedColors: 'active' });
  await tab.goto(`${server.url}/html-only-${chart.name}.html`);
  await drawn(tab, chart);
  const report = await tab.locator(`${chart.tag}#inline`).evaluate(forcedPaint, chart.seen);
  assert(report.count > 0, `nothing matched ${chart.seen}`);
  assert(report.hidden.length === 0, `${report.hidden.length} of ${report.count} invisible: ${report.hidden.slice(0, 3).join('; ')}`);
  assert(report.foreign.length === 0, `not system colours: ${report.foreign.slice(0, 3).join('; ')}`);
  const apart = chart.apart ? await tab.locator(`${chart.tag}#inline`).evaluate(chart.apart) : [];
  assert(apart.length === 0, apart.join('; '));
  await clean(tab, errors);
});

await check("an engine without constructable stylesheets, style-src by nonce and window.litNonce: styled by nonce'd <style>, no violation", async (tab, errors, chart) => {
  await tab.goto(`${server.url}/old-engine-${chart.name}.html`);
  await drawn(tab, chart);
  const styles = await tab.locator(`${chart.tag}#inline`).evaluate((el) => ({
    adopted: 'adoptedStyleSheets' in ShadowRoot.prototype,
    elements: [...el.shadowRoot.querySelectorAll('style')].map((style) => style.nonce),
    display: getComputedStyle(el).display,
    hidden: el.shadowRoot.querySelector('.visually-hidden') ? getComputedStyle(el.shadowRoot.querySelector('.visually-hidden')).position : 'none',
  }));
  assert(!styles.adopted, 'constructable stylesheets were not taken away');
  assert(styles.elements.length > 0 && styles.elements.every((nonce) => nonce === NONCE), `nonce'd <style> elements, got ${JSON.stringify(styles.elements)}`);
  assert(styles.display === 'block' && styles.hidden === 'absolute', `the element's own styles apply, got ${JSON.stringify(styles)}`);
  await openTooltip(tab, chart);
  await clean(tab, errors);
});

/**
 * The window properties a chart may add: Lit's version markers and the map its property
 * decorators keep (docs/security.md lists them). Anything else is a leak into the host page.
 */
const DOCUMENTED_GLOBALS = ['litHtmlVersions', 'reactiveElementVersions', 'litElementVersions', 'litPropertyMetadata'];

await check('side effects: no request but the bundle and the dataset it was given, no cookie or storage, no global beyond Lit\'s documented ones', async (tab, errors, chart) => {
  const requests = [];
  tab.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await tab.goto(`${server.url}/side-effects-${chart.name}.html`);
  await drawn(tab, chart);
  await openTooltip(tab, chart);
  const expectedRequests = [`/side-effects-${chart.name}.html`, `/${chart.name}.js`, `/${chart.name}.json`];
  assert(requests.every((path) => expectedRequests.includes(path)), `unexpected requests: ${requests.filter((p) => !expectedRequests.includes(p)).join(', ')}`);
  const traces = await tab.evaluate(async () => ({
    cookie: document.cookie,
    storage: localStorage.length + sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    globals: Object.getOwnPropertyNames(window).filter((name) => !window.__before.includes(name) && name !== '__before'),
  }));
  assert(traces.cookie === '' && traces.storage === 0 && traces.databases === 0, `storage used: ${JSON.stringify(traces)}`);
  const undocumented = traces.globals.filter((name) => !DOCUMENTED_GLOBALS.includes(name));
  assert(undocumented.length === 0, `new window properties: ${undocumented.join(', ')}`);
  await clean(tab, errors);
});

await browser.close();
await server.close();
for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.name}${r.ok ? '' : `\n    ${r.error}`}`);
const failed = results.filter((r) => !r.ok).length;
console.log(`embed: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
