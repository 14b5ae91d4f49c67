import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '@multivector/radar';
import '@multivector/compass';
import '@multivector/chord';
import { articleChord, articleCompass, articleRadar } from '@multivector/data';
import { cleanup, frames, mount, shadow } from '../../core/src/test/helpers.js';

type Chart = HTMLElement & { data: unknown; whenReady(): Promise<string> };

/** Area, in px², that two rendered boxes share. */
function overlap(a: DOMRect, b: DOMRect): number {
  return Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
}

/**
 * Focuses `mark` as a keyboard user would reach it, and returns the open tooltip's box with
 * the plot's, both measured after focusing (focus may scroll the page).
 */
async function focusAndMeasure(el: Chart, mark: SVGElement): Promise<{ box: DOMRect; plot: DOMRect }> {
  mark.focus();
  await frames(2);
  const tooltip = shadow(el).querySelector('[part~="tooltip"]');
  expect(tooltip !== null, 'a tooltip opens on focus').to.equal(true);
  return { box: tooltip!.getBoundingClientRect(), plot: shadow(el).querySelector('.plot')!.getBoundingClientRect() };
}

/**
 * The tooltip stays inside the plot. One taller than the plot (long quotes on a phone) starts
 * at the plot's top and runs below it, never above it or off the sides.
 */
function expectInside(tooltip: DOMRect, plot: DOMRect, what: string): void {
  expect(tooltip.left, `${what}: left edge`).to.be.at.least(plot.left - 1);
  expect(tooltip.right, `${what}: right edge`).to.be.at.most(plot.right + 1);
  expect(tooltip.top, `${what}: top edge`).to.be.at.least(plot.top - 1);
  if (tooltip.height <= plot.height) expect(tooltip.bottom, `${what}: bottom edge`).to.be.at.most(plot.bottom + 1);
  else expect(tooltip.top, `${what}: a tooltip taller than the plot starts at its top`).to.be.closeTo(plot.top, 1);
}

describe('tooltips of the three charts', () => {
  afterEach(cleanup);

  for (const width of [320, 800]) {
    it(`<mv-radar> at ${width} px: inside the plot, and at 800 px beside the axis label it compares, never on it`, async () => {
      const el = document.createElement('mv-radar') as Chart;
      el.data = articleRadar;
      await mount(el, width);
      const root = shadow(el);
      const labels = [...root.querySelectorAll('[part~="label"]')];
      const points = [...root.querySelectorAll<SVGElement>('[part~="point"][data-series="0"]')];
      expect(points.length).to.equal(articleRadar.axes.filter((axis) => articleRadar.series[0]!.values[axis.id] != null).length);
      for (const point of points) {
        const axis = Number(point.getAttribute('data-axis'));
        const { box, plot } = await focusAndMeasure(el, point);
        expectInside(box, plot, `axis ${axis}`);
        if (width === 800) {
          expect(labels.length, 'every label shown at 800 px').to.equal(articleRadar.axes.length);
          expect(overlap(box, labels[axis]!.getBoundingClientRect()), `tooltip of axis ${axis} on its label`).to.be.below(1);
        }
      }
    });

    it(`<mv-compass> at ${width} px: inside the plot, and at 800 px beside the position it describes, never on it`, async () => {
      const el = document.createElement('mv-compass') as Chart;
      el.data = articleCompass;
      await mount(el, width);
      const root = shadow(el);
      const points = [...root.querySelectorAll<SVGElement>('[part~="point"]')];
      expect(points.length).to.equal(articleCompass.positions.length);
      for (const [index, point] of points.entries()) {
        const { box, plot } = await focusAndMeasure(el, point);
        expectInside(box, plot, `position ${index}`);
        if (width === 800) expect(overlap(box, point.getBoundingClientRect()), `tooltip of position ${index} on its point`).to.be.below(1);
      }
    });

    it(`<mv-chord> at ${width} px: every actor's tooltip inside the plot`, async () => {
      const el = document.createElement('mv-chord') as Chart;
      el.data = articleChord;
      await mount(el, width);
      const root = shadow(el);
      const arcs = [...root.querySelectorAll<SVGElement>('[part~="arc"]')];
      expect(arcs.length).to.equal(articleChord.actors.length);
      for (const arc of arcs) {
        const { box, plot } = await focusAndMeasure(el, arc);
        expectInside(box, plot, `actor ${arc.getAttribute('data-actor')}`);
      }
    });
  }
});

/** Centre of `element`'s box, in viewport pixels, for `sendMouse`. */
function centre(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

/** Moves the real mouse from `from` to `to` in small steps, as a hand would. */
async function glide(from: [number, number], to: [number, number], steps = 6): Promise<void> {
  for (let i = 1; i <= steps; i++) {
    await sendMouse({ type: 'move', position: [Math.round(from[0] + ((to[0] - from[0]) * i) / steps), Math.round(from[1] + ((to[1] - from[1]) * i) / steps)] });
  }
}

describe('tooltips under a real mouse and keyboard', () => {
  afterEach(async () => {
    await resetMouse();
    cleanup();
  });

  /** The mark to hover in each chart: a point of the radar and the compass, an arc of the chord. */
  const CASES = [
    ['mv-radar', articleRadar, '[part~="point"][data-series="0"][data-axis="1"]'],
    ['mv-compass', articleCompass, '[part~="point"]'],
    ['mv-chord', articleChord, '[part~="arc"]'],
  ] as const;

  for (const [tag, data, selector] of CASES) {
    it(`<${tag}>: the pointer can move from a mark onto its tooltip (to read or select its text), and leaving both closes it`, async () => {
      const el = document.createElement(tag) as Chart;
      el.data = data;
      await mount(el, 800);
      const mark = shadow(el).querySelector(selector)!;
      mark.scrollIntoView({ block: 'center' });
      const start = centre(mark);
      await sendMouse({ type: 'move', position: start });
      await frames(2);
      const tooltip = shadow(el).querySelector('[part~="tooltip"]');
      expect(tooltip !== null, 'hover opens the tooltip').to.equal(true);
      await glide(start, centre(tooltip!));
      await frames(2);
      expect(shadow(el).querySelector('[part~="tooltip"]') !== null, 'still open with the pointer on it').to.equal(true);
      const host = el.getBoundingClientRect();
      await glide(centre(tooltip!), [Math.round(host.right + 40), Math.round(host.top + 5)]);
      await sendMouse({ type: 'move', position: [2, 2] });
      await frames(2);
      expect(shadow(el).querySelector('[part~="tooltip"]') === null, 'closed once the pointer has left mark and tooltip').to.equal(true);
    });

    it(`<${tag}>: Escape closes the tooltip of the focused mark and leaves focus on that mark`, async () => {
      const el = document.createElement(tag) as Chart;
      el.data = data;
      await mount(el, 800);
      const mark = shadow(el).querySelector<SVGElement>(selector)!;
      mark.focus();
      await frames(2);
      expect(shadow(el).querySelector('[part~="tooltip"]') !== null, 'focus opens the tooltip').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await frames(2);
      expect(shadow(el).querySelector('[part~="tooltip"]') === null, 'Escape closes it').to.equal(true);
      expect(shadow(el).activeElement === mark, 'focus stays on the mark').to.equal(true);
    });
  }
});
