import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  balanceDistance,
  balanceRings,
  compassLayout,
  markAt,
  needleShape,
  invert,
  nearestPole,
  normaliseWeights,
  placeDateLabels,
  polePlaces,
  ringLabels,
  shareGridLines,
  shareLabels,
  stepNarration,
  toCartesian,
  towardPoles,
  trail,
  type Box,
  type Point,
} from './compass-layout.js';


// Helpers in the manner of d3's test/asserts.js.

const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/** Deep comparison where every number may differ by at most `delta`. */
function assertInDelta(actual: unknown, expected: unknown, delta = 1e-6, path = 'value'): void {
  if (typeof expected === 'number') {
    expect(typeof actual, path).to.equal('number');
    const ok = Math.abs((actual as number) - expected) <= delta;
    expect(ok, `${path}: expected ${actual} to be within ${delta} of ${expected}`).to.equal(true);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${path} is an array`).to.equal(true);
    expect((actual as unknown[]).length, `${path}.length`).to.equal(expected.length);
    expected.forEach((e, i) => assertInDelta((actual as unknown[])[i], e, delta, `${path}[${i}]`));
  } else if (expected !== null && typeof expected === 'object') {
    expect(actual, path).to.be.an('object');
    const keys = Object.keys(expected);
    expect(Object.keys(actual as object).sort(), `${path} keys`).to.deep.equal(keys.sort());
    for (const k of keys) {
      assertInDelta((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], delta, `${path}.${k}`);
    }
  } else {
    expect(actual, path).to.equal(expected);
  }
}

/** Compares two SVG path strings: same commands, numbers within `delta`. */
function assertPathEqual(actual: string, expected: string, delta = 1e-6): void {
  const shape = (d: string) => d.replace(NUMBER, '#');
  const numbers = (d: string) => (d.match(NUMBER) ?? []).map(Number);
  expect(shape(actual), `path ${actual}`).to.equal(shape(expected));
  assertInDelta(numbers(actual), numbers(expected), delta, `path ${actual}`);
}

/** Every number reachable from `value` is finite and no string says NaN or Infinity. */
function assertAllFinite(value: unknown, path = 'layout'): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${path} = ${value}`).to.equal(true);
  } else if (typeof value === 'string') {
    expect(/NaN|Infinity/.test(value), `${path} = ${value}`).to.equal(false);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => assertAllFinite(v, `${path}[${i}]`));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) assertAllFinite(v, `${path}.${k}`);
  }
}

function overlap(a: Box, b: Box): boolean {
  const e = 1e-9;
  return a.x0 < b.x1 - e && b.x0 < a.x1 - e && a.y0 < b.y1 - e && b.y0 < a.y1 - e;
}

function insidePolygon(p: Point, vertices: readonly Point[]): boolean {
  // The polygons are convex and clockwise on screen: inside means right of every edge.
  return vertices.every((a, i) => {
    const b = vertices[(i + 1) % vertices.length]!;
    return (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x) >= 0;
  });
}

const FC = { seed: 42, numRuns: 500 };
const SQRT3_2 = Math.sqrt(3) / 2;
const triangle = polePlaces(3, 100);

// A compass shaped like the article's (poles Russia, China and the West; periods from the
// 1990s to February 2022). The weights are round numbers chosen so the geometry can be checked
// by hand; they are not the editorial readings of @multivector/data.
const fixture = {
  poles: [
    { id: 'russia', label: 'Russia' },
    { id: 'china', label: 'China' },
    { id: 'west', label: 'the West' },
  ],
  positions: [
    { id: 'p1990s', date: '1990s', weights: [1, 2, 5] },
    { id: 'p2014', date: '2014', weights: [1, 1, 1] },
    { id: 'p2020', date: '2020', weights: [2, 1, 1] },
    { id: 'p2021', date: '2021-12', weights: [5, 4, 1] },
    { id: 'p2022', date: '2022-01', weights: [6, 3, 1] },
    { id: 'p2022b', date: '2022-02', weights: [5, 4, 0] },
  ],
};

describe('polePlaces', () => {
  it('polePlaces(3, r) puts the first pole at the top and the others clockwise', () => {
    assertInDelta(polePlaces(3, 100), [
      { index: 0, angle: 0, x: 0, y: -100 },
      { index: 1, angle: (2 * Math.PI) / 3, x: 100 * SQRT3_2, y: 50 },
      { index: 2, angle: (4 * Math.PI) / 3, x: -100 * SQRT3_2, y: 50 },
    ]);
  });

  it('polePlaces(4, r) puts the poles at the top, right, bottom and left', () => {
    assertInDelta(
      polePlaces(4, 10).map(({ x, y }) => ({ x, y })),
      [
        { x: 0, y: -10 },
        { x: 10, y: 0 },
        { x: 0, y: 10 },
        { x: -10, y: 0 },
      ],
    );
  });

  it('polePlaces(n, r) spaces n poles evenly on the circle of radius r', () => {
    for (let n = 3; n <= 8; n++) {
      const places = polePlaces(n, 50);
      expect(places).to.have.length(n);
      places.forEach((p, i) => {
        assertInDelta(Math.hypot(p.x, p.y), 50);
        assertInDelta(p.angle, (2 * Math.PI * i) / n);
      });
    }
  });

  it('polePlaces(n, r) gives no poles for an invalid count and zero coordinates for an invalid radius', () => {
    expect(polePlaces(NaN, 10)).to.deep.equal([]);
    expect(polePlaces(-3, 10)).to.deep.equal([]);
    expect(polePlaces(3.7, 10)).to.have.length(3);
    for (const p of polePlaces(3, NaN)) assertInDelta({ x: p.x, y: p.y }, { x: 0, y: 0 });
  });
});

