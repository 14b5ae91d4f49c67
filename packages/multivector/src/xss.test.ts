import { expect } from '@open-wc/testing';
import '@multivector/radar';
import '@multivector/compass';
import '@multivector/chord';
import { articleChord, articleCompass, articleRadar } from '@multivector/data';
import { cleanup, frames, mount, shadow } from '../../core/src/test/helpers.js';
import { markupFromData, XSS_PAYLOADS } from '../../core/src/test/payloads.js';

type Chart = HTMLElement & { data: unknown; showTable: boolean; whenReady(): Promise<string> };

declare global {
  interface Window {
    __pwned?: number;
  }
}

const CHARTS = [
  ['mv-radar', articleRadar],
  ['mv-compass', articleCompass],
  ['mv-chord', articleChord],
] as const;

/** Keys whose strings a reader sees: every one of them gets a payload. */
const TEXT_KEYS = new Set(['title', 'description', 'notes', 'label', 'name', 'quote', 'note']);

/**
 * A copy of `data` with every text a reader sees (in every language) replaced by the next
 * payload; ids, numbers and enumerations are kept, so the dataset stays valid.
 */
function withPayloads(data: unknown, next: () => string, key = ''): unknown {
  if (typeof data === 'string') return TEXT_KEYS.has(key) ? next() : data;
  if (Array.isArray(data)) return data.map((item) => withPayloads(item, next, key));
  if (data && typeof data === 'object') {
    return Object.fromEntries(
      Object.entries(data).map(([k, v]) => {
        // A translated text ({ en, ru, kk }) under a text key: every language gets a payload.
        if (TEXT_KEYS.has(k) && v && typeof v === 'object' && !Array.isArray(v)) return [k, Object.fromEntries(Object.keys(v).map((lang) => [lang, next()]))];
        return [k, withPayloads(v, next, k)];
      }),
    );
  }
  return data;
}

/** Opens the tooltip of each of the first `count` focusable marks, so that their text renders too. */
async function openTooltips(el: Chart, count: number): Promise<void> {
  const marks = [...shadow(el).querySelectorAll<SVGElement>('svg.chart [tabindex]')].slice(0, count);
  for (const mark of marks) {
    mark.focus();
    await frames(1);
  }
}

describe('markup in data is shown as text and runs nothing (120 payloads)', () => {
  beforeEach(() => {
    delete window.__pwned;
  });
  afterEach(cleanup);

  for (const [tag, data] of CHARTS) {
    it(`<${tag}>: every payload in every text field, the table shown and tooltips open`, async () => {
      let used = 0;
      const next = () => XSS_PAYLOADS[used++ % XSS_PAYLOADS.length]!;
      while (used < XSS_PAYLOADS.length) {
        const first = used;
        const el = document.createElement(tag) as Chart;
        el.data = withPayloads(data, next);
        el.showTable = true;
        expect(await mount(el, 800), `round from payload ${first}`).to.equal(el);
        expect(el.getAttribute('data-state'), `round from payload ${first}`).to.equal('ready');
        await openTooltips(el, 8);
        await new Promise((resolve) => setTimeout(resolve, 50)); // let a failed <img> fire onerror
        const root = shadow(el);
        expect(markupFromData(root), `round from payload ${first}`).to.deep.equal([]);
        expect(root.querySelector('[part~="title"]')!.textContent, 'the title, literally').to.equal(XSS_PAYLOADS[first % XSS_PAYLOADS.length]);
        cleanup();
      }
      expect(markupFromData(document.body)).to.deep.equal([]);
      expect(window.__pwned).to.equal(undefined);
    });

    it(`<${tag}>: payloads in ids and broken JSON reach the error message as text only`, async () => {
      for (const payload of XSS_PAYLOADS.slice(0, 40)) {
        for (const input of [withIdPayload(data, payload), `{"title": "${payload}`]) {
          const el = document.createElement(tag) as Chart;
          el.data = input;
          await mount(el);
          expect(el.getAttribute('data-state')).to.equal('error');
          const root = shadow(el);
          expect(markupFromData(root), payload).to.deep.equal([]);
          expect(root.querySelector('[part~="error"]')!.textContent).to.be.a('string');
          cleanup();
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(window.__pwned).to.equal(undefined);
    });
  }
});

/** `data` with the first id of its first list replaced by `payload` (an invalid id). */
function withIdPayload(data: object, payload: string): unknown {
  const copy = structuredClone(data) as Record<string, unknown>;
  const list = Object.values(copy).find((v): v is { id: string }[] => Array.isArray(v) && v.length > 0 && typeof v[0]?.id === 'string')!;
  list[0]!.id = payload;
  return copy;
}
