// Pure geometry of <mv-chord>: plain data in, plain data and path strings out. No DOM.
//
// d3.chord() sums a matrix cell, so two ties of different kinds between one pair would become one
// ribbon. Here every tie keeps its own slice at each end, and d3-chord's ribbon generators only
// draw the slices we computed.
import { ribbon, ribbonArrow, type Ribbon } from 'd3-chord';
import { arc } from 'd3-shape';
import { estimateTextWidth, spacingPx, type TextSpacing } from '@multivector/core/validation';

/** The most actors a chord diagram lays out; above it the element shows a "too much data" state. */
export const layoutLimit = 200;

/** Whether `actorCount` actors are within {@link layoutLimit}. */
export function withinLayoutLimit(actorCount: number): boolean {
  return Number.isFinite(actorCount) && actorCount >= 0 && actorCount <= layoutLimit;
}

/** An actor as the layout sees it: the label is already localised. */
export interface ChordLayoutActor {
  readonly id: string;
  readonly label: string;
  /** An abbreviation (`"CSTO"`), preferred over the label on small arcs. */
  readonly short?: string;
  /** Members of one group are drawn next to each other, under one outer band. */
  readonly group?: string;
}

/** A kind of tie, in legend order. */
export interface ChordLayoutKind {
  readonly id: string;
  readonly tone: 'cooperative' | 'neutral' | 'hostile';
}

/** A validated tie: indices into the actors and kinds. */
export interface ChordLayoutTie {
  /** The tie's index in the dataset, handed back on its ribbon. */
  readonly index: number;
  readonly from: number;
  readonly to: number;
  readonly kind: number;
  /** Tie strength, > 0. */
  readonly value: number;
  /** A directed tie is drawn with an arrow at its `to` end. */
  readonly directed: boolean;
}

export interface ChordLayoutData {
  readonly actors: readonly ChordLayoutActor[];
  readonly kinds: readonly ChordLayoutKind[];
  readonly ties: readonly ChordLayoutTie[];
  /** Kinds toggled off in the legend: their ties are neither drawn nor counted in arc sizes. */
  readonly hiddenKinds?: ReadonlySet<number>;
}

export type { TextSpacing };

export interface ChordLayoutSize extends TextSpacing {
  readonly width: number;
  readonly height: number;
  /** Label font size in px. */
  readonly fontSize: number;
}

export interface ChordPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * A label anchored at (x, y), drawn as
 * `<text x y text-anchor=${anchor} transform="rotate(${rotate} ${x} ${y})">`.
 */
export interface ChordLabel {
  readonly x: number;
  readonly y: number;
  /** Degrees, within (-90, 90]: text never reads upside down. */
  readonly rotate: number;
  readonly anchor: 'start' | 'end';
  /** The label, its `short` form, or an ellipsis-truncated label; may be `""` when nothing fits. */
  readonly text: string;
  /** True when `text` is not the full label (show the label in a tooltip or `<title>`). */
  readonly truncated: boolean;
  /**
   * True when the circle has no room for this label: more arcs than label lines fit around it.
   * Then `text` is `""` and the largest arcs keep their labels.
   */
  readonly hidden?: boolean;
  /** A line from the ring to a label that sits away from its (tiny) arc. */
  readonly leader?: string;
}

export interface ChordArc {
  /** Index into `actors`. */
  readonly index: number;
  readonly startAngle: number;
  readonly endAngle: number;
  readonly path: string;
  /** A wider band over the arc and its label's foot, as a pointer target for thin arcs. */
  readonly hitPath: string;
  /** Sum of the actor's visible tie values. */
  readonly total: number;
  readonly label: ChordLabel;
}

export interface ChordGroup {
  readonly id: string;
  /** Indices into `actors`, in circle order. */
  readonly members: readonly number[];
  readonly startAngle: number;
  readonly endAngle: number;
  readonly path: string;
  /** The band's centre line, running so that text on it (`<textPath startOffset="50%">`) reads upright. */
  readonly labelPath: string;
  /** The band's middle, for a tangential label (`text-anchor: middle`). */
  readonly label: { readonly x: number; readonly y: number; readonly rotate: number; readonly anchor: 'middle' };
}

