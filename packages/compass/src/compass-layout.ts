/**
 * Geometry of `<mv-compass>`: a position between 3–8 poles spaced evenly on a circle.
 *
 * Pure functions only (d3 computes, Lit renders): plain numbers and points in, plain data
 * and SVG path strings out, no DOM. All coordinates are relative to the compass centre with
 * SVG's y axis pointing down, so the element draws everything inside one
 * `<g transform="translate(centre)">` and hit-tests by subtracting the centre from the
 * pointer before calling {@link invert}.
 *
 * @module
 */
import { estimateTextWidth, type TextSpacing } from '@multivector/core/validation';

/** A point relative to the compass centre (SVG orientation: y grows downwards). */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Where one pole sits on the circle. */
export interface PolePlace extends Point {
  /** Index of the pole in data order. */
  readonly index: number;
  /** Radians, 0 at the top, growing clockwise on screen. */
  readonly angle: number;
}

/** An axis-aligned rectangle: `x0 ≤ x1`, `y0 ≤ y1`. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** SVG `text-anchor` of a label. */
export type TextAnchor = 'start' | 'middle' | 'end';

/** Distances at which {@link balanceRings} draws a ring, as fractions of the radius. */
export const DEFAULT_RING_LEVELS: readonly number[] = [0.25, 0.5, 0.75, 1];

/** Shares at which {@link shareGridLines} draws the ternary grid. */
export const DEFAULT_SHARE_LEVELS: readonly number[] = [0.25, 0.5, 0.75];

const TAU = 2 * Math.PI;

// Relative tolerance, in radii, under which a position counts as the centre or a step as no
// movement: equal weights give residues around 1e-17, real editorial steps are ≥ 0.01.
const STILL = 1e-9;

// Poles whose horizontal direction is smaller than this sit straight above or below the
// centre, so their labels are centred on them; for 3–8 poles the next smallest is sin 154° ≈ 0.43.
const VERTICAL_POLE = 0.1;

// Touching boxes do not overlap; the tolerance absorbs rounding in the sums that build them.
const TOUCH = 1e-9;

