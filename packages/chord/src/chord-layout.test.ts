import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  chordLayout,
  circleOrder,
  defaultChordHeight,
  fitLabel,
  layoutLimit,
  roundPath,
  spread,
  textWidth,
  withinLayoutLimit,
  type ChordLayout,
  type ChordLayoutActor,
  type ChordLayoutData,
  type ChordLayoutTie,
} from './chord-layout.js';


const tau = 2 * Math.PI;

function assertInDelta(actual: number, expected: number, delta = 1e-6): void {
  expect(Math.abs(actual - expected), `${actual} should be within ${delta} of ${expected}`).to.be.at.most(delta);
}

const numberPattern = /-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi;

/** Compares two path strings: the same commands, and numbers within `delta`. */
function assertPathEqual(actual: string, expected: string, delta = 0.01): void {
  const shape = (p: string) => p.replace(numberPattern, '#');
  const numbers = (p: string) => (p.match(numberPattern) ?? []).map(Number);
  expect(shape(actual), `${actual} should look like ${expected}`).to.equal(shape(expected));
  const a = numbers(actual);
  const e = numbers(expected);
  a.forEach((x, i) => {
    expect(Math.abs(x - e[i]!), `${actual} should equal ${expected} (number ${i})`).to.be.at.most(delta);
  });
}

// Points and arcs as d3 draws them: clockwise from twelve o'clock.
const at = (r: number, a: number) => `${r * Math.sin(a)},${-r * Math.cos(a)}`;
const arcTo = (r: number, a0: number, a1: number) => `A${r},${r},0,${a1 - a0 >= Math.PI ? 1 : 0},1,${at(r, a1)}`;
const annulus = (r0: number, r1: number, a0: number, a1: number) =>
  `M${at(r1, a0)}${arcTo(r1, a0, a1)}L${at(r0, a1)}A${r0},${r0},0,${a1 - a0 >= Math.PI ? 1 : 0},0,${at(r0, a0)}Z`;
function ribbonPath(r: number, pad: number, s: [number, number], t: [number, number], headRadius?: number): string {
  const [s0, s1] = [s[0] + pad / 2, s[1] - pad / 2];
  const [t0, t1] = [t[0] + pad / 2, t[1] - pad / 2];
  const end = headRadius
    ? `Q0,0,${at(r - headRadius, t0)}L${at(r, (t0 + t1) / 2)}L${at(r - headRadius, t1)}`
    : `Q0,0,${at(r, t0)}${arcTo(r, t0, t1)}`;
  return `M${at(r, s0)}${arcTo(r, s0, s1)}${end}Q0,0,${at(r, s0)}Z`;
}

// Kazakhstan, Russia and Ukraine as the article (shared/source/article.txt) names them: Kazakhstan is
// in the CSTO with Russia (membership, 2) and exercises with it (military cooperation, 1); Russia
// wages "a military conflict with Ukraine" (war, directed, 1).
const fixture: ChordLayoutData = {
  actors: [
    { id: 'kz', label: 'Kazakhstan' },
    { id: 'ru', label: 'Russia' },
    { id: 'ua', label: 'Ukraine' },
  ],
  kinds: [
    { id: 'membership', tone: 'cooperative' },
    { id: 'military', tone: 'cooperative' },
    { id: 'war', tone: 'hostile' },
  ],
  ties: [
    { index: 0, from: 0, to: 1, kind: 0, value: 2, directed: false },
    { index: 1, from: 0, to: 1, kind: 1, value: 1, directed: false },
    { index: 2, from: 1, to: 2, kind: 2, value: 1, directed: true },
  ],
};
const size = { width: 500, height: 500, fontSize: 10 };

// Hand-checked: totals 3, 4, 1; pad 0.04; k = (2π - 3 × 0.04) / 8.
const k = (tau - 0.12) / 8;
const kz: [number, number] = [0, 3 * k];
const ru: [number, number] = [3 * k + 0.04, 7 * k + 0.04];
const ua: [number, number] = [7 * k + 0.08, 8 * k + 0.08];