describe('normaliseWeights', () => {
  it('normaliseWeights(w) scales weights to sum to 1', () => {
    assertInDelta(normaliseWeights([1, 1, 2]), [0.25, 0.25, 0.5]);
    assertInDelta(normaliseWeights([1e308, 1e308]), [0.5, 0.5]);
  });

  it('normaliseWeights(w) counts negative, NaN and missing weights as 0', () => {
    assertInDelta(normaliseWeights([2, -1, NaN], 4), [1, 0, 0, 0]);
  });

  it('normaliseWeights(w) returns null when no weight is positive', () => {
    expect(normaliseWeights([0, 0, 0])).to.equal(null);
    expect(normaliseWeights([])).to.equal(null);
    expect(normaliseWeights([NaN, Infinity, -1])).to.equal(null);
  });
});

describe('toCartesian', () => {
  it('toCartesian(one-hot weights, places) is the pole place, for 3 to 8 poles', () => {
    for (let n = 3; n <= 8; n++) {
      const places = polePlaces(n, 100);
      places.forEach((p, i) => {
        const weights = places.map((_, j) => (j === i ? 1 : 0));
        assertInDelta(toCartesian(weights, places), { x: p.x, y: p.y });
      });
    }
  });

  it('toCartesian(equal weights, places) is the centre, for 3 to 8 poles', () => {
    for (let n = 3; n <= 8; n++) {
      const places = polePlaces(n, 100);
      assertInDelta(toCartesian(places.map(() => 7), places), { x: 0, y: 0 });
    }
  });

  it('toCartesian(two equal weights, triangle) is the midpoint of the edge, half way to balance', () => {
    const p = toCartesian([1, 1, 0], triangle)!;
    assertInDelta(p, { x: 50 * SQRT3_2, y: -25 });
    assertInDelta(balanceDistance(p, 100), 0.5);
    assertInDelta(toCartesian([0, 3, 3], triangle), { x: 0, y: 50 });
  });

  it('toCartesian(w, places) does not depend on the scale of the weights', () => {
    assertInDelta(toCartesian([2, 2, 4], triangle), toCartesian([0.25, 0.25, 0.5], triangle));
    assertInDelta(toCartesian([1, 1, 2], triangle), { x: -25 * SQRT3_2, y: 12.5 });
  });

  it('toCartesian(rotated weights, 5 poles) rotates the point by 72° clockwise', () => {
    const places = polePlaces(5, 100);
    const a = (2 * Math.PI) / 5;
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 5, maxLength: 5 }), (w) => {
        fc.pre(w.some((x) => x > 1e-3));
        const p = toCartesian(w, places)!;
        const q = toCartesian([w[4]!, w[0]!, w[1]!, w[2]!, w[3]!], places)!;
        assertInDelta(q, { x: p.x * Math.cos(a) - p.y * Math.sin(a), y: p.x * Math.sin(a) + p.y * Math.cos(a) });
      }),
      FC,
    );
  });

  it('toCartesian(all-zero weights, places) returns null', () => {
    expect(toCartesian([0, 0, 0], triangle)).to.equal(null);
    expect(toCartesian([NaN, -1, 0], triangle)).to.equal(null);
  });
});

describe('invert', () => {
  it('invert(p, triangle) gives the barycentric coordinates of the centre, poles and edge midpoints', () => {
    assertInDelta(invert({ x: 0, y: 0 }, triangle), [1 / 3, 1 / 3, 1 / 3]);
    assertInDelta(invert(triangle[1]!, triangle), [0, 1, 0]);
    assertInDelta(invert({ x: 50 * SQRT3_2, y: -25 }, triangle), [0.5, 0.5, 0]);
    assertInDelta(invert({ x: 0, y: 50 }, triangle), [0, 0.5, 0.5]);
  });

  it('toCartesian(invert(p)) is p for every point inside the polygon, for 3 to 8 poles', () => {
    for (let n = 3; n <= 8; n++) {
      const places = polePlaces(n, 100);
      fc.assert(
        fc.property(
          fc.double({ min: -100, max: 100, noNaN: true }),
          fc.double({ min: -100, max: 100, noNaN: true }),
          (x, y) => {
            fc.pre(insidePolygon({ x, y }, places));
            const w = invert({ x, y }, places);
            expect(w).to.have.length(n);
            for (const wi of w) expect(wi).to.be.at.least(0);
            assertInDelta(w.reduce((a, b) => a + b, 0), 1);
            assertInDelta(toCartesian(w, places), { x, y });
          },
        ),
        { ...FC, numRuns: 200 },
      );
    }
  });

  it('invert(toCartesian(w), triangle) is the normalised w', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 3, maxLength: 3 }), (w) => {
        fc.pre(w.some((x) => x > 1e-3));
        assertInDelta(invert(toCartesian(w, triangle)!, triangle), normaliseWeights(w));
      }),
      FC,
    );
  });

  it('invert(toCartesian(w), square) is one of many weightings of the point', () => {
    const square = polePlaces(4, 100);
    const centre = toCartesian([1, 0, 1, 0], square)!;
    assertInDelta(invert(centre, square), [0.25, 0.25, 0.25, 0.25]);
    assertInDelta(toCartesian(invert(centre, square), square), centre);
  });

  it('invert(p outside, places) gives the weights of the nearest point of the polygon', () => {
    assertInDelta(invert({ x: 0, y: -500 }, triangle), [1, 0, 0]);
    assertInDelta(invert({ x: 0, y: 80 }, triangle), [0, 0.5, 0.5]);
    const places = polePlaces(6, 100);
    fc.assert(
      fc.property(fc.double({ min: -300, max: 300, noNaN: true }), fc.double({ min: -300, max: 300, noNaN: true }), (x, y) => {
        const w = invert({ x, y }, places);
        for (const wi of w) expect(wi).to.be.at.least(0);
        assertInDelta(w.reduce((a, b) => a + b, 0), 1);
        const back = toCartesian(w, places)!;
        expect(insidePolygon({ x: back.x * (1 - 1e-9), y: back.y * (1 - 1e-9) }, places)).to.equal(true);
      }),
      FC,
    );
  });

  it('invert(invalid point, places) gives balance, and no places give no weights', () => {
    assertInDelta(invert({ x: NaN, y: 0 }, triangle), [1 / 3, 1 / 3, 1 / 3]);
    assertInDelta(invert({ x: 10, y: 10 }, polePlaces(3, 0)), [1 / 3, 1 / 3, 1 / 3]);
    expect(invert({ x: 0, y: 0 }, [])).to.deep.equal([]);
  });
});