/** Rounds to 2 decimals for path strings; never prints `NaN`, `Infinity` or `-0`. */
function fmt(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

function isFinitePoint(point: Point | null | undefined): point is Point {
  return point != null && Number.isFinite(point.x) && Number.isFinite(point.y);
}

// No screen is 10 million pixels wide; capping sizes there keeps sums of sizes from
// overflowing to Infinity when a caller passes something absurd such as 1e308.
const MAX_PIXELS = 1e7;

/** A usable size in pixels: positive, finite and capped, else the fallback. */
function positiveOr(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.min(value, MAX_PIXELS) : fallback;
}

function polygonPath(points: readonly Point[]): string {
  if (points.length === 0) return '';
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${fmt(p.x)},${fmt(p.y)}`).join('') + 'Z';
}

function circlePath(r: number): string {
  // Two half arcs: one arc from a point back to itself draws nothing.
  return `M${fmt(r)},0A${fmt(r)},${fmt(r)},0,1,1,${fmt(-r)},0A${fmt(r)},${fmt(r)},0,1,1,${fmt(r)},0Z`;
}

function linePath(a: Point, b: Point): string {
  return `M${fmt(a.x)},${fmt(a.y)}L${fmt(b.x)},${fmt(b.y)}`;
}

/** Angle of a direction in the compass convention: 0 at the top, clockwise, in [0, 2π). */
function compassAngle(x: number, y: number): number {
  const angle = Math.atan2(x, -y);
  // A tiny negative angle plus 2π rounds to 2π itself, which is outside [0, 2π).
  const wrapped = angle < 0 ? angle + TAU : angle;
  return wrapped < TAU ? wrapped : 0;
}

/** The circle's radius as the poles give it (the farthest pole, in case of rounding). */
function radiusOf(places: readonly Point[]): number {
  let radius = 0;
  for (const p of places) if (isFinitePoint(p)) radius = Math.max(radius, Math.hypot(p.x, p.y));
  return radius;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 - TOUCH && b.x0 < a.x1 - TOUCH && a.y0 < b.y1 - TOUCH && b.y0 < a.y1 - TOUCH;
}

function inside(a: Box, bounds: Box): boolean {
  return (
    a.x0 >= bounds.x0 - TOUCH && a.x1 <= bounds.x1 + TOUCH && a.y0 >= bounds.y0 - TOUCH && a.y1 <= bounds.y1 + TOUCH
  );
}

export type { TextSpacing };

/**
 * Width of a label in the monospace estimate the layout uses (code points, not UTF-16 units),
 * with the reader's letter spacing on every character and word spacing on every space.
 */
function textWidth(text: string, charWidth: number, extra: TextSpacing = {}): number {
  return estimateTextWidth(text, charWidth, extra);
}

// Places

/**
 * Places `count` poles evenly on a circle of `radius`, the first at the top and the rest
 * clockwise on screen.
 *
 * @param count number of poles (the data allows 3–8); fractions are floored, invalid gives none
 * @param radius circle radius in pixels; invalid or negative gives 0
 */
export function polePlaces(count: number, radius: number): PolePlace[] {
  const n = Number.isFinite(count) && count > 0 ? Math.floor(count) : 0;
  const r = positiveOr(radius, 0);
  return Array.from({ length: n }, (_, index) => {
    const angle = (TAU * index) / n;
    return { index, angle, x: r * Math.sin(angle), y: -r * Math.cos(angle) };
  });
}

/**
 * Scales weights to sum to 1.
 *
 * Entries that are negative, `NaN` or infinite count as 0 (the validator has already reported
 * them); missing entries up to `count` count as 0 and extra ones are ignored.
 *
 * @returns the shares, or `null` when no weight is positive (nothing to place)
 */
export function normaliseWeights(weights: readonly number[], count: number = weights.length): number[] | null {
  const n = Number.isFinite(count) && count > 0 ? Math.floor(count) : 0;
  const clean = Array.from({ length: n }, (_, i) => {
    const w = weights[i];
    return typeof w === 'number' && Number.isFinite(w) && w > 0 ? w : 0;
  });
  // Divide by the largest first so that a sum of huge weights cannot overflow to Infinity.
  const largest = Math.max(0, ...clean);
  if (!(largest > 0)) return null;
  const scaled = clean.map((w) => w / largest);
  const sum = scaled.reduce((a, b) => a + b, 0);
  return scaled.map((w) => w / sum);
}

/**
 * The position of a weighting: the weighted mean of the pole places.
 *
 * @param weights one weight per place, ≥ 0 with a positive sum (normalised here)
 * @param places the pole places, usually from {@link polePlaces}
 * @returns the point, or `null` when no weight is positive
 */
export function toCartesian(weights: readonly number[], places: readonly Point[]): Point | null {
  const shares = normaliseWeights(weights, places.length);
  if (!shares) return null;
  let x = 0;
  let y = 0;
  places.forEach((p, i) => {
    const share = shares[i] ?? 0;
    if (share > 0 && isFinitePoint(p)) {
      x += share * p.x;
      y += share * p.y;
    }
  });
  return { x, y };
}

/** Closest point to `q` on the boundary of a polygon. */
function closestOnBoundary(q: Point, vertices: readonly Point[]): Point {
  let best: Point = vertices[0]!;
  let bestDistance = Infinity;
  vertices.forEach((a, i) => {
    const b = vertices[(i + 1) % vertices.length]!;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length2 = dx * dx + dy * dy;
    const t = length2 > 0 ? Math.min(1, Math.max(0, ((q.x - a.x) * dx + (q.y - a.y) * dy) / length2)) : 0;
    const c = { x: a.x + t * dx, y: a.y + t * dy };
    const distance = Math.hypot(q.x - c.x, q.y - c.y);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = c;
    }
  });
  return best;
}

/**
 * Weights that place a point: the inverse of {@link toCartesian}, for hit-testing and readouts.
 *
 * For 3 poles these are the exact barycentric coordinates, so weights → point → weights
 * round-trips exactly (up to normalisation). For more poles they are Wachspress coordinates
 * of the polygon: `toCartesian(invert(p))` still gives back `p`, but a point has many
 * weightings when n > 3 (in a square, `[1,0,1,0]` and `[0,1,0,1]` both give the centre) and
 * this returns the smoothest one, so weights → point → weights does not round-trip.
 *
 * A point outside the polygon is first moved to the nearest point on its boundary, so the
 * weights are always ≥ 0 and sum to 1. A non-finite point gives equal weights (balance).
 *
 * @param point relative to the centre
 * @param places the pole places in circle order, usually from {@link polePlaces}
 */
export function invert(point: Point, places: readonly Point[]): number[] {
  const n = places.length;
  if (n === 0) return [];
  const equal = () => places.map(() => 1 / n);
  const radius = radiusOf(places);
  if (n === 1) return [1];
  if (!(radius > 0) || !isFinitePoint(point) || !places.every(isFinitePoint)) return equal();

  // Work on the unit circle so the products of areas below stay near 1 whatever the pixel size.
  const v = places.map((p) => ({ x: p.x / radius, y: p.y / radius }));
  let q: Point = { x: point.x / radius, y: point.y / radius };

  if (n === 2) {
    const c = closestOnBoundary(q, v);
    const length = Math.hypot(v[1]!.x - v[0]!.x, v[1]!.y - v[0]!.y);
    if (!(length > 0)) return equal();
    const t = Math.hypot(c.x - v[0]!.x, c.y - v[0]!.y) / length;
    return [1 - t, t];
  }

  const cross = (a: Point, b: Point, c: Point) => (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
  // Orientation of the polygon, so that "inside" means positive areas in either winding.
  let doubleArea = 0;
  v.forEach((a, i) => {
    const b = v[(i + 1) % n]!;
    doubleArea += a.x * b.y - a.y * b.x;
  });
  const sign = Math.sign(doubleArea);
  if (sign === 0) return equal();
  const edgeArea = (p: Point, j: number) => (sign * cross(p, v[j]!, v[(j + 1) % n]!)) / 2;

  if (v.some((_, j) => edgeArea(q, j) < 0)) q = closestOnBoundary(q, v);

  // Wachspress weights in product form, w_i = C_i · Π_{j ∉ {i-1, i}} A_j: unlike the quotient
  // form C_i / (A_{i-1} A_i) it stays finite on the boundary and at the poles themselves.
  const areas = v.map((_, j) => Math.max(0, edgeArea(q, j)));
  const raw = v.map((vi, i) => {
    const previous = v[(i - 1 + n) % n]!;
    const next = v[(i + 1) % n]!;
    let w = (sign * cross(previous, vi, next)) / 2;
    for (let j = 0; j < n; j++) {
      if (j !== i && j !== (i - 1 + n) % n) w *= areas[j]!;
    }
    return w;
  });
  const sum = raw.reduce((a, b) => a + b, 0);
  if (!(sum > 0) || !Number.isFinite(sum)) return equal();
  return raw.map((w) => w / sum);
}

// Readouts

/**
 * How far a position is from perfect balance: 0 at the centre, 1 at a pole (`|p| / R`).
 *
 * @param point relative to the centre
 * @param radius circle radius; a non-positive or invalid radius gives 0
 */
export function balanceDistance(point: Point, radius: number): number {
  if (!isFinitePoint(point) || !(Number.isFinite(radius) && radius > 0)) return 0;
  return Math.hypot(point.x, point.y) / radius;
}

/**
 * The pole a position leans toward: the one with the smallest angular difference from the
 * direction centre → point.
 *
 * @param point relative to the centre
 * @param places the pole places
 * @returns the pole index, or `null` at the centre (balanced, within 1e-9 radii) or for invalid input
 */
export function nearestPole(point: Point, places: readonly Point[]): number | null {
  const radius = radiusOf(places);
  if (!isFinitePoint(point) || !(radius > 0)) return null;
  if (Math.hypot(point.x, point.y) <= STILL * radius) return null;
  const angle = compassAngle(point.x, point.y);
  let best: number | null = null;
  let bestDifference = Infinity;
  places.forEach((p, i) => {
    if (!isFinitePoint(p) || (p.x === 0 && p.y === 0)) return;
    const raw = Math.abs(angle - compassAngle(p.x, p.y));
    const difference = Math.min(raw, TAU - raw);
    if (difference < bestDifference) {
      bestDifference = difference;
      best = i;
    }
  });
  return best;
}

/** What one step of the trajectory did, in radii. */
export interface StepNarration {
  /** Length of the step, in radii (0.18 = 18 % of the way from the centre to a pole). */
  readonly distanceMoved: number;
  /** The pole whose direction best matches the step, or `null` when the step is ~0. */
  readonly towardPole: number | null;
  /** {@link balanceDistance} before the step. */
  readonly fromDistance: number;
  /** {@link balanceDistance} after the step. */
  readonly toDistance: number;
}

/**
 * Describes one step, so the element can say "2014 → 2020: moved 0.18 toward Russia".
 *
 * The pole is the one whose unit vector has the largest dot product with the displacement,
 * i.e. the pole the step heads for, not the pole the position ends up nearest to.
 *
 * @param from position before, relative to the centre
 * @param to position after, relative to the centre
 * @param places the pole places
 */
export function stepNarration(from: Point, to: Point, places: readonly Point[]): StepNarration {
  const radius = radiusOf(places);
  if (!(radius > 0) || !isFinitePoint(from) || !isFinitePoint(to)) {
    return { distanceMoved: 0, towardPole: null, fromDistance: 0, toDistance: 0 };
  }
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const distanceMoved = Math.hypot(dx, dy) / radius;
  let towardPole: number | null = null;
  if (distanceMoved > STILL) {
    let bestAlignment = -Infinity;
    places.forEach((p, i) => {
      const length = isFinitePoint(p) ? Math.hypot(p.x, p.y) : 0;
      if (!(length > 0)) return;
      const alignment = (dx * p.x + dy * p.y) / length;
      if (alignment > bestAlignment) {
        bestAlignment = alignment;
        towardPole = i;
      }
    });
  }
  return {
    distanceMoved,
    towardPole,
    fromDistance: balanceDistance(from, radius),
    toDistance: balanceDistance(to, radius),
  };
}

/** Angular margin under which two poles tie as the direction of a move or a lean (15°). */
export const TIE_ANGLE = Math.PI / 12;

/**
 * The poles a direction heads for, for readouts in words: the pole whose direction is closest
 * in angle, or the two closest when their angular differences are within `tie` of each other
 * (a direction between two poles is "toward Russia and China", not toward whichever comes first).
 *
 * @param x direction, e.g. a step's displacement or a position relative to the centre
 * @param y direction
 * @param places the pole places
 * @param tie angular margin in radians under which the second pole is named too
 * @returns one or two pole indices, closest first; `[]` for a direction of ~0 length (under
 *   1e-9 radii) or invalid input
 */
export function towardPoles(x: number, y: number, places: readonly Point[], tie: number = TIE_ANGLE): number[] {
  const radius = radiusOf(places);
  if (!Number.isFinite(x) || !Number.isFinite(y) || !(radius > 0)) return [];
  if (Math.hypot(x, y) <= STILL * radius) return [];
  const angle = compassAngle(x, y);
  const ranked = places
    .map((p, i) => {
      if (!isFinitePoint(p) || (p.x === 0 && p.y === 0)) return null;
      const raw = Math.abs(angle - compassAngle(p.x, p.y));
      return { i, difference: Math.min(raw, TAU - raw) };
    })
    .filter((r): r is { i: number; difference: number } => r !== null)
    .sort((a, b) => a.difference - b.difference || a.i - b.i);
  let [first, second] = ranked;
  if (!first) return [];
  // An exact tie (up to rounding) names the poles in data order.
  if (second && second.difference - first.difference < 1e-9 && second.i < first.i) [first, second] = [second, first];
  const margin = Number.isFinite(tie) && tie > 0 ? tie : 0;
  return second && second.difference - first.difference <= margin ? [first.i, second.i] : [first.i];
}

// Guides

/** One ring of equal distance from balance. */
export interface BalanceRing {
  /** Fraction of the radius (1 = the circle through the poles). */
  readonly level: number;
  /** Ring radius in pixels. */
  readonly radius: number;
  /** Circle path centred on the origin. */
  readonly path: string;
}

/**
 * Circles of equal {@link balanceDistance}, for reading how far from balance a position is.
 *
 * @param radius circle radius in pixels
 * @param levels fractions of the radius; non-positive or invalid levels are skipped
 */
export function balanceRings(radius: number, levels: readonly number[] = DEFAULT_RING_LEVELS): BalanceRing[] {
  const r = positiveOr(radius, 0);
  return levels
    .filter((level) => Number.isFinite(level) && level > 0)
    .map((level) => ({ level, radius: r * level, path: circlePath(r * level) }));
}

/** One line of the ternary grid: every point on it gives `pole` the same share. */
export interface ShareGridLine {
  /** Index of the pole whose share is constant along the line. */
  readonly pole: number;
  /** That share, between 0 and 1. */
  readonly level: number;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly path: string;
}

/**
 * The ternary grid for 3 poles: for each pole and level, the segment where that pole's share
 * equals the level (parallel to the opposite side of the triangle).
 *
 * With more than 3 poles a share does not fix a line (positions are many-to-one), so there
 * is no such grid and this returns `[]`.
 *
 * @param places the 3 pole places
 * @param levels shares strictly between 0 and 1; others are skipped
 */
export function shareGridLines(
  places: readonly Point[],
  levels: readonly number[] = DEFAULT_SHARE_LEVELS,
): ShareGridLine[] {
  if (places.length !== 3 || !places.every(isFinitePoint)) return [];
  const lines: ShareGridLine[] = [];
  places.forEach((pole, i) => {
    const b = places[(i + 1) % 3]!;
    const c = places[(i + 2) % 3]!;
    for (const level of levels) {
      if (!(Number.isFinite(level) && level > 0 && level < 1)) continue;
      const start = { x: level * pole.x + (1 - level) * b.x, y: level * pole.y + (1 - level) * b.y };
      const end = { x: level * pole.x + (1 - level) * c.x, y: level * pole.y + (1 - level) * c.y };
      lines.push({ pole: i, level, x1: start.x, y1: start.y, x2: end.x, y2: end.y, path: linePath(start, end) });
    }
  });
  return lines;
}

/** A label of a guide: a ring's distance from balance or a grid line's share. */
export interface GuideLabel {
  readonly text: string;
  /** The ring level or grid share it names. */
  readonly level: number;
  /** Index of the pole whose share it names (share labels only). */
  readonly pole?: number;
  /** Text position for `text-anchor` and `dominant-baseline="central"`. */
  readonly x: number;
  readonly y: number;
  readonly textAnchor: TextAnchor;
  readonly box: Box;
}

function keepClear(labels: GuideLabel[], obstacles: readonly Box[], bounds?: Box): GuideLabel[] {
  const taken = [...obstacles];
  const kept: GuideLabel[] = [];
  for (const label of labels) {
    if (label.text === '' || (bounds && !inside(label.box, bounds)) || taken.some((t) => overlaps(label.box, t))) continue;
    taken.push(label.box);
    kept.push(label);
  }
  return kept;
}

/** Font metrics and room for guide labels. */
export interface GuideLabelOptions extends TextSpacing {
  readonly fontSize: number;
  /** Average character width in pixels (default 0.6 × fontSize). */
  readonly charWidth?: number;
  /** Boxes the labels must not cover, such as pole labels and markers. */
  readonly obstacles?: readonly Box[];
  /** Labels must stay inside this box. */
  readonly bounds?: Box;
}

/**
 * Labels of the balance rings ("0.25" … "1"), read along the spoke to the first pole: each just
 * inside its ring, to the right of the spoke. Greedy from the outer ring in: a label that
 * would cover another, an obstacle or leave the bounds is left out.
 *
 * @param rings the rings, usually from {@link balanceRings}
 * @param texts one text per ring, in the same order
 */
export function ringLabels(rings: readonly BalanceRing[], texts: readonly string[], opts: GuideLabelOptions): GuideLabel[] {
  const fontSize = positiveOr(opts.fontSize, 12);
  const charWidth = positiveOr(opts.charWidth, 0.6 * fontSize);
  const labels = rings
    .map((ring, i) => {
      const text = texts[i] ?? '';
      const x = fontSize / 2;
      const y0 = -ring.radius + 2;
      const box = { x0: x, y0, x1: x + textWidth(text, charWidth, opts), y1: y0 + fontSize };
      return { text, level: ring.level, x, y: y0 + fontSize / 2, textAnchor: 'start' as const, box };
    })
    .filter((label) => Number.isFinite(label.y) && label.box.y0 < -fontSize / 2)
    .reverse();
  return keepClear(labels, opts.obstacles ?? [], opts.bounds).reverse();
}

/**
 * Tick labels of the ternary grid ("25%" …), outside the triangle as on a ternary plot: the
 * lines of pole i's share are labelled where they meet the side from pole i to pole i + 2,
 * so the shares along each side grow toward its pole. Empty for other than 3 poles.
 *
 * @param places the 3 pole places
 * @param levels shares between 0 and 1, as for {@link shareGridLines}
 * @param texts one text per level, in the same order
 */
export function shareLabels(
  places: readonly Point[],
  levels: readonly number[],
  texts: readonly string[],
  opts: GuideLabelOptions,
): GuideLabel[] {
  if (places.length !== 3 || !places.every(isFinitePoint)) return [];
  const fontSize = positiveOr(opts.fontSize, 12);
  const charWidth = positiveOr(opts.charWidth, 0.6 * fontSize);
  const gap = fontSize / 4;
  const labels: GuideLabel[] = [];
  places.forEach((pole, i) => {
    const other = places[(i + 2) % 3]!;
    const mx = (pole.x + other.x) / 2;
    const my = (pole.y + other.y) / 2;
    const length = Math.hypot(mx, my);
    if (!(length > 0)) return;
    const nx = mx / length;
    const ny = my / length;
    levels.forEach((level, k) => {
      const text = texts[k] ?? '';
      if (!(Number.isFinite(level) && level > 0 && level < 1) || text === '') return;
      const ax = level * pole.x + (1 - level) * other.x + nx * gap;
      const ay = level * pole.y + (1 - level) * other.y + ny * gap;
      const width = textWidth(text, charWidth, opts);
      const textAnchor: TextAnchor = nx > VERTICAL_POLE ? 'start' : nx < -VERTICAL_POLE ? 'end' : 'middle';
      const x0 = textAnchor === 'start' ? ax : textAnchor === 'end' ? ax - width : ax - width / 2;
      const y0 = ny < -0.3 ? ay - fontSize : ny > 0.3 ? ay : ay - fontSize / 2;
      const box = { x0, y0, x1: x0 + width, y1: y0 + fontSize };
      labels.push({ text, level, pole: i, x: ax, y: y0 + fontSize / 2, textAnchor, box });
    });
  });
  return keepClear(labels, opts.obstacles ?? [], opts.bounds);
}

// Trajectory

/** An arrowhead on one step of the trail. */
export interface TrailArrow {
  /** Index (into the points given) of the step's start. */
  readonly from: number;
  /** Index of the step's end. */
  readonly to: number;
  /** Middle of the step, where the arrow is centred. */
  readonly x: number;
  readonly y: number;
  /** Direction of the step in radians, 0 up, clockwise. */
  readonly angle: number;
  /** Closed triangle path, its tip pointing along the step. */
  readonly path: string;
}

/** The trajectory through the positions in time order. */
export interface Trail {
  /** Polyline through the points; `''` for fewer than 2 points. */
  readonly path: string;
  /** One arrow per step of non-zero length. */
  readonly arrows: TrailArrow[];
}

/**
 * Joins positions in time order and puts an arrowhead at the middle of each step.
 *
 * Non-finite points are left out of the line. Zero-length steps get no arrow (they have no
 * direction); an arrow never grows longer than its step, so short steps stay readable.
 *
 * @param points positions in time order, relative to the centre
 * @param arrowSize arrow length in pixels (its width is 0.8 of that)
 */
export function trail(points: readonly Point[], arrowSize = 6): Trail {
  const size = positiveOr(arrowSize, 6);
  const kept = points.map((p, index) => ({ p, index })).filter(({ p }) => isFinitePoint(p));
  if (kept.length < 2) return { path: '', arrows: [] };
  const path = kept.map(({ p }, i) => `${i === 0 ? 'M' : 'L'}${fmt(p.x)},${fmt(p.y)}`).join('');
  const arrows: TrailArrow[] = [];
  for (let i = 1; i < kept.length; i++) {
    const a = kept[i - 1]!;
    const b = kept[i]!;
    const dx = b.p.x - a.p.x;
    const dy = b.p.y - a.p.y;
    const length = Math.hypot(dx, dy);
    if (!(length > 1e-6) || !Number.isFinite(length)) continue;
    const ux = dx / length;
    const uy = dy / length;
    const s = Math.min(size, length);
    const x = (a.p.x + b.p.x) / 2;
    const y = (a.p.y + b.p.y) / 2;
    const half = s / 2;
    const wing = 0.4 * s;
    const tip = { x: x + ux * half, y: y + uy * half };
    const left = { x: x - ux * half - uy * wing, y: y - uy * half + ux * wing };
    const right = { x: x - ux * half + uy * wing, y: y - uy * half - ux * wing };
    arrows.push({ from: a.index, to: b.index, x, y, angle: compassAngle(ux, uy), path: polygonPath([tip, left, right]) });
  }
  return { path, arrows };
}

// Date labels

/** Settings of {@link placeDateLabels}. */
export interface DateLabelOptions extends TextSpacing {
  /** Font size in pixels: the height of a label. */
  readonly fontSize: number;
  /** Average character width in pixels (about 0.6 × fontSize for digits). */
  readonly charWidth: number;
  /** Labels must stay inside this box (same coordinates as the points). */
  readonly bounds: Box;
  /** Half-size of the point markers labels must not cover (default fontSize / 4). */
  readonly pointRadius?: number;
  /** Space between a marker and its label (default fontSize / 4). */
  readonly gap?: number;
  /** Other things labels must not cover, such as the pole labels. */
  readonly obstacles?: readonly Box[];
  /** Indices to place first (e.g. the current position); the rest follow in order. */
  readonly order?: readonly number[];
}

/** Where one date label goes. */
export interface DateLabel {
  /** Index of its point. */
  readonly index: number;
  readonly text: string;
  /** Text position for `text-anchor` and `dominant-baseline="central"`. */
  readonly x: number;
  readonly y: number;
  readonly textAnchor: TextAnchor;
  /** The space the label takes. */
  readonly box: Box;
  /** True when no candidate fitted or there is no text: show it in the table and tooltip only. */
  readonly hidden: boolean;
}

// Candidate directions around a point, in the cartographers' order of preference
// (upper right first, then the other diagonals, then the sides).
const LABEL_CANDIDATES: readonly (readonly [number, number])[] = [
  [1, -1],
  [1, 1],
  [-1, -1],
  [-1, 1],
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
];

function labelAt(p: Point, dx: number, dy: number, distance: number, width: number, height: number) {
  const ax = p.x + dx * distance;
  const ay = p.y + dy * distance;
  const textAnchor: TextAnchor = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
  const x0 = textAnchor === 'start' ? ax : textAnchor === 'end' ? ax - width : ax - width / 2;
  const y0 = dy < 0 ? ay - height : dy > 0 ? ay : ay - height / 2;
  const box = { x0, y0, x1: x0 + width, y1: y0 + height };
  return { x: ax, y: (box.y0 + box.y1) / 2, textAnchor, box };
}

/**
 * Places date labels beside their points so that no label covers another label, a point
 * marker or an obstacle, and all stay inside the bounds.
 *
 * Greedy and deterministic: in priority order, each label takes the first of 8 candidate
 * offsets around its point that fits; when none fits it is marked `hidden` (its full text
 * stays in the table and tooltip). Widths are estimated as characters × `charWidth`.
 *
 * @param points positions, relative to the centre
 * @param labels one text per point (missing or empty text gives a hidden label)
 * @returns one label per point, in the order of `points`
 */
export function placeDateLabels(
  points: readonly Point[],
  labels: readonly (string | null | undefined)[],
  opts: DateLabelOptions,
): DateLabel[] {
  const fontSize = positiveOr(opts.fontSize, 12);
  const charWidth = positiveOr(opts.charWidth, 0.6 * fontSize);
  const pointRadius = opts.pointRadius === 0 ? 0 : positiveOr(opts.pointRadius, fontSize / 4);
  const gap = opts.gap === 0 ? 0 : positiveOr(opts.gap, fontSize / 4);
  const b = opts.bounds;
  const bounds: Box = {
    x0: Number.isFinite(b?.x0) ? b.x0 : -Infinity,
    y0: Number.isFinite(b?.y0) ? b.y0 : -Infinity,
    x1: Number.isFinite(b?.x1) ? b.x1 : Infinity,
    y1: Number.isFinite(b?.y1) ? b.y1 : Infinity,
  };
  const taken: Box[] = [];
  for (const p of points) {
    if (isFinitePoint(p)) {
      taken.push({ x0: p.x - pointRadius, y0: p.y - pointRadius, x1: p.x + pointRadius, y1: p.y + pointRadius });
    }
  }
  for (const o of opts.obstacles ?? []) {
    if ([o.x0, o.y0, o.x1, o.y1].every(Number.isFinite)) taken.push(o);
  }

  const order: number[] = [];
  const seen = new Set<number>();
  for (const i of [...(opts.order ?? []), ...points.keys()]) {
    if (Number.isInteger(i) && i >= 0 && i < points.length && !seen.has(i)) {
      seen.add(i);
      order.push(i);
    }
  }

  const distance = pointRadius + gap;
  const result: DateLabel[] = new Array(points.length);
  for (const index of order) {
    const point = points[index]!;
    const text = labels[index] ?? '';
    const anchor = isFinitePoint(point) ? point : { x: 0, y: 0 };
    const width = textWidth(text, charWidth, opts);
    const first = labelAt(anchor, LABEL_CANDIDATES[0]![0], LABEL_CANDIDATES[0]![1], distance, width, fontSize);
    let placed: DateLabel = { index, text, ...first, hidden: true };
    if (isFinitePoint(point) && text !== '') {
      for (const [dx, dy] of LABEL_CANDIDATES) {
        const candidate = labelAt(point, dx, dy, distance, width, fontSize);
        if (inside(candidate.box, bounds) && !taken.some((t) => overlaps(candidate.box, t))) {
          placed = { index, text, ...candidate, hidden: false };
          taken.push(candidate.box);
          break;
        }
      }
    }
    result[index] = placed;
  }
  return result;
}

// Whole layout

/** Validated data for one render of `<mv-compass>`. */
export interface CompassLayoutInput {
  /** 3–8 poles in data order; `label` is the text shown (default the id), used to leave room. */
  readonly poles: readonly { readonly id: string; readonly label?: string }[];
  /** Positions in time order; `weights` aligned with `poles`; `date` is the label text. */
  readonly positions: readonly {
    readonly id: string;
    readonly weights: readonly number[];
    readonly date?: string;
    /** A shorter text (e.g. the step number) tried where the date does not fit. */
    readonly mark?: string;
  }[];
  /** Index of the position the needle points to (default: the last placed one). */
  readonly currentIndex?: number;
  /**
   * Texts of the guide labels: one per {@link DEFAULT_RING_LEVELS} level for the rings, one
   * per {@link DEFAULT_SHARE_LEVELS} level for the ternary grid. Absent: no guide labels.
   */
  readonly guideTexts?: { readonly rings?: readonly string[]; readonly shares?: readonly string[] };
}

/** The space to lay out in, and the reader's text spacing. */
export interface CompassSize extends TextSpacing {
  readonly width: number;
  readonly height: number;
  /** Font size in pixels of pole and date labels. */
  readonly fontSize: number;
  /** Average character width in pixels (default 0.6 × fontSize). */
  readonly charWidth?: number;
  /** Half-size of the position markers, which labels keep clear of (default fontSize / 4). */
  readonly pointRadius?: number;
}

/** A pole laid out with its label. */
export interface CompassPoleLayout extends PolePlace {
  readonly id: string;
  /** Line from the centre to the pole. */
  readonly spoke: string;
  /** The pole label, outside the circle, anchored away from it (`dominant-baseline="central"`). */
  readonly label: {
    readonly text: string;
    readonly x: number;
    readonly y: number;
    readonly textAnchor: TextAnchor;
    readonly box: Box;
  };
}

/** A position laid out. */
export interface CompassPositionLayout {
  readonly index: number;
  readonly id: string;
  /** Normalised weights, or `null` when none was positive (then the position is skipped). */
  readonly weights: number[] | null;
  /** True when the position cannot be placed; it is left out of the trail and labels. */
  readonly skipped: boolean;
  /** Place relative to the centre (0, 0 when skipped). */
  readonly x: number;
  readonly y: number;
  /** {@link balanceDistance}: 0 balanced, 1 at a pole. */
  readonly distance: number;
  /** {@link nearestPole}: the pole it leans toward, `null` when balanced or skipped. */
  readonly nearest: number | null;
}

/** One step between consecutive placed positions. */
export interface CompassStep extends StepNarration {
  /** Position index of the step's start. */
  readonly from: number;
  /** Position index of the step's end. */
  readonly to: number;
}

/** Everything `<mv-compass>` needs for one render. Coordinates are relative to `centre`. */
export interface CompassLayout {
  readonly width: number;
  readonly height: number;
  /** Where to translate the drawing to, in SVG pixels. */
  readonly centre: Point;
  /** Circle radius: distance of the poles from the centre. */
  readonly radius: number;
  readonly fontSize: number;
  /** Half-size of position markers; date labels keep clear of it. */
  readonly pointRadius: number;
  readonly poles: CompassPoleLayout[];
  /** The polygon of the poles: the region positions can reach. */
  readonly outline: string;
  readonly rings: BalanceRing[];
  /** Ternary grid for 3 poles, `[]` otherwise. */
  readonly grid: ShareGridLine[];
  /** Labels of the rings that fit (see {@link ringLabels}). */
  readonly ringLabels: GuideLabel[];
  /** Labels of the ternary grid that fit (see {@link shareLabels}). */
  readonly shareLabels: GuideLabel[];
  /** One entry per input position, in input order. */
  readonly positions: CompassPositionLayout[];
  readonly trail: string;
  /** Arrowheads, `from`/`to` being position indices. */
  readonly arrows: TrailArrow[];
  readonly steps: CompassStep[];
  /** One entry per input position; skipped positions get a hidden label. */
  readonly dateLabels: DateLabel[];
  /** Index of the position the needle points to, `null` if none can be placed. */
  readonly current: number | null;
  /** Line from the centre to the current position. */
  readonly needle: { readonly x1: 0; readonly y1: 0; readonly x2: number; readonly y2: number; readonly path: string } | null;
}

/** The box of a pole label whose pole points along (ux, uy) at `distance` from the centre. */
function poleLabelAt(ux: number, uy: number, distance: number, width: number, height: number) {
  const x = ux * distance;
  const ay = uy * distance;
  const textAnchor: TextAnchor = Math.abs(ux) < VERTICAL_POLE ? 'middle' : ux > 0 ? 'start' : 'end';
  const x0 = textAnchor === 'start' ? x : textAnchor === 'end' ? x - width : x - width / 2;
  // Shift the label away from the circle by half its height along the pole's direction:
  // fully above the top pole, fully below a bottom one, centred on the side ones.
  const y = ay + (uy * height) / 2;
  return { x, y, textAnchor, box: { x0, y0: y - height / 2, x1: x0 + width, y1: y + height / 2 } };
}

/**
 * Lays out a compass in a `width × height` box: the largest circle that leaves room for the
 * pole labels, centred so the whole figure (circle and labels) is centred; then the poles,
 * guides, positions, trail, date labels and needle.
 *
 * Degenerate input never yields `NaN`: positions whose weights are all zero or invalid are
 * flagged `skipped` and left out of the trail; a single position has no trail; a box too
 * small for the labels keeps the circle and lets the labels overflow.
 *
 * @param input validated data; weights aligned with poles
 * @param size box and font metrics in pixels
 */
export function compassLayout(input: CompassLayoutInput, size: CompassSize): CompassLayout {
  const width = positiveOr(size.width, 0);
  const height = positiveOr(size.height, 0);
  const fontSize = positiveOr(size.fontSize, 12);
  const charWidth = positiveOr(size.charWidth, 0.6 * fontSize);
  const pointRadius = positiveOr(size.pointRadius, fontSize / 4);
  const gap = fontSize / 2;
  const count = input.poles.length;

  // Compute the radius: the largest for which circle and pole labels fit the box.
  const directions = polePlaces(count, 1);
  const poleTexts = input.poles.map((p) => p.label ?? p.id);
  // Pole labels are bold: about a tenth wider than the body text the estimate is for.
  const poleWidths = poleTexts.map((t) => textWidth(t, charWidth * 1.1, size));
  const extent = (r: number) => {
    let x0 = -(r + pointRadius);
    let x1 = r + pointRadius;
    let y0 = x0;
    let y1 = x1;
    directions.forEach((d, i) => {
      const { box } = poleLabelAt(d.x, d.y, r + gap, poleWidths[i]!, fontSize);
      x0 = Math.min(x0, box.x0);
      x1 = Math.max(x1, box.x1);
      y0 = Math.min(y0, box.y0);
      y1 = Math.max(y1, box.y1);
    });
    return { x0, x1, y0, y1 };
  };
  const fits = (r: number) => {
    const e = extent(r);
    return e.x1 - e.x0 <= width && e.y1 - e.y0 <= height;
  };
  // The extent's width is convex in r (max of linear minus min of linear), so the radii that
  // fit form an interval starting at 0 and bisection finds its end.
  let radius = 0;
  let centre: Point = { x: width / 2, y: height / 2 };
  if (fits(0)) {
    let lo = 0;
    let hi = Math.min(width, height) / 2;
    if (fits(hi)) lo = hi;
    else {
      for (let i = 0; i < 60; i++) {
        const mid = (lo + hi) / 2;
        if (fits(mid)) lo = mid;
        else hi = mid;
      }
    }
    radius = lo;
    const e = extent(radius);
    centre = { x: (width - e.x0 - e.x1) / 2, y: (height - e.y0 - e.y1) / 2 };
  } else {
    radius = Math.max(0, Math.min(width, height) / 2 - pointRadius);
  }

  // Place the poles and guides.
  const places = polePlaces(count, radius);
  const poles: CompassPoleLayout[] = places.map((place, i) => ({
    ...place,
    id: input.poles[i]!.id,
    spoke: linePath({ x: 0, y: 0 }, place),
    label: {
      text: poleTexts[i]!,
      ...poleLabelAt(directions[i]!.x, directions[i]!.y, radius + gap, poleWidths[i]!, fontSize),
    },
  }));

  // Place the positions.
  const positions: CompassPositionLayout[] = input.positions.map((position, index) => {
    const weights = normaliseWeights(position.weights, count);
    const point = weights ? toCartesian(weights, places) : null;
    if (!weights || !point) {
      return { index, id: position.id, weights, skipped: true, x: 0, y: 0, distance: 0, nearest: null };
    }
    return {
      index,
      id: position.id,
      weights,
      skipped: false,
      x: point.x,
      y: point.y,
      distance: balanceDistance(point, radius),
      nearest: nearestPole(point, places),
    };
  });
  const placed = positions.filter((p) => !p.skipped);

  // Join them in time order.
  const path = trail(placed, fontSize / 2);
  const arrows = path.arrows.map((a) => ({ ...a, from: placed[a.from]!.index, to: placed[a.to]!.index }));
  const steps: CompassStep[] = [];
  for (let i = 1; i < placed.length; i++) {
    const from = placed[i - 1]!;
    const to = placed[i]!;
    steps.push({ from: from.index, to: to.index, ...stepNarration(from, to, places) });
  }

  // Pick the current position: the requested one, else the last placed one.
  const requested = input.currentIndex;
  let current: number | null;
  if (requested !== undefined && Number.isInteger(requested) && requested >= 0 && requested < positions.length) {
    current = positions[requested]!.skipped ? null : requested;
  } else {
    current = placed.length > 0 ? placed[placed.length - 1]!.index : null;
  }
  const target = current === null ? null : positions[current]!;
  const needle = target
    ? { x1: 0 as const, y1: 0 as const, x2: target.x, y2: target.y, path: linePath({ x: 0, y: 0 }, target) }
    : null;

  // Label the guides where they leave the pole labels and markers clear.
  const bounds: Box = { x0: -centre.x, y0: -centre.y, x1: width - centre.x, y1: height - centre.y };
  const rings = balanceRings(radius);
  const markerBox = (p: Point): Box => ({ x0: p.x - pointRadius, y0: p.y - pointRadius, x1: p.x + pointRadius, y1: p.y + pointRadius });
  // Guide labels give way to the pole labels, the pole markers and the positions themselves.
  const poleBoxes = [...poles.flatMap((p) => [p.label.box, markerBox(p)]), ...placed.map(markerBox)];
  const { letterSpacing, wordSpacing } = size;
  const guideOptions = { fontSize, charWidth, bounds, obstacles: poleBoxes, letterSpacing, wordSpacing };
  const ringTexts = input.guideTexts?.rings;
  const shareTexts = input.guideTexts?.shares;
  const ringLabelList = ringTexts ? ringLabels(rings, ringTexts, guideOptions) : [];
  const shareLabelList = shareTexts
    ? shareLabels(places, DEFAULT_SHARE_LEVELS, shareTexts, { ...guideOptions, obstacles: [...poleBoxes, ...ringLabelList.map((l) => l.box)] })
    : [];

  // Label dates, the current one first so it is the last to be hidden; where a date does not
  // fit, try its mark (the step number) in the room left.
  const anchors = positions.map((p) => (p.skipped ? { x: NaN, y: NaN } : p));
  // A line of text is drawn about 1.2 font sizes tall, so two labels one font size apart still
  // touch: dates keep a fifth of one clear above and below the pole and guide labels.
  const lead = fontSize / 5;
  const obstacles = [...poles.map((p) => p.label.box), ...ringLabelList.map((l) => l.box), ...shareLabelList.map((l) => l.box)].map(
    ({ x0, y0, x1, y1 }) => ({ x0, y0: y0 - lead, x1, y1: y1 + lead }),
  );
  const dateOptions = { ...guideOptions, pointRadius, gap: fontSize / 4, obstacles, order: current === null ? [] : [current] };
  const dateLabels = placeDateLabels(
    anchors,
    input.positions.map((p) => p.date),
    dateOptions,
  );
  const retry = dateLabels.filter((l) => l.hidden && !positions[l.index]!.skipped && input.positions[l.index]!.mark);
  if (retry.length > 0) {
    const texts = input.positions.map((p, i) => (dateLabels[i]!.hidden ? p.mark : undefined));
    const placedBoxes = dateLabels.filter((l) => !l.hidden).map((l) => l.box);
    const marks = placeDateLabels(anchors, texts, { ...dateOptions, obstacles: [...obstacles, ...placedBoxes] });
    for (const mark of marks) if (!mark.hidden) dateLabels[mark.index] = mark;
  }

  return {
    width,
    height,
    centre,
    radius,
    fontSize,
    pointRadius,
    poles,
    outline: polygonPath(places),
    rings,
    grid: shareGridLines(places),
    ringLabels: ringLabelList,
    shareLabels: shareLabelList,
    positions,
    trail: path.path,
    arrows,
    steps,
    dateLabels,
    current,
    needle,
  };
}

/** The needle's shaft and head as paths from the centre, or `null` when it is shorter than its head. */
export interface NeedleShape {
  readonly shaft: string;
  readonly head: string;
}

/**
 * The needle from the centre toward `tip` (relative to the centre), stopping at the edge of the
 * marker of radius `markerRadius` at the tip, with an arrowhead `headLength` long. Returns `null`
 * when the needle would be shorter than its head: the hub alone then says "balanced".
 */
export function needleShape(tip: Point, markerRadius: number, headLength = 11, headHalfWidth = 4.5): NeedleShape | null {
  const length = Math.hypot(tip.x, tip.y);
  if (!(length >= markerRadius + headLength)) return null;
  const ux = tip.x / length;
  const uy = tip.y / length;
  const end = length - markerRadius - 1;
  // Unrounded: the needle's direction is read off its path (tests, exports) to 1e-6.
  const at = (along: number, across: number) => `${ux * along - uy * across},${uy * along + ux * across}`;
  return {
    shaft: `M0,0L${at(end - headLength + 2, 0)}`,
    head: `M${at(end, 0)}L${at(end - headLength, headHalfWidth)}L${at(end - headLength, -headHalfWidth)}Z`,
  };
}

/**
 * What lies under `point` (relative to the centre) within `hitRadius`: the nearest position
 * with every position drawn at the same place, else a pole (its marker or its label), else
 * `null`. Used for pointer hit-testing.
 */
export function markAt(layout: CompassLayout, point: Point, hitRadius: number): { positions: number[] } | { pole: number } | null {
  let best = -1;
  let bestDistance = hitRadius;
  layout.positions.forEach((p, i) => {
    const d = Math.hypot(p.x - point.x, p.y - point.y);
    if (d <= bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  if (best >= 0) {
    const anchor = layout.positions[best]!;
    return { positions: layout.positions.filter((p) => Math.hypot(p.x - anchor.x, p.y - anchor.y) < 1).map((p) => p.index) };
  }
  const pole = layout.poles.findIndex((p) => {
    const b = p.label.box;
    return Math.hypot(p.x - point.x, p.y - point.y) <= hitRadius || (point.x >= b.x0 && point.x <= b.x1 && point.y >= b.y0 && point.y <= b.y1);
  });
  return pole >= 0 ? { pole } : null;
}
