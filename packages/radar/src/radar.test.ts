import { expect } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { cleanup, contrastRatio, frames, mount, record, shadow, expectErrorState, expectEmptyState, withInlineJson, seededRandom } from '../../core/src/test/helpers.js';
import { expectNoEventsFrom, expectReadyOncePerDataset, startKeyboardWalk, pressEscapeToClear, expectTabLeavesTo, expectKeysOutsideIgnored } from '../../core/src/test/contract.js';
import { EVIL_MARKUP, expectMarkupShownAsText, prototypeNamedItems, prototypeNamedKeys, mountWithoutPollution, mountFromSrc, expectJavascriptSrcRefused, expectMissingSrcFails, upgradeWithEarlyData } from '../../core/src/test/contract.js';
import { q, qa, expectTableShownByToggle, expectAccessibleInTheme, expectEachAccessible, expectPlotNamed, expectHiddenRespected, resizeTo, expectLabelsInside, expectLabelsApart } from '../../core/src/test/contract.js';
import './index.js';
import type { MvRadar } from './radar.js';
import type { RadarData } from './types.js';

const fixture = (): RadarData => ({
  title: { en: 'Partners', ru: 'Партнёры', kk: 'Серіктестер' },
  description: 'How close each partner is, by period.',
  source: { name: 'Test source', title: 'A piece', url: 'https://example.org/piece', date: '2022-02-24' },
  notes: 'Readings, not measurements.',
  axes: [
    { id: 'russia', label: { en: 'Russia', ru: 'Россия', kk: 'Ресей' } },
    { id: 'china', label: { en: 'China', ru: 'Китай', kk: 'Қытай' } },
    { id: 'usa', label: { en: 'United States', ru: 'США', kk: 'АҚШ' } },
    { id: 'eu', label: { en: 'European Union', ru: 'Европейский союз', kk: 'Еуропалық Одақ' } },
  ],
  series: [
    {
      id: 'a',
      label: { en: 'Concept 2014', ru: 'Концепция 2014', kk: '2014 тұжырымдамасы' },
      values: { russia: 4, china: 3, usa: 3, eu: 3 },
      evidence: { russia: { quote: 'strategic allies', note: 'Named first.' } },
    },
    { id: 'b', label: 'Concept 2020', values: { russia: 4, china: 4, usa: 2, eu: null } },
  ],
  scale: { min: 0, max: 4, ticks: [1, 2, 3, 4], tickLabels: { '0': 'absent', '4': 'strategic priority' } },
});

function make(data: unknown = fixture()): MvRadar {
  const el = document.createElement('mv-radar');
  el.data = data;
  return el;
}

