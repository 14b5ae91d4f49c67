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

describe("the page's language", () => {
  afterEach(cleanup);

  /** Mounts a radar inside an element with `lang` (and the chart's own `locale`, when given); returns its table toggle's text. */
  async function toggleText(lang: string, locale?: string): Promise<{ text: string; figureLang: string | null }> {
    const page = document.createElement('div');
    page.lang = lang;
    document.body.appendChild(page);
    const el = document.createElement('mv-radar') as HTMLElement & { data: unknown; locale: string | null; whenReady(): Promise<string> };
    el.data = articleRadar;
    if (locale) el.locale = locale;
    page.appendChild(el);
    await el.whenReady();
    return { text: shadow(el).querySelector('[part~="table-toggle"]')!.textContent!.trim(), figureLang: shadow(el).querySelector('figure')!.getAttribute('lang') };
  }

  it('is the chart\'s language when it sets none: Kazakh on a Kazakh page, Russian on a ru-RU page', async () => {
    expect(await toggleText('kk')).to.deep.equal({ text: 'Деректер кестесін көрсету', figureLang: 'kk' });
    expect((await toggleText('ru-RU')).figureLang).to.equal('ru-RU');
    expect((await toggleText('ru-RU')).text).to.equal('Показать таблицу данных');
  });
  it('gives way to the chart\'s own locale, and to English on a page in a language the charts do not speak', async () => {
    expect((await toggleText('kk', 'en')).text).to.equal('Show data table');
    expect(await toggleText('de')).to.deep.equal({ text: 'Show data table', figureLang: 'en' });
  });
});
