import * as v from 'valibot';
import {
  BASE_ENTRIES,
  describeValue,
  duplicateIdError,
  EvidenceSchema,
  IdSchema,
  isPlainRecord,
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
import { layoutLimit } from './chord-layout.js';

/** Shortens an unknown id for the "not shown" list (ids are free text until checked). */
function clip(text: string, max = 64): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Fewest actors a chord diagram draws. */
export const MIN_ACTORS = 2;
/** Most actors a chord diagram draws (the layout's limit); past it the element says so. */
export const MAX_ACTORS = layoutLimit;
/** Most kinds of tie: a legend longer than this is no longer read. */
export const MAX_KINDS = 32;
/**
 * Most ties. Each tie is one SVG path: 5,000 of them take about a second to draw on a laptop,
 * past which the element says so instead of freezing the page.
 */
export const MAX_TIES = 5000;

/** The tones a kind of tie can have. */
export const TONES = ['cooperative', 'neutral', 'hostile'] as const;
/** What an actor can be. */
export const ACTOR_KINDS = ['state', 'bloc', 'organisation'] as const;

/**
 * The chord format as a valibot schema. `strict` is the published contract (ids that name known
 * actors and kinds are checked by a pipeline after it; values positive numbers); the element
 * runs `lenient`, which lets single bad ties through to be dropped and listed, not fail the chart.
 */
export function chordSchema(mode: 'strict' | 'lenient') {
  const strict = mode === 'strict';
  const ref = strict ? IdSchema : v.pipe(v.string(), v.maxLength(1000));
  return v.object({
    ...BASE_ENTRIES,
    actors: v.pipe(
      v.array(
        v.object({
          id: IdSchema,
          label: TextSchema,
          kind: v.optional(v.picklist(ACTOR_KINDS)),
          group: v.optional(IdSchema),
        }),
      ),
      v.minLength(MIN_ACTORS),
      v.maxLength(MAX_ACTORS),
    ),
    kinds: v.pipe(v.array(v.object({ id: IdSchema, label: TextSchema, tone: v.picklist(TONES) })), v.maxLength(MAX_KINDS)),
    groups: v.optional(v.pipe(v.array(v.object({ id: IdSchema, label: TextSchema })), v.maxLength(MAX_ACTORS))),
    ties: v.pipe(
      v.array(
        v.object({
          from: ref,
          to: ref,
          kind: ref,
          value: strict ? v.pipe(v.number(), v.finite(), v.gtValue(0)) : v.unknown(),
          directed: v.optional(v.boolean()),
          label: v.optional(TextSchema),
          evidence: v.optional(strict ? EvidenceSchema : v.unknown()),
        }),
      ),
      v.maxLength(MAX_TIES),
    ),
  });
}

/** An actor after validation. */
export interface ChordModelActor {
  readonly id: string;
  readonly label: LocalText;
  readonly kind?: (typeof ACTOR_KINDS)[number];
  readonly group?: string;
}

/** A kind after validation. */
export interface ChordModelKind {
  readonly id: string;
  readonly label: LocalText;
  readonly tone: (typeof TONES)[number];
}

/** A tie after validation: actors and kind as indices. */
export interface ChordModelTie {
  /** Position in `ties` of the model (not of the raw data, where dropped ties are counted). */
  readonly index: number;
  /** `from/to/kind`: unique among the model's ties, handed out in `mv-select`. */
  readonly key: string;
  readonly from: number;
  readonly to: number;
  readonly kind: number;
  readonly value: number;
  readonly directed: boolean;
  readonly label?: LocalText;
  readonly evidence?: LocalEvidence;
}

/** A chord dataset after validation. */
export interface ChordModel {
  readonly base: LocalChartBase;
  readonly actors: readonly ChordModelActor[];
  readonly kinds: readonly ChordModelKind[];
  readonly ties: readonly ChordModelTie[];
  /** Group ids in the order they first appear among the actors. */
  readonly groups: readonly string[];
  /** Names of groups given in the data's `groups`, by id. */
  readonly groupLabels: ReadonlyMap<string, LocalText>;
}

const lenientSchema = chordSchema('lenient');

/** Validates a raw chord dataset: a model and its dropped ties, or a coded error. */
export function validateChord(raw: unknown): Validated<ChordModel> {
  const limit = checkLimits(raw);
  if (limit) return { ok: false, error: limit };
  const parsed = parseStructure(lenientSchema, raw);
  if (!parsed.ok) return parsed;
  const data = parsed.output;
  const duplicate = duplicateIdError(data.actors, 'actors') ?? duplicateIdError(data.kinds, 'kinds');
  if (duplicate) return { ok: false, error: duplicate };

  const actors: ChordModelActor[] = data.actors.map((a) => ({
    id: a.id,
    label: toLocalText(a.label),
    ...(a.kind !== undefined && { kind: a.kind }),
    ...(a.group !== undefined && { group: a.group }),
  }));
  const kinds: ChordModelKind[] = data.kinds.map((k) => ({ id: k.id, label: toLocalText(k.label), tone: k.tone }));
  const actorIndex = new Map(actors.map((a, i) => [a.id, i]));
  const kindIndex = new Map(kinds.map((k, i) => [k.id, i]));

  const dropped: DroppedValue[] = [];
  const ties: ChordModelTie[] = [];
  const anySeen = new Set<string>();
  const undirectedSeen = new Set<string>();
  const directedSeen = new Set<string>();
  for (const tie of data.ties) {
    const from = actorIndex.get(tie.from);
    const to = actorIndex.get(tie.to);
    const kind = kindIndex.get(tie.kind);
    const where = [
      from === undefined ? clip(tie.from) : actors[from]!.label,
      to === undefined ? clip(tie.to) : actors[to]!.label,
      kind === undefined ? clip(tie.kind) : kinds[kind]!.label,
    ];
    const drop = (reason: string, params?: Record<string, string | number>) =>
      dropped.push({ where, value: describeValue(tie.value), reason, ...(params && { params }) });
    const value = tie.value;
    if (from === undefined) drop('reasonUnknownActor', { id: clip(tie.from) });
    else if (to === undefined) drop('reasonUnknownActor', { id: clip(tie.to) });
    else if (kind === undefined) drop('reasonUnknownKind', { id: clip(tie.kind) });
    else if (from === to) drop('reasonSelfTie');
    else if (typeof value !== 'number') drop('reasonNotNumber');
    else if (!Number.isFinite(value)) drop('reasonNotFinite');
    else if (!(value > 0)) drop('reasonNotPositive');
    else {
      const directed = tie.directed === true;
      // One tie of a kind between a pair; only two directed ties may run opposite ways.
      const pair = `${Math.min(from, to)}~${Math.max(from, to)}:${kind}`;
      const arrow = `${from}>${to}:${kind}`;
      if (directed ? undirectedSeen.has(pair) || directedSeen.has(arrow) : anySeen.has(pair)) {
        drop('reasonDuplicateTie');
        continue;
      }
      anySeen.add(pair);
      if (directed) directedSeen.add(arrow);
      else undirectedSeen.add(pair);
      let evidence: LocalEvidence | undefined;
      if (tie.evidence !== undefined) {
        const checked = v.safeParse(EvidenceSchema, tie.evidence);
        if (checked.success) evidence = toLocalEvidence(checked.output);
        else dropped.push({ where, value: describeValue(tie.evidence), reason: 'reasonBadEvidence' });
      }
      ties.push({
        index: ties.length,
        key: `${actors[from]!.id}/${actors[to]!.id}/${kinds[kind]!.id}`,
        from,
        to,
        kind,
        value,
        directed,
        ...(tie.label !== undefined && { label: toLocalText(tie.label) }),
        ...(evidence && { evidence }),
      });
    }
  }

  const groups: string[] = [];
  for (const a of actors) if (a.group !== undefined && !groups.includes(a.group)) groups.push(a.group);
  const groupLabels = new Map((data.groups ?? []).map((group) => [group.id, toLocalText(group.label)] as const));
  return { ok: true, model: { base: toLocalBase(data), actors, kinds, ties, groups, groupLabels }, dropped };
}

/**
 * Checks the documented limits before the structure, with a message that says what the limit
 * is: a 10,000-actor dataset is refused at once, not walked through.
 */
function checkLimits(raw: unknown): ChartError | undefined {
  if (!isPlainRecord(raw)) return undefined;
  const count = (key: string) => {
    const list = raw[key];
    return Array.isArray(list) ? list.length : undefined;
  };
  const actors = count('actors');
  if (actors !== undefined && actors < MIN_ACTORS) {
    return {
      code: 'too-few',
      message: `A chord diagram needs at least ${MIN_ACTORS} actors; the data has ${actors}.`,
      path: 'actors',
      limit: MIN_ACTORS,
      count: actors,
    };
  }
  const limits: [string, number | undefined, number][] = [
    ['actors', actors, MAX_ACTORS],
    ['kinds', count('kinds'), MAX_KINDS],
    ['ties', count('ties'), MAX_TIES],
  ];
  for (const [what, n, max] of limits) {
    if (n !== undefined && n > max) {
      return {
        code: 'too-many',
        message: `A chord diagram draws at most ${max} ${what}; the data has ${n}.`,
        path: what,
        limit: max,
        count: n,
      };
    }
  }
  return undefined;
}