function strings(layout: ChordLayout): string[] {
  return [
    ...layout.arcs.flatMap((a) => [a.path, a.label.leader ?? '', JSON.stringify(a)]),
    ...layout.groups.flatMap((g) => [g.path, g.labelPath, JSON.stringify(g)]),
    ...layout.ribbons.flatMap((r) => [r.path, JSON.stringify(r)]),
    JSON.stringify(layout),
  ];
}

function assertFinite(layout: ChordLayout): void {
  for (const s of strings(layout)) {
    expect(s).not.to.match(/NaN|Infinity|null/);
  }
}

/** Slices must lie inside their arcs and not overlap one another. */
function assertSlicesInsideArcs(layout: ChordLayout): void {
  const arcs = new Map(layout.arcs.map((a) => [a.index, a]));
  // A tie from an actor to itself has one slice.
  const slices = layout.ribbons.flatMap((r) => (r.source.index === r.target.index ? [r.source] : [r.source, r.target]));
  const byActor = new Map<number, { startAngle: number; endAngle: number }[]>();
  for (const s of slices) {
    const a = arcs.get(s.index)!;
    expect(s.startAngle).to.be.at.least(a.startAngle - 1e-9);
    expect(s.endAngle).to.be.at.most(a.endAngle + 1e-9);
    expect(s.endAngle).to.be.at.least(s.startAngle);
    byActor.set(s.index, [...(byActor.get(s.index) ?? []), s]);
  }
  for (const list of byActor.values()) {
    list.sort((a, b) => a.startAngle - b.startAngle || a.endAngle - b.endAngle);
    for (let i = 1; i < list.length; i++) expect(list[i]!.startAngle).to.be.at.least(list[i - 1]!.endAngle - 1e-9);
  }
}

function assertUpright(layout: ChordLayout): void {
  for (const { label } of layout.arcs) {
    expect(label.rotate).to.be.greaterThan(-90);
    expect(label.rotate).to.be.at.most(90);
  }
  for (const g of layout.groups) {
    expect(g.label.rotate).to.be.greaterThan(-90);
    expect(g.label.rotate).to.be.at.most(90);
  }
}

