import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { assertInDelta, assertPathEqual, pathNumbers } from '../../core/src/test/helpers.js';
import { axisAngle, boxesOverlap, defaultRadarHeight, LABEL_GAP, polar, radarLayout, wrapLabel, type RadarLayoutInput } from './radar-layout.js';

const square: RadarLayoutInput = {
  axes: [
    { id: 'n', label: 'N' },
    { id: 'e', label: 'E' },
    { id: 's', label: 'S' },
    { id: 'w', label: 'W' },
  ],
  series: [{ id: 'a', values: [4, 2, 4, 2] }],
  scale: { min: 0, max: 4, ticks: [2, 4] },
};

describe('radarLayout', () => {
  it('axisAngle(i, n) starts at the top and turns clockwise', () => {
    assertInDelta(axisAngle(0, 4), 0);
    assertInDelta(axisAngle(1, 4), Math.PI / 2);
    assertInDelta(axisAngle(3, 6), Math.PI);
  });

  it('polar(angle, r) puts 0 rad straight up and π/2 to the right (SVG y grows down)', () => {
    const [x0, y0] = polar(0, 10);
    assertInDelta(x0, 0);
    assertInDelta(y0, -10);
    const [x1, y1] = polar(Math.PI / 2, 10);
    assertInDelta(x1, 10);
    assertInDelta(y1, 0);
  });

  it('radarLayout(input, size) centres the plot and fits the single-letter labels inside the box', () => {
    const layout = radarLayout(square, { width: 400, height: 400, fontSize: 12 });
    expect(layout.cx).to.equal(200);
    expect(layout.cy).to.equal(200);
    // Top and bottom labels are one line (14.4 px) above and below the rim plus the gap.
    assertInDelta(layout.radius, 200 - 14.4 - LABEL_GAP, 0.01);
    for (const axis of layout.axes) {
      const { box } = axis.label;
      expect(box.x).to.be.at.least(0);
      expect(box.y).to.be.at.least(0);
      expect(box.x + box.width).to.be.at.most(400);
      expect(box.y + box.height).to.be.at.most(400);
    }
  });

  it('radarLayout places each value at (value − min) / (max − min) of the radius along its axis', () => {
    const layout = radarLayout(square, { width: 400, height: 400, fontSize: 12 });
    const r = layout.radius;
    const points = layout.series[0]!.points;
    assertInDelta(points[0]!.x, 200, 0.01);
    assertInDelta(points[0]!.y, 200 - r, 0.01);
    assertInDelta(points[1]!.x, 200 + r / 2, 0.01);
    assertInDelta(points[1]!.y, 200, 0.01);
    assertInDelta(points[2]!.y, 200 + r, 0.01);
    assertInDelta(points[3]!.x, 200 - r / 2, 0.01);
    assertPathEqual(
      layout.series[0]!.areaPath,
      `M200,${200 - r}L${200 + r / 2},200L200,${200 + r}L${200 - r / 2},200Z`,
      0.01,
    );
  });

  it('radarLayout draws one ring per tick above min, as a polygon through the axes', () => {
    const layout = radarLayout(square, { width: 400, height: 400, fontSize: 12 });
    expect(layout.rings.map((ring) => ring.value)).to.deep.equal([2, 4]);
    const r = layout.radius;
    assertPathEqual(layout.rings[1]!.path, `M200,${200 - r}L${200 + r},200L200,${200 + r}L${200 - r},200Z`, 0.01);
    assertInDelta(layout.rings[0]!.radius, r / 2, 0.01);
  });

  it('radarLayout breaks the outline at a gap and leaves no point there', () => {
    const layout = radarLayout({ ...square, series: [{ id: 'a', values: [4, null, 4, 2] }] }, { width: 400, height: 400, fontSize: 12 });
    const s = layout.series[0]!;
    expect(s.points[1]).to.equal(null);
    // Two segments: S→W→N (wrapping) and nothing through E.
    expect(s.outlinePath.match(/M/g)).to.have.length(1);
    expect(pathNumbers(s.outlinePath)).to.have.length(6);
    expect(s.areaPath.endsWith('Z')).to.equal(true);
  });

  it('radarLayout gives a series with one value a point but no area', () => {
    const layout = radarLayout({ ...square, series: [{ id: 'a', values: [4, null, null, null] }] }, { width: 400, height: 400, fontSize: 12 });
    expect(layout.series[0]!.areaPath).to.equal('');
    expect(layout.series[0]!.points.filter(Boolean)).to.have.length(1);
  });

  it('radarLayout anchors labels on the right at start, on the left at end, at top and bottom in the middle', () => {
    const layout = radarLayout(square, { width: 400, height: 400, fontSize: 12 });
    expect(layout.axes.map((axis) => axis.label.anchor)).to.deep.equal(['middle', 'start', 'middle', 'end']);
  });

  it('radarLayout hides a label that would overlap the previous one and keeps the rest apart', () => {
    const axes = Array.from({ length: 100 }, (_, i) => ({ id: `a${i}`, label: `Long partner name ${i}` }));
    const layout = radarLayout({ axes, series: [], scale: { min: 0, max: 1, ticks: [1] } }, { width: 600, fontSize: 12 });
    const shown = layout.axes.filter((axis) => !axis.label.hidden);
    expect(shown.length).to.be.greaterThan(5);
    expect(shown.length).to.be.lessThan(100);
    for (let i = 0; i < shown.length; i++) {
      for (let j = i + 1; j < shown.length; j++) expect(boxesOverlap(shown[i]!.label.box, shown[j]!.label.box)).to.equal(false);
    }
  });

  it('radarLayout keeps every label box inside the box from 280 to 1200 px (seeded labels)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 40 }), { minLength: 3, maxLength: 12 }),
        fc.integer({ min: 280, max: 1200 }),
        (labels, width) => {
          const layout = radarLayout(
            { axes: labels.map((label, i) => ({ id: `a${i}`, label })), series: [], scale: { min: 0, max: 1, ticks: [1] } },
            { width, fontSize: 12 },
          );
          for (const axis of layout.axes) {
            const { box } = axis.label;
            if (box.x < -0.01 || box.y < -0.01 || box.x + box.width > width + 0.01 || box.y + box.height > layout.height + 0.01) return false;
          }
          return layout.radius > 0;
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it('radarLayout never emits NaN or Infinity, whatever the values (seeded)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double(), fc.constant(null)), { minLength: 3, maxLength: 20 }),
        fc.integer({ min: 0, max: 2000 }),
        (values, width) => {
          const layout = radarLayout(
            { axes: values.map((_, i) => ({ id: `a${i}`, label: `A${i}` })), series: [{ id: 's', values }], scale: { min: 0, max: 10, ticks: [5, 10] } },
            { width, fontSize: 12 },
          );
          return !/NaN|Infinity/.test(JSON.stringify(layout));
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });

  it('radarLayout widens label estimates by the reader\'s letter and word spacing: the plot shrinks, then the text', () => {
    const input = { ...square, axes: [square.axes[0]!, { id: 'eu', label: 'European Union' }, ...square.axes.slice(2)] };
    const size = { width: 400, height: 400, fontSize: 12 };
    const plain = radarLayout(input, size);
    // The east label binds: 200 = radius + gap + the width of "European" (8 × 7.44 px).
    expect(plain.axes[1]!.label.lines).to.deep.equal(['European', 'Union']);
    assertInDelta(plain.radius, 200 - LABEL_GAP - 8 * 7.44, 0.01);
    // 2 px of letter spacing widen each character: the same lines, a smaller plot.
    const spaced = radarLayout(input, { ...size, letterSpacing: 2 });
    expect(spaced.axes[1]!.label.lines).to.deep.equal(['European', 'Union']);
    assertInDelta(spaced.axes[1]!.label.box.width, 8 * 9.44, 0.01);
    assertInDelta(spaced.radius, 200 - LABEL_GAP - 8 * 9.44, 0.01);
    // 12 px would leave a plot under MIN_RADIUS: fewer characters fit a line instead.
    expect(radarLayout(input, { ...size, letterSpacing: 12 }).axes[1]!.label.lines).to.deep.equal(['Europea', 'n Union']);
    // Word spacing widens a line at its spaces: "Gulf States" fills the 11 characters of 88 px
    // at 400 px, so a wider space breaks it; at 600 px it stays one line, 3 px wider.
    const top = { ...square, axes: [{ id: 'gulf', label: 'Gulf States' }, ...square.axes.slice(1)] };
    expect(radarLayout(top, size).axes[0]!.label.lines).to.deep.equal(['Gulf States']);
    expect(radarLayout(top, { ...size, wordSpacing: 3 }).axes[0]!.label.lines).to.deep.equal(['Gulf', 'States']);
    const wide = radarLayout(top, { width: 600, height: 600, fontSize: 12, wordSpacing: 3 }).axes[0]!.label;
    expect(wide.lines).to.deep.equal(['Gulf States']);
    assertInDelta(wide.box.width, 11 * 7.44 + 3, 0.01);
    // Invalid spacings count as none.
    expect(radarLayout(input, { ...size, letterSpacing: NaN, wordSpacing: -1 })).to.deep.equal(plain);
  });

  it('radarLayout moves a tick label that would cover the top axis label just below its ring, or leaves it out', () => {
    const north = { ...square, axes: [{ id: 'n', label: 'North' }, ...square.axes.slice(1)] };
    const layout = radarLayout(north, { width: 400, height: 400, fontSize: 12 });
    const [inner, rim] = layout.rings;
    // "North" spans 200 ± 18.6 px just above the rim, where the rim's tick label would go.
    assertInDelta(inner!.labelY, 200 - inner!.radius - 3, 0.01);
    expect(inner!.labelHidden).to.equal(undefined);
    assertInDelta(rim!.labelY, 200 - layout.radius + 3 + 0.8 * 14.4, 0.01);
    expect(rim!.labelHidden).to.equal(undefined);
    // With a ring just inside the rim, its tick label is there: the rim's is left out.
    const tight = radarLayout({ ...north, scale: { min: 0, max: 4, ticks: [3.5, 4] } }, { width: 400, height: 400, fontSize: 12 });
    expect(tight.rings.map((ring) => ring.labelHidden)).to.deep.equal([undefined, true]);
  });

  it('radarLayout moves the tick label aside when letter spacing widens the top axis label onto it', () => {
    // "N" ends at 200 + 3.72 px, clear of the tick label at 204; with 1 px of letter spacing it reaches 204.22.
    const plain = radarLayout(square, { width: 400, height: 400, fontSize: 12 });
    assertInDelta(plain.rings[1]!.labelY, 200 - plain.radius - 3, 0.01);
    const spaced = radarLayout(square, { width: 400, height: 400, fontSize: 12, letterSpacing: 1 });
    assertInDelta(spaced.rings[1]!.labelY, 200 - spaced.radius + 3 + 0.8 * 14.4, 0.01);
  });

  it('defaultRadarHeight is square when narrow and capped when wide', () => {
    expect(defaultRadarHeight(280)).to.equal(260);
    expect(defaultRadarHeight(600)).to.equal(510);
    expect(defaultRadarHeight(1200)).to.equal(620);
  });
});

describe('wrapLabel', () => {
  it('wrapLabel(text, maxChars) breaks at spaces', () => {
    expect(wrapLabel('European Union', 9)).to.deep.equal({ lines: ['European', 'Union'], truncated: false });
  });

  it('wrapLabel cuts a word longer than a line', () => {
    expect(wrapLabel('Internationalisation', 8, 1)).to.deep.equal({ lines: ['Interna…'], truncated: true });
  });

  it('wrapLabel ends the last line with an ellipsis when the text does not fit', () => {
    expect(wrapLabel('Collective Security Treaty Organization', 12)).to.deep.equal({ lines: ['Collective', 'Security…'], truncated: true });
  });

  it('wrapLabel keeps a short label whole', () => {
    expect(wrapLabel('Russia', 10)).to.deep.equal({ lines: ['Russia'], truncated: false });
  });

  it('wrapLabel(text, maxChars, maxLines, measure) counts characters as `measure` does', () => {
    // A space worth two characters (the reader's word spacing) pushes "Union" to the next line.
    const wide = (line: string) => Array.from(line).length + (line.match(/ /g)?.length ?? 0);
    expect(wrapLabel('European Union', 14)).to.deep.equal({ lines: ['European Union'], truncated: false });
    expect(wrapLabel('European Union', 14, 2, wide)).to.deep.equal({ lines: ['European', 'Union'], truncated: false });
  });
});

describe('radarLayout hit targets', () => {
  it('gives each axis a closed wedge from the centre, reaching past the rim, split between neighbours', () => {
    const layout = radarLayout(square, { width: 400, height: 400, fontSize: 12 });
    const wedge = layout.axes[1]!.hitPath;
    expect(wedge.startsWith('M0,0L')).to.equal(true);
    expect(wedge.endsWith('Z')).to.equal(true);
    const numbers = pathNumbers(wedge);
    const points = Array.from({ length: numbers.length / 2 }, (_, i) => [numbers[2 * i]!, numbers[2 * i + 1]!] as const).slice(1);
    const r = layout.radius + LABEL_GAP;
    for (const [x, y] of points) assertInDelta(Math.hypot(x, y), r, 0.01);
    // East axis: its wedge spans from north-east to south-east.
    assertInDelta(Math.atan2(points[0]![1], points[0]![0]), -Math.PI / 4, 1e-3);
    assertInDelta(Math.atan2(points.at(-1)![1], points.at(-1)![0]), Math.PI / 4, 1e-3);
  });
});
