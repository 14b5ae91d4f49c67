import { expect } from '@open-wc/testing';
import '@multivector/radar';
import '@multivector/compass';
import '@multivector/chord';
import { articleChord, articleCompass, articleRadar } from '@multivector/data';
import { axeViolations, cleanup, frames, mount, shadow } from '../../core/src/test/helpers.js';

type Chart = HTMLElement & { data: unknown; showTable: boolean; theme: string; whenReady(): Promise<string> };

/** The article's dataset, then an update of it as a newsroom would publish one (fewer items, a new title). */
const CHARTS = [
  ['mv-radar', articleRadar, { ...articleRadar, title: 'Updated', series: articleRadar.series.slice(1) }],
  ['mv-compass', articleCompass, { ...articleCompass, title: 'Updated', positions: articleCompass.positions.slice(0, 3), current: articleCompass.positions[2]!.id }],
  ['mv-chord', articleChord, { ...articleChord, title: 'Updated', ties: articleChord.ties.slice(0, 12) }],
] as const;

describe('axe on a phone and after an update (quality.md A1)', () => {
  afterEach(cleanup);

  for (const [tag, data, update] of CHARTS) {
    for (const theme of ['light', 'dark']) {
      it(`<${tag}> at 320 px in the ${theme} theme, table shown and tooltip open, then after a data update: no violation`, async () => {
        const el = document.createElement(tag) as Chart;
        el.data = data;
        el.theme = theme;
        el.showTable = true;
        await mount(el, 320);
        shadow(el).querySelector<SVGElement>('svg.chart [tabindex="0"]')!.focus();
        await frames(2);
        expect(shadow(el).querySelector('[part~="tooltip"]') !== null, 'the tooltip is open').to.equal(true);
        expect(await axeViolations(el), 'first render').to.deep.equal([]);
        el.data = update;
        expect(await el.whenReady()).to.equal('ready');
        await new Promise((resolve) => setTimeout(resolve, 700)); // the update is announced
        expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).to.contain('Updated');
        expect(await axeViolations(el), 'after the update').to.deep.equal([]);
      });
    }
  }
});