describe('chordLayout(data, size)', () => {
  it('lays out the arcs of the fixture clockwise from twelve o’clock, sized by total tie strength', () => {
    const layout = chordLayout(fixture, size);
    expect(layout.empty).to.equal(false);
    expect(layout.centre).to.deep.equal({ x: 250, y: 250 });
    assertInDelta(layout.outerRadius, 160);
    assertInDelta(layout.innerRadius, 150.4);
    assertInDelta(layout.padAngle, 0.04);
    expect(layout.arcs.map((a) => a.index)).to.deep.equal([0, 1, 2]);
    expect(layout.arcs.map((a) => a.total)).to.deep.equal([3, 4, 1]);
    const expected = [kz, ru, ua];
    layout.arcs.forEach((a, i) => {
      assertInDelta(a.startAngle, expected[i]![0]);
      assertInDelta(a.endAngle, expected[i]![1]);
      assertPathEqual(a.path, annulus(150.4, 160, expected[i]![0], expected[i]![1]));
    });
    assertInDelta(kz[1], 2.311194490192345);
    assertInDelta(ru[1], 5.432787143782138);
    assertInDelta(ua[1], 6.243185307179586);
  });

  it('makes arc spans plus padding sum to 2π', () => {
    const { arcs, padAngle } = chordLayout(fixture, size);
    assertInDelta(arcs.reduce((s, a) => s + a.endAngle - a.startAngle + padAngle, 0), tau);
    for (let i = 1; i < arcs.length; i++) assertInDelta(arcs[i]!.startAngle - arcs[i - 1]!.endAngle, padAngle);
    assertInDelta(arcs[arcs.length - 1]!.endAngle + padAngle, tau);
  });

  it('makes each arc span proportional to its total', () => {
    const { arcs } = chordLayout(fixture, size);
    for (const a of arcs) assertInDelta((a.endAngle - a.startAngle) / a.total, k);
  });

  it('draws two kinds between one pair as two ribbons, side by side within both arcs', () => {
    const { ribbons } = chordLayout(fixture, size);
    const [membership, military] = ribbons;
    expect(ribbons.map((r) => r.tieIndex)).to.deep.equal([0, 1, 2]);
    // At Kazakhstan in kind order; at Russia mirrored, so the two ribbons do not cross.
    assertInDelta(membership!.source.startAngle, 0);
    assertInDelta(membership!.source.endAngle, 2 * k);
    assertInDelta(military!.source.startAngle, 2 * k);
    assertInDelta(military!.source.endAngle, 3 * k);
    assertInDelta(military!.target.startAngle, ru[0]);
    assertInDelta(military!.target.endAngle, ru[0] + k);
    assertInDelta(membership!.target.startAngle, ru[0] + k);
    assertInDelta(membership!.target.endAngle, ru[0] + 3 * k);
    assertInDelta(membership!.sourceAngle, k);
    assertInDelta(membership!.targetAngle, ru[0] + 2 * k);
    expect(membership!.path).not.to.equal(military!.path);
    assertSlicesInsideArcs(chordLayout(fixture, size));
  });

  it('draws each undirected ribbon between its own slices with d3’s ribbon', () => {
    const { ribbons, innerRadius } = chordLayout(fixture, size);
    const pad = 1 / innerRadius;
    assertPathEqual(ribbons[0]!.path, ribbonPath(innerRadius, pad, [0, 2 * k], [ru[0] + k, ru[0] + 3 * k]));
    assertPathEqual(ribbons[1]!.path, ribbonPath(innerRadius, pad, [2 * k, 3 * k], [ru[0], ru[0] + k]));
    // The tooltip anchor is the middle of the curve: a quarter of the slices' mid-points' sum.
    const mid = (a: number, b: number) => [(innerRadius * (Math.sin(a) + Math.sin(b))) / 4, (-innerRadius * (Math.cos(a) + Math.cos(b))) / 4];
    const [x, y] = mid(k, ru[0] + 2 * k);
    assertInDelta(ribbons[0]!.midpoint.x, x!, 0.01);
    assertInDelta(ribbons[0]!.midpoint.y, y!, 0.01);
  });

  it('draws a directed tie with ribbonArrow, its arrow at the `to` end', () => {
    const layout = chordLayout(fixture, size);
    const war = layout.ribbons[2]!;
    const r = layout.innerRadius;
    expect(war.directed).to.equal(true);
    expect(war.source.index).to.equal(1);
    expect(war.target.index).to.equal(2);
    assertInDelta(war.source.startAngle, ru[0] + 3 * k);
    assertInDelta(war.source.endAngle, ru[1]);
    assertInDelta(war.target.startAngle, ua[0]);
    assertInDelta(war.target.endAngle, ua[1]);
    assertPathEqual(war.path, ribbonPath(r, 1 / r, [ru[0] + 3 * k, ru[1]], [ua[0], ua[1]], r / 20));
    // One arc (the source end) and an arrow head; undirected ribbons have two arcs and no lines.
    expect(war.path.match(/A/g)).to.have.length(1);
    expect(war.path.match(/L/g)).to.have.length(2);
    for (const ribbon of layout.ribbons.slice(0, 2)) {
      expect(ribbon.path.match(/A/g)).to.have.length(2);
      expect(ribbon.path).not.to.contain('L');
    }
    const undirected = chordLayout({ ...fixture, ties: fixture.ties.map((t) => ({ ...t, directed: false })) }, size);
    expect(undirected.ribbons[2]!.path).not.to.equal(war.path);
    assertPathEqual(undirected.ribbons[2]!.path, ribbonPath(r, 1 / r, [ru[0] + 3 * k, ru[1]], [ua[0], ua[1]]));
  });

  it('leaves hidden kinds undrawn and uncounted in arc sizes', () => {
    const layout = chordLayout({ ...fixture, hiddenKinds: new Set([1]) }, size);
    expect(layout.ribbons.map((r) => r.tieIndex)).to.deep.equal([0, 2]);
    expect(layout.arcs.map((a) => a.total)).to.deep.equal([2, 3, 1]);
    const k2 = (tau - 0.12) / 6;
    assertInDelta(layout.arcs[0]!.endAngle, 2 * k2);
    assertInDelta(layout.arcs[1]!.startAngle, 2 * k2 + 0.04);
    assertInDelta(layout.arcs[1]!.endAngle, 5 * k2 + 0.04);
    assertInDelta(layout.arcs[2]!.endAngle, tau - 0.04);
    assertSlicesInsideArcs(layout);
  });

  it('drops an actor whose ties are all hidden from the circle', () => {
    const layout = chordLayout({ ...fixture, hiddenKinds: new Set([2]) }, size);
    expect(layout.arcs.map((a) => a.index)).to.deep.equal([0, 1]);
    assertInDelta(layout.arcs.reduce((s, a) => s + a.endAngle - a.startAngle + layout.padAngle, 0), tau);
  });

  it('is empty, without NaN, when no visible tie is left', () => {
    const cases: ChordLayoutData[] = [
      { ...fixture, ties: [] },
      { ...fixture, hiddenKinds: new Set([0, 1, 2]) },
      { ...fixture, ties: fixture.ties.map((t) => ({ ...t, value: 0 })) },
      { ...fixture, ties: fixture.ties.map((t) => ({ ...t, value: NaN })) },
      { actors: [], kinds: [], ties: [] },
    ];
    for (const data of cases) {
      const layout = chordLayout(data, size);
      expect(layout.empty).to.equal(true);
      expect(layout.arcs).to.deep.equal([]);
      expect(layout.groups).to.deep.equal([]);
      expect(layout.ribbons).to.deep.equal([]);
      assertFinite(layout);
    }
  });

  it('never emits NaN or Infinity for degenerate sizes and extreme values', () => {
    const extreme = { ...fixture, ties: fixture.ties.map((t, i) => ({ ...t, value: [1e308, 1e308, 5e-324][i]! })) };
    for (const s of [
      { width: 0, height: 0, fontSize: 10 },
      { width: 1, height: 1, fontSize: 0 },
      { width: NaN, height: Infinity, fontSize: NaN },
      size,
    ]) {
      assertFinite(chordLayout(fixture, s));
      assertFinite(chordLayout(extreme, s));
    }
    const layout = chordLayout(extreme, size);
    expect(layout.arcs.every((a) => Number.isFinite(a.total))).to.equal(true);
    assertSlicesInsideArcs(layout);
  });

  it('rounds every number in its paths to 2 decimals', () => {
    for (const s of strings(chordLayout(fixture, size)).filter((p) => /^M/.test(p))) {
      for (const n of s.match(numberPattern) ?? []) expect(n).to.match(/^-?\d+(\.\d{1,2})?$/);
    }
    expect(roundPath('M1.23456,-0.001L1e-7,2.005')).to.equal('M1.23,0L0,2.01');
  });

  it('puts labels at their arcs’ mid-angles, rotated outward and never upside down', () => {
    const layout = chordLayout(fixture, size);
    const labelRadius = 160 + 1 + 4;
    const expected = [
      { angle: 1.5 * k, rotate: (1.5 * k * 180) / Math.PI - 90, anchor: 'start' },
      { angle: ru[0] + 2 * k, rotate: ((ru[0] + 2 * k) * 180) / Math.PI - 270, anchor: 'end' },
      { angle: ua[0] + 0.5 * k, rotate: ((ua[0] + 0.5 * k) * 180) / Math.PI - 270, anchor: 'end' },
    ];
    layout.arcs.forEach(({ label }, i) => {
      const e = expected[i]!;
      assertInDelta(label.x, labelRadius * Math.sin(e.angle), 0.01);
      assertInDelta(label.y, -labelRadius * Math.cos(e.angle), 0.01);
      assertInDelta(label.rotate, e.rotate, 0.01);
      expect(label.anchor).to.equal(e.anchor);
      expect(label.truncated).to.equal(false);
      expect(label.leader).to.equal(undefined);
    });
    expect(layout.arcs.map((a) => a.label.text)).to.deep.equal(['Kazakhstan', 'Russia', 'Ukraine']);
    assertUpright(layout);
  });

  it('turns the labels of the left half around, anchored at their end', () => {
    // Two equal arcs: mid-angles just under π/2 (right) and 3π/2 (left).
    const data: ChordLayoutData = {
      actors: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }],
      kinds: [{ id: 'k', tone: 'neutral' }],
      ties: [{ index: 0, from: 0, to: 1, kind: 0, value: 1, directed: false }],
    };
    const layout = chordLayout(data, size);
    assertUpright(layout);
    expect(layout.arcs.map((a) => a.label.anchor)).to.deep.equal(['start', 'end']);
  });

  it('abbreviates labels that do not fit: the short form, else an ellipsis', () => {
    expect(textWidth('Russia', 10)).to.equal(36);
    expect(fitLabel({ label: 'Russia' }, 36, 10, false)).to.deep.equal({ text: 'Russia', truncated: false });
    expect(fitLabel({ label: 'Kazakhstan' }, 36, 10, false)).to.deep.equal({ text: 'Kazak…', truncated: true });
    expect(fitLabel({ label: 'Kazakhstan', short: 'KZ' }, 36, 10, false)).to.deep.equal({ text: 'KZ', truncated: true });
    expect(fitLabel({ label: 'Russia', short: 'RU' }, 100, 10, false)).to.deep.equal({ text: 'Russia', truncated: false });
    expect(fitLabel({ label: 'Russia', short: 'RU' }, 100, 10, true)).to.deep.equal({ text: 'RU', truncated: true });
    expect(fitLabel({ label: 'Collective Security Treaty Organization', short: 'CSTO' }, 18, 10, true)).to.deep.equal({
      text: 'CS…',
      truncated: true,
    });
    expect(fitLabel({ label: 'Қазақстан' }, 30, 10, false)).to.deep.equal({ text: 'Қаза…', truncated: true });
    expect(fitLabel({ label: 'Russia' }, 3, 10, false)).to.deep.equal({ text: '', truncated: true });
  });

  it('widens its estimates by the reader\'s letter and word spacing, so fewer characters fit', () => {
    expect(textWidth('Russia', 10, { letterSpacing: 2 })).to.equal(36 + 6 * 2);
    expect(textWidth('the West', 10, { letterSpacing: 1, wordSpacing: 3 })).to.equal(48 + 8 + 3);
    expect(textWidth('Russia', 10, { letterSpacing: NaN, wordSpacing: -1 })).to.equal(36);
    // 36 px hold "Russia" at 6 px a letter, but only "Russ…" at 7.
    expect(fitLabel({ label: 'Russia' }, 36, 10, false, { letterSpacing: 1 })).to.deep.equal({ text: 'Russ…', truncated: true });
    // 78 px hold "United States" (13 × 6 px); a wider space does not fit, so the short form does.
    expect(fitLabel({ label: 'United States', short: 'US' }, 78, 10, false)).to.deep.equal({ text: 'United States', truncated: false });
    expect(fitLabel({ label: 'United States', short: 'US' }, 78, 10, false, { wordSpacing: 2 })).to.deep.equal({ text: 'US', truncated: true });
    // A cut label keeps no more spaces than the room allows: "ab cd…" would need 8 characters of 7.
    expect(fitLabel({ label: 'ab cd ef' }, 42, 10, false)).to.deep.equal({ text: 'ab cd…', truncated: true });
    expect(fitLabel({ label: 'ab cd ef' }, 42, 10, false, { wordSpacing: 12 })).to.deep.equal({ text: 'ab c…', truncated: true });
  });

  it('cuts labels sooner with letter spacing, keeping their far ends inside the box', () => {
    const spacing = { letterSpacing: 2, wordSpacing: 3 };
    // Whether the far end of the text, as wide as the spacing makes it, stays in the 280 × 210 box.
    const inside = (layout: ChordLayout) =>
      layout.arcs.every(({ label }) => {
        const w = (label.anchor === 'start' ? 1 : -1) * textWidth(label.text, 12, spacing);
        const x = layout.centre.x + label.x + w * Math.cos((label.rotate * Math.PI) / 180);
        const y = layout.centre.y + label.y + w * Math.sin((label.rotate * Math.PI) / 180);
        return x >= -0.5 && x <= 280.5 && y >= -0.5 && y <= 210.5;
      });
    const plain = chordLayout(fixture, { width: 280, height: 210, fontSize: 12 });
    const spaced = chordLayout(fixture, { width: 280, height: 210, fontSize: 12, ...spacing });
    expect(plain.arcs.map((a) => a.label.text)).to.deep.equal(['Kazakhstan', 'Russia', 'Ukraine']);
    expect(inside(plain), 'the full labels, spaced').to.equal(false);
    expect(spaced.arcs.map((a) => a.label.text)).to.deep.equal(['Kazakhst…', 'Russia', 'Ukra…']);
    expect(inside(spaced), 'the labels cut for the spacing').to.equal(true);
  });

  it('gives small arcs their short form and tiny arcs a leader line', () => {
    const actors: ChordLayoutActor[] = [
      { id: 'ru', label: 'Russia' },
      { id: 'kz', label: 'Kazakhstan', short: 'KZ' },
      { id: 'by', label: 'Belarus', short: 'BY' },
      { id: 'am', label: 'Armenia' },
    ];
    const data: ChordLayoutData = {
      actors,
      kinds: [{ id: 'k', tone: 'cooperative' }],
      ties: [
        { index: 0, from: 0, to: 1, kind: 0, value: 1, directed: false },
        { index: 1, from: 0, to: 2, kind: 0, value: 0.001, directed: false },
        { index: 2, from: 0, to: 3, kind: 0, value: 0.001, directed: false },
        { index: 3, from: 0, to: 3, kind: 0, value: 200, directed: false },
      ],
    };
    const layout = chordLayout(data, { width: 400, height: 400, fontSize: 12 });
    const [, kzArc, byArc] = layout.arcs;
    expect((kzArc!.endAngle - kzArc!.startAngle) * layout.outerRadius).to.be.below(24);
    expect(kzArc!.label.text).to.equal('KZ');
    expect(byArc!.label.text).to.equal('BY');
    expect(byArc!.label.leader).to.match(/^M[-\d.,]+L[-\d.,]+$/);
    // Crowded labels are spread a line height apart.
    const angle = (l: { x: number; y: number }) => Math.atan2(l.x, -l.y);
    const gap = Math.abs(angle(byArc!.label) - angle(kzArc!.label)) * Math.hypot(byArc!.label.x, byArc!.label.y);
    expect(gap).to.be.at.least(11.9);
    assertUpright(layout);
    assertFinite(layout);
  });

  it('keeps labels readable from 280 to 1200 px wide', () => {
    for (const width of [280, 400, 600, 800, 1200]) {
      const layout = chordLayout(fixture, { width, height: width * 0.75, fontSize: 12 });
      const margin = Math.min(width, width * 0.75) / 2 - layout.outerRadius;
      expect(margin, `margin at ${width}`).to.be.at.least(48);
      expect(layout.outerRadius, `radius at ${width}`).to.be.at.least((width * 0.75) / 4);
      for (const { label } of layout.arcs) {
        expect(label.text.length, `${label.text} at ${width}`).to.be.at.least(3);
        const x = layout.centre.x + label.x;
        const y = layout.centre.y + label.y;
        // The far end of the text: along the rotation from a start anchor, against it from an end anchor.
        const w = (label.anchor === 'start' ? 1 : -1) * textWidth(label.text, 12);
        const endX = x + w * Math.cos((label.rotate * Math.PI) / 180);
        const endY = y + w * Math.sin((label.rotate * Math.PI) / 180);
        expect(endX).to.be.within(-0.5, width + 0.5);
        expect(endY).to.be.within(-0.5, width * 0.75 + 0.5);
      }
    }
  });

  it('puts the members of a group next to each other, under one band', () => {
    const actors: ChordLayoutActor[] = [
      { id: 'usa', label: 'United States', group: 'west' },
      { id: 'kz', label: 'Kazakhstan' },
      { id: 'eu', label: 'European Union', group: 'west' },
      { id: 'ru', label: 'Russia', group: 'csto' },
      { id: 'nato', label: 'NATO', group: 'west' },
      { id: 'cn', label: 'China' },
    ];
    expect(circleOrder(actors)).to.deep.equal([0, 2, 4, 1, 3, 5]);
    const data: ChordLayoutData = {
      actors,
      kinds: [{ id: 'k', tone: 'neutral' }],
      ties: [0, 2, 3, 4, 5].map((i, n) => ({ index: n, from: 1, to: i, kind: 0, value: 1, directed: false })),
    };
    const layout = chordLayout(data, size);
    expect(layout.arcs.map((a) => a.index)).to.deep.equal([0, 2, 4, 1, 3, 5]);
    expect(layout.groups.map((g) => [g.id, g.members])).to.deep.equal([
      ['west', [0, 2, 4]],
      ['csto', [3]],
    ]);
    const west = layout.groups[0]!;
    assertInDelta(west.startAngle, layout.arcs[0]!.startAngle);
    assertInDelta(west.endAngle, layout.arcs[2]!.endAngle);
    // The band sits just outside the arcs, and the labels outside the band.
    const bandInner = layout.outerRadius + 2;
    assertPathEqual(west.path, annulus(bandInner, bandInner + 10, west.startAngle, west.endAngle));
    expect(west.labelPath).to.match(/^M[-\d.,]+A[-\d.,]+$/);
    for (const { label } of layout.arcs) expect(Math.hypot(label.x, label.y)).to.be.above(bandInner + 10);
    assertUpright(layout);
  });

  it('accepts up to layoutLimit actors', () => {
    expect(layoutLimit).to.equal(200);
    expect(withinLayoutLimit(200)).to.equal(true);
    expect(withinLayoutLimit(201)).to.equal(false);
    expect(withinLayoutLimit(NaN)).to.equal(false);
  });
});