describe('balanceDistance', () => {
  it('balanceDistance(p, r) is 0 at the centre, 1 at a pole and |p| / r between', () => {
    expect(balanceDistance({ x: 0, y: 0 }, 100)).to.equal(0);
    assertInDelta(balanceDistance(triangle[2]!, 100), 1);
    assertInDelta(balanceDistance({ x: 30, y: -40 }, 100), 0.5);
  });

  it('balanceDistance(edge midpoint, r) is cos(π/n): 0.5 for a triangle, √2/2 for a square', () => {
    assertInDelta(balanceDistance(toCartesian([0, 1, 1], triangle)!, 100), 0.5);
    const square = polePlaces(4, 100);
    assertInDelta(balanceDistance(toCartesian([1, 1, 0, 0], square)!, 100), Math.SQRT1_2);
  });

  it('balanceDistance(p, 0) is 0 rather than Infinity', () => {
    expect(balanceDistance({ x: 1, y: 1 }, 0)).to.equal(0);
    expect(balanceDistance({ x: NaN, y: 1 }, 10)).to.equal(0);
  });
});

describe('nearestPole', () => {
  it('nearestPole(p, places) is the pole with the smallest angular difference', () => {
    expect(nearestPole(toCartesian([3, 2, 1], triangle)!, triangle)).to.equal(0);
    expect(nearestPole(toCartesian([1, 2, 0], triangle)!, triangle)).to.equal(1);
    expect(nearestPole(toCartesian([1, 1, 2], triangle)!, triangle)).to.equal(2);
    // Just left of the top: the angle wraps from 2π to 0.
    expect(nearestPole({ x: -1, y: -50 }, polePlaces(5, 100))).to.equal(0);
    expect(nearestPole({ x: -60, y: -50 }, polePlaces(5, 100))).to.equal(4);
  });

  it('nearestPole(centre, places) is null: balanced', () => {
    expect(nearestPole({ x: 0, y: 0 }, triangle)).to.equal(null);
    for (let n = 3; n <= 8; n++) {
      const places = polePlaces(n, 100);
      expect(nearestPole(toCartesian(places.map(() => 1), places)!, places)).to.equal(null);
    }
  });
});

describe('balanceRings', () => {
  it('balanceRings(r) draws circles at a quarter, half, three quarters and all of the radius', () => {
    const rings = balanceRings(100);
    assertInDelta(
      rings.map(({ level, radius }) => ({ level, radius })),
      [
        { level: 0.25, radius: 25 },
        { level: 0.5, radius: 50 },
        { level: 0.75, radius: 75 },
        { level: 1, radius: 100 },
      ],
    );
    assertPathEqual(rings[1]!.path, 'M50,0A50,50,0,1,1,-50,0A50,50,0,1,1,50,0Z');
  });

  it('balanceRings(r, levels) skips invalid levels', () => {
    expect(balanceRings(10, [0, -1, NaN, 0.5]).map((r) => r.level)).to.deep.equal([0.5]);
  });
});

describe('shareGridLines', () => {
  it('shareGridLines(triangle, [0.5]) joins the midpoints of the two sides at each pole', () => {
    const lines = shareGridLines(triangle, [0.5]);
    expect(lines).to.have.length(3);
    assertInDelta(
      { ...lines[0]!, path: 0 },
      { pole: 0, level: 0.5, x1: 50 * SQRT3_2, y1: -25, x2: -50 * SQRT3_2, y2: -25, path: 0 },
    );
    assertPathEqual(lines[0]!.path, 'M43.3,-25L-43.3,-25');
  });

  it('shareGridLines(triangle) gives each pole its share all along the line', () => {
    const lines = shareGridLines(triangle);
    expect(lines).to.have.length(9);
    for (const line of lines) {
      for (const end of [
        { x: line.x1, y: line.y1 },
        { x: line.x2, y: line.y2 },
      ]) {
        assertInDelta(invert(end, triangle)[line.pole], line.level);
      }
    }
  });

  it('shareGridLines(more than 3 places) is empty: a share does not fix a line', () => {
    expect(shareGridLines(polePlaces(4, 100))).to.deep.equal([]);
  });
});

