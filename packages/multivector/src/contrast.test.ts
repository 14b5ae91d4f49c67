import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@multivector/radar';
import '@multivector/compass';
import '@multivector/chord';
import { articleChord, articleCompass, articleRadar } from '@multivector/data';
import { cleanup, contrastRatio, frames, mount, shadow } from '../../core/src/test/helpers.js';

type Chart = HTMLElement & { data: unknown; theme: string; whenReady(): Promise<string> };

/** Each chart's essential marks, and the paint that carries each (a pattern fill is left to its edge). */
const CHARTS = [
  ['mv-radar', articleRadar, [['[part~="point"]', 'fill'], ['.outline', 'stroke']]],
  ['mv-compass', articleCompass, [['[part~="point"]', 'fill'], ['[part~="trail"]', 'stroke'], ['[part~="needle"].shaft', 'stroke'], ['[part~="pole"]', 'fill']]],
  ['mv-chord', articleChord, [['[part~="arc"]', 'fill'], ['[part~="ribbon"]', 'stroke']]],
] as const;

describe('contrast of the three charts (WCAG 1.4.3, 1.4.11)', () => {
  afterEach(cleanup);

  for (const [tag, data, marks] of CHARTS) {
    for (const theme of ['light', 'dark']) {
      it(`<${tag}> in the ${theme} theme: marks and the keyboard focus ring at least 3:1, text at least 4.5:1 against the background`, async () => {
        const el = document.createElement(tag) as Chart;
        el.data = data;
        el.theme = theme;
        await mount(el);
        const root = shadow(el);
        const background = getComputedStyle(el).backgroundColor;
        const low: string[] = [];
        for (const [selector, paint] of marks) {
          const nodes = [...root.querySelectorAll(selector)];
          expect(nodes.length, selector).to.be.greaterThan(0);
          for (const node of nodes) {
            const colour = getComputedStyle(node)[paint];
            if (colour.startsWith('url(') || colour === 'none') continue;
            if (contrastRatio(colour, background) < 3) low.push(`${selector} ${paint} ${colour}`);
          }
        }
        for (const text of root.querySelectorAll('svg.chart text, [part~="title"], [part~="legend"] button')) {
          const colour = text instanceof SVGElement ? getComputedStyle(text).fill : getComputedStyle(text).color;
          if (contrastRatio(colour, background) < 4.5) low.push(`text “${text.textContent!.trim().slice(0, 20)}” ${colour}`);
        }
        expect(low, `on ${background}`).to.deep.equal([]);
        // The ring shows for keyboard focus: a key press first makes the focus "visible".
        await sendKeys({ press: 'Shift' });
        root.querySelector<SVGElement>('svg.chart [tabindex="0"]')!.focus();
        await frames(2);
        const ring = root.querySelector('.focus-ring');
        expect(ring !== null, 'a focus ring is drawn for keyboard focus').to.equal(true);
        expect(contrastRatio(getComputedStyle(ring!).stroke, background)).to.be.at.least(3);
      });
    }
  }
});