/** One end of a ribbon: a slice of an actor's arc. */
export interface ChordSlice {
  readonly index: number;
  readonly startAngle: number;
  readonly endAngle: number;
}

export interface ChordRibbon {
  /** The tie's `index`. */
  readonly tieIndex: number;
  readonly kind: number;
  readonly directed: boolean;
  /** The slice at the `from` end. */
  readonly source: ChordSlice;
  /** The slice at the `to` end (the arrow's end when directed). */
  readonly target: ChordSlice;
  /** Mid-angle of the source slice. */
  readonly sourceAngle: number;
  /** Mid-angle of the target slice. */
  readonly targetAngle: number;
  readonly path: string;
  /** The middle of the ribbon, to anchor a tooltip. */
  readonly midpoint: ChordPoint;
}

/**
 * The layout. Angles are in radians, clockwise from twelve o'clock (d3's convention); paths, labels
 * and midpoints are relative to `centre`.
 */
export interface ChordLayout {
  /** True when no visible tie is left: then there are no arcs, groups or ribbons. */
  readonly empty: boolean;
  readonly centre: ChordPoint;
  readonly innerRadius: number;
  readonly outerRadius: number;
  /** The gap between neighbouring arcs. */
  readonly padAngle: number;
  /** Arcs of actors with visible ties, in circle order. */
  readonly arcs: readonly ChordArc[];
  readonly groups: readonly ChordGroup[];
  /** One ribbon per visible tie, in tie order. */
  readonly ribbons: readonly ChordRibbon[];
}

const tau = 2 * Math.PI;
const charWidth = 0.6;

/**
 * The height of a chord diagram `width` px wide: square up to 640 px, then a little flatter,
 * never taller than 800 px, so that a full-width chart in an article still fits a screen.
 */
export function defaultChordHeight(width: number): number {
  const w = Math.max(0, finiteOr(width, 0));
  return Math.round(w <= 640 ? w : Math.min(Math.max(640, w * 0.75), 800));
}

/** Rounds every number in a path string to 2 decimals. */
export function roundPath(path: string): string {
  return path.replace(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi, (n) => String(round(+n)));
}

function round(x: number): number {
  const r = Math.round(x * 100) / 100;
  return r === 0 || !Number.isFinite(r) ? 0 : r;
}

function finiteOr(x: number, fallback: number): number {
  return Number.isFinite(x) ? x : fallback;
}

function polar(r: number, angle: number): ChordPoint {
  return { x: r * Math.sin(angle), y: -r * Math.cos(angle) };
}

/** Estimated width of `text` in px: characters × (fontSize × 0.6 + letter spacing), plus word spacing at each space. */
export function textWidth(text: string, fontSize: number, extra: TextSpacing = {}): number {
  return estimateTextWidth(text, fontSize * charWidth, extra);
}

/** Actor indices in circle order: the given order, with each group's members pulled together at its first member. */
export function circleOrder(actors: readonly ChordLayoutActor[]): number[] {
  const members = new Map<string, number[]>();
  actors.forEach((a, i) => {
    if (a.group === undefined) return;
    const list = members.get(a.group);
    if (list) list.push(i);
    else members.set(a.group, [i]);
  });
  const order: number[] = [];
  const placed = new Set<string>();
  actors.forEach((a, i) => {
    if (a.group === undefined) order.push(i);
    else if (!placed.has(a.group)) {
      placed.add(a.group);
      order.push(...members.get(a.group)!);
    }
  });
  return order;
}

/** Radii for a size: the label margin scales with the width so labels stay readable from 280 to 1200 px. */
function radii(width: number, height: number, fontSize: number, grouped: boolean) {
  const half = Math.max(0, Math.min(width, height) / 2);
  const band = grouped ? fontSize : 0;
  const bandGap = grouped ? 2 : 0;
  const margin = Math.min(Math.max(width * 0.18, 4 * fontSize), 10 * fontSize) + band + bandGap;
  const outerRadius = Math.max(half - margin, half * 0.5);
  const thickness = Math.min(Math.max(outerRadius * 0.06, 3), fontSize, outerRadius);
  const innerRadius = outerRadius - thickness;
  const bandInner = outerRadius + bandGap;
  const bandOuter = bandInner + band;
  return { outerRadius, innerRadius, bandInner, bandOuter };
}