describe('trail', () => {
  it('trail(points) joins the points in order with an arrow in the middle of each step', () => {
    const t = trail(
      [
        { x: 0, y: 0 },
        { x: 0, y: -100 },
        { x: 100, y: -100 },
      ],
      10,
    );
    assertPathEqual(t.path, 'M0,0L0,-100L100,-100');
    expect(t.arrows).to.have.length(2);
    assertInDelta({ ...t.arrows[0]!, path: 0 }, { from: 0, to: 1, x: 0, y: -50, angle: 0, path: 0 });
    assertPathEqual(t.arrows[0]!.path, 'M0,-55L4,-45L-4,-45Z');
    assertInDelta({ ...t.arrows[1]!, path: 0 }, { from: 1, to: 2, x: 50, y: -100, angle: Math.PI / 2, path: 0 });
    assertPathEqual(t.arrows[1]!.path, 'M55,-100L45,-96L45,-104Z');
  });

  it('trail(points) arrows point along their steps', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.double({ min: -100, max: 100, noNaN: true }), y: fc.double({ min: -100, max: 100, noNaN: true }) }), {
          minLength: 2,
          maxLength: 8,
        }),
        (points) => {
          for (const arrow of trail(points).arrows) {
            const a = points[arrow.from]!;
            const b = points[arrow.to]!;
            // The path is rounded to 0.01: only read the tip's direction off longer steps.
            if (Math.hypot(b.x - a.x, b.y - a.y) > 0.1) {
              const tip = arrow.path.match(NUMBER)!.slice(0, 2).map(Number);
              const along = (tip[0]! - arrow.x) * (b.x - a.x) + (tip[1]! - arrow.y) * (b.y - a.y);
              expect(along).to.be.greaterThan(0);
            }
            assertInDelta(arrow.x, (a.x + b.x) / 2);
            // Compare directions, not raw angles: 2π − ε and 0 are the same way.
            assertInDelta([Math.sin(arrow.angle), -Math.cos(arrow.angle)], [
              (b.x - a.x) / Math.hypot(b.x - a.x, b.y - a.y),
              (b.y - a.y) / Math.hypot(b.x - a.x, b.y - a.y),
            ]);
            expect(arrow.angle).to.be.within(0, 2 * Math.PI - Number.EPSILON);
          }
        },
      ),
      FC,
    );
  });

  it('trail(points) skips zero-length steps', () => {
    const t = trail([
      { x: 0, y: 0 },
      { x: 0, y: 0 },
      { x: 10, y: 0 },
    ]);
    expect(t.arrows.map((a) => [a.from, a.to])).to.deep.equal([[1, 2]]);
  });

  it('trail(one point) has no path and no arrows', () => {
    expect(trail([{ x: 3, y: 4 }])).to.deep.equal({ path: '', arrows: [] });
    expect(trail([])).to.deep.equal({ path: '', arrows: [] });
  });

  it('trail(points) leaves out non-finite points', () => {
    const t = trail([
      { x: 0, y: 0 },
      { x: NaN, y: 0 },
      { x: 10, y: 0 },
    ]);
    assertPathEqual(t.path, 'M0,0L10,0');
    expect(t.arrows.map((a) => [a.from, a.to])).to.deep.equal([[0, 2]]);
  });
});

