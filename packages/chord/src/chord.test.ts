import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { joinLink, leaveLink } from '@multivector/core';
import { articleChord } from '../../data/src/chord.js';
import { axeViolations, cleanup, contrastRatio, frames, mount, record, shadow, expectErrorState, expectEmptyState, withInlineJson } from '../../core/src/test/helpers.js';
import { expectNoEventsFrom, expectReadyOncePerDataset, startKeyboardWalk, pressEscapeToClear, expectTabLeavesTo, expectKeysOutsideIgnored } from '../../core/src/test/contract.js';
import { EVIL_MARKUP, expectMarkupShownAsText, mountWithoutPollution, prototypeNamedItems, mountFromSrc, expectJavascriptSrcRefused, expectMissingSrcFails, upgradeWithEarlyData } from '../../core/src/test/contract.js';
import { q, qa, expectTableShownByToggle, expectAccessibleInTheme, expectEachAccessible, expectPlotNamed, expectHiddenRespected, resizeTo, expectLabelsInside } from '../../core/src/test/contract.js';
import { generateChord, generateManyKinds, seededRandom } from './test/generate.js';
import './index.js';
import type { MvChord } from './chord.js';
import type { ChordData } from './types.js';

// Kazakhstan, Russia, China and Ukraine: a pair with two kinds (Kazakhstan–Russia), a directed
// hostile tie (Russia → Ukraine) and a neutral one.
const fixture = (): ChordData => ({
  title: { en: 'Ties', ru: 'Связи', kk: 'Байланыстар' },
  description: 'Who is tied to whom, and how.',
  source: { name: 'Test source', title: 'A piece', url: 'https://example.org/piece', date: '2022-02-24' },
  actors: [
    { id: 'kz', label: { en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан' }, kind: 'state' },
    { id: 'ru', label: { en: 'Russia', ru: 'Россия', kk: 'Ресей' }, kind: 'state', group: 'csto' },
    { id: 'cn', label: { en: 'China', ru: 'Китай', kk: 'Қытай' }, kind: 'state' },
    { id: 'ua', label: { en: 'Ukraine', ru: 'Украина', kk: 'Украина' }, kind: 'state' },
  ],
  kinds: [
    { id: 'membership', label: { en: 'Membership', ru: 'Членство', kk: 'Мүшелік' }, tone: 'cooperative' },
    { id: 'partnership', label: 'Partnership', tone: 'cooperative' },
    { id: 'influence', label: 'Influence', tone: 'neutral' },
    { id: 'war', label: { en: 'War', ru: 'Война', kk: 'Соғыс' }, tone: 'hostile' },
  ],
  ties: [
    { from: 'kz', to: 'ru', kind: 'membership', value: 2, label: 'In the CSTO', evidence: { quote: 'the CSTO countries', note: 'Both are members.' } },
    { from: 'kz', to: 'ru', kind: 'partnership', value: 3 },
    { from: 'kz', to: 'cn', kind: 'partnership', value: 3 },
    { from: 'cn', to: 'ru', kind: 'influence', value: 2, directed: true },
    { from: 'ru', to: 'ua', kind: 'war', value: 3, directed: true, evidence: { quote: 'a military conflict with Ukraine' } },
  ],
});

function make(data: unknown = fixture()): MvChord {
  const el = document.createElement('mv-chord');
  el.data = data;
  return el;
}

const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const commands = (d: string | null) => (d ?? '').replace(/[^A-Za-z]/g, '');
/** A computed colour (any syntax, with alpha, times `opacity`) composited over `background`, as `rgb()`. */
function over(color: string, background: string, opacity = 1): string {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d')!;
  context.fillStyle = background;
  context.fillRect(0, 0, 1, 1);
  context.globalAlpha = opacity;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return `rgb(${r}, ${g}, ${b})`;
}
const ribbonOf = (el: Element, tie: number) => q<SVGPathElement>(el, `[part~="ribbon"][data-tie="${tie}"]`);
const arcOf = (el: Element, actor: number) => q<SVGPathElement>(el, `[part~="arc"][data-actor="${actor}"]`);
/** The pattern a mark's computed fill points to, if any. */
function patternOf(el: Element, mark: Element): SVGPatternElement | null {
  const id = /url\("?#([^")]+)"?\)/.exec(getComputedStyle(mark).fill)?.[1];
  return id ? (shadow(el).getElementById(id) as SVGPatternElement | null) : null;
}
/**
 * What a ribbon or swatch shows once colour is taken away: its fill (plain, none, or a pattern
 * described by its shapes and the angle it is turned by) and its edge's computed dashes.
 */
function signature(el: Element, mark: Element): string {
  const style = getComputedStyle(mark);
  const pattern = patternOf(el, mark);
  let fill = style.fill === 'none' ? 'none' : 'plain';
  if (pattern) {
    const shapes = [...pattern.children].map((c) => `${c.localName}(${['width', 'height', 'r'].flatMap((a) => c.getAttribute(a) ?? []).join(' ')})`);
    const m = pattern.patternTransform.baseVal.consolidate()?.matrix;
    const angle = m ? Math.round((Math.atan2(m.b, m.a) * 180) / Math.PI) : 0;
    fill = `pattern ${shapes.join(' ')} at ${angle}°`;
  }
  return `${fill} | edge ${style.strokeDasharray}`;
}
/** Each kind's signature, read from its legend swatch. */
function legendSignatures(el: Element): Map<string, string> {
  return new Map(qa(el, '[part~="legend"] button').map((b) => [b.getAttribute('data-id')!, signature(el, b.querySelector('.swatch rect')!)]));
}
/**
 * Applies the stylesheet's forced-colors rules directly: wtr's Chromium launcher cannot emulate
 * forced-colors, so the test checks what those rules leave.
 */
