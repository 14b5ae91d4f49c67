/**
 * The public data format shared by every multivector chart (see docs/data-format.md).
 * Field names here are the public contract: changing one is a breaking change.
 */

/** A locale code such as `en`, `ru` or `kk`. */
export type LocaleCode = string;

/**
 * Text shown to readers: a plain string, or one string per locale
 * (`{ "en": "Russia", "ru": "Россия", "kk": "Ресей" }`). The element shows its `locale`,
 * else `en`, else the first entry.
 */
export type Text = string | { readonly [locale: LocaleCode]: string };

/** What a value rests on: a short passage copied verbatim from the source, and why it was read so. */
export interface Evidence {
  /** A short passage copied verbatim from the source (whitespace may be normalised). */
  readonly quote: string;
  /** How the passage was read into the value. */
  readonly note?: Text;
}

/** The "Source:" line under a chart. */
export interface SourceInfo {
  /** Publisher or author, e.g. "A+ Analytics". */
  readonly name: Text;
  /** Title of the piece the data comes from. */
  readonly title?: Text;
  /** Link to the source: only `http:` and `https:` URLs are ever rendered as links. */
  readonly url?: string;
  /** Publication date, ISO 8601 preferred (`2022-02-24`). */
  readonly date?: string;
}

/** Fields every chart's dataset has. */
export interface ChartDataBase {
  /** The chart's accessible name and visible heading. */
  readonly title: Text;
  /** One-paragraph summary, read first by screen readers and shown under the title. */
  readonly description?: Text;
  /** The "Source:" line. */
  readonly source?: SourceInfo;
  /** Method notes, e.g. that values are editorial readings. */
  readonly notes?: Text;
}