describe('placeDateLabels', () => {
  const opts = { fontSize: 10, charWidth: 6, bounds: { x0: -100, y0: -100, x1: 100, y1: 100 } };

  it('placeDateLabels(lone point) puts the label above right of the point', () => {
    assertInDelta(placeDateLabels([{ x: 0, y: 0 }], ['2014'], opts), [
      { index: 0, text: '2014', x: 5, y: -10, textAnchor: 'start', box: { x0: 5, y0: -15, x1: 29, y1: -5 }, hidden: false },
    ]);
  });

  it('placeDateLabels(point in the top right corner) puts the label below left', () => {
    const [label] = placeDateLabels([{ x: 95, y: -95 }], ['2014'], opts);
    expect(label!.hidden).to.equal(false);
    expect(label!.textAnchor).to.equal('end');
    assertInDelta(label!.box, { x0: 66, y0: -90, x1: 90, y1: -80 });
  });

  it('placeDateLabels(points) never overlaps labels, points or obstacles, and stays in bounds', () => {
    const obstacles = [{ x0: -20, y0: -100, x1: 20, y1: -85 }];
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.double({ min: -100, max: 100, noNaN: true }), y: fc.double({ min: -100, max: 100, noNaN: true }) }), {
          minLength: 1,
          maxLength: 30,
        }),
        (points) => {
          const labels = placeDateLabels(
            points,
            points.map((_, i) => `${1990 + i}`),
            { ...opts, obstacles },
          );
          const shown = labels.filter((l) => !l.hidden);
          shown.forEach((l, i) => {
            const b = l.box;
            expect(b.x0 >= -100 - 1e-9 && b.x1 <= 100 + 1e-9 && b.y0 >= -100 - 1e-9 && b.y1 <= 100 + 1e-9).to.equal(true);
            for (const o of obstacles) expect(overlap(b, o)).to.equal(false);
            for (const p of points) expect(overlap(b, { x0: p.x - 2.5, y0: p.y - 2.5, x1: p.x + 2.5, y1: p.y + 2.5 })).to.equal(false);
            for (const other of shown.slice(i + 1)) expect(overlap(b, other.box)).to.equal(false);
          });
        },
      ),
      FC,
    );
  });

  it('placeDateLabels(crowded points) hides the labels that do not fit and is deterministic', () => {
    const points = Array.from({ length: 6 }, (_, i) => ({ x: i, y: 0 }));
    const texts = points.map((_, i) => `${2000 + i}`);
    const labels = placeDateLabels(points, texts, opts);
    expect(labels.map((l) => l.index)).to.deep.equal([0, 1, 2, 3, 4, 5]);
    expect(labels.some((l) => l.hidden)).to.equal(true);
    expect(labels.filter((l) => !l.hidden).length).to.be.greaterThan(1);
    expect(placeDateLabels(points, texts, opts)).to.deep.equal(labels);
  });

  it('placeDateLabels(points, labels, {order}) places the first in order first', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 1, y: 0 },
    ];
    const [a, b] = placeDateLabels(points, ['2014', '2020'], { ...opts, order: [1] });
    assertInDelta(b!.box, { x0: 6, y0: -15, x1: 30, y1: -5 });
    expect(a!.hidden).to.equal(false);
    expect(overlap(a!.box, b!.box)).to.equal(false);
  });

  it('placeDateLabels(…, {letterSpacing, wordSpacing}) widens each label, and one that no longer fits moves', () => {
    assertInDelta(placeDateLabels([{ x: 0, y: 0 }], ['Feb 2022'], { ...opts, letterSpacing: 2, wordSpacing: 3 })[0]!.box, {
      x0: 5,
      y0: -15,
      x1: 5 + 8 * 8 + 3,
      y1: -5,
    });
    // "2014" (24 px) fits right of a point at x = 70 inside x ≤ 100; with 2 px a letter (32 px) it goes left.
    expect(placeDateLabels([{ x: 70, y: 0 }], ['2014'], opts)[0]!.textAnchor).to.equal('start');
    const [moved] = placeDateLabels([{ x: 70, y: 0 }], ['2014'], { ...opts, letterSpacing: 2 });
    expect(moved!.textAnchor).to.equal('end');
    assertInDelta(moved!.box, { x0: 33, y0: -15, x1: 65, y1: -5 });
  });

  it('placeDateLabels(no room or no text) hides the label without NaN', () => {
    const labels = placeDateLabels(
      [
        { x: 0, y: 0 },
        { x: NaN, y: 0 },
        { x: 50, y: 50 },
      ],
      ['2014', '2020'],
      { ...opts, bounds: { x0: -1, y0: -1, x1: 1, y1: 1 } },
    );
    expect(labels.map((l) => l.hidden)).to.deep.equal([true, true, true]);
    expect(labels[2]!.text).to.equal('');
    assertAllFinite(labels);
  });
});

describe('stepNarration', () => {
  it('stepNarration(centre, p) moves toward the pole p leans to, by its balance distance', () => {
    const to = toCartesian([0.2, 0.2, 0.6], triangle)!;
    assertInDelta(stepNarration({ x: 0, y: 0 }, to, triangle), {
      distanceMoved: 0.4,
      towardPole: 2,
      fromDistance: 0,
      toDistance: 0.4,
    });
  });

  it('stepNarration(pole 0, pole 1) moves a side of the triangle toward pole 1', () => {
    assertInDelta(stepNarration(triangle[0]!, triangle[1]!, triangle), {
      distanceMoved: Math.sqrt(3),
      towardPole: 1,
      fromDistance: 1,
      toDistance: 1,
    });
  });

  it('stepNarration(a, b) names the pole the step heads for, not the pole b is nearest to', () => {
    // From near the West to a bit less near: still nearest the West, but heading for Russia.
    const from = toCartesian([0.1, 0.1, 0.8], triangle)!;
    const to = toCartesian([0.3, 0.1, 0.6], triangle)!;
    expect(nearestPole(to, triangle)).to.equal(2);
    expect(stepNarration(from, to, triangle).towardPole).to.equal(0);
  });

  it('stepNarration(p, p) moves 0 toward no pole', () => {
    const p = toCartesian([1, 2, 3], triangle)!;
    const step = stepNarration(p, { ...p }, triangle);
    expect(step.towardPole).to.equal(null);
    expect(step.distanceMoved).to.equal(0);
    assertAllFinite(stepNarration({ x: NaN, y: 0 }, p, polePlaces(3, 0)));
  });
});

