import { expect } from '@open-wc/testing';
import '@multivector/radar';
import '@multivector/compass';
import '@multivector/chord';
import { articleChord, articleCompass, articleRadar } from '@multivector/data';
import { cleanup, mount, shadow } from '../../core/src/test/helpers.js';

const CHARTS = [
  ['mv-radar', articleRadar],
  ['mv-compass', articleCompass],
  ['mv-chord', articleChord],
] as const;

describe('the article in three languages', () => {
  afterEach(cleanup);

  for (const locale of ['en', 'ru', 'kk']) {
    for (const width of [280, 320, 390]) {
      it(`keeps every label of the three charts inside the chart in ${locale} at ${width} px`, async () => {
        for (const [tag, data] of CHARTS) {
          const el = document.createElement(tag) as HTMLElement & { data: unknown; locale: string; whenReady(): Promise<string> };
          el.data = data;
          el.locale = locale;
          await mount(el, width);
          const host = el.getBoundingClientRect();
          const outside = [...shadow(el).querySelectorAll('svg.chart text')]
            .map((text) => ({ text: text.textContent!.trim(), box: text.getBoundingClientRect() }))
            .filter(({ box }) => box.width > 0 && (box.left < host.left - 0.5 || box.right > host.right + 0.5))
            .map(({ text, box }) => `${tag} “${text}” ${Math.round(box.left - host.left)}..${Math.round(box.right - host.left)} of ${Math.round(host.width)}`);
          expect(outside).to.deep.equal([]);
          cleanup();
        }
      });
    }
  }
});
