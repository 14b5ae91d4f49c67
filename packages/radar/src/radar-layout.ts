import { line, curveLinearClosed } from 'd3-shape';
import { spacingPx, type TextSpacing } from '@multivector/core/validation';

/**
 * Geometry of the radar, as pure functions: plain data in, plain data and SVG path strings
 * out. No DOM, no Lit: the element binds these strings into its templates, tests check them
 * directly, and the same code runs on a server.
 *
 * Angles are in radians, 0 at twelve o'clock, growing clockwise; SVG y grows downwards.
 */

/** One axis to lay out; `label` is already in the reader's language. */
export interface RadarLayoutAxis {
  readonly id: string;
  readonly label: string;
}

/** One series to lay out: one value (or `null` for a gap) per axis, in axis order. */
export interface RadarLayoutSeries {
  readonly id: string;
  readonly values: readonly (number | null)[];
}

/** Everything the layout needs. */
export interface RadarLayoutInput {
  readonly axes: readonly RadarLayoutAxis[];
  readonly series: readonly RadarLayoutSeries[];
  /** The radial scale: `min` at the centre, `max` at the rim, rings at `ticks`. */
  readonly scale: { readonly min: number; readonly max: number; readonly ticks: readonly number[] };
}

/** The box the chart is drawn in. */
export interface RadarLayoutSize extends TextSpacing {
  readonly width: number;
  /** Default: {@link defaultRadarHeight} of the width. */
  readonly height?: number;
  /** Font size of axis labels in px (at least 12 for legibility). */
  readonly fontSize: number;
}

/** An axis label, wrapped and placed so that it stays inside the box. */
export interface RadarLabel {
  /** Anchor point of the text block. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /** One or two lines; shortened with an ellipsis when the full text does not fit. */
  readonly lines: readonly string[];
  /** Baseline of each line, absolute. */
  readonly lineY: readonly number[];
  /** True when the text was shortened (the full text is in the tooltip and the table). */
  readonly truncated: boolean;
  /** True when the label would overlap its neighbour and is left out (full text in tooltip and table). */
  readonly hidden: boolean;
  /** The estimated box of the text block. */
  readonly box: Box;
}

/** A rectangle in SVG coordinates. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A laid-out axis. */
export interface RadarAxisLayout {
  readonly id: string;
  readonly index: number;
  readonly angle: number;
  /** Rim end of the axis line (it starts at the centre). */
  readonly x: number;
  readonly y: number;
  readonly label: RadarLabel;
  /** A wedge around the axis for pointer hit-testing, relative to the centre. */
  readonly hitPath: string;
}

/** A laid-out value. */
export interface RadarPoint {
  readonly axisIndex: number;
  readonly value: number;
  readonly x: number;
  readonly y: number;
}

/** A laid-out series. */
export interface RadarSeriesLayout {
  readonly id: string;
  readonly index: number;
  /** One entry per axis; `null` where the series has a gap. */
  readonly points: readonly (RadarPoint | null)[];
  /** Filled polygon through the values that exist ('' when fewer than 2). */
  readonly areaPath: string;
  /** Outline, broken at gaps so that no line suggests a value the data lacks. */
  readonly outlinePath: string;
}

/** A ring of the grid. */
export interface RadarRing {
  readonly value: number;
  readonly radius: number;
  /** Polygon through the axes at this value. */
  readonly path: string;
  /** Where its tick label goes (beside the top axis). */
  readonly labelX: number;
  readonly labelY: number;
  /**
   * True when the tick label would cover an axis label and finds no room just below its ring
   * either: it is left out (the labels of the other rings give the scale).
   */
  readonly labelHidden?: boolean;
}

/** The whole layout of one radar render. */
export interface RadarLayout {
  readonly width: number;
  readonly height: number;
  readonly cx: number;
  readonly cy: number;
  readonly radius: number;
  readonly axes: readonly RadarAxisLayout[];
  readonly rings: readonly RadarRing[];
  readonly series: readonly RadarSeriesLayout[];
}