interface End {
  readonly tie: ChordLayoutTie;
  readonly partner: number;
  readonly value: number;
  startAngle: number;
  endAngle: number;
}

/** Lays out the chord diagram for validated data at a size. Never throws; never emits NaN or Infinity. */
export function chordLayout(data: ChordLayoutData, size: ChordLayoutSize): ChordLayout {
  const width = Math.max(0, finiteOr(size.width, 0));
  const height = Math.max(0, finiteOr(size.height, 0));
  const fontSize = size.fontSize > 0 && Number.isFinite(size.fontSize) ? size.fontSize : 12;
  const { actors, kinds } = data;
  const hidden = data.hiddenKinds;
  const n = actors.length;

  // Visible ties; values scaled by the largest so that sums stay finite.
  const ties = data.ties.filter(
    (t) =>
      Number.isInteger(t.from) && t.from >= 0 && t.from < n &&
      Number.isInteger(t.to) && t.to >= 0 && t.to < n &&
      Number.isInteger(t.kind) && t.kind >= 0 && t.kind < kinds.length &&
      !hidden?.has(t.kind) && t.value > 0 && Number.isFinite(t.value),
  );
  const maxValue = ties.reduce((m, t) => Math.max(m, t.value), 0);

  const totals = new Array<number>(n).fill(0);
  const scaled = new Array<number>(n).fill(0);
  const ends: End[][] = actors.map(() => []);
  const fromEnds: End[] = [];
  const toEnds: End[] = [];
  ties.forEach((t, j) => {
    const v = t.value / maxValue;
    const from: End = { tie: t, partner: t.to, value: v, startAngle: 0, endAngle: 0 };
    ends[t.from]!.push((fromEnds[j] = toEnds[j] = from));
    totals[t.from]! += t.value;
    scaled[t.from]! += v;
    // A tie from an actor to itself takes one slice, as the diagonal does in d3.chord.
    if (t.to !== t.from) {
      ends[t.to]!.push((toEnds[j] = { tie: t, partner: t.from, value: v, startAngle: 0, endAngle: 0 }));
      totals[t.to]! += t.value;
      scaled[t.to]! += v;
    }
  });

  // An actor with a visible tie keeps its place even if its scaled total underflows to 0.
  const order = circleOrder(actors).filter((i) => ends[i]!.length > 0);
  const grouped = order.some((i) => actors[i]!.group !== undefined);
  const r = radii(width, height, fontSize, grouped);
  const centre = { x: width / 2, y: height / 2 };
  const base = { centre, innerRadius: r.innerRadius, outerRadius: r.outerRadius };
  if (order.length === 0) return { ...base, empty: true, padAngle: 0, arcs: [], groups: [], ribbons: [] };

  // Compute the scaling factor from value to angle, as d3.chord does.
  const m = order.length;
  const padAngle = Math.min(0.04, (0.2 * tau) / m);
  const sum = order.reduce((s, i) => s + scaled[i]!, 0);
  const k = Math.max(0, tau - padAngle * m) / sum;
  const position = new Array<number>(n).fill(-1);
  order.forEach((i, p) => (position[i] = p));

  // Order each actor's tie-ends: partners counter-clockwise first, so ribbons to neighbours leave
  // from the near edge; between one pair, kinds run one way at the first actor and back at the
  // second, so the pair's ribbons lie side by side instead of crossing.
  const starts: number[] = [];
  const stops: number[] = [];
  let x = 0;
  for (const i of order) {
    const p = position[i]!;
    const distance = (e: End) => (position[e.partner]! - p + m) % m;
    ends[i]!.sort((a, b) => {
      const d = distance(b) - distance(a);
      if (d !== 0) return d;
      const sign = position[a.partner]! < p ? -1 : 1;
      return sign * (a.tie.kind - b.tie.kind || a.tie.index - b.tie.index);
    });
    starts.push(x);
    for (const e of ends[i]!) {
      e.startAngle = x;
      x += e.value * k;
      e.endAngle = x;
    }
    stops.push(x);
    x += padAngle;
  }

  const arcPath = arc<{ startAngle: number; endAngle: number }>()
    .innerRadius(r.innerRadius)
    .outerRadius(r.outerRadius)
    .digits(null);
  // The pointer target reaches from the ribbons' ends to the foot of the label, half a pad each side.
  const hitArc = arc<{ startAngle: number; endAngle: number }>()
    .innerRadius(Math.max(0, r.innerRadius - 2))
    .outerRadius((grouped ? r.bandOuter : r.outerRadius) + fontSize * 0.4)
    .digits(null);
  const arcs = order.map((i, p) => {
    const startAngle = starts[p]!;
    const endAngle = stops[p]!;
    const path = roundPath(arcPath({ startAngle, endAngle }) ?? '');
    const hitPath = roundPath(hitArc({ startAngle: startAngle - padAngle / 2, endAngle: endAngle + padAngle / 2 }) ?? '');
    return { index: i, startAngle, endAngle, path, hitPath, total: Math.min(totals[i]!, Number.MAX_VALUE) };
  });

  const labels = layoutLabels(arcs, actors, r, width, height, fontSize, grouped, size);
  const groups = grouped ? layoutGroups(arcs, actors, r) : [];

  // Ribbons: each tie between its two slices; a 1 px gap between neighbouring ribbons.
  const ribbonRadius = r.innerRadius;
  const ribbonPad = ribbonRadius > 1 ? 1 / ribbonRadius : 0;
  const plain = ribbon().radius(ribbonRadius).padAngle(ribbonPad) as unknown as (d: Ribbon) => string | null;
  const arrow = ribbonArrow().radius(ribbonRadius).padAngle(ribbonPad).headRadius(ribbonRadius / 20) as unknown as (
    d: Ribbon,
  ) => string | null;
  const ribbons = ties.map((t, j): ChordRibbon => {
    const from = fromEnds[j]!;
    const to = toEnds[j]!;
    const source = { index: t.from, startAngle: from.startAngle, endAngle: from.endAngle };
    const target = { index: t.to, startAngle: to.startAngle, endAngle: to.endAngle };
    const d = {
      source: { ...source, radius: ribbonRadius },
      target: { ...target, radius: ribbonRadius },
    };
    const sourceAngle = (source.startAngle + source.endAngle) / 2;
    const targetAngle = (target.startAngle + target.endAngle) / 2;
    const a = polar(ribbonRadius, sourceAngle);
    const b = polar(ribbonRadius, targetAngle);
    return {
      tieIndex: t.index,
      kind: t.kind,
      directed: t.directed,
      source,
      target,
      sourceAngle,
      targetAngle,
      path: roundPath((t.directed ? arrow : plain)(d) ?? ''),
      // The quadratic curves bend through the centre: their middle is a quarter of the ends' sum.
      midpoint: { x: round((a.x + b.x) / 4), y: round((a.y + b.y) / 4) },
    };
  });

  return {
    ...base,
    empty: false,
    padAngle,
    arcs: arcs.map((a, p) => ({ ...a, label: labels[p]! })),
    groups,
    ribbons,
  };
}

