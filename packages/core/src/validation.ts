import * as v from 'valibot';
import type { LocalText } from './text.js';
import { toLocalText } from './text.js';
import type { Evidence, SourceInfo, Text } from './types.js';
import { safeLinkUrl } from './url.js';

/**
 * Validation at the boundary: every dataset, whatever its way in, passes one validator per
 * chart before layout, so invalid values never reach d3. Structure is checked with valibot
 * schemas (the same schemas produce the published JSON Schemas); single bad values are
 * dropped and listed instead of failing the whole chart.
 */

/** Stable codes of `mv-error` and of the error state. */
export type ErrorCode =
  | 'invalid-json'
  | 'not-object'
  | 'missing-field'
  | 'invalid-data'
  | 'too-few'
  | 'too-many'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'fetch-failed'
  | 'invalid-url'
  | 'render-failed';

/** A dataset that cannot be drawn. `message` is plain English for logs; the UI localises by code. */
export interface ChartError {
  readonly code: ErrorCode;
  readonly message: string;
  /** Where in the dataset, as a dot path (`series.2.values`), when known. */
  readonly path?: string;
  /** The offending id, for `duplicate-id` and `unknown-reference`. */
  readonly id?: string;
  /** The URL, for `fetch-failed` and `invalid-url`. */
  readonly url?: string;
  /** The limit broken, for `too-few` and `too-many`. */
  readonly limit?: number;
  /** How many items there were, for `too-few` and `too-many`. */
  readonly count?: number;
}

/** One value left out of the chart, listed in the data table with its reason. */
export interface DroppedValue {
  /** Where the value was, as readable labels (series, axis …). */
  readonly where: readonly LocalText[];
  /** The value as received, shortened, for display as text. */
  readonly value: string;
  /** Message key of the reason (see `CORE_MESSAGES`), with its parameters. */
  readonly reason: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** The outcome of validating one dataset. */
export type Validated<TModel> =
  | { readonly ok: true; readonly model: TModel; readonly dropped: readonly DroppedValue[] }
  | { readonly ok: false; readonly error: ChartError };

/** Ids: 1–64 characters of `a-z A-Z 0-9 _ -`. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Longest string accepted in any text field; caps the work any string can cause. */
export const MAX_TEXT_LENGTH = 5000;

/** Schema of an id. */
export const IdSchema = v.pipe(v.string(), v.regex(ID_PATTERN, 'an id of 1–64 characters a-z A-Z 0-9 _ -'));

const TextStringSchema = v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH));

/** Schema of {@link Text}: a string, or strings by locale. */
export const TextSchema = v.union(
  [TextStringSchema, v.pipe(v.record(v.pipe(v.string(), v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)), TextStringSchema), v.minEntries(1))],
  'a string, or an object of locale code to string',
);

/** Schema of {@link Evidence}. */
export const EvidenceSchema = v.object({
  quote: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TEXT_LENGTH)),
  note: v.optional(TextSchema),
});

/** Schema of {@link SourceInfo}. The URL is checked again when rendered. */
export const SourceSchema = v.object({
  name: TextSchema,
  title: v.optional(TextSchema),
  url: v.optional(v.pipe(v.string(), v.maxLength(2048))),
  date: v.optional(v.pipe(v.string(), v.maxLength(64))),
});

/** The fields every dataset shares, to spread into a chart's object schema. */
export const BASE_ENTRIES = {
  title: TextSchema,
  description: v.optional(TextSchema),
  source: v.optional(SourceSchema),
  notes: v.optional(TextSchema),
} as const;

/**
 * An object whose keys are ids (values by axis, weights by pole …). Checked by hand rather than
 * with `v.record`, which silently skips keys named `constructor` or `__proto__`: legal ids here.
 */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own entries of a record, `__proto__` included when JSON made it an own key. */
export function ownEntries(record: Record<string, unknown>): [string, unknown][] {
  return Object.keys(record).map((key) => [key, record[key]]);
}