describe('<mv-radar>', () => {
  afterEach(cleanup);

  describe('rendering', () => {
    it('draws one area per series, one label per axis and one ring per tick', async () => {
      const el = await mount(make());
      expect(el.getAttribute('data-state')).to.equal('ready');
      expect(qa(el, '[part~="area"]')).to.have.length(2);
      expect(qa(el, '[part~="label"]').map((t) => t.textContent!.trim())).to.deep.equal(['Russia', 'China', 'United States', 'European Union']);
      expect(qa(el, 'path[part~="grid"]')).to.have.length(4);
      expect(qa(el, '[part~="axis"]')).to.have.length(4);
    });

    it('places each value at its radius along its axis', async () => {
      const el = await mount(make());
      const svg = q<SVGSVGElement>(el, 'svg.chart')!;
      const width = Number(svg.getAttribute('width'));
      const height = Number(svg.getAttribute('height'));
      const points = qa<SVGPathElement>(el, '[part~="point"][data-series="0"]');
      const ring = qa<SVGPathElement>(el, 'path[part~="grid"]').at(-1)!;
      const ringTop = ring.getBBox().y;
      // Russia (top axis) is 4 of 4: on the outer ring, straight above the centre.
      const russia = points[0]!.getBoundingClientRect();
      const box = svg.getBoundingClientRect();
      expect(russia.x + russia.width / 2 - box.x).to.be.closeTo(width / 2, 0.5);
      expect(russia.y + russia.height / 2 - box.y).to.be.closeTo(ringTop, 0.5);
      expect(height).to.be.greaterThan(200);
    });

    it('shows a gap as "no data" and draws no point for it', async () => {
      const el = await mount(make());
      expect(qa(el, '[part~="point"][data-series="1"]')).to.have.length(3);
      const cells = qa(el, 'tbody tr:nth-child(4) td').map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
      expect(cells[1]).to.equal('no data');
    });

    it('tells series apart by dash pattern and marker shape as well as colour', async () => {
      const el = await mount(make());
      const outlines = qa(el, '.outline');
      expect(outlines[0]!.hasAttribute('stroke-dasharray')).to.equal(false);
      expect(outlines[1]!.getAttribute('stroke-dasharray')).to.match(/\d/);
      const marker0 = q(el, '[part~="point"][data-series="0"]')!.getAttribute('d');
      const marker1 = q(el, '[part~="point"][data-series="1"]')!.getAttribute('d');
      expect(marker0).to.not.equal(marker1);
    });

    it('shows title, description, source link and notes', async () => {
      const el = await mount(make());
      expect(q(el, '[part~="title"]')!.textContent).to.equal('Partners');
      expect(q(el, '[part~="description"]')!.textContent).to.equal('How close each partner is, by period.');
      const link = q<HTMLAnchorElement>(el, '[part~="source"] a')!;
      expect(link.href).to.equal('https://example.org/piece');
      expect(q(el, '[part~="notes"]')!.textContent).to.contain('Readings, not measurements.');
      const figure = q(el, 'figure')!;
      expect(q(el, `#${figure.getAttribute('aria-labelledby')}`)!.textContent).to.equal('Partners');
    });

    it('shows a generated summary when the dataset has no description', async () => {
      const el = await mount(make({ ...fixture(), description: undefined }));
      const summary = q(el, '[part~="description"]')!;
      expect(summary.textContent).to.equal('Radar chart with 4 axes (Russia, China, United States, European Union) and 2 series (Concept 2014, Concept 2020).');
      expect(q(el, 'figure')!.getAttribute('aria-describedby')).to.equal(summary.id);
    });

    it('switches every string with the locale', async () => {
      const el = make();
      el.locale = 'ru';
      await mount(el);
      expect(q(el, '[part~="title"]')!.textContent).to.equal('Партнёры');
      expect(qa(el, '[part~="label"]')[0]!.textContent!.trim()).to.equal('Россия');
      expect(q(el, '.table-toggle')!.textContent!.trim()).to.equal('Показать таблицу данных');
      expect(q(el, 'thead th')!.textContent).to.equal('Ось');
      el.locale = 'kk';
      await el.updateComplete;
      expect(qa(el, '[part~="label"]')[0]!.textContent!.trim()).to.equal('Ресей');
      expect(q(el, '.table-toggle')!.textContent!.trim()).to.equal('Деректер кестесін көрсету');
    });
  });

  describe('data table', () => {
    it('lists every value with its level name and evidence', async () => {
      const el = await mount(make());
      const rows = qa(el, 'tbody tr').map((tr) => [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
      expect(rows.map((r) => r[0])).to.deep.equal(['Russia', 'China', 'United States', 'European Union']);
      const russia2014 = qa(el, 'tbody tr')[0]!.children[1]!;
      expect(russia2014.querySelector('.value')!.textContent).to.equal('4 (strategic priority)');
      expect(russia2014.querySelector('q')!.textContent).to.equal('strategic allies');
      expect(russia2014.querySelector('.note')!.textContent).to.equal('Named first.');
      expect(rows[1]!.slice(1)).to.deep.equal(['3', '4 (strategic priority)']);
      expect(q(el, 'tbody q')!.textContent).to.equal('strategic allies');
    });

    it('is visually hidden until shown, and the toggle says so', async () => {
      const el = await mount(make());
      const wrap = await expectTableShownByToggle(el);
      // Once shown, a wide table scrolls by keyboard: its region is focusable and named.
      expect(wrap.getAttribute('tabindex')).to.equal('0');
      expect(wrap.getAttribute('role')).to.equal('region');
      expect(wrap.getAttribute('aria-label')).to.equal('Data table: Partners');
      expect(qa(el, '[role="region"]')).to.have.length(1);
    });

    it('exports the same values as CSV', async () => {
      const el = await mount(make());
      expect(el.toCSV().split('\r\n')).to.deep.equal([
        'Axis,Concept 2014,Concept 2020',
        'Russia,4,4',
        'China,3,4',
        'United States,3,2',
        'European Union,3,',
      ]);
    });
  });

  describe('bad input', () => {
    const cases: [string, unknown, string][] = [
      ['not an object', 42, 'not-object'],
      ['a missing field', { title: 'x', series: [] }, 'missing-field'],
      ['too few axes', { ...fixture(), axes: fixture().axes.slice(0, 2) }, 'too-few'],
      ['too many axes', { ...fixture(), axes: Array.from({ length: 101 }, (_, i) => ({ id: `a${i}`, label: `A${i}` })) }, 'too-many'],
      ['a duplicate id', { ...fixture(), axes: [...fixture().axes, { id: 'china', label: 'Again' }] }, 'duplicate-id'],
      ['a malformed id', { ...fixture(), axes: [...fixture().axes, { id: 'has space', label: 'x' }] }, 'invalid-data'],
      ['malformed JSON', '{"title": "x", ', 'invalid-json'],
      ['a max below min', { ...fixture(), scale: { min: 5, max: 1 } }, 'invalid-data'],
    ];
    for (const [name, data, code] of cases) {
      it(`shows an error state for ${name} (${code})`, async () => {
        await expectErrorState(make(data), code);
      });
    }

    it('drops single bad values, draws the rest and lists them with the reason', async () => {
      const data = fixture();
      const el = make({
        ...data,
        series: [{ ...data.series[0]!, values: { russia: 'high', china: Number.NaN, usa: 99, eu: 2, nowhere: 1 } }, data.series[1]],
      });
      await mount(el);
      expect(el.getAttribute('data-state')).to.equal('ready');
      expect(qa(el, '[part~="point"][data-series="0"]')).to.have.length(1);
      const items = qa(el, '[part~="dropped"] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items).to.have.length(4);
      expect(items).to.include('Concept 2014 · Russia: "high" (not a number)');
      expect(items).to.include('Concept 2014 · China: NaN (not a finite number)');
      expect(items).to.include('Concept 2014 · United States: 99 (outside the scale 0–4)');
      expect(items.some((i) => i.includes('nowhere'))).to.equal(true);
    });

    it('shows a calm "No data" state when there is no value at all', async () => {
      await expectEmptyState(make({ ...fixture(), series: [{ id: 'a', label: 'A', values: {} }] }));
    });

    it('shows markup in labels as text and runs nothing', async () => {
      const data = fixture();
      const el = await mount(make({ ...data, title: EVIL_MARKUP, axes: [{ ...data.axes[0]!, label: EVIL_MARKUP }, ...data.axes.slice(1)] }));
      await frames(3);
      expectMarkupShownAsText(el);
    });

    it('refuses a javascript: source link and keeps the name as text', async () => {
      const data = fixture();
      const el = await mount(make({ ...data, source: { name: 'X', title: 'Y', url: 'javascript:alert(1)' } }));
      expect(q(el, '[part~="source"] a') === null).to.equal(true);
      expect(q(el, '[part~="source"]')!.textContent).to.contain('Y');
    });

    it('refuses a javascript: src URL with an error state', async () => {
      await expectJavascriptSrcRefused('mv-radar');
    });

    it('takes ids named like Object.prototype members as plain ids', async () => {
      const data = fixture();
      const el = await mountWithoutPollution(
        make({
          ...data,
          axes: prototypeNamedItems(),
          series: [{ id: 'hasOwnProperty', label: 'S', values: prototypeNamedKeys() }],
        }),
      );
      expect(qa(el, '[part~="point"]')).to.have.length(3);
    });
  });

  describe('data sources', () => {
    it('reads inline JSON from a child script', async () => {
      const { element: el, script } = withInlineJson('mv-radar', fixture());
      await mount(el);
      expect(el.getAttribute('data-state')).to.equal('ready');
      expect(qa(el, '[part~="area"]')).to.have.length(2);
      script.textContent = JSON.stringify({ ...fixture(), series: [fixture().series[0]] });
      await frames(2);
      await el.updateComplete;
      expect(qa(el, '[part~="area"]')).to.have.length(1);
    });

    it('fetches a src URL', async () => {
      const el = await mountFromSrc('mv-radar', new URL('./test/fixture-radar.json', import.meta.url).href);
      expect(qa(el, '[part~="label"]')).to.have.length(3);
    });

    it('shows fetch-failed for a missing file', async () => {
      await expectMissingSrcFails('mv-radar');
    });

    it('prefers the data property over inline JSON', async () => {
      const el = make({ ...fixture(), title: 'From the property' });
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({ ...fixture(), title: 'From inline JSON' });
      el.appendChild(script);
      await mount(el);
      expect(q(el, '[part~="title"]')!.textContent).to.equal('From the property');
    });

    it('applies data set before the element was defined (upgrade)', async () => {
      const el = await upgradeWithEarlyData('mv-radar-late', fixture(), async () => (await import('./radar.js')).MvRadar);
      expect(qa(el, '[part~="area"]')).to.have.length(2);
    });
  });

  describe('events', () => {
    it('paints the chart first and adds the hidden data table one frame later, before whenReady resolves', async () => {
      const el = make();
      let tableAtReady: boolean | undefined;
      let chartAtReady: boolean | undefined;
      el.addEventListener('mv-ready', () => {
        tableAtReady = shadow(el).querySelector('[part~="table"]') !== null;
        chartAtReady = shadow(el).querySelector('svg.chart') !== null;
      });
      await mount(el);
      expect(chartAtReady).to.equal(true);
      expect(tableAtReady).to.equal(false);
      expect(qa(el, '[part~="table"] tbody tr')).to.have.length(4);
      // Removed and added back before the table's frame: the table still comes.
      const again = make();
      const host = document.createElement('div');
      document.body.appendChild(host);
      host.appendChild(again);
      await again.updateComplete;
      again.remove();
      host.appendChild(again);
      expect(await again.whenReady()).to.equal('ready');
      expect(qa(again, '[part~="table"] tbody tr')).to.have.length(4);
    });

    it('fires mv-ready once per dataset, and whenReady works when called late', async () => {
      const el = make();
      await expectReadyOncePerDataset(el);
      expect(await el.whenReady()).to.equal('ready');
    });

    it('fires mv-highlight on hover but not when code sets highlight', async () => {
      const el = await mount(make());
      const events = record<{ id: string | null }>(el, 'mv-highlight');
      el.highlight = 'china';
      await el.updateComplete;
      expect(events).to.have.length(0);
      expect(qa(el, '[part~="axis"]')[1]!.classList.contains('highlighted')).to.equal(true);
      qa(el, '.hit')[2]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(events.map((e) => e.detail.id)).to.deep.equal(['usa']);
      expect(q(el, '[part~="tooltip"]')!.textContent).to.contain('United States');
    });

    it('fires mv-select on click with the axis, series and value', async () => {
      const el = await mount(make());
      const events = record<{ id: string; series?: string; value?: number | null }>(el, 'mv-select');
      (q(el, '[data-series="1"][data-axis="1"]') as SVGElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
      expect(events[0]!.detail).to.deep.equal({ id: 'china', series: 'b', value: 4 });
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    });

    it('does not fire events when data or theme change by code', async () => {
      const el = await mount(make());
      await expectNoEventsFrom(el, () => {
        el.data = { ...fixture(), title: 'Changed' };
        el.theme = 'dark';
      });
      expect(q(el, '[part~="title"]')!.textContent).to.equal('Changed');
    });
  });

  describe('keyboard', () => {
    it('is one tab stop; arrows move between axes and series; Escape clears; Tab leaves', async () => {
      const el = make();
      const { after, highlights, active } = await startKeyboardWalk(el, '[part~="point"][tabindex="0"]');
      await sendKeys({ press: 'Tab' }); // legend toolbar
      await sendKeys({ press: 'Tab' }); // the plot
      expect(active()!.getAttribute('data-axis')).to.equal('0');
      expect(active()!.getAttribute('data-series')).to.equal('0');
      await sendKeys({ press: 'ArrowRight' });
      expect(active()!.getAttribute('data-axis')).to.equal('1');
      await sendKeys({ press: 'ArrowDown' });
      expect(active()!.getAttribute('data-series')).to.equal('1');
      expect(active()!.getAttribute('aria-label')).to.equal('Concept 2020, China: 4 (strategic priority)');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' }); // series b has no value for the EU: wraps to Russia
      expect(active()!.getAttribute('data-axis')).to.equal('0');
      await el.updateComplete;
      expect(q(el, '[part~="tooltip"]') !== null).to.equal(true);
      expect(q(el, '.focus-ring') !== null).to.equal(true);
      await pressEscapeToClear(el);
      expect(highlights.map((e) => e.detail.id)).to.deep.equal(['russia', 'china', 'usa', 'russia', null]);
      await expectTabLeavesTo(after, 3); // the source link, the table toggle, out
    });

    it('selects with Enter', async () => {
      const el = await mount(make());
      const events = record<{ id: string }>(el, 'mv-select');
      (q(el, '[part~="point"][tabindex="0"]') as SVGElement).focus();
      await sendKeys({ press: 'Enter' });
      expect(events[0]!.detail).to.deep.equal({ id: 'russia', series: 'a', value: 4 });
    });

    it('ignores keys pressed while focus is outside the chart', async () => {
      await expectKeysOutsideIgnored(await mount(make()), ['ArrowRight', 'Escape']);
    });

    it('toggles series from the legend by keyboard', async () => {
      const el = await mount(make());
      const first = q<HTMLButtonElement>(el, '[part~="legend"] button')!;
      first.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(shadow(el).activeElement!.textContent).to.contain('Concept 2020');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(qa(el, '[part~="area"]')).to.have.length(1);
      expect(shadow(el).activeElement!.getAttribute('aria-pressed')).to.equal('false');
      expect(qa(el, 'tbody tr')).to.have.length(4); // the table keeps every value
    });
  });

  describe('legend under a real mouse', () => {
    it('highlights a series while the pointer is on its button, clears when it leaves, toggles on click', async () => {
      const el = await mount(make());
      const events = record<{ id: string | null }>(el, 'mv-highlight');
      const [first, second] = qa<HTMLButtonElement>(el, '[part~="legend"] button');
      const centre = (node: Element): [number, number] => {
        const box = node.getBoundingClientRect();
        return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
      };
      await sendMouse({ type: 'move', position: centre(first!.querySelector('svg')!) }); // over the swatch inside the button
      await sendMouse({ type: 'move', position: centre(first!) });
      await sendMouse({ type: 'move', position: centre(second!) });
      await sendMouse({ type: 'move', position: [2, 2] });
      await el.updateComplete;
      expect(events.map((e) => e.detail.id), 'no flicker to null between two buttons').to.deep.equal(['a', 'b', null]);
      await sendMouse({ type: 'click', position: centre(second!) });
      await el.updateComplete;
      expect(second!.getAttribute('aria-pressed')).to.equal('false');
      expect(qa(el, '[part~="area"]')).to.have.length(1);
      await resetMouse();
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`has no axe violations in the ${theme} theme, with the tooltip open and the table shown`, async () => {
        const el = make();
        await expectAccessibleInTheme(el, theme, () => q<SVGElement>(el, '[part~="point"][tabindex="0"]')!.focus());
      });
    }

    for (const theme of ['light', 'dark'] as const) {
      it(`gives every series mark and the focus ring 3:1 contrast with the ${theme} background`, async () => {
        const el = make();
        el.theme = theme;
        await mount(el);
        const background = getComputedStyle(el).backgroundColor;
        const fills = qa(el, '[part~="point"]').map((p) => getComputedStyle(p).fill);
        expect(fills.length).to.be.greaterThan(3);
        for (const fill of fills) expect(contrastRatio(fill, background), `${fill} on ${background}`).to.be.at.least(3);
        (q(el, '[part~="point"][tabindex="0"]') as SVGElement).focus();
        await el.updateComplete;
        const ring = q(el, '.focus-ring');
        if (ring) expect(contrastRatio(getComputedStyle(ring).stroke, background)).to.be.at.least(3);
        const text = getComputedStyle(q(el, '[part~="label"]')!).fill;
        expect(contrastRatio(text, background)).to.be.at.least(4.5);
      });
    }

    it('has no axe violations in the error and empty states', async () => {
      await expectEachAccessible(make(17), make({ ...fixture(), series: [{ id: 'a', label: 'A', values: {} }] }));
    });

    it('names the plot and describes how to use it', async () => {
      const el = await mount(make());
      expect(expectPlotNamed(el, 'Radar chart: Partners')).to.contain('4 axes (Russia, China, United States, European Union)');
    });

    it('respects author-set hidden', async () => {
      await expectHiddenRespected(make());
    });
  });

  describe('theme and motion', () => {
    it('follows the page: a dark class on <html> gives the dark palette', async () => {
      document.documentElement.classList.add('dark');
      try {
        const el = await mount(make());
        expect(q(el, 'figure')!.classList.contains('dark')).to.equal(true);
        document.documentElement.classList.remove('dark');
        await frames(2);
        await el.updateComplete;
        expect(q(el, 'figure')!.classList.contains('dark')).to.equal(false);
      } finally {
        document.documentElement.classList.remove('dark');
      }
    });

    it('follows the OS dark preference only when the page says nothing', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const el = await mount(make());
        expect(q(el, 'figure')!.classList.contains('dark')).to.equal(true);
        document.documentElement.setAttribute('data-theme', 'light');
        await frames(2);
        await el.updateComplete;
        expect(q(el, 'figure')!.classList.contains('dark')).to.equal(false);
      } finally {
        document.documentElement.removeAttribute('data-theme');
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('animates a data change only when motion is allowed', async () => {
      const first = fixture();
      const changed = { ...first, series: [{ ...first.series[0]!, values: { russia: 1, china: 3, usa: 3, eu: 3 } }, first.series[1]!] };
      const russiaY = (el: MvRadar) => (q(el, '[data-series="0"][data-axis="0"]') as SVGGraphicsElement).getBoundingClientRect().y;

      await emulateMedia({ reducedMotion: 'reduce' });
      const still = await mount(make(first));
      const top = russiaY(still);
      still.data = changed;
      await still.updateComplete;
      const settled = russiaY(still);
      expect(settled).to.be.greaterThan(top + 20); // moved all the way at once

      await emulateMedia({ reducedMotion: 'no-preference' });
      cleanup();
      const moving = await mount(make(first));
      moving.data = changed;
      await moving.updateComplete;
      await frames(3);
      const midway = russiaY(moving);
      expect(midway).to.be.lessThan(settled - 1);
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(russiaY(moving)).to.be.closeTo(settled, 0.5);
    });
  });

  describe('sizing', () => {
    it('keeps every label inside the box and apart from 1200 down to 280 px', async () => {
      const data = fixture();
      const el = await mount(make({ ...data, axes: [...data.axes, { id: 'turkey', label: 'Turkey' }, { id: 'ukraine', label: 'Ukraine' }] }), 1200);
      for (const width of [1200, 800, 480, 360, 280]) {
        const box = await resizeTo(el, width);
        const labels = qa(el, '[part~="label"]');
        expect(labels.length).to.be.greaterThan(3);
        expectLabelsInside(labels, box, `${width} px`);
        expectLabelsApart(labels, `${width} px`);
      }
    });

    it('draws its limits, 100 axes and 12 series, at 320 and 1200 px: labels inside and apart, one area per series, no NaN', async () => {
      const random = seededRandom(11);
      const axes = Array.from({ length: 100 }, (_, i) => ({ id: `a${i}`, label: `Partner number ${i + 1}` }));
      const series = Array.from({ length: 12 }, (_, s) => ({
        id: `s${s}`,
        label: `Period ${s + 1}`,
        values: Object.fromEntries(axes.map((axis) => [axis.id, Math.round(random() * 40) / 10])),
      }));
      const el = await mount(make({ title: 'Limits', scale: { min: 0, max: 4 }, axes, series }), 1200);
      for (const width of [1200, 320]) {
        const box = await resizeTo(el, width);
        expect(qa(el, '[part~="area"]')).to.have.length(12);
        const labels = qa(el, '[part~="label"]');
        expect(labels.length, 'some labels give way, but not all').to.be.greaterThan(10);
        expectLabelsInside(labels, box, `${width} px`);
        expectLabelsApart(labels, `${width} px`);
        expect(shadow(el).innerHTML).not.to.contain('NaN');
      }
    });

    it('says why past its limit (101 axes) instead of drawing', async () => {
      const axes = Array.from({ length: 101 }, (_, i) => ({ id: `a${i}`, label: `P${i}` }));
      await expectErrorState(make({ title: 'Too many', axes, series: [{ id: 's', label: 'S', values: { a0: 1 } }] }), 'too-many');
    });

    it('stays "loading" while hidden and draws once shown', async () => {
      const el = make();
      const container = document.createElement('div');
      container.style.display = 'none';
      container.appendChild(el);
      document.body.appendChild(container);
      await frames(3);
      expect(el.getAttribute('data-state')).to.equal('loading');
      container.style.display = 'block';
      expect(await el.whenReady()).to.equal('ready');
      expect(qa(el, '[part~="area"]')).to.have.length(2);
    });
  });
});
