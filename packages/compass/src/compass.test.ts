import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import * as v from 'valibot';
import { articleCompass } from '../../data/src/compass.js';
import { assertInDelta, cleanup, frames, mount, record, shadow, expectErrorState, expectEmptyState, withInlineJson, seededRandom } from '../../core/src/test/helpers.js';
import { expectNoEventsFrom, expectReadyOncePerDataset, startKeyboardWalk, pressEscapeToClear, expectTabLeavesTo, expectKeysOutsideIgnored } from '../../core/src/test/contract.js';
import { EVIL_MARKUP, expectMarkupShownAsText, prototypeNamedItems, prototypeNamedKeys, mountWithoutPollution, mountFromSrc, expectJavascriptSrcRefused, expectMissingSrcFails, upgradeWithEarlyData } from '../../core/src/test/contract.js';
import { q, qa, expectTableShownByToggle, expectAccessibleInTheme, expectEachAccessible, expectPlotNamed, expectHiddenRespected, resizeTo, expectLabelsInside, expectLabelsApart, applyForcedColorRules } from '../../core/src/test/contract.js';
import './index.js';
import type { MvCompass } from './compass.js';
import { compassSchema, validateCompass } from './compass-data.js';
import type { CompassData, CompassPosition } from './types.js';

const fixture = (): CompassData => ({
  title: { en: 'Between three poles', ru: 'Между тремя полюсами', kk: 'Үш полюс арасында' },
  description: 'A test compass.',
  source: { name: 'Test source', title: 'A piece', url: 'https://example.org/piece' },
  poles: [
    { id: 'a', label: { en: 'Alpha', ru: 'Альфа', kk: 'Альфа' } },
    { id: 'b', label: 'Beta' },
    { id: 'c', label: 'Gamma' },
  ],
  positions: [
    { id: 'p1', label: 'Only Alpha', date: '2001', weights: { a: 1 } },
    { id: 'p2', label: 'Balanced', date: '2002', weights: { a: 2, b: 2, c: 2 }, evidence: [{ quote: 'all equal', note: 'Equal weights.' }] },
    { id: 'p3', label: 'Toward Gamma', date: '2003-06', weights: { a: 1, b: 1, c: 2 } },
    { id: 'p4', label: 'Only Gamma', date: '2004-02-24', weights: { c: 5 } },
  ],
});

function make(data: unknown = fixture()): MvCompass {
  const el = document.createElement('mv-compass');
  el.data = data;
  return el;
}

const texts = (el: Element, selector: string) => qa(el, selector).map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const num = (node: Element | null, name: string) => Number(node!.getAttribute(name));
const point = (el: Element, index: number) => q<SVGCircleElement>(el, `[part~="point"][data-index="${index}"]`)!;
const step = (el: Element) => Number(q(el, '[part~="point"][tabindex="0"]')!.getAttribute('data-index'));

/** The needle's tip, from its head path (`M tip L … L … Z`), or null when no head is drawn. */
function needleTip(el: Element): { x: number; y: number } | null {
  const d = q(el, '[part~="needle"].head')?.getAttribute('d');
  if (!d) return null;
  const [x, y] = d.slice(1).split('L')[0]!.split(',').map(Number);
  return { x: x!, y: y! };
}

/** Client coordinates of a mark's centre. */
function centreOf(node: Element): { clientX: number; clientY: number } {
  const box = node.getBoundingClientRect();
  return { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
}

function pointAt(el: Element, node: Element, type: 'pointermove' | 'click' = 'pointermove'): void {
  const init = { ...centreOf(node), bubbles: true, composed: true };
  q(el, 'svg.chart')!.dispatchEvent(type === 'click' ? new MouseEvent('click', init) : new PointerEvent('pointermove', init));
}

/** Distance from balance for 3 poles, from the shares alone: |p|² = 1.5 Σ s² − 0.5 (in radii). */
function ternaryDistance(weights: readonly number[]): number {
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => w / sum);
  return Math.sqrt(Math.max(0, 1.5 * shares.reduce((a, s) => a + s * s, 0) - 0.5));
}

/** A seeded random walk of `count` positions between `poles` poles: the same data every run. */
function walk(count: number, poles = 3, seed = 7): CompassData {
  const random = seededRandom(seed);
  const weights = Array.from({ length: poles }, () => 1 + random() * 4);
  const positions: CompassPosition[] = Array.from({ length: count }, (_, i) => {
    for (let k = 0; k < poles; k++) weights[k] = Math.min(10, Math.max(0.1, weights[k]! + (random() - 0.5)));
    const day = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000 * 7).toISOString().slice(0, 10);
    return {
      id: `w${i}`,
      label: `Week ${i + 1}`,
      date: day,
      weights: Object.fromEntries(weights.map((w, k) => [`pole${k}`, Math.round(w * 100) / 100])),
    };
  });
  return {
    title: `${count} positions (seeded random walk)`,
    poles: Array.from({ length: poles }, (_, k) => ({ id: `pole${k}`, label: `Pole ${k + 1}` })),
    positions,
  };
}