/** Runs a valibot schema and turns its first issue into a coded {@link ChartError}. */
export function parseStructure<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
): { ok: true; output: v.InferOutput<TSchema> } | { ok: false; error: ChartError } {
  if (!isPlainRecord(input)) {
    return { ok: false, error: { code: 'not-object', message: 'The data must be an object.' } };
  }
  const result = v.safeParse(schema, input, { abortEarly: true });
  if (result.success) return { ok: true, output: result.output };
  const issue = result.issues[0];
  const path = v.getDotPath(issue) ?? '';
  const where = path || 'the data';
  let code: ErrorCode = 'invalid-data';
  let message = `${where}: ${issue.message}`;
  let counts: { limit?: number; count?: number } = {};
  if (issue.input === undefined && issue.kind === 'schema') {
    code = 'missing-field';
    message = `${where} is required.`;
  } else if (issue.type === 'min_length' && Array.isArray(issue.input)) {
    code = 'too-few';
    message = `${where} needs at least ${String(issue.requirement)} items; it has ${issue.input.length}.`;
    counts = { limit: Number(issue.requirement), count: issue.input.length };
  } else if (issue.type === 'max_length' && Array.isArray(issue.input)) {
    code = 'too-many';
    message = `${where} allows at most ${String(issue.requirement)} items; it has ${issue.input.length}.`;
    counts = { limit: Number(issue.requirement), count: issue.input.length };
  }
  return { ok: false, error: { code, message, path, ...counts } };
}

/** Finds the first id used twice in `items`, for a `duplicate-id` error. */
export function findDuplicateId(items: readonly { id: string }[]): string | undefined {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

/** Builds the `duplicate-id` error for `path`, or `undefined` when all ids are unique. */
export function duplicateIdError(items: readonly { id: string }[], path: string): ChartError | undefined {
  const id = findDuplicateId(items);
  return id === undefined ? undefined : { code: 'duplicate-id', message: `The id "${id}" is used twice in ${path}.`, path, id };
}

/** Evidence after validation. */
export interface LocalEvidence {
  readonly quote: string;
  readonly note?: LocalText;
}

/** Copies validated evidence into its local form. */
export function toLocalEvidence(evidence: Evidence): LocalEvidence {
  return evidence.note === undefined ? { quote: evidence.quote } : { quote: evidence.quote, note: toLocalText(evidence.note) };
}

/** The shared fields after validation, with the source URL already allow-listed. */
export interface LocalChartBase {
  readonly title: LocalText;
  readonly description?: LocalText;
  readonly notes?: LocalText;
  readonly source?: {
    readonly name: LocalText;
    readonly title?: LocalText;
    /** Only ever an http(s) URL; anything else was refused and is absent. */
    readonly url?: string;
    readonly date?: string;
  };
}

/** Copies the shared fields of a structurally valid dataset into their local form. */
export function toLocalBase(data: { title: Text; description?: Text; notes?: Text; source?: SourceInfo }): LocalChartBase {
  const source = data.source && {
    name: toLocalText(data.source.name),
    ...(data.source.title !== undefined && { title: toLocalText(data.source.title) }),
    ...(safeLinkUrl(data.source.url) !== undefined && { url: safeLinkUrl(data.source.url) }),
    ...(data.source.date !== undefined && { date: data.source.date }),
  };
  return {
    title: toLocalText(data.title),
    ...(data.description !== undefined && { description: toLocalText(data.description) }),
    ...(data.notes !== undefined && { notes: toLocalText(data.notes) }),
    ...(source && { source }),
  };
}

/** Shows any received value as short plain text for the "not shown" list. */
export function describeValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (typeof value === 'number' || typeof value === 'boolean' || value === null) text = String(value);
  else if (value === undefined) text = 'undefined';
  else {
    try {
      text = JSON.stringify(value) ?? typeof value;
    } catch {
      text = typeof value;
    }
  }
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

// Re-exported so that DOM-free consumers (the CLI, build scripts) need only this entry point.
export { estimateTextWidth, resolveText, spacingPx, toLocalText, type LocalText, type TextSpacing } from './text.js';
export { CORE_MESSAGES, createTranslator } from './i18n.js';