function applyForcedColorRules(el: Element): void {
  const rules: string[] = [];
  for (const sheet of shadow(el).adoptedStyleSheets) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors')) {
        for (const inner of rule.cssRules) rules.push(inner.cssText);
      }
    }
  }
  expect(rules.length).to.be.greaterThan(5);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  shadow(el).adoptedStyleSheets = [...shadow(el).adoptedStyleSheets, sheet];
}
/** Checks that no two kinds look alike without colour, and that every ribbon looks like its kind's legend swatch. */
function expectKindsApartWithoutColour(el: Element, kinds: number, label: string): Map<string, string> {
  const legend = legendSignatures(el);
  expect(legend.size, label).to.equal(kinds);
  const seen = new Map<string, string>();
  for (const [kind, sig] of legend) {
    expect(seen.get(sig), `${label}: ${kind} looks like ${seen.get(sig)} (${sig})`).to.equal(undefined);
    seen.set(sig, kind);
  }
  for (const ribbon of qa(el, '[part~="ribbon"]')) {
    const kind = ribbon.getAttribute('data-kind')!;
    expect(signature(el, ribbon), `${label}: a ${kind} ribbon`).to.equal(legend.get(kind));
  }
  return legend;
}

describe('<mv-chord>', () => {
  afterEach(cleanup);

  describe('rendering', () => {
    it('draws one arc per actor with ties and one ribbon per tie', async () => {
      const el = await mount(make());
      expect(el.getAttribute('data-state')).to.equal('ready');
      expect(qa(el, '[part~="arc"]')).to.have.length(4);
      expect(qa(el, '[part~="ribbon"]')).to.have.length(5);
      expect(qa(el, '[part~="label"]').map(text)).to.have.members(['Kazakhstan', 'Russia', 'China', 'Ukraine']);
    });

    it('sizes arcs by total tie strength', async () => {
      const el = await mount(make());
      // Totals: Kazakhstan 8, Russia 10, China 5, Ukraine 3.
      const angle = (i: number) => {
        const box = arcOf(el, i)!.getTotalLength();
        return box;
      };
      // The arc outline grows with its span; compare the two actors whose totals differ most.
      expect(angle(1)).to.be.greaterThan(angle(3));
      const labels = qa(el, '[part~="arc"]').map((a) => a.getAttribute('aria-label'));
      expect(labels).to.include('Russia (Csto): total strength 10, ties: 4');
      expect(labels).to.include('Ukraine: total strength 3, ties: 1');
    });

    it('draws a pair with two kinds as two ribbons side by side, each in its kind’s colour', async () => {
      const el = await mount(make());
      const membership = ribbonOf(el, 0)!;
      const partnership = ribbonOf(el, 1)!;
      expect(membership.getAttribute('d')).to.not.equal(partnership.getAttribute('d'));
      expect(membership.classList.contains('c0')).to.equal(true);
      expect(partnership.classList.contains('c1')).to.equal(true);
      expect(getComputedStyle(membership).fill).to.not.equal(getComputedStyle(partnership).fill);
      // Side by side: the two ribbons do not overlap at either end.
      const a = membership.getBBox();
      const b = partnership.getBBox();
      expect(a.width * a.height).to.be.greaterThan(0);
      expect(b.width * b.height).to.be.greaterThan(0);
    });

    it('ends a directed tie in an arrow and an undirected one in an arc', async () => {
      const el = await mount(make());
      expect(commands(ribbonOf(el, 1)!.getAttribute('d'))).to.equal('MAQAQZ');
      expect(commands(ribbonOf(el, 4)!.getAttribute('d'))).to.equal('MAQLLQZ');
    });

    it('hatches hostile ribbons with a pattern in the shadow root; the edge tells the kinds of a tone apart', async () => {
      const el = await mount(make());
      const war = ribbonOf(el, 4)!;
      const fill = war.getAttribute('fill')!;
      expect(fill).to.match(/^url\(#mv\d+-hatch-3\)$/);
      const pattern = shadow(el).getElementById(fill.slice(5, -1))!;
      expect(pattern !== null && pattern.localName === 'pattern').to.equal(true);
      expect(pattern.querySelectorAll('rect')).to.have.length(2);
      expect(pattern.getAttribute('patternTransform')).to.equal('rotate(45)');
      expect(getComputedStyle(war).fill).to.contain(fill.slice(5, -1));
      // The edge is the kind's rank within its tone: War is the first hostile kind (solid), and
      // Partnership the second cooperative one (the second of SERIES_DASHES).
      expect(getComputedStyle(war).strokeDasharray).to.equal('none');
      expect(getComputedStyle(ribbonOf(el, 0)!).strokeDasharray).to.equal('none');
      expect(getComputedStyle(ribbonOf(el, 1)!).strokeDasharray).to.equal('7px, 4px');
      // The legend's swatch shows the same hatch and edge.
      const swatch = q(el, '[part~="legend"] button[data-id="war"] rect')!;
      expect(swatch.getAttribute('fill')).to.equal(fill);
      expect(signature(el, swatch)).to.equal(signature(el, war));
      // Every cooperative ribbon is filled with plain colour.
      for (const ribbon of qa(el, '[part~="ribbon"].cooperative')) expect(ribbon.hasAttribute('fill')).to.equal(false);
    });

    it('fills neutral ties with a lighter dot pattern in the shadow root', async () => {
      const el = await mount(make());
      const influence = ribbonOf(el, 3)!;
      const fill = influence.getAttribute('fill')!;
      expect(fill).to.match(/^url\(#mv\d+-dots-2\)$/);
      const pattern = patternOf(el, influence)!;
      expect(pattern !== null && pattern.localName === 'pattern').to.equal(true);
      expect(pattern.querySelectorAll('circle.dot').length).to.be.at.least(1);
      // Lighter than a cooperative ribbon: the tint under the dots is fainter than a solid fill.
      const cooperative = getComputedStyle(ribbonOf(el, 2)!);
      const tint = getComputedStyle(pattern.querySelector('.dots-bg')!);
      expect(Number(tint.fillOpacity)).to.be.lessThan(Number(cooperative.fillOpacity));
      expect(tint.fill).to.equal(getComputedStyle(influence).stroke);
      expect(q(el, '[part~="legend"] button[data-id="influence"] rect')!.getAttribute('fill')).to.equal(fill);
    });

    it('tells every kind apart without colour, and draws ribbons, legend and tooltip swatches alike', async function () {
      this.timeout(30000);
      const many = generateManyKinds(8, 5);
      const random = seededRandom(11);
      const shuffled = { ...many, kinds: [...many.kinds].map((k) => [random(), k] as const).sort((a, b) => a[0] - b[0]).map(([, k]) => k) };
      const cases: [string, ChordData][] = [
        ['the article (11 kinds)', articleChord],
        ['24 kinds, 8 of each tone', many],
        ['the same 24 kinds shuffled', shuffled],
      ];
      for (const [label, data] of cases) {
        const el = await mount(make(data), 800);
        const legend = expectKindsApartWithoutColour(el, data.kinds.length, label);
        // A tie's tooltip shows the same swatch as the legend, for one tie of each kind.
        const firsts = new Map(qa(el, '[part~="ribbon"]').map((r) => [r.getAttribute('data-kind')!, r as SVGElement]));
        expect(firsts.size, label).to.equal(data.kinds.length);
        for (const [kind, ribbon] of firsts) {
          ribbon.focus();
          await el.updateComplete;
          expect(signature(el, q(el, '[part~="tooltip"] .tt-kind .swatch rect')!), `${label}: tooltip of ${kind}`).to.equal(legend.get(kind));
        }
        // And an actor's tooltip lists its ties with their kinds' swatches.
        arcOf(el, 0)!.focus();
        await el.updateComplete;
        const listed = qa(el, '[part~="tooltip"] .tt-ties .swatch rect');
        expect(listed.length, label).to.be.greaterThan(0);
        for (const rect of listed) expect(signature(el, rect)).to.equal(legend.get(rect.getAttribute('data-kind')!));
        cleanup();
      }
    });

    it('draws a group as an outer band with its name from `groups`, in the locale', async () => {
      const el = await mount(make(articleChord), 800);
      const bands = qa(el, '[part~="group"]');
      expect(bands).to.have.length(1);
      expect(text(q(el, '[part~="group-label"]')!)).to.equal('the West');
      el.locale = 'kk';
      await el.updateComplete;
      expect(text(q(el, '[part~="group-label"]')!)).to.equal('Батыс');
      el.locale = 'en';
      el.data = { ...articleChord, groups: undefined };
      await el.updateComplete;
      expect(text(q(el, '[part~="group-label"]')!), 'a group with no name shows its id').to.equal('West');
      // The band's members sit next to each other round the circle.
      const order = qa(el, '[part~="arc"]').map((a) => Number(a.getAttribute('data-actor')));
      const west = order.map((i) => articleChord.actors[i]!.group === 'west');
      expect(west.join('')).to.match(/^(false)*(true){4}(false)*$/);
    });

    it('draws the article: twelve actors, every tie, every kind in the legend and in the table', async () => {
      const el = await mount(make(articleChord), 900);
      expect(qa(el, '[part~="arc"]')).to.have.length(articleChord.actors.length);
      expect(qa(el, '[part~="ribbon"]')).to.have.length(articleChord.ties.length);
      const legend = qa(el, '[part~="legend"] button').map(text);
      const kindLabels = articleChord.kinds.map((k) => (typeof k.label === 'string' ? k.label : k.label['en']!));
      expect(legend.map((l) => l.replace(/, (cooperative|neutral|hostile)$/, ''))).to.deep.equal(kindLabels);
      const tableKinds = new Set(qa(el, 'table.ties tbody tr').map((tr) => text(tr.children[2]!).replace(/ \(\w+\)$/, '')));
      for (const label of kindLabels) expect(tableKinds.has(label), label).to.equal(true);
      expect(qa(el, '[part~="ribbon"].hostile').length).to.equal(articleChord.ties.filter((t) => ['pressure', 'confrontation', 'war'].includes(t.kind)).length);
    });

    it('switches every string with the locale', async () => {
      const el = make();
      el.locale = 'ru';
      await mount(el);
      expect(q(el, '[part~="title"]')!.textContent).to.equal('Связи');
      expect(qa(el, '[part~="label"]').map(text)).to.include('Россия');
      expect(text(q(el, '[part~="legend"] button')!)).to.equal('Членство, сотрудничество');
      expect(text(q(el, 'table.ties thead th')!)).to.equal('От');
      el.locale = 'kk';
      await el.updateComplete;
      expect(qa(el, '[part~="label"]').map(text)).to.include('Ресей');
      expect(text(q(el, '.table-toggle')!)).to.equal('Деректер кестесін көрсету');
    });
  });

  describe('data table', () => {
    it('lists one row per tie: from, to, kind, strength, direction, label, evidence', async () => {
      const el = await mount(make());
      const rows = qa(el, 'table.ties tbody tr').map((tr) => [...tr.children].map(text));
      expect(rows).to.have.length(5);
      expect(rows[0]).to.deep.equal(['Kazakhstan', 'Russia', 'Membership (cooperative)', '2', 'mutual', 'In the CSTO', '“the CSTO countries”Both are members.', 'yes']);
      expect(rows[4]).to.deep.equal(['Russia', 'Ukraine', 'War (hostile)', '3', 'one way, Russia → Ukraine', '', '“a military conflict with Ukraine”', 'yes']);
      expect(q(el, 'table.ties tbody .quote')!.textContent).to.equal('“the CSTO countries”');
    });

    it("lists each actor's totals", async () => {
      const el = await mount(make());
      const rows = qa(el, 'table.totals tbody tr').map((tr) => [...tr.children].map(text));
      expect(rows).to.deep.equal([
        ['Kazakhstan', 'state', '', '8', '3'],
        ['Russia', 'state', 'Csto', '10', '4'],
        ['China', 'state', '', '5', '2'],
        ['Ukraine', 'state', '', '3', '1'],
      ]);
    });

    it('exports the ties as CSV', async () => {
      const el = await mount(make());
      const lines = el.toCSV().split('\r\n');
      expect(lines[0]).to.equal('From,To,Kind,Strength,Direction,Label,Evidence');
      expect(lines[1]).to.equal('Kazakhstan,Russia,Membership,2,mutual,In the CSTO,the CSTO countries');
      expect(lines).to.have.length(6);
    });

    it('is visually hidden until shown, and the toggle says so', async () => {
      const el = await mount(make());
      const wrap = await expectTableShownByToggle(el);
      expect(wrap.querySelectorAll('table.ties tbody tr')).to.have.length(5);
    });
  });

  describe('legend', () => {
    it('toggles a kind by keyboard: its ribbons go, the arcs resize, the table marks it hidden', async () => {
      const el = await mount(make());
      const russiaBefore = arcOf(el, 1)!.getAttribute('d');
      const buttons = qa<HTMLButtonElement>(el, '[part~="legend"] button');
      expect(q(el, '[part~="legend"]')!.getAttribute('role')).to.equal('toolbar');
      expect(buttons.map((b) => b.tabIndex)).to.deep.equal([0, -1, -1, -1]);
      buttons[0]!.focus();
      await sendKeys({ press: 'End' });
      expect(shadow(el).activeElement!.getAttribute('data-id')).to.equal('war');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(shadow(el).activeElement!.getAttribute('aria-pressed')).to.equal('false');
      expect(qa(el, '[part~="ribbon"]')).to.have.length(4);
      expect(qa(el, '[part~="ribbon"][data-kind="war"]')).to.have.length(0);
      // Ukraine had only the war: it leaves the circle.
      expect(arcOf(el, 3) === null).to.equal(true);
      expect(arcOf(el, 1)!.getAttribute('d')).to.not.equal(russiaBefore);
      const hidden = qa(el, 'table.ties tbody tr[data-hidden="true"]');
      expect(hidden).to.have.length(1);
      expect(text(hidden[0]!.lastElementChild!)).to.equal('no: kind hidden in the legend');
      expect(qa(el, 'table.ties tbody tr')).to.have.length(5);
      expect(text(q(el, `#${q(el, 'svg.chart')!.getAttribute('aria-describedby')}`)!)).to.contain('Hidden kinds: War.');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(qa(el, '[part~="ribbon"]')).to.have.length(5);
      expect(qa(el, 'table.ties tbody tr[data-hidden="true"]')).to.have.length(0);
    });

    it('says so when every kind is hidden, and keeps the legend', async () => {
      const el = await mount(make());
      for (const button of qa<HTMLButtonElement>(el, '[part~="legend"] button')) {
        button.click();
        await el.updateComplete;
      }
      expect(qa(el, '[part~="ribbon"]')).to.have.length(0);
      expect(text(q(el, '.all-hidden')!)).to.contain('Every kind of tie is hidden');
      expect(q(el, '.all-hidden')!.getAttribute('role')).to.equal('status');
      expect(await axeViolations(el)).to.deep.equal([]);
      expect(el.getAttribute('data-state')).to.equal('ready');
      expect(el.innerHTML.includes('NaN') || shadow(el).innerHTML.includes('NaN')).to.equal(false);
    });
  });

  describe('bad input', () => {
    const actors = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `a${i}`, label: `A${i}` }));
    const cases: [string, unknown, string, string][] = [
      ['not an object', 42, 'not-object', 'must be an object'],
      ['a missing field', { title: 'x', actors: actors(3), kinds: [] }, 'missing-field', 'ties'],
      ['one actor', { ...fixture(), actors: actors(1) }, 'too-few', 'at least 2 actors'],
      ['201 actors', { ...fixture(), actors: actors(201) }, 'too-many', 'at most 200, and the data has 201'],
      ['a duplicate id', { ...fixture(), actors: [...fixture().actors, { id: 'cn', label: 'Again' }] }, 'duplicate-id', '“cn”'],
      ['a malformed id', { ...fixture(), actors: [...fixture().actors, { id: 'has space', label: 'x' }] }, 'invalid-data', 'actors.4.id'],
      ['an unknown tone', { ...fixture(), kinds: [{ id: 'k', label: 'K', tone: 'angry' }] }, 'invalid-data', 'kinds.0.tone'],
      ['malformed JSON', '{"title": "x", ', 'invalid-json', 'not valid JSON'],
      ['5,001 ties', { ...fixture(), ties: Array.from({ length: 5001 }, () => fixture().ties[0]) }, 'too-many', 'at most 5000, and the data has 5001'],
      ['33 kinds', { ...fixture(), kinds: Array.from({ length: 33 }, (_, i) => ({ id: `k${i}`, label: `K${i}`, tone: 'neutral' })) }, 'too-many', 'at most 32'],
    ];
    for (const [name, data, code, message] of cases) {
      it(`shows an error state for ${name} (${code})`, async () => {
        await expectErrorState(make(data), code, message);
      });
    }

    it('drops bad ties, draws the rest and lists each with its reason', async () => {
      const data = fixture();
      const el = make({
        ...data,
        ties: [
          ...data.ties,
          { from: 'kz', to: 'mars', kind: 'war', value: 1 },
          { from: 'kz', to: 'ua', kind: 'friendship', value: 1 },
          { from: 'ru', to: 'ru', kind: 'war', value: 1 },
          { from: 'kz', to: 'ua', kind: 'partnership', value: Number.NaN },
          { from: 'kz', to: 'ua', kind: 'partnership', value: Number.POSITIVE_INFINITY },
          { from: 'kz', to: 'ua', kind: 'partnership', value: 0 },
          { from: 'kz', to: 'ua', kind: 'partnership', value: -2 },
          { from: 'kz', to: 'ua', kind: 'partnership', value: '3' },
          { from: 'ru', to: 'kz', kind: 'membership', value: 1 },
          { from: 'cn', to: 'kz', kind: 'influence', value: 1, evidence: { note: 'no quote' } },
        ],
      });
      await mount(el);
      expect(el.getAttribute('data-state')).to.equal('ready');
      // Only the tie with broken evidence is added (drawn without its evidence).
      expect(qa(el, '[part~="ribbon"]')).to.have.length(6);
      const items = qa(el, '[part~="dropped"] li').map(text);
      expect(items).to.deep.equal([
        'Kazakhstan · mars · War: 1 (names an unknown actor “mars”)',
        'Kazakhstan · Ukraine · friendship: 1 (names an unknown kind “friendship”)',
        'Russia · Russia · War: 1 (a tie from an actor to itself)',
        'Kazakhstan · Ukraine · Partnership: NaN (not a finite number)',
        'Kazakhstan · Ukraine · Partnership: Infinity (not a finite number)',
        'Kazakhstan · Ukraine · Partnership: 0 (not greater than 0)',
        'Kazakhstan · Ukraine · Partnership: -2 (not greater than 0)',
        'Kazakhstan · Ukraine · Partnership: "3" (not a number)',
        'Russia · Kazakhstan · Membership: 1 (repeats a tie of the same kind between the same actors)',
        'China · Kazakhstan · Influence: {"note":"no quote"} (evidence not in the format {quote, note}: the tie is shown without it)',
      ]);
      expect(shadow(el).innerHTML.includes('NaN"')).to.equal(false);
      for (const path of qa(el, 'path')) expect(path.getAttribute('d') ?? '').to.not.match(/NaN|Infinity/);
    });

    it('keeps two directed ties of one kind running opposite ways', async () => {
      const data = fixture();
      const el = await mount(make({ ...data, ties: [...data.ties, { from: 'ru', to: 'cn', kind: 'influence', value: 1, directed: true }] }));
      expect(qa(el, '[part~="ribbon"][data-kind="influence"]')).to.have.length(2);
      expect(qa(el, '[part~="dropped"] li')).to.have.length(0);
    });

    it('shows a calm "No data" state when no valid tie is left, never NaN paths', async () => {
      const data = fixture();
      await expectEmptyState(make({ ...data, ties: [{ from: 'kz', to: 'ru', kind: 'war', value: 0 }, { from: 'kz', to: 'kz', kind: 'war', value: 2 }] }));
    });

    it('shows markup in labels as text and runs nothing', async () => {
      const data = fixture();
      const evil = EVIL_MARKUP;
      const el = await mount(
        make({
          ...data,
          title: evil,
          actors: [{ ...data.actors[0]!, label: evil }, ...data.actors.slice(1)],
          ties: [{ ...data.ties[0]!, label: evil, evidence: { quote: evil } }, ...data.ties.slice(1)],
        }),
      );
      await frames(3);
      expect(text(q(el, 'table.totals tbody th')!)).to.equal(evil);
      expect(q(el, 'table.ties tbody .quote')!.textContent).to.equal(`“${evil}”`);
      expectMarkupShownAsText(el);
    });

    it('takes ids named like Object.prototype members as plain ids', async () => {
      const el = await mountWithoutPollution(
        make({
          title: 'Proto',
          actors: prototypeNamedItems().slice(0, 2),
          kinds: [{ id: 'toString', label: 'T', tone: 'neutral' }],
          ties: [{ from: '__proto__', to: 'constructor', kind: 'toString', value: 1 }],
        }),
      );
      expect(qa(el, '[part~="ribbon"]')).to.have.length(1);
    });

    it('refuses a javascript: src URL with an error state', async () => {
      await expectJavascriptSrcRefused('mv-chord');
    });
  });

  describe('data sources', () => {
    it('reads inline JSON from a child script', async () => {
      const { element: el } = withInlineJson('mv-chord', fixture());
      await mount(el);
      expect(qa(el, '[part~="ribbon"]')).to.have.length(5);
    });

    it('fetches a src URL', async () => {
      const el = await mountFromSrc('mv-chord', new URL('./test/fixture-chord.json', import.meta.url).href);
      expect(qa(el, '[part~="ribbon"]')).to.have.length(2);
    });

    it('shows fetch-failed for a missing file', async () => {
      await expectMissingSrcFails('mv-chord');
    });

    it('applies data set before the element was defined (upgrade)', async () => {
      const el = await upgradeWithEarlyData('mv-chord-late', fixture(), async () => (await import('./chord.js')).MvChord);
      expect(qa(el, '[part~="ribbon"]')).to.have.length(5);
    });

    it('exports a standalone SVG with its hatch patterns, and no NaN', async () => {
      const el = await mount(make(articleChord), 800);
      const text = el.toSVG();
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(doc.querySelector('parsererror') === null).to.equal(true);
      // One pattern per neutral (dots) and hostile (hatch) kind.
      expect(doc.querySelectorAll('pattern')).to.have.length(articleChord.kinds.filter((k) => k.tone !== 'cooperative').length);
      expect(doc.querySelectorAll('[part~="ribbon"]')).to.have.length(articleChord.ties.length);
      expect(text).to.not.match(/NaN|Infinity/);
    });
  });

  describe('events and linking', () => {
    it('fires mv-highlight on hover with the actor id, but not when code sets highlight', async () => {
      const el = await mount(make());
      const events = record<{ id: string | null }>(el, 'mv-highlight');
      el.highlight = 'cn';
      await el.updateComplete;
      expect(events).to.have.length(0);
      expect(arcOf(el, 2)!.classList.contains('highlighted')).to.equal(true);
      expect(ribbonOf(el, 4)!.classList.contains('dimmed')).to.equal(true);
      expect(ribbonOf(el, 2)!.classList.contains('lit')).to.equal(true);
      arcOf(el, 1)!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(events.map((e) => e.detail.id)).to.deep.equal(['ru']);
      // Russia's ribbons light, the rest dim.
      const lit = qa(el, '[part~="ribbon"].lit').map((r) => Number(r.getAttribute('data-tie')));
      expect(lit).to.have.members([0, 1, 3, 4]);
      expect(ribbonOf(el, 2)!.classList.contains('dimmed')).to.equal(true);
      const tooltip = q(el, '[part~="tooltip"]')!;
      expect(text(tooltip)).to.contain('Russia');
      expect(text(tooltip)).to.contain('Total strength: 10');
    });

    it('shows from, to, kind, strength, label and evidence on a ribbon', async () => {
      const el = await mount(make());
      ribbonOf(el, 0)!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await el.updateComplete;
      const tooltip = text(q(el, '[part~="tooltip"]')!);
      expect(tooltip).to.contain('Kazakhstan – Russia');
      expect(tooltip).to.contain('Membership (cooperative)');
      expect(tooltip).to.contain('Strength: 2 · mutual');
      expect(tooltip).to.contain('In the CSTO');
      expect(q(el, '[part~="tooltip"] .quote')!.textContent).to.equal('“the CSTO countries”');
      expect(tooltip).to.contain('Both are members.');
      expect(ribbonOf(el, 0)!.classList.contains('active')).to.equal(true);
      expect(ribbonOf(el, 1)!.classList.contains('dimmed')).to.equal(true);
    });

    it('fires mv-select on click, for an actor and for a tie', async () => {
      const el = await mount(make());
      const events = record<{ id: string; series?: string; value?: number | null }>(el, 'mv-select');
      arcOf(el, 0)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      ribbonOf(el, 4)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect(events.map((e) => e.detail)).to.deep.equal([
        { id: 'kz', value: 8 },
        { id: 'ru', series: 'ru/ua/war', value: 3 },
      ]);
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    });

    it('fires mv-ready once per dataset', async () => {
      await expectReadyOncePerDataset(make());
    });

    it('does not fire events when data, theme, locale or highlight change by code', async () => {
      const el = await mount(make());
      await expectNoEventsFrom(el, () => {
        el.data = { ...fixture(), title: 'Changed' };
        el.theme = 'dark';
        el.locale = 'ru';
        el.highlight = 'ua';
      });
      expect(q(el, '[part~="title"]')!.textContent).to.equal('Changed');
      expect(arcOf(el, 3)!.classList.contains('highlighted')).to.equal(true);
    });

    it("broadcasts an actor's group to linked elements, and lights a whole group it receives", async () => {
      const received: [string | null, readonly string[]][] = [];
      const member = { receiveLinkedHighlight: (id: string | null, related: readonly string[]) => received.push([id, related]) };
      joinLink('story', member);
      try {
        const el = make(articleChord);
        el.link = 'story';
        await mount(el, 800);
        const usa = articleChord.actors.findIndex((a) => a.id === 'usa');
        arcOf(el, usa)!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
        await el.updateComplete;
        expect(received).to.deep.equal([['usa', ['west']]]);
        const kz = articleChord.actors.findIndex((a) => a.id === 'kazakhstan');
        arcOf(el, kz)!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
        await el.updateComplete;
        expect(received[1]).to.deep.equal(['kazakhstan', []]);
        q(el, 'svg.chart')!.parentElement!.dispatchEvent(new PointerEvent('pointerleave'));
        await el.updateComplete;
        expect(received[2]).to.deep.equal([null, []]);

        // Hovering the West's band sends the group id.
        q(el, '[part~="group"]')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
        await el.updateComplete;
        expect(received[3]).to.deep.equal(['west', []]);
        expect(qa(el, '[part~="arc"].highlighted')).to.have.length(4);
        q(el, 'svg.chart')!.parentElement!.dispatchEvent(new PointerEvent('pointerleave'));
        await el.updateComplete;

        // The compass lights its `west` pole: every western actor lights here.
        el.receiveLinkedHighlight('west', []);
        await el.updateComplete;
        const lit = qa(el, '[part~="arc"].highlighted').map((a) => articleChord.actors[Number(a.getAttribute('data-actor'))]!.id);
        expect(lit).to.have.members(['usa', 'eu', 'nato', 'g7']);
        expect(q(el, '[part~="group"]')!.classList.contains('highlighted')).to.equal(true);
        // An actor id wins over its group.
        el.receiveLinkedHighlight('russia', ['csto']);
        await el.updateComplete;
        expect(qa(el, '[part~="arc"].highlighted')).to.have.length(1);
      } finally {
        leaveLink('story', member);
      }
    });
  });

  describe('keyboard', () => {
    it('is one tab stop: arrows between actors, Down into ties, Escape back out, Escape again clears, Tab leaves', async () => {
      const el = make();
      const walk = await startKeyboardWalk(el, '[part~="arc"][tabindex="0"], [part~="ribbon"][tabindex="0"]');
      const { after, highlights } = walk;
      const active = () => walk.active()!;
      await sendKeys({ press: 'Tab' }); // the legend toolbar
      await sendKeys({ press: 'Tab' }); // the plot
      expect(active().getAttribute('part')).to.equal('arc');
      expect(active().getAttribute('aria-label')).to.equal('Kazakhstan: total strength 8, ties: 3');
      await sendKeys({ press: 'ArrowRight' });
      expect(active().getAttribute('aria-label')).to.equal('Russia (Csto): total strength 10, ties: 4');
      await sendKeys({ press: 'ArrowDown' });
      expect(active().getAttribute('part')).to.equal('ribbon');
      const first = active().getAttribute('data-tie');
      await sendKeys({ press: 'ArrowDown' });
      expect(active().getAttribute('part')).to.equal('ribbon');
      const second = active().getAttribute('data-tie');
      expect(second).to.not.equal(first);
      // Both are Russia's ties.
      const tie = (i: string | null) => fixture().ties[Number(i)]!;
      expect([tie(first).from, tie(first).to]).to.include('ru');
      expect([tie(second).from, tie(second).to]).to.include('ru');
      await el.updateComplete;
      expect(q(el, '.focus-ring') !== null).to.equal(true);
      expect(active().getAttribute('aria-describedby')).to.equal(q(el, '[part~="tooltip"]')!.id);
      await sendKeys({ press: 'ArrowUp' });
      expect(active().getAttribute('data-tie')).to.equal(first);
      await sendKeys({ press: 'Escape' });
      expect(active().getAttribute('part')).to.equal('arc');
      expect(active().getAttribute('data-actor')).to.equal('1');
      await el.updateComplete;
      expect(q(el, '[part~="tooltip"]') !== null).to.equal(true);
      await pressEscapeToClear(el);
      expect(highlights.map((e) => e.detail.id)).to.deep.equal(['kz', 'ru', null]);
      await expectTabLeavesTo(after, 3); // the source link, the table toggle, out
    });

    it('wraps round the circle and jumps with Home and End', async () => {
      const el = await mount(make());
      arcOf(el, 0)!.focus();
      const active = () => shadow(el).activeElement!.getAttribute('data-actor');
      const order = qa(el, '[part~="arc"]').map((a) => a.getAttribute('data-actor'));
      await sendKeys({ press: 'ArrowLeft' });
      expect(active()).to.equal(order.at(-1));
      await sendKeys({ press: 'Home' });
      expect(active()).to.equal(order[0]);
      await sendKeys({ press: 'End' });
      expect(active()).to.equal(order.at(-1));
    });

    it('selects with Enter, on an actor and on a tie', async () => {
      const el = await mount(make());
      const events = record<{ id: string; series?: string }>(el, 'mv-select');
      arcOf(el, 3)!.focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      expect(events.map((e) => e.detail)).to.deep.equal([
        { id: 'ua', value: 3 },
        { id: 'ru', series: 'ru/ua/war', value: 3 },
      ]);
    });

    it('ignores keys pressed while focus is outside the chart', async () => {
      await expectKeysOutsideIgnored(await mount(make()), ['ArrowRight', 'Escape']);
    });

    it('moves the tab stop back to the actor when its focused tie is hidden', async () => {
      const el = await mount(make());
      arcOf(el, 3)!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(shadow(el).activeElement!.getAttribute('data-tie')).to.equal('4');
      q<HTMLButtonElement>(el, '[part~="legend"] button[data-id="war"]')!.click();
      await el.updateComplete;
      // Ukraine is gone with its only tie: the first actor takes the tab stop.
      const stops = qa(el, '[tabindex="0"][part~="arc"], [tabindex="0"][part~="ribbon"]');
      expect(stops).to.have.length(1);
      expect(stops[0]!.getAttribute('part')).to.equal('arc');
      // Focus was not dropped on the page: it moved to the new tab stop.
      await frames(1);
      expect(shadow(el).activeElement === stops[0]).to.equal(true);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`has no axe violations in the ${theme} theme, with a tooltip open and the table shown`, async () => {
        const el = make(articleChord);
        const openTooltip = async () => {
          q<SVGElement>(el, '[part~="arc"][tabindex="0"]')!.focus();
          await sendKeys({ press: 'ArrowDown' });
        };
        await expectAccessibleInTheme(el, theme, openTooltip, 800);
      });
    }

    for (const theme of ['light', 'dark'] as const) {
      it(`gives ribbon edges, hatches, dots, arcs and the focus ring 3:1 contrast with the ${theme} background`, async () => {
        const el = make(articleChord);
        el.theme = theme;
        await mount(el, 800);
        const background = getComputedStyle(el).backgroundColor;
        const ribbons = qa(el, '[part~="ribbon"]');
        for (const ribbon of ribbons) {
          const stroke = getComputedStyle(ribbon).stroke;
          expect(contrastRatio(over(stroke, background), background), `${ribbon.getAttribute('data-kind')}: ${stroke}`).to.be.at.least(3);
        }
        // A pattern's hatch lines and dots carry the fill: 3:1 against the background, and
        // against the tint they lie on, so that the pattern shows inside the ribbon too.
        const patterns = qa(el, 'pattern');
        expect(patterns).to.have.length(articleChord.kinds.filter((k) => k.tone !== 'cooperative').length);
        for (const pattern of patterns) {
          const tint = getComputedStyle(pattern.querySelector('.hatch-bg, .dots-bg')!);
          const under = over(tint.fill, background, Number(tint.fillOpacity));
          const marks = [...pattern.querySelectorAll('.hatch-line, .dot')];
          expect(marks.length).to.be.greaterThan(0);
          for (const mark of marks) {
            const ink = getComputedStyle(mark).fill;
            expect(contrastRatio(over(ink, background), background), `${pattern.id} on the background`).to.be.at.least(3);
            expect(contrastRatio(over(ink, under), under), `${pattern.id} on its tint`).to.be.at.least(3);
          }
        }
        for (const arc of qa(el, '[part~="arc"]')) {
          expect(contrastRatio(over(getComputedStyle(arc).fill, background), background)).to.be.at.least(3);
        }
        q<SVGElement>(el, '[part~="arc"][tabindex="0"]')!.focus();
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
        const ring = q(el, '.focus-ring')!;
        expect(contrastRatio(over(getComputedStyle(ring).stroke, background), background)).to.be.at.least(3);
        const label = getComputedStyle(q(el, '[part~="label"]')!).fill;
        expect(contrastRatio(over(label, background), background)).to.be.at.least(4.5);
        const band = over(getComputedStyle(q(el, '[part~="group"]')!).fill, background);
        expect(contrastRatio(over(getComputedStyle(q(el, '[part~="group-label"]')!).fill, band), band)).to.be.at.least(4.5);
      });
    }

    it('has no axe violations in the error and empty states', async () => {
      await expectEachAccessible(make(17), make({ ...fixture(), ties: [] }));
    });

    it('names the plot, summarises it and explains the keys', async () => {
      const el = await mount(make());
      const help = expectPlotNamed(el, 'Chord diagram: Ties').replace(/\s+/g, ' ');
      expect(help).to.contain('Actors: 4. Ties: 5, of 4 kinds.');
      expect(help).to.contain('Strongest ties: Kazakhstan – Russia (Partnership, 3)');
      expect(ribbonOf(el, 4)!.getAttribute('aria-label')).to.equal('Russia → Ukraine, War (hostile): strength 3');
      expect(ribbonOf(el, 0)!.getAttribute('aria-label')).to.equal('Kazakhstan – Russia, Membership (cooperative): strength 2. In the CSTO');
      for (const node of qa(el, '[part~="label"], [part~="group"]')) expect(node.closest('[aria-hidden="true"]') !== null).to.equal(true);
    });

    it('keeps tones and kinds apart in forced colours', async () => {
      const el = await mount(make());
      applyForcedColorRules(el);
      const war = getComputedStyle(ribbonOf(el, 4)!);
      const influence = getComputedStyle(ribbonOf(el, 3)!);
      const membership = getComputedStyle(ribbonOf(el, 0)!);
      const partnership = getComputedStyle(ribbonOf(el, 2)!);
      expect(war.fill).to.contain('hatch');
      expect(influence.fill).to.contain('dots');
      // Cooperative ribbons lose their fill: their edges, solid and dashed, still differ.
      expect(membership.strokeDasharray).to.equal('none');
      expect(partnership.strokeDasharray).to.match(/\d/);
      expect(partnership.fill).to.equal('none');
      expect(partnership.stroke).to.not.equal(partnership.fill);
      // The patterns are drawn in the system colours: ink on Canvas.
      for (const pattern of qa(el, 'pattern')) {
        const ink = getComputedStyle(pattern.querySelector('.hatch-line, .dot')!).fill;
        expect(ink).to.equal(war.stroke);
        expect(getComputedStyle(pattern.querySelector('.hatch-bg, .dots-bg')!).fill).to.not.equal(ink);
      }
      cleanup();
      const article = await mount(make(articleChord), 800);
      applyForcedColorRules(article);
      expectKindsApartWithoutColour(article, articleChord.kinds.length, 'the article in forced colours');
    });

    it('respects author-set hidden', async () => {
      await expectHiddenRespected(make());
    });
  });

  describe('sizing', () => {
    for (const width of [280, 1200]) {
      it(`keeps every label and band inside the box at ${width} px, text never under 12 px`, async () => {
        const el = await mount(make(articleChord), width);
        const box = q(el, 'svg.chart')!.getBoundingClientRect();
        expect(box.width).to.be.closeTo(width, 1);
        const labels = qa(el, '[part~="label"], [part~="group-label"]');
        expect(labels.length).to.be.at.least(articleChord.actors.length);
        expectLabelsInside(labels, box, `${width} px`);
        // A cut label keeps its full name in the arc's accessible name and the table.
        const full = articleChord.actors.map((a) => (typeof a.label === 'string' ? a.label : a.label['en']!));
        for (const label of qa(el, '[part~="label"]')) {
          const actor = Number(label.getAttribute('data-actor'));
          expect(arcOf(el, actor)!.getAttribute('aria-label')).to.contain(full[actor]!);
        }
      });
    }

    it('keeps labels outward under dir="rtl"', async () => {
      const el = make(articleChord);
      el.setAttribute('dir', 'rtl');
      await mount(el, 600);
      const svg = q<SVGSVGElement>(el, 'svg.chart')!;
      const box = svg.getBoundingClientRect();
      const cx = box.left + box.width / 2;
      const cy = box.top + box.height / 2;
      // The arcs' paths start on the outer radius.
      const start = q<SVGPathElement>(el, '[part~="arc"]')!.getPointAtLength(0);
      const outer = Math.hypot(start.x, start.y); // relative to the centre (the group is translated)
      for (const label of qa(el, '[part~="label"]')) {
        const r = label.getBoundingClientRect();
        const nearestX = Math.max(r.left, Math.min(cx, r.right));
        const nearestY = Math.max(r.top, Math.min(cy, r.bottom));
        expect(Math.hypot(nearestX - cx, nearestY - cy), label.textContent!).to.be.at.least(outer - 1);
      }
    });

    it('follows its container from 1200 down to 280 px', async () => {
      const el = await mount(make(articleChord), 1200);
      for (const width of [900, 600, 400, 280]) {
        await resizeTo(el, width);
        expect(qa(el, '[part~="ribbon"]')).to.have.length(articleChord.ties.length);
      }
    });
  });

  describe('scale', () => {
    /** Main-thread time to `whenReady()` (validation, layout, render, commit), and to the next frame. */
    async function timeRender(data: ChordData, width = 900): Promise<[number, number]> {
      const container = document.createElement('div');
      container.style.width = `${width}px`;
      document.body.appendChild(container);
      const start = performance.now();
      const el = make(data);
      container.appendChild(el);
      await el.whenReady();
      const ready = performance.now() - start;
      await frames(1);
      const frame = performance.now() - start;
      cleanup();
      return [ready, frame];
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

    it('draws 200 seeded actors, and reports render times (not asserted)', async function () {
      this.timeout(60000);
      const cases: [string, ChordData][] = [
        ['article', articleChord],
        ['40 actors', generateChord(40, 7)],
        ['200 actors', generateChord(200, 42)],
      ];
      const results: string[] = [];
      for (const [name, data] of cases) {
        await timeRender(data); // warm-up: module code, style sheets
        const runs: [number, number][] = [];
        for (let i = 0; i < 7; i++) runs.push(await timeRender(data));
        const ready = median(runs.map((r) => r[0])).toFixed(1);
        const frame = median(runs.map((r) => r[1])).toFixed(1);
        results.push(`${name} (${data.actors.length} actors, ${data.ties.length} ties): ready ${ready} ms, next frame ${frame} ms`);
      }
      console.log(`[mv-chord render] ${results.join('; ')}`);

      const el = await mount(make(generateChord(200, 42)), 1000);
      expect(el.getAttribute('data-state')).to.equal('ready');
      expect(qa(el, '[part~="arc"]').length).to.be.greaterThan(150);
      for (const path of qa(el, '[part~="ribbon"], [part~="arc"]')) expect(path.getAttribute('d')).to.not.match(/NaN|Infinity/);
      // Crowded: only the largest arcs keep a label, and labels do not pile up.
      const labels = qa(el, '[part~="label"]');
      expect(labels.length).to.be.greaterThan(20);
      expect(labels.length).to.be.lessThan(qa(el, '[part~="arc"]').length);
    });

    it('refuses 201 actors with the documented limit instead of hanging', async () => {
      const el = make(generateChord(201, 3));
      const warn = console.warn;
      console.warn = () => {};
      try {
        await mount(el);
      } finally {
        console.warn = warn;
      }
      expect(el.getAttribute('data-state')).to.equal('error');
      expect(text(q(el, '[part~="error"]')!)).to.contain('this chart draws at most 200, and the data has 201');
    });
  });
});