describe('towardPoles', () => {
  it('towardPoles(direction, triangle) names the pole closest in angle', () => {
    expect(towardPoles(0, -1, triangle)).to.deep.equal([0]);
    expect(towardPoles(1, 0.2, triangle)).to.deep.equal([1]);
    const west = toCartesian([0.1, 0.1, 0.8], triangle)!;
    expect(towardPoles(west.x, west.y, triangle)).to.deep.equal([2]);
  });

  it('towardPoles(direction between two poles, triangle) names both, the closer first', () => {
    // Straight away from the West: exactly between Russia and China.
    const w = triangle[2]!;
    expect(towardPoles(-w.x, -w.y, triangle)).to.deep.equal([0, 1]);
    // 7° off the bisector, toward China: within the 15° tie, China first.
    const angle = (60 + 7) * (Math.PI / 180);
    expect(towardPoles(Math.sin(angle), -Math.cos(angle), triangle)).to.deep.equal([1, 0]);
    // 20° off: China alone.
    const off = (60 + 20) * (Math.PI / 180);
    expect(towardPoles(Math.sin(off), -Math.cos(off), triangle)).to.deep.equal([1]);
  });

  it('towardPoles(rotated direction, 5 poles) rotates with the poles', () => {
    const pentagon = polePlaces(5, 50);
    pentagon.forEach((p, i) => expect(towardPoles(p.x, p.y, pentagon)).to.deep.equal([i]));
  });

  it('towardPoles(no movement or invalid input) is empty', () => {
    expect(towardPoles(0, 0, triangle)).to.deep.equal([]);
    expect(towardPoles(NaN, 1, triangle)).to.deep.equal([]);
    expect(towardPoles(1, 1, polePlaces(3, 0))).to.deep.equal([]);
  });
});

describe('ringLabels and shareLabels', () => {
  const rings = balanceRings(100);
  const texts = ['0.25', '0.5', '0.75', '1'];

  it('ringLabels(rings, texts) puts each label just inside its ring, right of the top spoke', () => {
    const labels = ringLabels(rings, texts, { fontSize: 10, charWidth: 6 });
    assertInDelta(
      labels.map((l) => ({ text: l.text, x: l.x, y: l.y, box: l.box })),
      rings.map((ring, i) => ({
        text: texts[i]!,
        x: 5,
        y: -ring.radius + 7,
        box: { x0: 5, y0: -ring.radius + 2, x1: 5 + 6 * texts[i]!.length, y1: -ring.radius + 12 },
      })),
    );
  });

  it('ringLabels(crowded rings) leaves out labels that would overlap, keeping the outer ones', () => {
    const labels = ringLabels(balanceRings(30), texts, { fontSize: 10, charWidth: 6 });
    expect(labels.map((l) => l.text)).to.deep.equal(['0.5', '1']);
    const blocked = ringLabels(rings, texts, { fontSize: 10, obstacles: [{ x0: 0, y0: -100, x1: 40, y1: -80 }] });
    expect(blocked.map((l) => l.text)).to.deep.equal(['0.25', '0.5', '0.75']);
  });

  it('ringLabels and shareLabels widen by the letter spacing, so a label that reaches an obstacle gives way', () => {
    const spaced = { fontSize: 10, charWidth: 6, letterSpacing: 2 };
    expect(ringLabels(rings, texts, spaced).map((l) => l.box.x1 - l.box.x0)).to.deep.equal([32, 24, 32, 8]);
    assertInDelta(
      shareLabels(triangle, [0.25, 0.5], ['25%', '50%'], spaced).map((l) => l.box.x1 - l.box.x0),
      [24, 24, 24, 24, 24, 24],
    );
    // "0.25" runs from x = 5 to 29, clear of an obstacle from x = 30; 2 px a letter take it to 37.
    const obstacles = [{ x0: 30, y0: -30, x1: 60, y1: -10 }];
    expect(ringLabels(rings, texts, { fontSize: 10, charWidth: 6, obstacles }).map((l) => l.text)).to.deep.equal(texts);
    expect(ringLabels(rings, texts, { ...spaced, obstacles }).map((l) => l.text)).to.deep.equal(['0.5', '0.75', '1']);
  });

  it('shareLabels(triangle) labels each pole\'s lines on the side toward the next-but-one pole, outside the triangle', () => {
    const labels = shareLabels(triangle, [0.25, 0.5, 0.75], ['25%', '50%', '75%'], { fontSize: 10, charWidth: 6 });
    expect(labels).to.have.length(9);
    const grid = shareGridLines(triangle);
    for (const label of labels) {
      const line = grid.find((g) => g.pole === label.pole && g.level === label.level)!;
      // Beside the line's end on the side, within a font size.
      expect(Math.hypot(label.x - line.x2, label.y - line.y2)).to.be.lessThan(10);
      expect(insidePolygon({ x: (label.box.x0 + label.box.x1) / 2, y: (label.box.y0 + label.box.y1) / 2 }, triangle)).to.equal(false);
    }
    expect(labels.filter((l) => l.pole === 2).map((l) => l.textAnchor)).to.deep.equal(['middle', 'middle', 'middle']);
    expect(shareLabels(polePlaces(4, 100), [0.5], ['50%'], { fontSize: 10 })).to.deep.equal([]);
  });
});

