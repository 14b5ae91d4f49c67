// Loads every built story in headless Chromium and fails on any console error, page error or
// axe violation inside a chart. Run after `npm run build-storybook`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.js';
import { serve } from './static-server.js';

const STATIC = 'storybook-static';
// Stories that show a failed fetch on purpose: the browser logs the 404 as an error.
const EXPECTED_ERRORS = [/Failed to load resource.*404/];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const index = JSON.parse(readFileSync(`${STATIC}/index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const server = await serve(STATIC);
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
const failures = [];
let passed = 0;

for (const story of stories) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !EXPECTED_ERRORS.some((re) => re.test(message.text()))) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  try {
    await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('#storybook-root')?.children.length || document.querySelector('.sb-show-errordisplay'), null, { timeout: 15000 });
    const settled = await page.evaluate(async () => {
      const charts = [...document.querySelectorAll('mv-radar, mv-compass, mv-chord')];
      await Promise.all([...new Set(charts.map((chart) => chart.localName))].map((tag) => customElements.whenDefined(tag)));
      const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 8000));
      return Promise.all(charts.map((chart) => Promise.race([chart.whenReady(), timeout])));
    });
    if (settled.length === 0) problems.push('no chart on the page');
    if (settled.includes('timeout')) problems.push(`a chart did not settle: ${settled.join(', ')}`);
    if (await page.locator('.sb-show-errordisplay').count()) problems.push('Storybook shows an error');
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const found = [];
      for (const chart of document.querySelectorAll('mv-radar, mv-compass, mv-chord')) {
        const result = await window.axe.run(chart, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
          rules: { region: { enabled: false } },
        });
        for (const v of result.violations) found.push(`${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
      }
      return found;
    });
    problems.push(...violations.map((v) => `axe: ${v}`));
  } catch (error) {
    problems.push(String(error));
  }
  await page.close();
  if (problems.length) failures.push({ id: story.id, problems });
  else passed++;
}

await browser.close();
await server.close();
for (const failure of failures) console.error(`✗ ${failure.id}\n  ${failure.problems.join('\n  ')}`);
console.log(`stories: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