describe('spread(angles, spacing)', () => {
  it('keeps angles that are far enough apart', () => {
    expect(spread([0.5, 2, 4], 0.1)).to.deep.equal([0.5, 2, 4]);
  });

  it('centres a crowded cluster on its wanted angles', () => {
    const out = spread([1, 1.01, 1.02, 3], 0.1);
    assertInDelta(out[0]!, 0.91);
    assertInDelta(out[1]!, 1.01);
    assertInDelta(out[2]!, 1.11);
    assertInDelta(out[3]!, 3);
  });

  it('spreads across twelve o’clock', () => {
    const out = spread([0.01, 3, tau - 0.01], 0.1);
    assertInDelta(out[0]!, 0.05);
    assertInDelta(out[1]!, 3);
    assertInDelta(out[2]!, tau - 0.05);
  });

  it('spreads evenly when the circle is too crowded', () => {
    const out = spread([0, 0.001, 0.002, 0.003], 10);
    const sorted = [...out].sort((a, b) => a - b);
    for (let i = 1; i < 4; i++) assertInDelta(sorted[i]! - sorted[i - 1]!, tau / 4);
  });
});

describe('chordLayout with 200 actors and random ties (seeded)', () => {
  const groups = ['west', 'csto', 'sco', undefined, undefined];
  const tieArb = fc.record({
    from: fc.nat(199),
    to: fc.nat(199),
    kind: fc.nat(4),
    value: fc.oneof(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.constantFrom(1, 1e308, 5e-324)),
    directed: fc.boolean(),
  });
  const arb = fc.record({
    groupOf: fc.array(fc.nat(groups.length - 1), { minLength: 200, maxLength: 200 }),
    labels: fc.array(fc.string({ maxLength: 60 }), { minLength: 200, maxLength: 200 }),
    ties: fc.array(tieArb, { maxLength: 400 }),
    hidden: fc.subarray([0, 1, 2, 3, 4]),
    width: fc.integer({ min: 280, max: 1200 }),
    height: fc.integer({ min: 200, max: 1000 }),
    fontSize: fc.integer({ min: 9, max: 18 }),
  });

  it('never emits NaN or Infinity, keeps every slice inside its arc, labels upright and groups together', () => {
    fc.assert(
      fc.property(arb, ({ groupOf, labels, ties, hidden, width, height, fontSize }) => {
        const actors = labels.map((label, i) => ({ id: `a${i}`, label, group: groups[groupOf[i]!] }));
        const data: ChordLayoutData = {
          actors,
          kinds: [0, 1, 2, 3, 4].map((i) => ({ id: `k${i}`, tone: 'neutral' as const })),
          ties: ties.map((t, index): ChordLayoutTie => ({ ...t, index })),
          hiddenKinds: new Set(hidden),
        };
        const layout = chordLayout(data, { width, height, fontSize });
        assertFinite(layout);
        const visible = ties.filter((t) => !hidden.includes(t.kind));
        expect(layout.empty).to.equal(visible.length === 0);
        expect(layout.ribbons).to.have.length(visible.length);
        assertSlicesInsideArcs(layout);
        assertUpright(layout);
        if (!layout.empty) {
          const sum = layout.arcs.reduce((s, a) => s + a.endAngle - a.startAngle + layout.padAngle, 0);
          assertInDelta(sum, tau, 1e-9);
        }
        // Members of a group are consecutive around the circle.
        const seq = layout.arcs.map((a) => actors[a.index]!.group).filter((g) => g !== undefined);
        const seen = new Set<string>();
        seq.forEach((g, i) => {
          if (i > 0 && seq[i - 1] === g) return;
          expect(seen.has(g!), `group ${g} split`).to.equal(false);
          seen.add(g!);
        });
        expect(layout.groups.map((g) => g.id)).to.deep.equal([...seen]);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('label thinning, pointer targets and height', () => {
  // 120 actors in a ring, each tied to the next; every fifth tie is ten times as strong.
  const crowded: ChordLayoutData = {
    actors: Array.from({ length: 120 }, (_, i) => ({ id: `a${i}`, label: `Actor ${i}` })),
    kinds: [{ id: 'k', tone: 'neutral' }],
    ties: Array.from({ length: 120 }, (_, i) => ({ index: i, from: i, to: (i + 1) % 120, kind: 0, value: i % 5 === 0 ? 10 : 1, directed: false })),
  };

  it('labels only the largest arcs when the circle has more arcs than label lines', () => {
    const fontSize = 12;
    const layout = chordLayout(crowded, { width: 500, height: 500, fontSize });
    const shown = layout.arcs.filter((a) => !a.label.hidden);
    const hidden = layout.arcs.filter((a) => a.label.hidden);
    expect(shown.length).to.be.greaterThan(10);
    expect(hidden.length).to.be.greaterThan(10);
    for (const arc of hidden) expect(arc.label.text).to.equal('');
    // Every labelled arc is at least as large as every unlabelled one.
    const span = (a: { startAngle: number; endAngle: number }) => a.endAngle - a.startAngle;
    const smallestShown = Math.min(...shown.map(span));
    for (const arc of hidden) expect(span(arc)).to.be.at.most(smallestShown + 1e-9);
    // Shown labels are a line height apart round the circle.
    const angles = shown.map((a) => Math.atan2(a.label.x, -a.label.y)).sort((a, b) => a - b);
    const radius = Math.min(...shown.map((a) => Math.hypot(a.label.x, a.label.y)));
    for (let i = 1; i < angles.length; i++) expect((angles[i]! - angles[i - 1]!) * radius).to.be.at.least(fontSize - 0.01); // label x, y are rounded to 0.01
    assertUpright(layout);
    assertFinite(layout);
  });

  it('keeps every label when they fit', () => {
    const layout = chordLayout(fixture, size);
    expect(layout.arcs.every((a) => !a.label.hidden)).to.equal(true);
  });

  it('gives each arc a wider pointer target from the ribbon ends to the label foot', () => {
    const layout = chordLayout(fixture, size);
    for (const arc of layout.arcs) {
      expect(arc.hitPath).to.match(/^M[-\d.,]+A[-\d.,]+L[-\d.,]+A[-\d.,]+Z$/);
      const numbers = (arc.hitPath.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
      const [x0, y0] = numbers;
      expect(Math.hypot(x0!, y0!)).to.be.greaterThan(layout.outerRadius);
    }
    assertFinite(layout);
  });

  it('is square up to 640 px wide, then flatter, never over 800 px tall', () => {
    expect([0, 280, 640, 800, 1200, 4000, NaN, -5].map(defaultChordHeight)).to.deep.equal([0, 280, 640, 640, 800, 800, 0, 0]);
  });
});
