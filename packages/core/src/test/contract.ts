/**
 * Checks of the contract every chart element keeps, whatever it draws: events only on the
 * reader's action, a keyboard path in and out, data that stays data, the hidden table, labels
 * that fit, the plot's accessible name. Each takes the element and the chart's own selectors or
 * data; the chart's test file keeps its own `it` (its name says what fails) and the assertions
 * only that chart has.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axeViolations, frames, mount, record, shadow } from './helpers.js';
import { markupFromData } from './payloads.js';

/** What these checks use of a chart element (every `<mv-*>` chart has it). */
export interface ChartElement extends HTMLElement {
  data: unknown;
  src: string | null;
  theme: 'auto' | 'light' | 'dark';
  showTable: boolean;
  readonly updateComplete: Promise<boolean>;
  whenReady(): Promise<string>;
}

type ChartTag = { [K in keyof HTMLElementTagNameMap]: HTMLElementTagNameMap[K] extends ChartElement ? K : never }[keyof HTMLElementTagNameMap];

/** The first node in `el`'s shadow root matching `selector`. */
export const q = <T extends Element = Element>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
/** Every node in `el`'s shadow root matching `selector`. */
export const qa = <T extends Element = Element>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];

// ---- Events

/**
 * Runs `change` (code setting properties) and asserts that neither `mv-highlight` nor
 * `mv-select` fired: events report the reader's actions, never the host's.
 */
export async function expectNoEventsFrom(el: ChartElement, change: () => void | Promise<void>): Promise<void> {
  const highlight = record(el, 'mv-highlight');
  const select = record(el, 'mv-select');
  await change();
  await el.updateComplete;
  expect(highlight.length + select.length, `events fired by code: ${[...highlight, ...select].map((e) => e.type).join(', ')}`).to.equal(0);
}

/** Mounts `el`, then resizes it: `mv-ready` fires once, as a resize is not a new dataset. */
export async function expectReadyOncePerDataset(el: ChartElement): Promise<void> {
  const ready = record(el, 'mv-ready');
  await mount(el);
  el.style.width = '400px';
  await frames(3);
  expect(ready).to.have.length(1);
}

// ---- Keyboard

/** A keyboard walk through a chart: the button after it on the page, the highlights fired, the focused mark. */
export interface KeyboardWalk {
  after: HTMLButtonElement;
  highlights: CustomEvent<{ id: string | null }>[];
  active: () => Element | null;
}

/**
 * Mounts `el` between a page button before and one after it, asserts the plot is one tab stop
 * (`tabStop` matches exactly one mark), starts recording `mv-highlight` and focuses the button
 * before: the reader's next Tab enters the chart.
 */
export async function startKeyboardWalk(el: ChartElement, tabStop: string): Promise<KeyboardWalk> {
  const button = (name: string) => {
    const node = document.createElement('button');
    node.textContent = name;
    document.body.appendChild(node);
    return node;
  };
  const before = button('before');
  await mount(el);
  const after = button('after');
  expect(qa(el, tabStop), `tab stops (${tabStop})`).to.have.length(1);
  const highlights = record<{ id: string | null }>(el, 'mv-highlight');
  before.focus();
  return { after, highlights, active: () => shadow(el).activeElement };
}

/** Presses Escape in the chart: the highlight clears and the tooltip closes. */
export async function pressEscapeToClear(el: ChartElement): Promise<void> {
  await sendKeys({ press: 'Escape' });
  await el.updateComplete;
  expect(q(el, '[part~="tooltip"]') === null, 'the tooltip closed').to.equal(true);
}

/** Presses Tab `count` times: focus then rests on the page's `after` button, out of the chart. */
export async function expectTabLeavesTo(after: Element, count: number): Promise<void> {
  for (let i = 0; i < count; i++) await sendKeys({ press: 'Tab' });
  expect(document.activeElement === after, 'focus left the chart').to.equal(true);
}

/** Presses `keys` while focus is in a page input outside `el`: the chart highlights nothing. */
export async function expectKeysOutsideIgnored(el: ChartElement, keys: string[]): Promise<void> {
  const events = record(el, 'mv-highlight');
  const input = document.createElement('input');
  document.body.appendChild(input);
  input.focus();
  for (const key of keys) await sendKeys({ press: key });
  expect(events).to.have.length(0);
}

// ---- Untrusted data

/** Markup that runs script if anything ever parses it as HTML. */
export const EVIL_MARKUP = '<img src=x onerror="window.pwned=true">';