describe('compassLayout', () => {
  const size = { width: 400, height: 400, fontSize: 10, charWidth: 6 };

  it('compassLayout(data, size) fits the largest circle that leaves room for the pole labels', () => {
    const layout = compassLayout(fixture, size);
    // The side labels bind: √3·(r + gap) + widths of "China" and "the West" = 400, with the
    // bold pole labels estimated a tenth wider (13 characters × 6 px × 1.1).
    const radius = (400 - 13 * 6 * 1.1) / Math.sqrt(3) - 5;
    assertInDelta(layout.radius, radius);
    // Centred between the label ends: (400 + width of "the West" − width of "China") / 2.
    assertInDelta(layout.centre, { x: (400 + 8 * 6.6 - 5 * 6.6) / 2, y: 206.25 });
    assertInDelta(
      layout.poles.map((p) => ({ id: p.id, text: p.label.text, anchor: p.label.textAnchor, x: p.label.x, y: p.label.y })),
      [
        { id: 'russia', text: 'Russia', anchor: 'middle', x: 0, y: -(radius + 10) },
        { id: 'china', text: 'China', anchor: 'start', x: SQRT3_2 * (radius + 5), y: (radius + 5) / 2 + 2.5 },
        { id: 'west', text: 'the West', anchor: 'end', x: -SQRT3_2 * (radius + 5), y: (radius + 5) / 2 + 2.5 },
      ],
    );
    for (const pole of layout.poles) {
      const b = pole.label.box;
      const c = layout.centre;
      expect(c.x + b.x0 >= -1e-6 && c.x + b.x1 <= 400 + 1e-6 && c.y + b.y0 >= -1e-6 && c.y + b.y1 <= 400 + 1e-6).to.equal(true);
    }
    assertInDelta(layout.poles[2]!.label.box.x0 + layout.centre.x, 0);
  });

  it('compassLayout(data, size with letter and word spacing) leaves the wider pole labels room', () => {
    const layout = compassLayout(fixture, { ...size, letterSpacing: 1, wordSpacing: 2 });
    // As above, each of the 13 characters of "China" and "the West" 1 px wider and the space of "the West" 2 px.
    assertInDelta(layout.radius, (400 - 13 * (6 * 1.1 + 1) - 2) / Math.sqrt(3) - 5);
    assertInDelta(layout.poles[2]!.label.box.x0 + layout.centre.x, 0);
  });

  it('compassLayout(data, size) places each position at the weighted mean of its poles', () => {
    const layout = compassLayout(fixture, size);
    const places = polePlaces(3, layout.radius);
    assertInDelta(
      layout.positions.map((p) => ({ x: p.x, y: p.y, distance: p.distance, nearest: p.nearest })),
      fixture.positions.map((p) => {
        const q = toCartesian(p.weights, places)!;
        return { x: q.x, y: q.y, distance: balanceDistance(q, layout.radius), nearest: nearestPole(q, places) };
      }),
    );
    expect(layout.positions.map((p) => p.nearest)).to.deep.equal([2, null, 0, 0, 0, 0]);
    // For 3 poles |p|² = 1.5·Σ share² − 0.5 (in radii²).
    assertInDelta(layout.positions[0]!.distance, Math.sqrt(13) / 8);
    assertInDelta(layout.positions[5]!.distance, Math.sqrt(21) / 9);
    assertInDelta(layout.positions[0]!.weights, [0.125, 0.25, 0.625]);
  });

  it('compassLayout(data, size) draws the guides, the trail and one narrated step per move', () => {
    const layout = compassLayout(fixture, size);
    expect(layout.rings).to.have.length(4);
    expect(layout.grid).to.have.length(9);
    expect(layout.trail.match(/L/g)).to.have.length(5);
    expect(layout.arrows.map((a) => [a.from, a.to])).to.deep.equal([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
    ]);
    expect(layout.steps.map((s) => s.towardPole)).to.deep.equal([0, 0, 1, 0, 1]);
    assertInDelta(layout.steps[0]!.distanceMoved, Math.sqrt(13) / 8);
  });

  it('compassLayout(data, size) points the needle at the last position by default, or the current one', () => {
    const last = compassLayout(fixture, size);
    expect(last.current).to.equal(5);
    assertInDelta({ x: last.needle!.x2, y: last.needle!.y2 }, { x: last.positions[5]!.x, y: last.positions[5]!.y });
    const chosen = compassLayout({ ...fixture, currentIndex: 2 }, size);
    expect(chosen.current).to.equal(2);
    assertPathEqual(chosen.needle!.path, `M0,0L${chosen.positions[2]!.x.toFixed(2)},${chosen.positions[2]!.y.toFixed(2)}`, 0.006);
  });

  it('compassLayout(data, size) labels dates without overlaps, the current one first', () => {
    const layout = compassLayout(fixture, size);
    expect(layout.dateLabels).to.have.length(6);
    expect(layout.dateLabels[5]!.hidden).to.equal(false);
    const shown = layout.dateLabels.filter((l) => !l.hidden);
    shown.forEach((l, i) => {
      for (const o of shown.slice(i + 1)) expect(overlap(l.box, o.box)).to.equal(false);
      for (const p of layout.poles) expect(overlap(l.box, p.label.box)).to.equal(false);
    });
  });

  it('compassLayout(data, size) skips all-zero weights and never yields NaN', () => {
    const layout = compassLayout(
      {
        poles: fixture.poles,
        positions: [
          { id: 'a', date: '2014', weights: [1, 0, 0] },
          { id: 'b', date: '2020', weights: [0, 0, 0] },
          { id: 'c', date: '2021', weights: [0, 1, 0] },
        ],
        currentIndex: 1,
      },
      size,
    );
    expect(layout.positions[1]!.skipped).to.equal(true);
    expect(layout.arrows.map((a) => [a.from, a.to])).to.deep.equal([[0, 2]]);
    expect(layout.current).to.equal(null);
    expect(layout.needle).to.equal(null);
    expect(layout.dateLabels[1]!.hidden).to.equal(true);
    assertAllFinite(layout);
  });

  it('compassLayout(data with guide texts, size) labels the guides and keeps dates clear of them', () => {
    const layout = compassLayout(
      { ...fixture, guideTexts: { rings: ['0.25', '0.5', '0.75', '1'], shares: ['25%', '50%', '75%'] } },
      size,
    );
    expect(layout.ringLabels.map((l) => l.text)).to.deep.equal(['0.25', '0.5', '0.75', '1']);
    expect(layout.shareLabels.length).to.be.greaterThan(5);
    const guides = [...layout.ringLabels, ...layout.shareLabels].map((l) => l.box);
    for (const label of layout.dateLabels.filter((l) => !l.hidden)) {
      for (const g of guides) expect(overlap(label.box, g)).to.equal(false);
    }
    guides.forEach((g, i) => guides.slice(i + 1).forEach((h) => expect(overlap(g, h)).to.equal(false)));
  });

  it('compassLayout(any positions) keeps each date a fifth of a font size above or below the pole and guide labels (seeded)', () => {
    // A line of text is drawn ~1.2 font sizes tall: labels closer than that still touch on screen.
    const guideTexts = { rings: ['0.25', '0.5', '0.75', '1'], shares: ['25%', '50%', '75%'] };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(9), fc.nat(9), fc.nat(9)), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (weights, spaced) => {
          const positions = weights.map((w, i) => ({ id: `p${i}`, date: `Feb ${2015 + i}`, weights: [...w] }));
          const layout = compassLayout({ poles: fixture.poles, positions, guideTexts }, { ...size, ...(spaced && { letterSpacing: 1.2, wordSpacing: 1.6 }) });
          const texts = [...layout.poles.map((p) => p.label.box), ...layout.ringLabels.map((l) => l.box), ...layout.shareLabels.map((l) => l.box)];
          for (const { box, hidden } of layout.dateLabels) {
            if (hidden) continue;
            for (const t of texts) {
              if (box.x0 < t.x1 - 1e-9 && t.x0 < box.x1 - 1e-9) expect(Math.max(t.y0 - box.y1, box.y0 - t.y1)).to.be.at.least(2 - 1e-9);
            }
          }
        },
      ),
      { ...FC, numRuns: 300 },
    );
  });

  it('compassLayout(data with marks, size) puts a mark where a date does not fit', () => {
    const crowded = {
      poles: fixture.poles,
      positions: Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, date: `a long date ${i}`, mark: `${i + 1}`, weights: [1 + i * 0.01, 1, 1] })),
    };
    const layout = compassLayout(crowded, size);
    const shown = layout.dateLabels.filter((l) => !l.hidden);
    expect(shown.some((l) => l.text.startsWith('a long date'))).to.equal(true);
    expect(shown.some((l) => /^\d$/.test(l.text))).to.equal(true);
    shown.forEach((l, i) => shown.slice(i + 1).forEach((o) => expect(overlap(l.box, o.box)).to.equal(false)));
  });

  it('compassLayout(one position, size) has no trail', () => {
    const layout = compassLayout({ poles: fixture.poles, positions: [fixture.positions[0]!] }, size);
    expect(layout.trail).to.equal('');
    expect(layout.arrows).to.deep.equal([]);
    expect(layout.steps).to.deep.equal([]);
    expect(layout.current).to.equal(0);
  });

  it('compassLayout(any input, any size) never yields NaN or Infinity', () => {
    const anyNumber = fc.oneof(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.constantFrom(0, NaN, Infinity, -Infinity, 1e308),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 8 }),
        fc.array(fc.array(fc.oneof(fc.double({ min: 0, max: 10, noNaN: true }), anyNumber), { maxLength: 9 }), {
          maxLength: 12,
        }),
        fc.record({ width: anyNumber, height: anyNumber, fontSize: anyNumber }),
        fc.option(fc.integer({ min: -2, max: 14 }), { nil: undefined }),
        (n, weights, box, currentIndex) => {
          const poles = Array.from({ length: n }, (_, i) => ({ id: `p${i}` }));
          const positions = weights.map((w, i) => ({ id: `s${i}`, weights: w, date: `${2000 + i}` }));
          assertAllFinite(compassLayout({ poles, positions, currentIndex }, box));
        },
      ),
      { ...FC, numRuns: 200 },
    );
  });
});

