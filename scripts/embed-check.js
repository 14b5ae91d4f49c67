// Embedding checks in headless Chromium, against the built CDN bundle (run `npm run build`
// first). Each case is a page a host site could serve:
//   - HTML only: the CDN script and a tag with inline JSON, or with src; no page script.
//   - a strict CSP with Trusted Types: renders, no violation, no inline style attribute.
//   - two copies of the library on one page, with and without 'allow-duplicates'.
//   - no JavaScript: the fallback content stays visible.
//   - forced colours (Windows high contrast): marks take system colours, series stay distinct.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.js';
import { serve } from './static-server.js';

const root = join(tmpdir(), 'multivector-embed-check');
rmSync(root, { recursive: true, force: true });
mkdirSync(root, { recursive: true });
cpSync('packages/multivector/cdn/multivector.js', join(root, 'multivector.js'));
cpSync('packages/multivector/cdn/multivector.js', join(root, 'multivector-copy.js')); // a second copy, as from another embed
cpSync('packages/data/json/radar.json', join(root, 'radar.json'));
const radarJson = readFileSync('packages/data/json/radar.json', 'utf8');
// Inside <script type="application/json">, "</" must not appear raw: JSON allows "<\/".
const inline = radarJson.replace(/<\//g, '<\\/');

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
writeFileSync(
  join(root, 'html-only.html'),
  page(`<script type="module" src="multivector.js"></script>
<mv-radar id="inline"><script type="application/json">${inline}</script><p>Fallback: a radar of Kazakhstan's partners.</p></mv-radar>
<mv-radar id="fetched" src="radar.json"></mv-radar>`),
);
writeFileSync(
  join(root, 'strict.html'),
  page(`${watchViolations}<script type="module" nonce="${NONCE}" src="multivector.js"></script>
<mv-radar id="inline"><script type="application/json">${inline}</script></mv-radar>
<mv-radar id="fetched" src="radar.json"></mv-radar>`),
);
writeFileSync(
  join(root, 'two-copies.html'),
  page(`${watchViolations}<script type="module" nonce="${NONCE}" src="multivector.js"></script>
<script type="module" nonce="${NONCE}" src="multivector-copy.js"></script>
<mv-radar id="inline"><script type="application/json">${inline}</script></mv-radar>
<mv-radar id="fetched" src="radar.json"></mv-radar>`),
);
writeFileSync(
  join(root, 'no-js.html'),
  page(`<mv-radar><script type="application/json">${inline}</script><img id="fallback" alt="Radar of Kazakhstan's partners" width="200" height="100" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></mv-radar>`),
);

const headersFor = new Map([
  ['/strict.html', { 'content-security-policy': strictCsp('lit-html') }],
  ['/two-copies.html', { 'content-security-policy': strictCsp("lit-html 'allow-duplicates'") }],
  ['/two-copies-strict.html', { 'content-security-policy': strictCsp('lit-html') }],
]);
writeFileSync(join(root, 'two-copies-strict.html'), readFileSync(join(root, 'two-copies.html'), 'utf8'));

const server = await serve(root, { headersFor: (path) => headersFor.get(path) ?? {} });
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
const results = [];

async function check(name, run) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const errors = [];
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  tab.on('pageerror', (e) => errors.push(e.message));
  try {
    await run(tab, errors);
    results.push({ name, ok: true });
  } catch (error) {
    results.push({ name, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
  await context.close();
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function states(tab) {
  await tab.waitForFunction(() => customElements.get('mv-radar'));
  return tab.evaluate(() => Promise.all([...document.querySelectorAll('mv-radar')].map((el) => el.whenReady())));
}

await check('HTML only: inline JSON and src render, nothing else needed', async (tab, errors) => {
  await tab.goto(`${server.url}/html-only.html`);
  assert((await states(tab)).join() === 'ready,ready', 'both charts ready');
  const areas = await tab.evaluate(() => [...document.querySelectorAll('mv-radar')].map((el) => el.shadowRoot.querySelectorAll('[part~="area"]').length));
  assert(areas.join() === '3,3', `three series each, got ${areas}`);
  assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
});

await check('strict CSP with Trusted Types: renders, no violation, no style attribute', async (tab, errors) => {
  await tab.goto(`${server.url}/strict.html`);
  assert((await states(tab)).join() === 'ready,ready', 'both charts ready');
  const report = await tab.evaluate(() => {
    const styled = [...document.querySelectorAll('mv-radar')].flatMap((el) => [...el.shadowRoot.querySelectorAll('[style]')].filter((n) => !n.classList.contains('tooltip')).map((n) => n.tagName));
    return { violations: window.violations, styled };
  });
  assert(report.violations.length === 0, `violations: ${report.violations.join(', ')}`);
  assert(report.styled.length === 0, `inline style attributes on: ${report.styled.join(', ')}`);
  // Open the tooltip (positioned with CSSOM, which a CSP allows) and check again.
  await tab.focus('mv-radar#inline');
  await tab.keyboard.press('Tab');
  await tab.evaluate(() => document.querySelector('mv-radar').shadowRoot.querySelector('[part~="point"][tabindex="0"]').focus());
  const after = await tab.evaluate(() => ({ violations: window.violations, tooltip: !!document.querySelector('mv-radar').shadowRoot.querySelector('[part~="tooltip"]') }));
  assert(after.tooltip, 'tooltip opened');
  assert(after.violations.length === 0, `violations after tooltip: ${after.violations.join(', ')}`);
  assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
});

await check("two copies with 'allow-duplicates': no error, both charts render", async (tab, errors) => {
  await tab.goto(`${server.url}/two-copies.html`);
  assert((await states(tab)).join() === 'ready,ready', 'both charts ready');
  assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
});

await check("two copies without 'allow-duplicates': the second copy's Lit policy is refused, the first copy still draws both charts", async (tab, errors) => {
  await tab.goto(`${server.url}/two-copies-strict.html`);
  assert((await states(tab)).join() === 'ready,ready', 'both charts ready');
  assert(errors.every((e) => /lit-html|Trusted Type|policy/i.test(e)), `only the documented policy error, got: ${errors.join(' | ')}`);
});

await check('no JavaScript: the fallback content stays visible', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const tab = await context.newPage();
  await tab.goto(`${server.url}/no-js.html`);
  const box = await tab.locator('#fallback').boundingBox();
  await context.close();
  assert(box !== null && Math.round(box.width) === 200, `fallback image shown, box ${JSON.stringify(box)}`);
});

await check('forced colours: marks take system colours, series keep distinct dashes and markers', async (tab) => {
  await tab.emulateMedia({ forcedColors: 'active' });
  await tab.goto(`${server.url}/html-only.html`);
  await states(tab);
  const report = await tab.evaluate(() => {
    const root = document.querySelector('mv-radar').shadowRoot;
    const outlines = [...root.querySelectorAll('.outline')];
    const text = getComputedStyle(root.querySelector('[part~="title"]')).color;
    return {
      strokes: outlines.map((o) => getComputedStyle(o).stroke),
      dashes: outlines.map((o) => o.getAttribute('stroke-dasharray') ?? ''),
      markers: [...new Set([...root.querySelectorAll('[part~="point"]')].map((p) => p.getAttribute('d')))].length,
      text,
    };
  });
  assert(new Set(report.strokes).size === 1, `one system colour for all series, got ${report.strokes}`);
  assert(new Set(report.dashes).size === report.dashes.length, `distinct dashes: ${report.dashes}`);
  assert(report.markers >= 3, `distinct markers: ${report.markers}`);
});

await browser.close();
await server.close();
for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.name}${r.ok ? '' : `\n    ${r.error}`}`);
const failed = results.filter((r) => !r.ok).length;
console.log(`embed: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