/**
 * Asserts `EVIL_MARKUP`, given as the title (and wherever else the chart's test put it), stayed
 * text: the title shows it verbatim, the shadow root holds no `<img>` and no `on*` attribute,
 * and nothing ran.
 */
export function expectMarkupShownAsText(el: Element): void {
  expect(q(el, '[part~="title"]')!.textContent).to.equal(EVIL_MARKUP);
  expect(markupFromData(shadow(el)), 'elements or attributes parsed from the data').to.deep.equal([]);
  expect((window as unknown as { pwned?: boolean }).pwned).to.equal(undefined);
}

/** Items whose ids are named like `Object.prototype` members: `__proto__`, `constructor`, `toString`. */
export function prototypeNamedItems(): { id: string; label: string }[] {
  return [
    { id: '__proto__', label: 'P' },
    { id: 'constructor', label: 'C' },
    { id: 'toString', label: 'T' },
  ];
}

/**
 * A record whose own keys are named like `Object.prototype` members (`__proto__`, `constructor`,
 * `toString`, valued 1, 2, 3), as `JSON.parse` makes them from a fetched dataset.
 */
export function prototypeNamedKeys(): Record<string, number> {
  return JSON.parse('{"__proto__": 1, "constructor": 2, "toString": 3}') as Record<string, number>;
}

/** The own members of `Object.prototype` and `Array.prototype`, as text to compare before and after. */
export function prototypeMembers(): string {
  return JSON.stringify([Object.getOwnPropertyNames(Object.prototype), Object.getOwnPropertyNames(Array.prototype)]);
}

/** Mounts `el` and asserts that doing so added nothing to `Object.prototype` or `Array.prototype`. */
export async function mountWithoutPollution<T extends ChartElement>(el: T): Promise<T> {
  const before = prototypeMembers();
  await mount(el);
  expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  expect(prototypeMembers(), 'prototype members').to.equal(before);
  return el;
}

// ---- Data sources

/** Creates `<tag>` reading `url` through `src`, mounts it and asserts it loaded. */
export async function mountFromSrc<K extends ChartTag>(tag: K, url: string): Promise<HTMLElementTagNameMap[K]> {
  const el = document.createElement(tag);
  el.src = url;
  await mount(el);
  expect(el.getAttribute('data-state')).to.equal('ready');
  return el;
}

/** Mounts `<tag src="javascript:…">`: the error state, with one `mv-error` coded `invalid-url`. */
export async function expectJavascriptSrcRefused(tag: ChartTag): Promise<void> {
  const el = document.createElement(tag);
  el.setAttribute('src', 'javascript:alert(1)');
  const errors = record<{ code: string }>(el, 'mv-error');
  await mount(el);
  expect(el.getAttribute('data-state')).to.equal('error');
  expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-url']);
}

/** Mounts `<tag>` whose `src` names a missing file: `mv-error` says `fetch-failed` and names the URL. */
export async function expectMissingSrcFails(tag: ChartTag): Promise<void> {
  const el = document.createElement(tag);
  const errors = record<{ code: string; url: string }>(el, 'mv-error');
  el.src = './no-such-file.json';
  await mount(el);
  expect(errors[0]!.detail.code).to.equal('fetch-failed');
  expect(errors[0]!.detail.url).to.contain('no-such-file.json');
}

/**
 * Sets `data` on a `<name>` before `name` is defined, then defines it as a subclass of the
 * chart's class (`load` imports it): the element upgrades and draws the early data.
 */
export async function upgradeWithEarlyData(name: string, data: unknown, load: () => Promise<CustomElementConstructor>): Promise<ChartElement> {
  const el = document.createElement(name) as HTMLElement & { data?: unknown };
  el.data = data;
  document.body.appendChild(el);
  const Chart = await load();
  customElements.define(name, class extends Chart {});
  const upgraded = el as ChartElement;
  expect(await upgraded.whenReady()).to.equal('ready');
  return upgraded;
}

// ---- Table, accessibility, hidden

/**
 * On mounted `el`: the data table takes no room and its toggle says "collapsed"; a click on the
 * toggle shows it, says "expanded" and reflects `show-table`. Returns the table's wrapper.
 */
export async function expectTableShownByToggle(el: ChartElement): Promise<HTMLElement> {
  const wrap = q<HTMLElement>(el, '.table-wrap')!;
  const toggle = q<HTMLButtonElement>(el, '.table-toggle')!;
  expect(wrap.getBoundingClientRect().width).to.be.at.most(1);
  expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  toggle.click();
  await el.updateComplete;
  expect(wrap.getBoundingClientRect().width).to.be.greaterThan(100);
  expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  expect(el.hasAttribute('show-table')).to.equal(true);
  return wrap;
}