// Labels.

function layoutLabels(
  arcs: readonly { index: number; startAngle: number; endAngle: number }[],
  actors: readonly ChordLayoutActor[],
  r: ReturnType<typeof radii>,
  width: number,
  height: number,
  fontSize: number,
  grouped: boolean,
  extra: TextSpacing,
): ChordLabel[] {
  const ring = (grouped ? r.bandOuter : r.outerRadius) + 1;
  const gap = fontSize * 0.4;
  const labelRadius = ring + gap;
  const leaderLength = fontSize;
  const mids = arcs.map((a) => (a.startAngle + a.endAngle) / 2);
  // When more arcs than label lines fit around the circle, only the largest arcs keep a label
  // (the others are named in the tooltip, the table and their accessible names).
  const capacity = labelRadius > 0 ? Math.max(1, Math.floor((tau * labelRadius) / (fontSize * 1.05))) : arcs.length;
  const labelled = new Array<boolean>(arcs.length).fill(true);
  if (arcs.length > capacity) {
    const bySize = arcs.map((_, p) => p).sort((a, b) => arcSpan(arcs[b]!) - arcSpan(arcs[a]!) || a - b);
    labelled.fill(false);
    for (const p of bySize.slice(0, capacity)) labelled[p] = true;
  }
  const shown = mids.filter((_, p) => labelled[p]);
  // Keep labels one line height apart, or spread them evenly when the circle is too crowded.
  const spacing = Math.min(labelRadius > 0 ? fontSize / labelRadius : tau, tau / Math.max(1, shown.length));
  const spreadShown = spread(shown, spacing);
  let next = 0;
  const angles = mids.map((mid, p) => (labelled[p] ? spreadShown[next++]! : mid));

  return arcs.map((a, p): ChordLabel => {
    const actor = actors[a.index]!;
    const mid = mids[p]!;
    const angle = angles[p]!;
    if (!labelled[p]) {
      const at = polar(labelRadius, mid);
      let rotate = round((mid * 180) / Math.PI - 90);
      let anchor: 'start' | 'end' = 'start';
      if (rotate <= -90 || rotate > 90) {
        rotate = rotate > 90 ? round(rotate - 180) : round(rotate + 180);
        anchor = 'end';
      }
      return { x: round(at.x), y: round(at.y), rotate, anchor, text: '', truncated: true, hidden: true };
    }
    const span = a.endAngle - a.startAngle;
    const arcLength = span * r.outerRadius;
    const off = Math.abs(Math.atan2(Math.sin(angle - mid), Math.cos(angle - mid)));
    const needsLeader = arcLength < fontSize / 2 || off > span / 2 + 1e-9;
    const radius = needsLeader ? labelRadius + leaderLength : labelRadius;

    // Text runs outward from the anchor; the room is what is left to the edge of the box.
    const sin = Math.abs(Math.sin(angle));
    const cos = Math.abs(Math.cos(angle));
    const reach = Math.min(sin > 1e-12 ? width / 2 / sin : Infinity, cos > 1e-12 ? height / 2 / cos : Infinity);
    const room = Math.max(0, reach - radius - 2);
    const { text, truncated } = fitLabel(actor, room, fontSize, arcLength < 2 * fontSize, extra);

    const at = polar(radius, angle);
    let rotate = round((angle * 180) / Math.PI - 90);
    let anchor: 'start' | 'end' = 'start';
    if (rotate <= -90 || rotate > 90) {
      rotate = rotate > 90 ? round(rotate - 180) : round(rotate + 180);
      anchor = 'end';
    }
    const label: ChordLabel = { x: round(at.x), y: round(at.y), rotate, anchor, text, truncated };
    if (!needsLeader) return label;
    const p0 = polar(ring, mid);
    const p1 = polar(radius - 2, angle);
    return { ...label, leader: roundPath(`M${p0.x},${p0.y}L${p1.x},${p1.y}`) };
  });
}

