/**
 * Test helpers shared by the charts' browser tests (not shipped: `src/test` is excluded from
 * the build).
 */
import 'axe-core/axe.min.js';

declare global {
  interface Window {
    axe: {
      run: (context: Element, options?: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }[] }>;
    };
  }
}

/** A small, fast, seedable PRNG (mulberry32): numbers in [0, 1), the same for the same seed. Every generated test input uses it. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mounts `element` in a container `width` px wide and waits until it has settled. */
export async function mount<T extends HTMLElement & { whenReady(): Promise<string> }>(element: T, width = 600): Promise<T> {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  container.appendChild(element);
  document.body.appendChild(container);
  await element.whenReady();
  return element;
}

/** Removes every mounted container. */
export function cleanup(): void {
  document.body.replaceChildren();
}

/** Waits for `count` animation frames (ResizeObserver and rAF work land in between). */
export async function frames(count = 2): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Collects the events of `type` fired on `target`. */
export function record<T = unknown>(target: EventTarget, type: string): CustomEvent<T>[] {
  const events: CustomEvent<T>[] = [];
  target.addEventListener(type, (event) => events.push(event as CustomEvent<T>));
  return events;
}

/** Runs axe-core on `element` (shadow DOM included) with the WCAG 2.2 AA and best-practice rules. */
export async function axeViolations(element: Element): Promise<string[]> {
  const result = await window.axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: { 'target-size': { enabled: true }, region: { enabled: false } },
  });
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
}

/** Every number in an SVG path string. */
export function pathNumbers(path: string): number[] {
  return (path.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? []).map(Number);
}

/** Asserts two numbers are within `delta`. */
export function assertInDelta(actual: number, expected: number, delta = 1e-6): void {
  if (!(Math.abs(actual - expected) <= delta)) throw new Error(`expected ${actual} to be within ${delta} of ${expected}`);
}

/** Asserts two path strings have the same commands and numbers within `delta`. */
export function assertPathEqual(actual: string, expected: string, delta = 1e-6): void {
  const commands = (p: string) => p.replace(/[^A-Za-z]/g, '');
  if (commands(actual) !== commands(expected)) throw new Error(`path commands differ:\n${actual}\n${expected}`);
  const a = pathNumbers(actual);
  const e = pathNumbers(expected);
  if (a.length !== e.length) throw new Error(`path lengths differ:\n${actual}\n${expected}`);
  a.forEach((n, i) => assertInDelta(n, e[i]!, delta));
}

/** The shadow root of `element`, asserted present. */
export function shadow(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error('no shadow root');
  return root;
}

/** Parses a computed colour (`rgb()`, `rgba()` or `color(srgb …)`) into its channels (0–255) and alpha (0–1). */
export function parseColor(color: string): [number, number, number, number] {
  const rgb = color.match(/rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?/);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
  const srgb = color.match(/color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)(?:\s*\/\s*([\d.]+))?/);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  throw new Error(`not a colour this helper reads: ${color}`);
}

/** Parses a computed opaque colour into its channels (0–255). */
export function parseRgb(color: string): [number, number, number] {
  const [r, g, b] = parseColor(color);
  return [r, g, b];
}

/**
 * WCAG 2 contrast ratio between a computed colour and the opaque background it is painted on;
 * a translucent foreground (a muted `color-mix` with transparent) is composited over it first.
 */
export function contrastRatio(foreground: string, background: string): number {
  const [br, bg, bb] = parseRgb(background);
  const [fr, fg, fb, alpha] = parseColor(foreground);
  const mixed = [fr * alpha + br * (1 - alpha), fg * alpha + bg * (1 - alpha), fb * alpha + bb * (1 - alpha)];
  const luminance = (channels: number[]) => {
    const [r, g, bl] = channels.map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(mixed), luminance([br, bg, bb])].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Mounts `element` and checks the documented error state for `code`: a visible `role="status"`
 * message (localised text, not a raw key, containing `message` when given), one `mv-error`
 * with the code, one coded `console.warn`, and no chart drawn.
 */
export async function expectErrorState(element: HTMLElement & { whenReady(): Promise<string> }, code: string, message?: string): Promise<void> {
  const errors = record<{ code: string; message: string }>(element, 'mv-error');
  const warnings: unknown[][] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    await mount(element);
  } finally {
    console.warn = warn;
  }
  const fail = (what: string) => {
    throw new Error(`${element.localName} (${code}): ${what}`);
  };
  if (element.getAttribute('data-state') !== 'error') fail(`data-state is ${element.getAttribute('data-state')}`);
  const box = shadow(element).querySelector('[part~="error"]');
  if (!box) return fail('no error part');
  if (box.getAttribute('role') !== 'status') fail('the error part is not role="status"');
  const text = box.textContent ?? '';
  if (!text.includes(code)) fail(`the message does not show the code: ${text}`);
  if (text.includes('error.')) fail(`the message is a raw key: ${text}`);
  if (message !== undefined && !text.includes(message)) fail(`the message lacks “${message}”: ${text}`);
  if (errors.length !== 1 || errors[0]!.detail.code !== code) fail(`mv-error fired ${JSON.stringify(errors.map((e) => e.detail))}`);
  if (errors[0]!.detail.message.length < 6) fail('mv-error has no message');
  if (warnings.filter((w) => String(w[0]).includes(code)).length !== 1) fail(`console.warn: ${JSON.stringify(warnings)}`);
  if (shadow(element).querySelector('svg.chart')) fail('a chart is drawn');
}

/**
 * Mounts `element` and checks the calm empty state: `data-state="empty"`, a `role="status"`
 * message, no `mv-error` (no data is not a mistake) and no chart drawn.
 */
export async function expectEmptyState(element: HTMLElement & { whenReady(): Promise<string> }): Promise<void> {
  const errors = record(element, 'mv-error');
  await mount(element);
  const fail = (what: string) => {
    throw new Error(`${element.localName} (empty): ${what}`);
  };
  if (element.getAttribute('data-state') !== 'empty') fail(`data-state is ${element.getAttribute('data-state')}`);
  const box = shadow(element).querySelector('[part~="empty"]');
  if (!box) return fail('no empty part');
  if (box.getAttribute('role') !== 'status') fail('the empty part is not role="status"');
  if (errors.length !== 0) fail(`mv-error fired ${JSON.stringify(errors.map((e) => e.detail))}`);
  if (shadow(element).querySelector('svg.chart')) fail('a chart is drawn');
}

/**
 * Creates `<tag>` holding `data` as inline JSON in a child `<script type="application/json">`
 * (the HTML-only embed); returns the element and its script, to change the JSON later.
 */
export function withInlineJson<K extends keyof HTMLElementTagNameMap>(tag: K, data: unknown): { element: HTMLElementTagNameMap[K]; script: HTMLScriptElement } {
  const element = document.createElement(tag);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(data);
  element.appendChild(script);
  return { element, script };
}