describe('needleShape and markAt', () => {
  it('needleShape(tip, r) runs from the centre to the marker edge with a head, and is null when too short', () => {
    const needle = needleShape({ x: 100, y: 0 }, 6.5)!;
    assertPathEqual(needle.shaft, 'M0,0L83.5,0');
    assertPathEqual(needle.head, 'M92.5,0L81.5,4.5L81.5,-4.5Z');
    expect(needleShape({ x: 10, y: 0 }, 6.5)).to.equal(null);
    expect(needleShape({ x: 0, y: 0 }, 6.5)).to.equal(null);
  });

  it('markAt(layout, point, r) finds the nearest position, with any drawn at the same place, then a pole', () => {
    const layout = compassLayout(fixture, { width: 400, height: 400, fontSize: 10, charWidth: 6 });
    const first = layout.positions[0]!;
    const hit = markAt(layout, { x: first.x + 3, y: first.y }, 14);
    expect(hit && 'positions' in hit && hit.positions.includes(first.index)).to.equal(true);
    const pole = layout.poles[0]!;
    expect(markAt(layout, { x: pole.x, y: pole.y - 2 }, 14)).to.deep.equal({ pole: 0 });
    expect(markAt(layout, { x: 1e4, y: 1e4 }, 14)).to.equal(null);
  });
});
