import { expect } from '@open-wc/testing';
import '@multivector/radar';
import '@multivector/compass';
import '@multivector/chord';
import { articleChord, articleCompass, articleRadar } from '@multivector/data';
import { cleanup, mount } from '../../core/src/test/helpers.js';

type Chart = HTMLElement & Record<string, unknown> & { updateComplete: Promise<boolean>; whenReady(): Promise<string> };

/** Each primitive of the element contract: attribute name, property name, a value to set, its default. */
const PRIMITIVES = [
  ['theme', 'theme', 'dark', 'auto'],
  ['locale', 'locale', 'kk', null],
  ['highlight', 'highlight', 'russia', null],
  ['link', 'link', 'kazakhstan-story', null],
  ['src', 'src', 'data/radar.json', null],
] as const;

const CHARTS = [
  ['mv-radar', articleRadar, []],
  ['mv-compass', articleCompass, [['current', 'current', '2014', null]]],
  ['mv-chord', articleChord, []],
] as const;

describe('attributes and properties stay in sync', () => {
  afterEach(cleanup);

  for (const [tag, data, own] of CHARTS) {
    for (const [attribute, prop, value, fallback] of [...PRIMITIVES, ...own]) {
      it(`<${tag}> ${attribute}: the attribute sets the property, the property is reflected, removal restores the default`, async () => {
        const el = document.createElement(tag) as unknown as Chart;
        el.data = data; // the data property wins over src, so the chart stays drawn throughout
        await mount(el);
        el.setAttribute(attribute, value);
        await el.updateComplete;
        expect(el[prop]).to.equal(value);
        el[prop] = `${value}-2`;
        await el.updateComplete;
        expect(el.getAttribute(attribute)).to.equal(`${value}-2`);
        el.removeAttribute(attribute);
        await el.updateComplete;
        expect(el[prop] ?? null).to.equal(fallback);
      });
    }

    it(`<${tag}> show-table is a boolean attribute, reflected both ways; data is never reflected`, async () => {
      const el = document.createElement(tag) as unknown as Chart;
      el.data = data;
      await mount(el);
      el.setAttribute('show-table', '');
      await el.updateComplete;
      expect(el.showTable).to.equal(true);
      el.showTable = false;
      await el.updateComplete;
      expect(el.hasAttribute('show-table')).to.equal(false);
      expect(el.hasAttribute('data')).to.equal(false);
    });
  }
});
