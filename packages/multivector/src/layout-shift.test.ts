import { expect } from '@open-wc/testing';
import '@multivector/radar';
import '@multivector/compass';
import '@multivector/chord';
import { articleChord, articleCompass, articleRadar } from '@multivector/data';
import { cleanup, frames, shadow } from '../../core/src/test/helpers.js';

type Chart = HTMLElement & { data: unknown; src: string | null; whenReady(): Promise<string> };

const CHARTS = [
  ['mv-radar', articleRadar],
  ['mv-compass', articleCompass],
  ['mv-chord', articleChord],
] as const;

function host(width: number): HTMLElement {
  const node = document.createElement('div');
  node.style.width = `${width}px`;
  document.body.appendChild(node);
  return node;
}

describe('no layout shift (quality.md C3)', () => {
  afterEach(cleanup);

  for (const [tag, data] of CHARTS) {
    it(`<${tag}> keeps the plot's height free while its src loads`, async () => {
      // The fetch answers only when the test says so: the loading state can be measured.
      const realFetch = window.fetch;
      let release!: () => void;
      window.fetch = () => new Promise((resolve) => (release = () => resolve(new Response(JSON.stringify(data)))));
      try {
        const el = document.createElement(tag) as Chart;
        el.src = 'dataset.json';
        host(600).appendChild(el);
        await frames(3);
        expect(el.getAttribute('data-state')).to.equal('loading');
        const loading = el.getBoundingClientRect().height;
        release();
        expect(await el.whenReady()).to.equal('ready');
        const plot = shadow(el).querySelector('svg.chart')!.getBoundingClientRect().height;
        expect(loading, `loading ${loading} px, plot ${plot} px`).to.be.at.least(plot - 1);
      } finally {
        window.fetch = realFetch;
      }
    });

    it(`<${tag}> does not move when its hidden data table arrives after the first paint`, async () => {
      const el = document.createElement(tag) as Chart;
      el.data = data;
      let atReady = 0;
      let toggleAtReady = false;
      el.addEventListener('mv-ready', () => {
        atReady = el.getBoundingClientRect().height;
        toggleAtReady = shadow(el).querySelector('[part~="table-toggle"]') !== null;
      });
      host(600).appendChild(el);
      expect(await el.whenReady()).to.equal('ready');
      expect(shadow(el).querySelector('[part~="table"]') !== null, 'the table has arrived').to.equal(true);
      expect(toggleAtReady, 'the table toggle is there from the first paint').to.equal(true);
      expect(el.getBoundingClientRect().height).to.be.closeTo(atReady, 0.5);
    });
  }
});
