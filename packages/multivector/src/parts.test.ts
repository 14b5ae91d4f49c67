import { expect } from '@open-wc/testing';
import '@multivector/radar';
import '@multivector/compass';
import '@multivector/chord';
import { articleChord, articleCompass, articleRadar } from '@multivector/data';
import { cleanup, frames, mount, shadow } from '../../core/src/test/helpers.js';

type Chart = HTMLElement & { data: unknown; showTable: boolean; whenReady(): Promise<string> };

/** Datasets that between them show every state: drawn (with a dropped value), empty, error. */
const CHARTS = {
  'mv-radar': [
    { ...articleRadar, series: [{ ...articleRadar.series[0]!, values: { ...articleRadar.series[0]!.values, nowhere: 2 } }, ...articleRadar.series.slice(1)] },
    { title: 'Empty', axes: articleRadar.axes, series: [{ id: 's', label: 'S', values: {} }] },
  ],
  'mv-compass': [
    { ...articleCompass, positions: [...articleCompass.positions, { id: 'bad', label: 'Bad', weights: { nowhere: 1 } }] },
    { ...articleCompass, positions: [], current: undefined },
  ],
  'mv-chord': [
    { ...articleChord, ties: [...articleChord.ties, { from: 'nowhere', to: articleChord.actors[0]!.id, kind: articleChord.kinds[0]!.id, value: 1 }] },
    { ...articleChord, ties: [] },
  ],
} as const;

/** The parts each element documents (custom-elements.json, generated from its JSDoc). */
async function documentedParts(tag: string): Promise<string[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[] };
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  return (element?.cssParts ?? []).map((p) => p.name).sort();
}

function partsIn(el: Element): Set<string> {
  return new Set([...shadow(el).querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/)));
}

describe('every documented part is rendered, and every rendered part is documented', () => {
  afterEach(cleanup);

  for (const [tag, [withDropped, empty]] of Object.entries(CHARTS)) {
    it(`<${tag}>: drawn with the table and a tooltip, empty, and in error`, async () => {
      const documented = await documentedParts(tag);
      expect(documented.length, 'the manifest documents its parts').to.be.greaterThan(10);
      const seen = new Set<string>();
      for (const [data, state] of [[withDropped, 'ready'], [empty, 'empty'], [{}, 'error']] as const) {
        const el = document.createElement(tag) as Chart;
        el.data = data;
        el.showTable = true;
        await mount(el, 800);
        expect(el.getAttribute('data-state')).to.equal(state);
        shadow(el).querySelector<SVGElement>('svg.chart [tabindex="0"]')?.focus();
        await frames(2);
        for (const part of partsIn(el)) seen.add(part);
        cleanup();
      }
      const rendered = [...seen].sort();
      expect(documented.filter((part) => !seen.has(part)), 'documented but never rendered').to.deep.equal([]);
      expect(rendered.filter((part) => !documented.includes(part)), 'rendered but not documented').to.deep.equal([]);
    });
  }
});
