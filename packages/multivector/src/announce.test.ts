import { expect } from '@open-wc/testing';
import '@multivector/radar';
import '@multivector/compass';
import '@multivector/chord';
import { articleChord, articleCompass, articleRadar } from '@multivector/data';
import { cleanup, mount, shadow } from '../../core/src/test/helpers.js';

type Chart = HTMLElement & { data: unknown; whenReady(): Promise<string> };

/** The article's dataset with a new title and one fewer entry, as a newsroom would update it. */
const CHARTS = [
  ['mv-radar', articleRadar, (title: string) => ({ ...articleRadar, title, series: articleRadar.series.slice(0, 2) }), '2 series'],
  ['mv-compass', articleCompass, (title: string) => ({ ...articleCompass, title, positions: articleCompass.positions.slice(0, 4), current: articleCompass.positions[3]!.id }), '4 positions'],
  ['mv-chord', articleChord, (title: string) => ({ ...articleChord, title, ties: articleChord.ties.slice(0, 10) }), 'Ties: 10'] as const,
] as const;

const liveRegion = (el: Element) => shadow(el).querySelector('[aria-live="polite"]')!;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('data updates are announced to screen readers', () => {
  afterEach(cleanup);

  for (const [tag, data, updated, summaryPart] of CHARTS) {
    it(`<${tag}> says nothing on first render, then announces an update once, politely, after the last of several quick updates`, async () => {
      const el = document.createElement(tag) as Chart;
      el.data = data;
      await mount(el);
      const region = liveRegion(el);
      expect(region.textContent!.trim(), 'nothing announced on first render').to.equal('');

      const said: string[] = [];
      new MutationObserver(() => said.push(region.textContent!.trim())).observe(region, { childList: true, subtree: true, characterData: true });
      for (const title of ['Step one', 'Step two', 'Step three']) {
        el.data = updated(title);
        await el.whenReady();
        await wait(50);
      }
      expect(said, 'nothing said while updates keep coming').to.deep.equal([]);
      await wait(700);
      expect(said).to.have.length(1);
      expect(said[0]).to.match(/^Chart updated: Step three\. /);
      expect(said[0]).to.contain(summaryPart);
    });
  }

  it('says nothing once the element has left the page', async () => {
    const el = document.createElement('mv-radar') as Chart;
    el.data = articleRadar;
    await mount(el);
    const region = liveRegion(el);
    el.data = CHARTS[0][2]('Later');
    await el.whenReady();
    el.remove();
    await wait(700);
    expect(region.textContent!.trim()).to.equal('');
  });
});