function arcSpan(a: { startAngle: number; endAngle: number }): number {
  return a.endAngle - a.startAngle;
}

/**
 * The label if it fits, else the short form, else the label (or, on small arcs, the short form)
 * cut with an ellipsis; widths with the reader's letter and word spacing.
 */
export function fitLabel(
  actor: Pick<ChordLayoutActor, 'label' | 'short'>,
  room: number,
  fontSize: number,
  small: boolean,
  extra: TextSpacing = {},
): { text: string; truncated: boolean } {
  const advance = fontSize * charWidth + spacingPx(extra.letterSpacing);
  const maxChars = Math.max(0, Math.floor(room / advance + 1e-9));
  const { label, short } = actor;
  // In characters: a space counts for more with word spacing.
  const word = spacingPx(extra.wordSpacing);
  const fits = (s: string) => Array.from(s).length + (word && ((s.match(/\s/g)?.length ?? 0) * word) / advance) <= maxChars;
  const preferShort = small && short !== undefined && short !== '';
  let text: string;
  if (!preferShort && fits(label)) text = label;
  else if (short && fits(short)) text = short;
  else {
    const chars = Array.from(preferShort ? short! : label);
    // One character fewer while the spaces kept still overflow.
    let n = maxChars;
    do {
      text = --n > 0 ? chars.slice(0, n).join('').trimEnd() + '…' : n === 0 ? '…' : '';
    } while (n > 0 && !fits(text));
  }
  return { text, truncated: text !== label };
}

/**
 * Spreads angles around the circle so neighbours are at least `spacing` apart, moving each as
 * little as possible: clusters of crowded labels are centred on their wanted angles.
 */