/** Average advance of a character, in ems: a deliberately generous estimate (Cyrillic is wide). */
export const CHAR_WIDTH_EM = 0.62;
/** Line height of labels, in ems. */
export const LINE_HEIGHT_EM = 1.2;
/** Gap between the rim and a label, in px. */
export const LABEL_GAP = 8;
/** Smallest radius drawn; below it labels are shortened further rather than the plot shrunk. */
export const MIN_RADIUS = 40;
const DIGITS = 2;

/** Height for a width when the host gives none: square when narrow, flatter when wide. */
export function defaultRadarHeight(width: number): number {
  return Math.round(Math.min(Math.max(width * 0.85, 260), 620));
}

/** The angle of axis `index` of `count`: the first at the top, clockwise. */
export function axisAngle(index: number, count: number): number {
  return (2 * Math.PI * index) / count;
}

/** The point at `radius` along `angle`, relative to the centre. */
export function polar(angle: number, radius: number): [number, number] {
  return [radius * Math.sin(angle), -radius * Math.cos(angle)];
}

/**
 * Splits `text` into at most `maxLines` lines of at most `maxChars` characters, at spaces when
 * it can; the last line ends with an ellipsis when the text does not fit. `measure` counts a
 * line's characters (a space may count for more, with the reader's word spacing).
 */
export function wrapLabel(
  text: string,
  maxChars: number,
  maxLines = 2,
  measure = (line: string) => Array.from(line).length,
): { lines: string[]; truncated: boolean } {
  const limit = Math.max(2, Math.floor(maxChars));
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let rest = [...words];
  while (rest.length > 0 && lines.length < maxLines) {
    const word = rest[0]!;
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate) <= limit) {
      current = candidate;
      rest = rest.slice(1);
    } else if (!current) {
      // A single word longer than a line: cut it.
      const chars = Array.from(word);
      lines.push(chars.slice(0, limit).join(''));
      rest = [chars.slice(limit).join(''), ...rest.slice(1)];
    } else {
      lines.push(current);
      current = '';
    }
  }
  if (current && lines.length < maxLines) lines.push(current);
  const truncated = rest.length > 0;
  if (truncated && lines.length > 0) {
    const last = Array.from(lines[lines.length - 1]!);
    lines[lines.length - 1] = `${last.slice(0, Math.max(1, Math.min(last.length, limit - 1))).join('')}…`;
  }
  return { lines, truncated };
}

/** Whether two boxes overlap (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function round(value: number): number {
  return Math.round(value * 10 ** DIGITS) / 10 ** DIGITS;
}

interface LabelShape {
  lines: string[];
  truncated: boolean;
  width: number;
  height: number;
  anchor: 'start' | 'middle' | 'end';
  /** -1: block above the anchor point, 0: centred on it, 1: below it. */
  vertical: -1 | 0 | 1;
}

/** Estimated width of `text` in characters of `charWidth` px, each space widened by `wordSpacing` px. */
function chars(text: string, charWidth: number, wordSpacing: number): number {
  return Array.from(text).length + ((text.match(/\s/g)?.length ?? 0) * wordSpacing) / charWidth;
}


function labelShape(text: string, angle: number, maxWidth: number, fontSize: number, charWidth: number, wordSpacing: number): LabelShape {
  const measure = (line: string) => chars(line, charWidth, wordSpacing);
  const { lines, truncated } = wrapLabel(text, maxWidth / charWidth, 2, measure);
  const width = Math.max(0, ...lines.map(measure)) * charWidth;
  const height = lines.length * LINE_HEIGHT_EM * fontSize;
  const sin = Math.sin(angle);
  const cos = Math.cos(angle);
  const anchor = sin > 0.3 ? 'start' : sin < -0.3 ? 'end' : 'middle';
  const vertical = cos > 0.3 ? -1 : cos < -0.3 ? 1 : 0;
  return { lines, truncated, width, height, anchor, vertical };
}

/** Horizontal and vertical extent of a label block around its anchor point: [left, right, up, down]. */
function extents(shape: LabelShape): [number, number, number, number] {
  const left = shape.anchor === 'start' ? 0 : shape.anchor === 'middle' ? shape.width / 2 : shape.width;
  const right = shape.width - left;
  const up = shape.vertical === -1 ? shape.height : shape.vertical === 0 ? shape.height / 2 : 0;
  return [left, right, up, shape.height - up];
}

