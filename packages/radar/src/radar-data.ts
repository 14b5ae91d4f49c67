import * as v from 'valibot';
// d3-array's nice/ticks rather than d3-scale: a linear radius needs no interpolators or
// colour parsing, and d3-scale would pull in ~30 KB of them.
import { nice, ticks as niceTicks } from 'd3-array';
import {
  BASE_ENTRIES,
  describeValue,
  duplicateIdError,
  EvidenceSchema,
  IdSchema,
  isPlainRecord,
  ownEntries,
  parseStructure,
  TextSchema,
  toLocalBase,
  toLocalEvidence,
  toLocalText,
  type DroppedValue,
  type LocalChartBase,
  type LocalEvidence,
  type LocalText,
  type Validated,
} from '@multivector/core/validation';

/** Most axes a radar draws; past it the element says so instead of drawing an unreadable star. */
export const MAX_AXES = 100;
/** Most series a radar draws. */
export const MAX_SERIES = 12;

const RecordSchema = v.custom<Record<string, unknown>>(isPlainRecord, 'an object');

/**
 * The radar format as a valibot schema. `strict` is the published contract (every value a
 * number or null: what JSON Schema checks before publishing); the element's own runtime uses
 * `lenient`, which lets single bad values through to be dropped and listed, not fail the chart.
 */
export function radarSchema(mode: 'strict' | 'lenient') {
  const values = mode === 'strict' ? v.record(IdSchema, v.nullable(v.number())) : RecordSchema;
  const evidence = mode === 'strict' ? v.record(IdSchema, EvidenceSchema) : RecordSchema;
  const tickLabels = mode === 'strict' ? v.record(v.string(), TextSchema) : RecordSchema;
  return v.object({
    ...BASE_ENTRIES,
    axes: v.pipe(v.array(v.object({ id: IdSchema, label: TextSchema })), v.minLength(3), v.maxLength(MAX_AXES)),
    series: v.pipe(
      v.array(v.object({ id: IdSchema, label: TextSchema, values, evidence: v.optional(evidence) })),
      v.minLength(1),
      v.maxLength(MAX_SERIES),
    ),
    scale: v.optional(
      v.object({
        min: v.optional(v.number()),
        max: v.optional(v.number()),
        ticks: v.optional(v.pipe(v.array(v.number()), v.maxLength(50))),
        tickLabels: v.optional(tickLabels),
      }),
    ),
  });
}

/** A radar dataset after validation: values aligned with the axes, ready for layout. */
export interface RadarModel {
  readonly base: LocalChartBase;
  readonly axes: readonly { readonly id: string; readonly label: LocalText }[];
  readonly series: readonly {
    readonly id: string;
    readonly label: LocalText;
    /** One per axis, in axis order; `null` is a gap. */
    readonly values: readonly (number | null)[];
    /** One per axis, in axis order. */
    readonly evidence: readonly (LocalEvidence | undefined)[];
  }[];
  readonly scale: {
    readonly min: number;
    readonly max: number;
    readonly ticks: readonly number[];
    /** Level names by value. */
    readonly tickLabels: ReadonlyMap<number, LocalText>;
  };
}

const lenientSchema = radarSchema('lenient');

/** Validates a raw radar dataset: a model and its dropped values, or a coded error. */
export function validateRadar(raw: unknown): Validated<RadarModel> {
  const parsed = parseStructure(lenientSchema, raw);
  if (!parsed.ok) return parsed;
  const data = parsed.output;
  const duplicate = duplicateIdError(data.axes, 'axes') ?? duplicateIdError(data.series, 'series');
  if (duplicate) return { ok: false, error: duplicate };

  const dropped: DroppedValue[] = [];
  const axisIndex = new Map(data.axes.map((axis, i) => [axis.id, i]));
  const axes = data.axes.map((axis) => ({ id: axis.id, label: toLocalText(axis.label) }));

  // Values: numbers stay, null is a gap, anything else is dropped with its reason.
  const series = data.series.map((s) => {
    const label = toLocalText(s.label);
    const values: (number | null)[] = axes.map(() => null);
    for (const [key, value] of ownEntries(s.values)) {
      const index = axisIndex.get(key);
      if (index === undefined) {
        dropped.push({ where: [label, key], value: describeValue(value), reason: 'reasonUnknownRef', params: { what: 'axis', id: key } });
      } else if (value === null) {
        values[index] = null;
      } else if (typeof value !== 'number') {
        dropped.push({ where: [label, axes[index]!.label], value: describeValue(value), reason: 'reasonNotNumber' });
      } else if (!Number.isFinite(value)) {
        dropped.push({ where: [label, axes[index]!.label], value: describeValue(value), reason: 'reasonNotFinite' });
      } else {
        values[index] = value;
      }
    }
    const evidence: (LocalEvidence | undefined)[] = axes.map(() => undefined);
    for (const [key, item] of ownEntries(s.evidence ?? {})) {
      const index = axisIndex.get(key);
      const checked = v.safeParse(EvidenceSchema, item);
      if (index !== undefined && checked.success) evidence[index] = toLocalEvidence(checked.output);
    }
    return { id: s.id, label, values, evidence };
  });

  // Scale: min defaults to 0, max to a nice maximum of the data.
  const rawScale = data.scale ?? {};
  const tickLabels = new Map<number, LocalText>();
  for (const [key, label] of ownEntries(rawScale.tickLabels ?? {})) {
    const value = Number(key);
    const text = v.safeParse(TextSchema, label);
    if (key.trim() !== '' && Number.isFinite(value) && text.success) tickLabels.set(value, toLocalText(text.output));
  }
  const finite = series.flatMap((s) => s.values.filter((x): x is number => x !== null));
  const min = finiteOr(rawScale.min, 0);
  const dataMax = Math.max(min, ...finite, ...tickLabels.keys());
  const max = finiteOr(rawScale.max, nice(min, dataMax > min ? dataMax : min + 1, 10)[1]);
  if (!(max > min)) {
    return { ok: false, error: { code: 'invalid-data', message: `scale: max (${max}) must be greater than min (${min}).`, path: 'scale' } };
  }

  // Values outside the scale would be drawn outside the rim or through the centre: drop them.
  for (const s of series) {
    s.values.forEach((value, index) => {
      if (value !== null && (value < min || value > max)) {
        dropped.push({ where: [s.label, axes[index]!.label], value: describeValue(value), reason: 'reasonOutOfScale', params: { min, max } });
        (s.values as (number | null)[])[index] = null;
      }
    });
  }
  const ticks = (rawScale.ticks ?? (tickLabels.size > 0 ? [...tickLabels.keys()] : niceTicks(min, max, 5)))
    .filter((t) => Number.isFinite(t) && t >= min && t <= max)
    .sort((a, b) => a - b);

  return { ok: true, model: { base: toLocalBase(data), axes, series, scale: { min, max, ticks, tickLabels } }, dropped };
}

function finiteOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? value : fallback;
}