export function spread(wanted: readonly number[], spacing: number): number[] {
  const n = wanted.length;
  if (n < 2 || !(spacing > 0)) return wanted.slice();
  spacing = Math.min(spacing, tau / n);

  // Cut the circle at the widest gap, then unroll it into a line.
  let cut = 0;
  let widest = -Infinity;
  for (let i = 0; i < n; i++) {
    const gap = (i + 1 < n ? wanted[i + 1]! : wanted[0]! + tau) - wanted[i]!;
    if (gap > widest) {
      widest = gap;
      cut = (i + 1) % n;
    }
  }
  let items = Array.from({ length: n }, (_, j) => {
    const i = (cut + j) % n;
    return { i, v: wanted[i]! + (cut + j >= n ? tau : 0) };
  });

  const out = new Array<number>(n);
  for (let attempt = 0; attempt <= n; attempt++) {
    const clusters: { from: number; count: number; sum: number }[] = [];
    const top = (c: { count: number; sum: number }) => c.sum / c.count;
    items.forEach((item, j) => {
      clusters.push({ from: j, count: 1, sum: item.v });
      while (clusters.length > 1) {
        const b = clusters[clusters.length - 1]!;
        const a = clusters[clusters.length - 2]!;
        if (top(a) + a.count * spacing <= top(b) + 1e-12) break;
        clusters.pop();
        a.sum += b.sum - a.count * spacing * b.count;
        a.count += b.count;
      }
    });
    const first = clusters[0]!;
    const last = clusters[clusters.length - 1]!;
    const wraps = top(first) + tau - (top(last) + (last.count - 1) * spacing) < spacing - 1e-9;
    if (!wraps || clusters.length === 1) {
      for (const c of clusters) {
        for (let j = 0; j < c.count; j++) {
          const v = top(c) + j * spacing;
          out[items[c.from + j]!.i] = ((v % tau) + tau) % tau;
        }
      }
      return out;
    }
    // The last cluster crowds the first across the cut: move it in front and merge.
    items = [...items.slice(last.from).map((it) => ({ i: it.i, v: it.v - tau })), ...items.slice(0, last.from)];
  }
  return wanted.slice();
}

// Groups.

function layoutGroups(
  arcs: readonly { index: number; startAngle: number; endAngle: number }[],
  actors: readonly ChordLayoutActor[],
  r: ReturnType<typeof radii>,
): ChordGroup[] {
  const bandPath = arc<{ startAngle: number; endAngle: number }>()
    .innerRadius(r.bandInner)
    .outerRadius(r.bandOuter)
    .digits(null);
  const groups: ChordGroup[] = [];
  let current: { id: string; members: number[]; startAngle: number; endAngle: number } | undefined;
  const close = () => {
    if (!current) return;
    const { startAngle, endAngle } = current;
    const mid = (startAngle + endAngle) / 2;
    const radius = (r.bandInner + r.bandOuter) / 2;
    // On the lower half, run the centre line counter-clockwise so the text on it stays upright.
    const lower = Math.cos(mid) < 0;
    const a = polar(radius, lower ? endAngle : startAngle);
    const b = polar(radius, lower ? startAngle : endAngle);
    const large = endAngle - startAngle > Math.PI ? 1 : 0;
    const at = polar(radius, mid);
    let rotate = round((mid * 180) / Math.PI);
    rotate = rotate > 90 && rotate <= 270 ? round(rotate - 180) : rotate > 270 ? round(rotate - 360) : rotate;
    groups.push({
      ...current,
      path: roundPath(bandPath({ startAngle, endAngle }) ?? ''),
      labelPath: roundPath(`M${a.x},${a.y}A${radius},${radius},0,${large},${lower ? 0 : 1},${b.x},${b.y}`),
      label: { x: round(at.x), y: round(at.y), rotate, anchor: 'middle' },
    });
    current = undefined;
  };
  for (const a of arcs) {
    const id = actors[a.index]!.group;
    if (current && current.id !== id) close();
    if (id === undefined) continue;
    if (current) {
      current.members.push(a.index);
      current.endAngle = a.endAngle;
    } else current = { id, members: [a.index], startAngle: a.startAngle, endAngle: a.endAngle };
  }
  close();
  return groups;
}