describe('<mv-compass>', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' });
  });

  describe('rendering', () => {
    it('explains in the legend a position labelled by its number, and only when there is one', async () => {
      const el = await mount(make(articleCompass), 800);
      const numbered = texts(el, '[part~="date-label"]').filter((label) => /^\d{1,3}$/.test(label)); // a position number, not a year
      expect(numbered.length, 'the article has a date with no room at 800 px').to.be.greaterThan(0);
      const entry = qa(el, '[part~="legend"] li').find((li) => li.textContent!.includes('number: a position whose date has no room'));
      expect(entry !== undefined, 'a legend entry for numbered positions').to.equal(true);
      expect(entry!.querySelector('svg text')!.textContent, 'its swatch shows the number').to.equal(numbered[0]);
      cleanup();
      const apart = await mount(make(fixture()), 800);
      expect(texts(apart, '[part~="date-label"]').every((label) => !/^\d{1,3}$/.test(label)), 'every date fits').to.equal(true);
      expect(qa(apart, '[part~="legend"] li').some((li) => li.textContent!.includes('number:'))).to.equal(false);
    });

    it('draws the poles, the triangle with its share grid, the rings, one point per position and the trail', async () => {
      const el = await mount(make(articleCompass));
      expect(el.getAttribute('data-state')).to.equal('ready');
      expect(texts(el, '[part~="pole-label"]')).to.deep.equal(['Russia', 'China', 'the West']);
      expect(qa(el, '[part~="pole"]')).to.have.length(3);
      expect(qa(el, '[part~="grid"].ring')).to.have.length(4);
      expect(qa(el, '[part~="grid"].share')).to.have.length(9);
      expect(qa(el, '[part~="grid"].outline')).to.have.length(1);
      expect(qa(el, '[part~="point"]')).to.have.length(6);
      expect(q(el, '[part~="trail"]')!.getAttribute('d')!.match(/L/g)).to.have.length(5);
      // 2014 → 2020 does not move (both at balance): no arrow for it.
      expect(qa(el, '[part~="arrow"]')).to.have.length(4);
      expect(texts(el, '[part~="guide-label"]')).to.include.members(['0.5', '1', '25%', '50%', '75%']);
    });

    it('puts a pole-only position on its pole and equal weights at the centre', async () => {
      const el = await mount(make());
      const poles = qa(el, '[part~="pole"]');
      assertInDelta(num(point(el, 0), 'cx'), num(poles[0]!, 'cx'));
      assertInDelta(num(point(el, 0), 'cy'), num(poles[0]!, 'cy'));
      assertInDelta(num(point(el, 3), 'cx'), num(poles[2]!, 'cx'));
      assertInDelta(num(point(el, 3), 'cy'), num(poles[2]!, 'cy'));
      assertInDelta(num(point(el, 1), 'cx'), 0);
      assertInDelta(num(point(el, 1), 'cy'), 0);
      // Shares 1/4, 1/4, 1/2: a quarter of the way from the centre to Gamma.
      assertInDelta(num(point(el, 2), 'cx'), num(poles[2]!, 'cx') / 4);
      assertInDelta(num(point(el, 2), 'cy'), num(poles[2]!, 'cy') / 4);
      // The needle starts at the last position, on Gamma, its tip at the marker's edge.
      const tip = needleTip(el)!;
      const pole = { x: num(poles[2]!, 'cx'), y: num(poles[2]!, 'cy') };
      assertInDelta(Math.atan2(tip.y, tip.x), Math.atan2(pole.y, pole.x));
      expect(Math.hypot(pole.x - tip.x, pole.y - tip.y)).to.be.closeTo(7.5, 0.5);
    });

    it('draws 5 poles evenly from the top, without the ternary grid', async () => {
      const poles = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, label: id.toUpperCase() }));
      const el = await mount(make({ title: 'Five', poles, positions: [{ id: 'x', label: 'X', weights: { a: 1, c: 1 } }] }));
      const places = qa(el, '[part~="pole"]').map((p) => ({ x: num(p, 'cx'), y: num(p, 'cy') }));
      const radius = Math.hypot(places[0]!.x, places[0]!.y);
      places.forEach((p, i) => {
        assertInDelta(p.x, radius * Math.sin((2 * Math.PI * i) / 5), 0.01);
        assertInDelta(p.y, -radius * Math.cos((2 * Math.PI * i) / 5), 0.01);
      });
      expect(qa(el, '[part~="grid"].share')).to.have.length(0);
      expect(qa(el, '[part~="grid"].outline')).to.have.length(0);
      expect(qa(el, '[part~="grid"].spoke')).to.have.length(5);
      // Halfway between A and C.
      assertInDelta(num(point(el, 0), 'cx'), (places[0]!.x + places[2]!.x) / 2);
      assertInDelta(num(point(el, 0), 'cy'), (places[0]!.y + places[2]!.y) / 2);
    });

    it('gives the needle’s reading in words, and the step that led there', async () => {
      const el = await mount(make(articleCompass));
      expect(texts(el, '[part~="reading"] p')).to.deep.equal([
        '24 February 2022: two-vector outlook: leans toward China, 0.36 from balance',
        'Jan 2022 → 24 Feb 2022: moved 0.12 toward China and Russia',
      ]);
      expect(q(el, '.step-status')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('6 of 6 · 24 Feb 2022');
    });

    it('labels dates without overlapping each other, the poles or the guides', async () => {
      const el = await mount(make(articleCompass), 600);
      expect(texts(el, '[part~="date-label"]')).to.include.members(['1990–1999', '2014', '2020', '24 Feb 2022']);
      expectLabelsApart(qa(el, '[part~="label"]'), '600 px', 0.5);
    });

    it('switches every string with the locale', async () => {
      const el = make(articleCompass);
      el.locale = 'ru';
      await mount(el);
      expect(texts(el, '[part~="pole-label"]')).to.deep.equal(['Россия', 'Китай', 'Запад']);
      expect(texts(el, '[part~="reading"] p')).to.deep.equal([
        '24 февраля 2022 года: двухвекторный взгляд: тяготеет к полюсу «Китай», 0,36 от равновесия',
        'янв. 2022 → 24 февр. 2022: сдвиг на 0,12 к полюсам «Китай» и «Россия»',
      ]);
      expect(q(el, '.table-toggle')!.textContent!.trim()).to.equal('Показать таблицу данных');
      expect(q(el, '.stepper button')!.getAttribute('aria-label')).to.equal('Предыдущее положение');
      el.locale = 'kk';
      await el.updateComplete;
      expect(texts(el, '[part~="pole-label"]')).to.deep.equal(['Ресей', 'Қытай', 'Батыс']);
      expect(texts(el, '[part~="reading"] p')).to.deep.equal([
        '2022 жылғы 24 ақпан: екі векторлы көзқарас: Қытай полюсіне қарай ауады, тепе-теңдіктен 0,36 қашықтықта',
        'қаң. 2022 → 24 ақп. 2022: Қытай және Ресей полюстеріне қарай 0,12 жылжыды',
      ]);
      expect(texts(el, '[part~="guide-label"]')).to.include('0,5');
    });
  });

  describe('data table', () => {
    it('has one row per position with the shares, distance, leaning, change and evidence of the data', async () => {
      const el = await mount(make(articleCompass));
      const rows = qa(el, 'tbody tr');
      expect(rows).to.have.length(articleCompass.positions.length);
      const poleIds = articleCompass.poles.map((p) => p.id);
      articleCompass.positions.forEach((position, i) => {
        const cells = [...rows[i]!.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
        const weights = poleIds.map((id) => position.weights[id] ?? 0);
        const sum = weights.reduce((a, b) => a + b, 0);
        expect(cells[0]).to.equal(`${i + 1}. ${(position.label as Record<string, string>)['en']}`);
        expect(cells.slice(2, 5)).to.deep.equal(weights.map((w) => `${Math.round((100 * w) / sum)}%`));
        expect(Number(cells[5])).to.be.closeTo(ternaryDistance(weights), 0.005);
        const quotes = [...rows[i]!.querySelectorAll('q')].map((n) => n.textContent);
        expect(quotes).to.deep.equal(position.evidence!.map((e) => e.quote));
      });
      const column = (k: number) => rows.map((r) => r.children[k]!.textContent!.replace(/\s+/g, ' ').trim());
      expect(column(1)).to.deep.equal(['1990–1999', '2014', '2020', 'Dec 2021', 'Jan 2022', '24 Feb 2022']);
      expect(column(6)).to.deep.equal(['the West', 'balance', 'balance', 'Russia, China', 'China', 'China']);
      expect(column(7)).to.deep.equal([
        'starting point',
        '1990–1999 → 2014: moved 0.33 toward Russia and China',
        '2014 → 2020: did not move',
        '2020 → Dec 2021: moved 0.09 toward Russia and China',
        'Dec 2021 → Jan 2022: moved 0.16 toward China',
        'Jan 2022 → 24 Feb 2022: moved 0.12 toward China and Russia',
      ]);
      expect(q(el, 'caption')!.textContent).to.contain('Kazakhstan between Russia, China and the West');
      expect(qa(el, 'thead th').map((th) => th.getAttribute('scope'))).to.satisfy((s: string[]) => s.every((x) => x === 'col'));
    });

    it('narrates each step from the shares alone', async () => {
      const el = await mount(make());
      expect(texts(el, 'tbody tr td:nth-of-type(7)')).to.deep.equal([
        'starting point',
        '2001 → 2002: moved 1 toward Beta and Gamma',
        '2002 → Jun 2003: moved 0.25 toward Gamma',
        'Jun 2003 → 24 Feb 2004: moved 0.75 toward Gamma',
      ]);
      expect(texts(el, 'tbody tr td:nth-of-type(6)')).to.deep.equal(['Alpha', 'balance', 'Gamma', 'Gamma']);
      expect(q(el, 'tbody .note')!.textContent).to.equal('Equal weights.');
    });

    it('is visually hidden until shown', async () => {
      await expectTableShownByToggle(await mount(make()));
    });

    it('exports the same values as CSV', async () => {
      const el = await mount(make());
      expect(el.toCSV().split('\r\n')).to.deep.equal([
        'Position,Date,Alpha,Beta,Gamma,Distance from balance,Leans toward',
        'Only Alpha,2001,1,0,0,1,Alpha',
        'Balanced,2002,0.333,0.333,0.333,0,balance',
        'Toward Gamma,2003-06,0.25,0.25,0.5,0.25,Gamma',
        'Only Gamma,2004-02-24,0,0,1,1,Gamma',
      ]);
    });
  });

  describe('stepper and keyboard', () => {
    it('steps with previous and next, says where the needle is, and stops at the ends', async () => {
      const el = await mount(make());
      const [previous, play, next] = qa<HTMLButtonElement>(el, '.stepper button');
      expect(next!.getAttribute('aria-disabled')).to.equal('true');
      expect(play!.getAttribute('aria-label')).to.equal('Play the trajectory');
      previous!.click();
      await el.updateComplete;
      expect(step(el)).to.equal(2);
      expect(texts(el, '[part~="reading"] p')[0]).to.equal('Toward Gamma: leans toward Gamma, 0.25 from balance');
      expect(q(el, '[aria-live="polite"]')!.textContent).to.equal(
        '3 of 4: Toward Gamma. leans toward Gamma, 0.25 from balance. 2002 → Jun 2003: moved 0.25 toward Gamma.',
      );
      previous!.click();
      previous!.click();
      await el.updateComplete;
      expect(step(el)).to.equal(0);
      expect(previous!.getAttribute('aria-disabled')).to.equal('true');
      previous!.click();
      await el.updateComplete;
      expect(step(el)).to.equal(0);
      next!.click();
      await el.updateComplete;
      expect(step(el)).to.equal(1);
      expect(q(el, '.step-status')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('2 of 4 · 2002');
      expect(texts(el, '[part~="reading"] p')[0]).to.equal('Balanced: at balance between the poles');
      await new Promise((resolve) => setTimeout(resolve, 500)); // the swing ends
      // At balance the needle has no length: only its hub is drawn.
      expect(needleTip(el) === null).to.equal(true);
    });

    it('plays through the positions, and pauses', async () => {
      const el = make();
      el.current = 'p1';
      await mount(el);
      const play = qa<HTMLButtonElement>(el, '.stepper button')[1]!;
      play.click();
      await el.updateComplete;
      expect(step(el)).to.equal(1); // the first step comes at once
      expect(play.getAttribute('aria-label')).to.equal('Pause');
      await new Promise((resolve) => setTimeout(resolve, 1700));
      expect(step(el)).to.equal(2);
      play.click();
      await el.updateComplete;
      expect(play.getAttribute('aria-label')).to.equal('Play the trajectory');
      await new Promise((resolve) => setTimeout(resolve, 1700));
      expect(step(el)).to.equal(2);
    });

    it('is operable from the keyboard: the stepper is one toolbar stop, arrows move between its buttons', async () => {
      const el = await mount(make());
      const buttons = qa<HTMLButtonElement>(el, '.stepper button');
      expect(buttons.map((b) => b.tabIndex)).to.deep.equal([0, -1, -1]);
      buttons[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(step(el)).to.equal(2);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(shadow(el).activeElement === buttons[2]).to.equal(true);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(step(el)).to.equal(3);
    });

    it('is one tab stop; arrows, Home and End step through the positions; Escape clears; Tab leaves', async () => {
      const el = make();
      const { after, highlights, active } = await startKeyboardWalk(el, '[part~="point"][tabindex="0"]');
      await sendKeys({ press: 'Tab' });
      expect(active()!.getAttribute('data-index')).to.equal('3'); // the position the needle shows
      await sendKeys({ press: 'ArrowLeft' });
      expect(active()!.getAttribute('data-index')).to.equal('2');
      expect(step(el)).to.equal(2);
      expect(active()!.getAttribute('aria-label')).to.equal(
        '3 of 4: Toward Gamma (Jun 2003). Alpha 25%, Beta 25%, Gamma 50%; leans toward Gamma, 0.25 from balance. 2002 → Jun 2003: moved 0.25 toward Gamma.',
      );
      await sendKeys({ press: 'Home' });
      expect(active()!.getAttribute('data-index')).to.equal('0');
      await sendKeys({ press: 'ArrowUp' });
      expect(active()!.getAttribute('data-index')).to.equal('0');
      await sendKeys({ press: 'ArrowDown' });
      expect(active()!.getAttribute('data-index')).to.equal('1');
      await el.updateComplete;
      expect(q(el, '[part~="tooltip"]')!.textContent).to.contain('all equal');
      expect(q(el, '.focus-ring') !== null).to.equal(true);
      await sendKeys({ press: 'End' });
      expect(active()!.getAttribute('data-index')).to.equal('3');
      await pressEscapeToClear(el);
      // A position reports the pole it leans toward; one at balance its own id.
      expect(highlights.map((e) => e.detail.id)).to.deep.equal(['c', 'a', 'p2', 'c', null]);
      await sendKeys({ press: 'Tab' }); // the stepper
      expect(shadow(el).activeElement!.getAttribute('aria-label')).to.equal('Previous position');
      await sendKeys({ press: 'Tab' }); // the source link
      await sendKeys({ press: 'Tab' }); // the table toggle
      expect(shadow(el).activeElement!.classList.contains('table-toggle')).to.equal(true);
      await expectTabLeavesTo(after, 1);
    });

    it('selects the focused position with Enter', async () => {
      const el = await mount(make());
      const events = record<{ id: string; series?: string; value?: number }>(el, 'mv-select');
      point(el, 2).focus();
      await sendKeys({ press: 'Enter' });
      expect(events).to.have.length(1);
      expect(events[0]!.detail.id).to.equal('c');
      expect(events[0]!.detail.series).to.equal('p3');
      expect(events[0]!.detail.value).to.be.closeTo(0.25, 1e-9);
    });

    it('ignores keys pressed while focus is outside the chart', async () => {
      const el = await mount(make());
      await expectKeysOutsideIgnored(el, ['ArrowLeft', 'Home']);
      expect(step(el)).to.equal(3);
    });
  });

  describe('motion', () => {
    it('swings the needle when motion is allowed', async () => {
      const el = await mount(make());
      const start = needleTip(el)!;
      qa<HTMLButtonElement>(el, '.stepper button')[0]!.click(); // to p3, a quarter of the way to Gamma
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 150));
      const midway = needleTip(el);
      expect(midway !== null && Math.hypot(midway.x - start.x, midway.y - start.y) > 1).to.equal(true);
      expect(Math.hypot(midway!.x, midway!.y)).to.be.greaterThan(Math.hypot(num(point(el, 2), 'cx'), num(point(el, 2), 'cy')));
      await new Promise((resolve) => setTimeout(resolve, 500));
      const end = needleTip(el)!;
      assertInDelta(Math.atan2(end.y, end.x), Math.atan2(num(point(el, 2), 'cy'), num(point(el, 2), 'cx')), 1e-3);
    });

    it('under reduced motion the needle jumps, play steps without animating, and the labelled trail stays', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await mount(make());
      const labels = texts(el, '[part~="date-label"]');
      qa<HTMLButtonElement>(el, '.stepper button')[0]!.click();
      await el.updateComplete;
      const tip = needleTip(el)!;
      const target = point(el, 2);
      // At its place at once: no tween frame in between.
      assertInDelta(Math.atan2(tip.y, tip.x), Math.atan2(num(target, 'cy'), num(target, 'cx')), 1e-3);
      expect(Math.hypot(num(target, 'cx') - tip.x, num(target, 'cy') - tip.y)).to.be.closeTo(7.5, 0.5);
      // Play jumps: one step at once, no frames of motion.
      el.current = 'p1';
      await el.updateComplete;
      qa<HTMLButtonElement>(el, '.stepper button')[1]!.click();
      await el.updateComplete;
      expect(step(el)).to.equal(1);
      expect(needleTip(el) === null).to.equal(true); // at balance, straight away
      qa<HTMLButtonElement>(el, '.stepper button')[1]!.click(); // pause
      expect(texts(el, '[part~="date-label"]')).to.deep.equal(labels);
      expect(labels.length).to.be.greaterThan(2);
    });

    it('moves the needle when code sets current, without events', async () => {
      const el = await mount(make());
      await expectNoEventsFrom(el, async () => {
        el.current = 'p1';
        await el.updateComplete;
        expect(step(el)).to.equal(0);
        el.highlight = 'b';
        el.data = { ...fixture(), title: 'Changed' };
        el.theme = 'dark';
      });
      expect(step(el)).to.equal(0); // `current` still names p1
      expect(q(el, '[part~="pole-label"].highlighted')!.textContent).to.equal('Beta');
    });
  });

  describe('events', () => {
    it('fires mv-highlight with the pole a hovered position leans toward, or a hovered pole', async () => {
      const el = await mount(make());
      const events = record<{ id: string | null }>(el, 'mv-highlight');
      pointAt(el, point(el, 2));
      await el.updateComplete;
      expect(q(el, '[part~="tooltip"]')!.textContent).to.contain('Toward Gamma');
      expect(q(el, '[part~="tooltip"]')!.textContent).to.contain('Alpha 25%, Beta 25%, Gamma 50%');
      pointAt(el, qa(el, '[part~="pole-label"]')[1]!);
      await el.updateComplete;
      expect(q(el, '[part~="tooltip"]') === null).to.equal(true);
      expect(q(el, '[part~="pole-label"].highlighted')!.textContent).to.equal('Beta');
      q(el, '.plot')!.dispatchEvent(new PointerEvent('pointerleave'));
      await el.updateComplete;
      expect(events.map((e) => e.detail.id)).to.deep.equal(['c', 'b', null]);
      expect(events.every((e) => e.bubbles && e.composed)).to.equal(true);
    });

    it('lists every position at one place in the tooltip', async () => {
      const el = await mount(make(articleCompass));
      pointAt(el, point(el, 1)); // 2014 and 2020 are both at balance
      await el.updateComplete;
      expect(texts(el, '[part~="tooltip"] .tt-title')).to.deep.equal(['2014 Foreign Policy Concept', '2020 Foreign Policy Concept']);
      expect(q(el, '[part~="tooltip"] q')!.textContent).to.contain('equal partnerships');
    });

    it('fires mv-select on a click with the leaning pole, the position and its distance, and moves the needle', async () => {
      const el = await mount(make());
      const events = record<{ id: string; series?: string; value?: number }>(el, 'mv-select');
      pointAt(el, point(el, 1), 'click');
      await el.updateComplete;
      expect(events[0]!.detail).to.deep.equal({ id: 'p2', series: 'p2', value: 0 });
      expect(step(el)).to.equal(1);
      pointAt(el, qa(el, '[part~="pole-label"]')[1]!, 'click');
      expect(events[1]!.detail).to.deep.equal({ id: 'b' });
    });

    it('fires mv-ready once per dataset', async () => {
      await expectReadyOncePerDataset(make());
    });

    it('shares highlight with linked charts: a position lights the pole it leans toward', async () => {
      const a = make();
      const b = make();
      a.link = 'story';
      b.link = 'story';
      await mount(a);
      await mount(b);
      const heard = record(b, 'mv-highlight');
      pointAt(a, point(a, 0));
      await b.updateComplete;
      expect(q(b, '[part~="pole-label"].highlighted')!.textContent).to.equal('Alpha');
      expect(qa(b, '[part~="point"].dimmed').length).to.be.greaterThan(0);
      expect(heard).to.have.length(0); // a linked highlight is not the reader's action on b
    });
  });

  describe('bad input', () => {
    const poles = fixture().poles;
    const cases: [string, unknown, string, string?][] = [
      ['not an object', 42, 'not-object'],
      ['a missing field', { title: 'x', poles }, 'missing-field'],
      ['two poles', { ...fixture(), poles: poles.slice(0, 2) }, 'too-few', 'A compass needs at least 3 poles.'],
      ['nine poles', { ...fixture(), poles: Array.from({ length: 9 }, (_, i) => ({ id: `p${i}`, label: `P${i}` })) }, 'too-many', 'at most 8 poles'],
      [
        '1,001 positions',
        { ...fixture(), positions: Array.from({ length: 1001 }, (_, i) => ({ id: `x${i}`, label: `X${i}`, weights: { a: 1 } })) },
        'too-many',
        'at most 1,000 positions',
      ],
      ['a duplicate pole id', { ...fixture(), poles: [...poles, { id: 'b', label: 'Again' }] }, 'duplicate-id'],
      ['a duplicate position id', { ...fixture(), positions: [...fixture().positions, fixture().positions[0]] }, 'duplicate-id'],
      ['a malformed id', { ...fixture(), poles: [...poles, { id: 'has space', label: 'x' }] }, 'invalid-data'],
      ['an unknown current position', { ...fixture(), current: 'nowhere' }, 'unknown-reference', '“nowhere”'],
      ['malformed JSON', '{"title": "x", ', 'invalid-json'],
    ];
    for (const [name, data, code, message] of cases) {
      it(`shows an error state for ${name} (${code})`, async () => {
        await expectErrorState(make(data), code, message);
      });
    }

    it('drops a position it cannot place, draws the rest and lists each with the reason', async () => {
      const data = fixture();
      const el = await mount(
        make({
          ...data,
          positions: [
            ...data.positions,
            { id: 'zero', label: 'Zero', weights: { a: 0, b: 0 } },
            { id: 'unknown', label: 'Unknown', weights: { a: 1, nowhere: 2 } },
            { id: 'negative', label: 'Negative', weights: { a: 1, b: -1 } },
            { id: 'nan', label: 'NaN', weights: { a: Number.NaN, b: 1 } },
            { id: 'text', label: 'Text', weights: { a: '3', b: 1 } },
          ],
        }),
      );
      expect(el.getAttribute('data-state')).to.equal('ready');
      expect(qa(el, '[part~="point"]')).to.have.length(4);
      expect(qa(el, 'tbody tr')).to.have.length(4);
      expect(q(el, '[part~="dropped"] strong')!.textContent).to.equal('Positions not shown');
      expect(texts(el, '[part~="dropped"] li')).to.deep.equal([
        'Zero: {"a":0,"b":0} (weights sum to zero)',
        'Unknown · nowhere: 2 (names an unknown pole “nowhere”)',
        'Negative · Beta: -1 (negative)',
        'NaN · Alpha: NaN (not a finite number)',
        'Text · Alpha: "3" (not a number)',
      ]);
    });

    it('falls back to the last position when current names a dropped one', async () => {
      const data = fixture();
      const el = await mount(make({ ...data, current: 'bad', positions: [...data.positions, { id: 'bad', label: 'Bad', weights: {} }] }));
      expect(step(el)).to.equal(3);
    });

    it('draws the poles and says so when no position can be placed', async () => {
      const el = await mount(make({ ...fixture(), positions: [{ id: 'z', label: 'Zero', weights: { a: 0 } }] }));
      expect(el.getAttribute('data-state')).to.equal('ready');
      expect(qa(el, '[part~="pole"]')).to.have.length(3);
      expect(qa(el, '[part~="point"]')).to.have.length(0);
      expect(q(el, '[part~="reading"]')!.textContent).to.contain('No position could be drawn');
      expect(texts(el, '[part~="dropped"] li')).to.have.length(1);
      expect(q(el, '.stepper') === null).to.equal(true);
    });

    it('shows a calm "No data" state for no positions at all', async () => {
      await expectEmptyState(make({ ...fixture(), positions: [] }));
    });

    it('shows markup in labels as text and runs nothing', async () => {
      const evil = EVIL_MARKUP;
      const data = fixture();
      const el = await mount(
        make({
          ...data,
          title: evil,
          poles: [{ id: 'a', label: evil }, ...data.poles.slice(1)],
          positions: [{ ...data.positions[0]!, label: evil, date: evil, evidence: [{ quote: evil }] }, ...data.positions.slice(1)],
        }),
      );
      el.showTable = true;
      point(el, 0).focus();
      await el.updateComplete;
      await frames(2);
      expect(q(el, '[part~="pole-label"]')!.textContent).to.equal(evil);
      expect(q(el, '[part~="tooltip"] q')!.textContent).to.equal(evil);
      expect(q(el, 'tbody th')!.textContent).to.contain(evil);
      expectMarkupShownAsText(el);
    });

    it('takes ids named like Object.prototype members as plain ids', async () => {
      const el = await mountWithoutPollution(
        make({
          title: 'Proto',
          poles: prototypeNamedItems(),
          positions: [{ id: 'hasOwnProperty', label: 'S', weights: prototypeNamedKeys() }],
        }),
      );
      expect(qa(el, '[part~="point"]')).to.have.length(1);
      expect(texts(el, 'tbody td.number').slice(0, 3)).to.deep.equal(['17%', '33%', '50%']);
    });

    it('refuses a javascript: src URL with an error state', async () => {
      await expectJavascriptSrcRefused('mv-compass');
    });
  });

  describe('data format', () => {
    it('the published (strict) schema accepts the article and refuses a negative weight', () => {
      expect(v.safeParse(compassSchema('strict'), articleCompass).success).to.equal(true);
      const bad = { ...fixture(), positions: [{ id: 'x', label: 'X', weights: { a: -1 } }] };
      expect(v.safeParse(compassSchema('strict'), bad).success).to.equal(false);
    });

    it('validates into weights aligned with the poles, shares summing to 1 and the needle at `current`', () => {
      const result = validateCompass(articleCompass);
      if (!result.ok) throw new Error(result.error.message);
      expect(result.model.positions.map((p) => p.weights)).to.deep.equal([
        [2, 2, 5],
        [3, 3, 3],
        [4, 4, 4],
        [4, 4, 3],
        [4, 5, 2],
        [4, 5, 1],
      ]);
      for (const p of result.model.positions) assertInDelta(p.shares.reduce((a, b) => a + b, 0), 1);
      expect(result.model.current).to.equal(5);
      expect(result.dropped).to.deep.equal([]);
    });
  });

  describe('data sources', () => {
    it('reads inline JSON from a child script', async () => {
      const { element: el } = withInlineJson('mv-compass', fixture());
      await mount(el);
      expect(qa(el, '[part~="point"]')).to.have.length(4);
    });

    it('fetches a src URL', async () => {
      const el = await mountFromSrc('mv-compass', new URL('./test/fixture-compass.json', import.meta.url).href);
      expect(texts(el, '[part~="pole-label"]')).to.deep.equal(['Alpha', 'Beta', 'Gamma', 'Delta']);
    });

    it('shows fetch-failed for a missing file', async () => {
      await expectMissingSrcFails('mv-compass');
    });

    it('applies data set before the element was defined (upgrade)', async () => {
      const el = await upgradeWithEarlyData('mv-compass-late', fixture(), async () => (await import('./compass.js')).MvCompass);
      expect(qa(el, '[part~="point"]')).to.have.length(4);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`has no axe violations in the ${theme} theme, with the tooltip open and the table shown`, async () => {
        const el = make(articleCompass);
        await expectAccessibleInTheme(el, theme, () => point(el, 4).focus());
      });
    }

    it('has no axe violations in the error, empty and "nothing placed" states', async () => {
      await expectEachAccessible(make(17), make({ ...fixture(), positions: [] }), make({ ...fixture(), positions: [{ id: 'z', label: 'Zero', weights: {} }] }));
    });

    it('names the plot and describes it, its reading and how to use it', async () => {
      const el = await mount(make(articleCompass));
      const help = expectPlotNamed(el, 'Compass chart: Kazakhstan between Russia, China and the West');
      expect(help).to.contain('3 poles (Russia, China, the West) and 6 positions in time order, from 1990–1999 to 24 Feb 2022');
      expect(help).to.contain('The needle shows 24 February 2022: two-vector outlook: leans toward China, 0.36 from balance.');
      // Decorative marks are hidden; the focusable ones have a role and a name.
      for (const mark of qa(el, '[part~="point"]')) {
        expect(mark.getAttribute('role')).to.equal('img');
        expect(mark.getAttribute('aria-label')!.length).to.be.greaterThan(20);
      }
      expect(qa(el, '[part~="trail"], [part~="needle"], [part~="pole"]').every((n) => n.closest('[aria-hidden="true"]') !== null)).to.equal(true);
    });

    it('still draws trail, needle and points apart under its forced-colours rules', async () => {
      const el = await mount(make(articleCompass));
      expect(applyForcedColorRules(el)).to.be.greaterThan(3);
      const trail = getComputedStyle(q(el, '[part~="trail"]')!);
      const needle = getComputedStyle(q(el, '[part~="needle"].shaft')!);
      const point = getComputedStyle(q(el, '[part~="point"]')!);
      expect(trail.stroke).to.not.equal('none');
      expect(needle.stroke).to.not.equal('none');
      expect(point.fill === 'none' && point.stroke === 'none').to.equal(false);
      // The needle keeps apart from the trail by colour as well as width.
      expect(trail.stroke).to.not.equal(needle.stroke);
    });

    it('lights a position named by highlight, and exports a standalone SVG without focus marks', async () => {
      const el = await mount(make());
      el.highlight = 'p3';
      await el.updateComplete;
      expect(point(el, 2).classList.contains('lit')).to.equal(true);
      expect(qa(el, '[part~="point"].dimmed')).to.have.length(0);
      point(el, 2).focus();
      const exported = el.toSVG();
      expect(exported.startsWith('<svg')).to.equal(true);
      expect(exported).to.contain('xmlns="http://www.w3.org/2000/svg"');
      expect(exported.includes('focus-ring')).to.equal(false);
    });

    it('respects author-set hidden', async () => {
      await expectHiddenRespected(make());
    });
  });

  describe('sizing', () => {
    it('keeps every label inside the box, apart and at least 12 px, from 1200 down to 280 px', async () => {
      const el = await mount(make(articleCompass), 1200);
      for (const width of [1200, 800, 480, 360, 280]) {
        const box = await resizeTo(el, width);
        const labels = qa(el, '[part~="label"]');
        expect(labels.length).to.be.greaterThan(5);
        expectLabelsInside(labels, box, `${width} px`);
        expectLabelsApart(labels, `${width} px`, 0.5);
        // The stepper and the reading fit too.
        expect(q(el, '.controls')!.getBoundingClientRect().right).to.be.at.most(box.right + 0.5);
      }
    });
  });

  describe('scale', () => {
    it('draws 1,000 positions, stays responsive, and logs the render time', async () => {
      const data = walk(1000);
      const times: number[] = [];
      const painted: number[] = [];
      let el!: MvCompass;
      for (let run = 0; run < 5; run++) {
        cleanup();
        el = make(data);
        const start = performance.now();
        await mount(el, 800);
        times.push(performance.now() - start);
        await frames(1);
        painted.push(performance.now() - start);
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      console.log(
        `[bench] <mv-compass> 1,000 positions at 800 px: ready in ${median(times).toFixed(1)} ms, painted in ${median(painted).toFixed(1)} ms (median of 5; runs ${times.map((t) => t.toFixed(0)).join(', ')} ms)`,
      );
      expect(qa(el, '[part~="point"]')).to.have.length(1000);
      expect(qa(el, 'tbody tr')).to.have.length(1000);
      expect(qa(el, '[part~="arrow"]').length).to.be.at.most(60);
      expect(qa(el, '[part~="date-label"]').length).to.be.within(2, 16);
      expect(q(el, 'svg.chart')!.innerHTML.includes('NaN')).to.equal(false);

      // A key press and a hover each re-render in well under a frame budget of 100 ms.
      point(el, 999).focus();
      await el.updateComplete;
      let start = performance.now();
      point(el, 999).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true }));
      await el.updateComplete;
      const keyTime = performance.now() - start;
      expect(step(el)).to.equal(998);
      start = performance.now();
      pointAt(el, point(el, 500));
      await el.updateComplete;
      const hoverTime = performance.now() - start;
      expect(q(el, '[part~="tooltip"]') !== null).to.equal(true);
      console.log(`[bench] <mv-compass> 1,000 positions: arrow key ${keyTime.toFixed(1)} ms, hover ${hoverTime.toFixed(1)} ms`);
      expect(keyTime).to.be.below(100);
      expect(hoverTime).to.be.below(100);
    });

    it('draws generated datasets of 3 to 8 poles without NaN and with a row per position', async () => {
      for (let poles = 3; poles <= 8; poles++) {
        const data = walk(40, poles, poles);
        const el = await mount(make(data), 360);
        expect(qa(el, '[part~="pole"]')).to.have.length(poles);
        expect(qa(el, 'tbody tr')).to.have.length(40);
        expect(q(el, 'svg.chart')!.innerHTML.includes('NaN')).to.equal(false);
        const shares = qa(el, 'tbody tr')
          .slice(0, 5)
          .map((tr) => [...tr.querySelectorAll('td.number')].slice(0, poles).reduce((sum, td) => sum + parseFloat(td.textContent!), 0));
        for (const total of shares) expect(total).to.be.within(100 - poles, 100 + poles); // rounded percentages
        cleanup();
      }
    });
  });
});