/**
 * Mounts `el` (`width` px) in `theme` and runs axe; then `openTooltip` (the chart's way to focus
 * a mark), shows the table, asserts the tooltip is open and runs axe again.
 */
export async function expectAccessibleInTheme(
  el: ChartElement,
  theme: 'light' | 'dark',
  openTooltip: () => void | Promise<void>,
  width?: number,
): Promise<void> {
  el.theme = theme;
  await mount(el, width);
  expect(await axeViolations(el), 'at rest').to.deep.equal([]);
  await openTooltip();
  el.showTable = true;
  await el.updateComplete;
  expect(q(el, '[part~="tooltip"]') !== null, 'the tooltip is open').to.equal(true);
  expect(await axeViolations(el), 'with the tooltip and the table').to.deep.equal([]);
}

/** Mounts each element in turn (error, empty… states) and asserts axe finds nothing in it. */
export async function expectEachAccessible(...elements: ChartElement[]): Promise<void> {
  for (const el of elements) {
    await mount(el);
    expect(await axeViolations(el), `in the ${el.getAttribute('data-state')} state`).to.deep.equal([]);
  }
}

/**
 * On mounted `el`: the plot is a `role="group"` (never `img`, which would hide its focusable
 * marks) named `name`, described by a text that explains the arrow keys. Returns that text.
 */
export function expectPlotNamed(el: Element, name: string): string {
  const plot = q(el, 'svg.chart')!;
  expect(plot.getAttribute('role')).to.equal('group');
  expect(plot.getAttribute('aria-label')).to.equal(name);
  const help = q(el, `#${plot.getAttribute('aria-describedby')}`)!.textContent!;
  expect(help).to.contain('arrow keys');
  return help;
}

/** Mounts `el` and sets the author's `hidden`: the element takes no room. */
export async function expectHiddenRespected(el: ChartElement): Promise<void> {
  await mount(el);
  el.hidden = true;
  expect(el.getBoundingClientRect().height).to.equal(0);
}

// ---- Sizing

/** Sets the width of mounted `el`'s container, waits for the redraw and returns the plot's box, asserted `width` wide. */
export async function resizeTo(el: ChartElement, width: number): Promise<DOMRect> {
  el.parentElement!.style.width = `${width}px`;
  await frames(3);
  await el.updateComplete;
  const box = q(el, 'svg.chart')!.getBoundingClientRect();
  expect(box.width).to.be.closeTo(width, 1);
  return box;
}

/** Asserts every label lies inside `box` (0.5 px for rounding) in text at least 12 px; `where` names the case. */
export function expectLabelsInside(labels: Element[], box: DOMRect, where: string): void {
  for (const label of labels) {
    const r = label.getBoundingClientRect();
    const name = `"${label.textContent}" at ${where}`;
    expect(r.left, `${name}: left`).to.be.at.least(box.left - 0.5);
    expect(r.right, `${name}: right`).to.be.at.most(box.right + 0.5);
    expect(r.top, `${name}: top`).to.be.at.least(box.top - 0.5);
    expect(r.bottom, `${name}: bottom`).to.be.at.most(box.bottom + 0.5);
    expect(parseFloat(getComputedStyle(label).fontSize), `${name}: font size`).to.be.at.least(12);
  }
}

/** Asserts no two labels overlap by more than `slack` px; `where` names the case. */
export function expectLabelsApart(labels: Element[], where: string, slack = 0): void {
  const rects = labels.map((label) => label.getBoundingClientRect());
  rects.forEach((a, i) =>
    rects.slice(i + 1).forEach((b, k) => {
      const j = i + k + 1;
      const overlap = a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;
      expect(overlap, `labels "${labels[i]!.textContent}" and "${labels[j]!.textContent}" overlap at ${where}`).to.equal(false);
    }),
  );
}

/**
 * Applies the element's own `@media (forced-colors: active)` rules as if the media matched.
 * wtr's Chromium launcher cannot emulate forced colours (its emulateMedia passes only colour
 * scheme and reduced motion), so a test that only asked for them would pass without them;
 * `scripts/embed-check.js` checks the real emulation in Playwright. Returns how many rules
 * were applied, so that a test can assert there were some.
 */
export function applyForcedColorRules(el: Element): number {
  const root = shadow(el);
  const rules: string[] = [];
  for (const sheet of root.adoptedStyleSheets) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors')) {
        for (const inner of rule.cssRules) rules.push(inner.cssText);
      }
    }
  }
  const forced = new CSSStyleSheet();
  forced.replaceSync(rules.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, forced];
  return rules.length;
}