/** The largest radius at which every label block stays inside the box. */
function fittingRadius(shapes: readonly LabelShape[], angles: readonly number[], width: number, height: number): number {
  let radius = Math.min(width, height) / 2;
  shapes.forEach((shape, i) => {
    const [left, right, up, down] = extents(shape);
    const sin = Math.sin(angles[i]!);
    const cos = Math.cos(angles[i]!);
    // cx + (R + gap)·sin + right ≤ width, and the same for the other three sides.
    if (sin > 1e-9) radius = Math.min(radius, (width / 2 - right) / sin - LABEL_GAP);
    if (sin < -1e-9) radius = Math.min(radius, (width / 2 - left) / -sin - LABEL_GAP);
    if (cos > 1e-9) radius = Math.min(radius, (height / 2 - up) / cos - LABEL_GAP);
    if (cos < -1e-9) radius = Math.min(radius, (height / 2 - down) / -cos - LABEL_GAP);
    if (Math.abs(sin) <= 1e-9) radius = Math.min(radius, width / 2 - Math.max(left, right));
    if (Math.abs(cos) <= 1e-9) radius = Math.min(radius, height / 2 - Math.max(up, down));
  });
  return radius;
}

/** Lays out a radar: axes, wrapped labels that fit the box, rings and one polygon per series. */
export function radarLayout(input: RadarLayoutInput, size: RadarLayoutSize): RadarLayout {
  const width = Math.max(0, size.width);
  const height = Math.max(0, size.height ?? defaultRadarHeight(width));
  const fontSize = Math.max(12, size.fontSize);
  // The reader's letter spacing widens every character; word spacing every space.
  const charWidth = CHAR_WIDTH_EM * fontSize + spacingPx(size.letterSpacing);
  const wordSpacing = spacingPx(size.wordSpacing);
  const count = input.axes.length;
  const angles = input.axes.map((_, i) => axisAngle(i, count));

  // Labels get up to a fifth of the width (in characters: wider spacing shrinks the plot, not
  // the text); if the plot would get too small, labels give way.
  let maxLabelWidth = Math.min(Math.max(width * 0.22, 64), 150) * (charWidth / (CHAR_WIDTH_EM * fontSize));
  const shapeOf = (label: string, i: number) => labelShape(label, angles[i]!, maxLabelWidth, fontSize, charWidth, wordSpacing);
  let shapes = input.axes.map((axis, i) => shapeOf(axis.label, i));
  let radius = fittingRadius(shapes, angles, width, height);
  while (radius < MIN_RADIUS && maxLabelWidth > 3 * charWidth) {
    maxLabelWidth *= 0.8;
    shapes = input.axes.map((axis, i) => shapeOf(axis.label, i));
    radius = fittingRadius(shapes, angles, width, height);
  }
  radius = Math.max(0, radius);
  const cx = width / 2;
  const cy = height / 2;
  const { min, max } = input.scale;
  // Values outside the scale are dropped by validation; clamping here keeps the layout finite anyway.
  const toRadius = (value: number) => (Math.min(Math.max(value, min), max) - min) / (max - min) * radius;
  const step = count > 0 ? (2 * Math.PI) / count : 0;
  const polygon = line().curve(curveLinearClosed).digits(DIGITS);

  // Place labels, leaving out any that would overlap the previous one kept.
  const kept: Box[] = [];
  const lineHeight = LINE_HEIGHT_EM * fontSize;
  const axes: RadarAxisLayout[] = input.axes.map((axis, i) => {
    const angle = angles[i]!;
    const shape = shapes[i]!;
    const [px, py] = polar(angle, radius + LABEL_GAP);
    const ax = cx + px;
    const ay = cy + py;
    const [left, , up] = extents(shape);
    const box: Box = { x: ax - left, y: ay - up, width: shape.width, height: shape.height };
    // Baselines sit ~0.8 em below each line's top.
    const lineY = shape.lines.map((_, li) => round(box.y + li * lineHeight + 0.8 * lineHeight));
    const overlaps = kept.some((other) => boxesOverlap(box, other));
    if (!overlaps) kept.push(box);
    const [x, y] = polar(angle, radius);
    return {
      id: axis.id,
      index: i,
      angle,
      x: round(cx + x),
      y: round(cy + y),
      label: {
        x: round(ax),
        y: round(ay),
        anchor: shape.anchor,
        lines: shape.lines,
        lineY,
        truncated: shape.truncated,
        hidden: overlaps,
        box: { x: round(box.x), y: round(box.y), width: round(box.width), height: round(box.height) },
      },
      hitPath: hitWedge(angle, step, radius + LABEL_GAP),
    };
  });

  // Tick labels sit beside the top axis, just above their rings; one that would cover an axis
  // label moves just below its ring if no other tick label is there, else it is left out.
  const ticks = input.scale.ticks.filter((tick) => tick > min && tick <= max);
  // `String(tick)` is as long as the number the element formats, or longer.
  const tickBox = (tick: number, baseline: number): Box => ({
    x: cx + 4,
    y: baseline - 0.8 * lineHeight,
    width: chars(String(tick), charWidth, wordSpacing) * charWidth,
    height: lineHeight,
  });
  const above = ticks.map((tick) => tickBox(tick, cy - toRadius(tick) - 3));
  const clear = (box: Box, others: readonly Box[]) => !others.some((other) => boxesOverlap(box, other));
  const rings: RadarRing[] = ticks.map((tick, i) => {
    const r = toRadius(tick);
    let labelY = cy - r - 3;
    let labelHidden = false;
    if (!clear(above[i]!, kept)) {
      labelY = cy - r + 3 + 0.8 * lineHeight;
      // Its own place above the ring is clear of this one: the ring runs between them.
      labelHidden = !clear(tickBox(tick, labelY), [...kept, ...above]);
    }
    return {
      value: tick,
      radius: round(r),
      path: polygon(angles.map((a) => offset(polar(a, r), cx, cy))) ?? '',
      labelX: round(cx + 4),
      labelY: round(labelY),
      ...(labelHidden && { labelHidden }),
    };
  });

  const series: RadarSeriesLayout[] = input.series.map((s, index) => {
    const points = angles.map((angle, axisIndex): RadarPoint | null => {
      const value = s.values[axisIndex];
      if (value === null || value === undefined || !Number.isFinite(value)) return null;
      const [x, y] = polar(angle, toRadius(value));
      return { axisIndex, value, x: round(cx + x), y: round(cy + y) };
    });
    const present = points.filter((p): p is RadarPoint => p !== null);
    const areaPath = present.length >= 2 ? (polygon(present.map((p) => [p.x, p.y])) ?? '') : '';
    const hasGap = present.length < points.length;
    const outlinePath = hasGap ? brokenOutline(points) : areaPath;
    return { id: s.id, index, points, areaPath, outlinePath };
  });

  return { width, height, cx: round(cx), cy: round(cy), radius: round(radius), axes, rings, series };
}

/**
 * The pointer target of an axis: the slice of the plot nearer to it than to its neighbours, as a
 * polygon (a fan of short chords approximates the rim; d3's arc would add 3 KB for a target).
 */
function hitWedge(angle: number, step: number, radius: number): string {
  const segments = Math.max(2, Math.ceil(step / (Math.PI / 18)));
  const rim = Array.from({ length: segments + 1 }, (_, i) => polar(angle - step / 2 + (step * i) / segments, radius));
  return line().digits(DIGITS)([[0, 0], ...rim]) + 'Z';
}

function offset([x, y]: [number, number], cx: number, cy: number): [number, number] {
  return [cx + x, cy + y];
}

/**
 * Segments between neighbouring axes that both have values, wrapping from the last axis to the
 * first. The walk starts just after a gap, so that a run crossing the wrap stays one segment.
 */
function brokenOutline(points: readonly (RadarPoint | null)[]): string {
  const gap = points.indexOf(null);
  const walk = [...points.slice(gap + 1), ...points.slice(0, gap + 1)];
  const segments = line<RadarPoint | null>()
    .defined((p) => p !== null)
    .x((p) => p!.x)
    .y((p) => p!.y)
    .digits(DIGITS);
  return segments(walk) ?? '';
}
