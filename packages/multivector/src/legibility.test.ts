import { expect } from '@open-wc/testing';
import '@multivector/radar';
import '@multivector/compass';
import '@multivector/chord';
import { articleChord, articleCompass, articleRadar } from '@multivector/data';
import { cleanup, mount, shadow } from '../../core/src/test/helpers.js';

type Chart = HTMLElement & { data: unknown; showTable: boolean; whenReady(): Promise<string> };

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
    .map((node) => ({ text: node.textContent!.trim().slice(0, 40), size: Number.parseFloat(getComputedStyle(node).fontSize) }));
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
