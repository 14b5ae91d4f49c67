import * as v from 'valibot';
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
  type ChartError,
  type DroppedValue,
  type LocalChartBase,
  type LocalEvidence,
  type LocalText,
  type Validated,
} from '@multivector/core/validation';
import { normaliseWeights } from './compass-layout.js';

/** Fewest poles: below three there is no plane to place a position in. */
export const MIN_POLES = 3;
/** Most poles a compass draws; past it the labels crowd and the shares stop being readable. */
export const MAX_POLES = 8;
/** Most positions a compass draws (docs/architecture.md, "Scale"): past it the element says so. */
export const MAX_POSITIONS = 1000;

const RecordSchema = v.custom<Record<string, unknown>>(isPlainRecord, 'an object');

/**
 * The compass format as a valibot schema. `strict` is the published contract (every weight a
 * number ≥ 0, every evidence item well formed: what a JSON Schema checks before publishing);
 * the element's own runtime uses `lenient`, which lets single bad positions through to be
 * dropped and listed rather than fail the whole chart.
 */
export function compassSchema(mode: 'strict' | 'lenient') {
  const weights = mode === 'strict' ? v.record(IdSchema, v.pipe(v.number(), v.minValue(0))) : RecordSchema;
  const evidence = mode === 'strict' ? v.array(EvidenceSchema) : v.array(v.unknown());
  return v.object({
    ...BASE_ENTRIES,
    poles: v.pipe(v.array(v.object({ id: IdSchema, label: TextSchema })), v.minLength(MIN_POLES), v.maxLength(MAX_POLES)),
    positions: v.pipe(
      v.array(
        v.object({
          id: IdSchema,
          label: TextSchema,
          date: v.optional(v.pipe(v.string(), v.maxLength(64))),
          weights,
          evidence: v.optional(evidence),
        }),
      ),
      v.minLength(mode === 'strict' ? 1 : 0),
      v.maxLength(MAX_POSITIONS),
    ),
    current: v.optional(IdSchema),
  });
}

/** One position after validation: weights aligned with the poles. */
export interface CompassModelPosition {
  readonly id: string;
  readonly label: LocalText;
  readonly date?: string;
  /** One weight per pole, in pole order (missing weights are 0). */
  readonly weights: readonly number[];
  /** The weights scaled to sum to 1. */
  readonly shares: readonly number[];
  readonly evidence: readonly LocalEvidence[];
}

/** A compass dataset after validation, ready for layout. */
export interface CompassModel {
  readonly base: LocalChartBase;
  readonly poles: readonly { readonly id: string; readonly label: LocalText }[];
  /** The positions that can be drawn, in time order. */
  readonly positions: readonly CompassModelPosition[];
  /** Index (into `positions`) of the one the needle starts at; -1 when there is none. */
  readonly current: number;
  /** How many positions were dropped as invalid (listed with their reasons). */
  readonly rejected: number;
}

const lenientSchema = compassSchema('lenient');

/** Checks the list lengths before the schema walks the items, so a huge list fails at once. */
function lengthError(raw: unknown): ChartError | undefined {
  if (!isPlainRecord(raw)) return undefined;
  const { poles, positions } = raw;
  if (Array.isArray(poles) && poles.length < MIN_POLES) {
    return { code: 'too-few', path: 'poles', message: `poles needs at least ${MIN_POLES} items; it has ${poles.length}.` };
  }
  if (Array.isArray(poles) && poles.length > MAX_POLES) {
    return { code: 'too-many', path: 'poles', message: `poles allows at most ${MAX_POLES} items; it has ${poles.length}.` };
  }
  if (Array.isArray(positions) && positions.length > MAX_POSITIONS) {
    return { code: 'too-many', path: 'positions', message: `positions allows at most ${MAX_POSITIONS} items; it has ${positions.length}.` };
  }
  return undefined;
}

/**
 * Validates a raw compass dataset: a model and its dropped values, or a coded error.
 *
 * A position whose weights cannot place it is dropped whole and listed with the reason: a
 * weight that is not a number, not finite or negative, a weight for an unknown pole, or
 * weights that sum to zero. Dropping only the bad weight would move the position (a missing
 * weight counts as 0), so the chart would show a place the data never gave.
 */
export function validateCompass(raw: unknown): Validated<CompassModel> {
  const early = lengthError(raw);
  if (early) return { ok: false, error: early };
  const parsed = parseStructure(lenientSchema, raw);
  if (!parsed.ok) return parsed;
  const data = parsed.output;
  const duplicate = duplicateIdError(data.poles, 'poles') ?? duplicateIdError(data.positions, 'positions');
  if (duplicate) return { ok: false, error: duplicate };
  if (data.current !== undefined && !data.positions.some((p) => p.id === data.current)) {
    return {
      ok: false,
      error: { code: 'unknown-reference', path: 'current', id: data.current, message: `current names an unknown position "${data.current}".` },
    };
  }

  const poles = data.poles.map((pole) => ({ id: pole.id, label: toLocalText(pole.label) }));
  const poleIndex = new Map(poles.map((pole, i) => [pole.id, i]));
  const dropped: DroppedValue[] = [];
  const positions: CompassModelPosition[] = [];
  let current = -1;

  for (const position of data.positions) {
    const label = toLocalText(position.label);
    const weights = poles.map(() => 0);
    const problems: DroppedValue[] = [];
    for (const [key, value] of ownEntries(position.weights)) {
      const index = poleIndex.get(key);
      const where = [label, index === undefined ? key : poles[index]!.label];
      if (index === undefined) problems.push({ where, value: describeValue(value), reason: 'reasonUnknownPole', params: { id: key } });
      else if (typeof value !== 'number') problems.push({ where, value: describeValue(value), reason: 'reasonNotNumber' });
      else if (!Number.isFinite(value)) problems.push({ where, value: describeValue(value), reason: 'reasonNotFinite' });
      else if (value < 0) problems.push({ where, value: describeValue(value), reason: 'reasonNegative' });
      else weights[index] = value;
    }
    const shares = problems.length === 0 ? normaliseWeights(weights) : null;
    if (problems.length === 0 && !shares) {
      problems.push({ where: [label], value: describeValue(position.weights), reason: 'reasonZeroSum' });
    }
    if (problems.length > 0 || !shares) {
      dropped.push(...problems);
      continue;
    }
    const evidence: LocalEvidence[] = [];
    for (const item of position.evidence ?? []) {
      const checked = v.safeParse(EvidenceSchema, item);
      if (checked.success) evidence.push(toLocalEvidence(checked.output));
    }
    if (position.id === data.current) current = positions.length;
    positions.push({
      id: position.id,
      label,
      ...(position.date !== undefined && position.date.trim() !== '' && { date: position.date.trim() }),
      weights,
      shares,
      evidence,
    });
  }
  // The needle starts at `current`, or at the last position when `current` is absent or dropped.
  if (current < 0) current = positions.length - 1;

  return {
    ok: true,
    model: { base: toLocalBase(data), poles, positions, current, rejected: data.positions.length - positions.length },
    dropped,
  };
}
