import { expect } from '@open-wc/testing';
import '@multivector/radar';
import '@multivector/compass';
import '@multivector/chord';
import { articleChord, articleCompass, articleRadar } from '@multivector/data';
import { cleanup, mount, shadow } from '../../core/src/test/helpers.js';

type Chart = HTMLElement & {
  data: unknown;
  showTable: boolean;
  whenReady(): Promise<string>;
};

const CHARTS = [
  ['mv-radar', articleRadar],
  ['mv-compass', articleCompass],
  ['mv-chord', articleChord],
] as const;

/** Every element of `root` that shows text of its own, with its computed font size. */
function textSizes(root: ShadowRoot): { text: string; size: number }[] {
  return [...root.querySelectorAll('*')]
    .filter((node) => [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim() !== ''))
    .filter((node) => !node.closest('.visually-hidden'))
    .map((node) => ({
      text: node.textContent!.trim().slice(0, 40),
      size: Number.parseFloat(getComputedStyle(node).fontSize),
    }));
}

describe('legibility of the three charts', () => {
  afterEach(cleanup);

  for (const [tag, data] of CHARTS) {
    for (const hostSize of ['14px', '10px']) {
      it(`<${tag}> at 320 px with --mv-font-size ${hostSize}: no visible text under 12 px, table and footer included`, async () => {
        const el = document.createElement(tag) as Chart;
        el.data = data;
        el.showTable = true;
        el.style.setProperty('--mv-font-size', hostSize);
        await mount(el, 320);
        const sizes = textSizes(shadow(el));
        expect(sizes.length, 'texts found').to.be.greaterThan(20);
        expect(sizes.filter(({ size }) => size < 12).map(({ text, size }) => `${size}px “${text}”`)).to.deep.equal([]);
      });
    }
  }
});

type Point = { x: number; y: number };

/**
 * The four corners of a text's own box on screen: its local bounding box through its screen
 * transform. For rotated text (the chord's labels) this is the real outline, where
 * getBoundingClientRect gives an upright box around it that overlaps its neighbours' though
 * the letters do not.
 */
function corners(text: SVGTextElement): Point[] {
  const box = text.getBBox();
  const matrix = text.getScreenCTM()!;
  return [
    [box.x, box.y],
    [box.x + box.width, box.y],
    [box.x + box.width, box.y + box.height],
    [box.x, box.y + box.height],
  ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(matrix));
}

/** How deep two convex outlines overlap (0 when an axis separates them): the separating axis test. */
function overlapDepth(a: Point[], b: Point[]): number {
  let depth = Infinity;
  for (const shape of [a, b]) {
    for (let i = 0; i < shape.length; i++) {
      const p = shape[i]!;
      const q = shape[(i + 1) % shape.length]!;
      const length = Math.hypot(q.x - p.x, q.y - p.y);
      if (length === 0) continue;
      const axis = { x: -(q.y - p.y) / length, y: (q.x - p.x) / length };
      const project = (points: Point[]) => points.map((point) => point.x * axis.x + point.y * axis.y);
      const [pa, pb] = [project(a), project(b)];
      depth = Math.min(depth, Math.min(Math.max(...pa), Math.max(...pb)) - Math.max(Math.min(...pa), Math.min(...pb)));
      if (depth <= 0) return 0;
    }
  }
  return depth;
}

describe("labels apart and inside, with the reader's text spacing or without (WCAG 1.4.12)", () => {
  afterEach(cleanup);

  for (const [tag, data] of CHARTS) {
    for (const [spacing, css] of [
      ['normal spacing', ''],
      // What a reader's text-spacing stylesheet sets; all three are inherited into the shadow tree.
      ['wider letter, word and line spacing', 'letter-spacing: 0.12em; word-spacing: 0.16em; line-height: 1.5'],
    ]) {
      for (const width of [320, 800]) {
        it(`<${tag}> at ${width} px with ${spacing} keeps its labels inside and apart`, async () => {
          const el = document.createElement(tag) as Chart;
          el.data = data;
          el.style.cssText = css;
          await mount(el, width);
          const host = el.getBoundingClientRect();
          const chart = shadow(el).querySelector('svg.chart')!.getBoundingClientRect();
          const labels = [...shadow(el).querySelectorAll<SVGTextElement>('svg.chart text')]
            .map((t) => ({
              text: t.textContent!.trim(),
              box: t.getBoundingClientRect(),
              outline: corners(t),
            }))
            .filter(({ box }) => box.width > 0);
          expect(labels.length).to.be.greaterThan(3);
          // Inside the host's width, and inside the drawing's height (wider text must not spill over the legend or the note).
          const outside = labels
            .filter(({ box }) => box.left < host.left - 0.5 || box.right > host.right + 0.5 || box.top < chart.top - 0.5 || box.bottom > chart.bottom + 0.5)
            .map(({ text }) => text);
          expect(outside, 'labels outside the chart').to.deep.equal([]);
          const clashes: string[] = [];
          labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => overlapDepth(a.outline, b.outline) > 0.5 && clashes.push(`“${a.text}” × “${b.text}”`)));
          expect(clashes, 'labels on top of each other').to.deep.equal([]);
        });
      }
    }
  }
});
