import type { LocaleCode, Text } from './types.js';

/**
 * Text after validation: a plain string, or a map of locale to string. A `Map` (never a plain
 * object) so that any locale key in untrusted data, `__proto__` included, is just a key.
 */
export type LocalText = string | ReadonlyMap<LocaleCode, string>;

/** The locales the elements ship their own strings for. */
export const SUPPORTED_LOCALES = ['en', 'ru', 'kk'] as const;

/** One of {@link SUPPORTED_LOCALES}. */
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/**
 * Picks the string to show: the requested locale, else its base language (`ru-RU` → `ru`),
 * else English, else the first entry.
 */
export function resolveText(text: LocalText | undefined, locale: LocaleCode): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const base = locale.split('-')[0] ?? locale;
  return text.get(locale) ?? text.get(base) ?? text.get('en') ?? text.values().next().value ?? '';
}

/** Copies public {@link Text} into a {@link LocalText} without trusting the object's prototype. */
export function toLocalText(text: Text): LocalText {
  if (typeof text === 'string') return text;
  return new Map(Object.entries(text));
}

/** Shortens `text` to at most `max` characters, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

/** A reader's text spacing in px (WCAG 1.4.12), inherited by the labels: layouts widen their width estimates by it. */
export interface TextSpacing {
  /** Added to every character's advance (default 0). */
  readonly letterSpacing?: number;
  /** Added at every space (default 0). */
  readonly wordSpacing?: number;
}

/** A spacing as layouts count it: finite, positive and under 10,000 px, else 0 (tighter text only has more room). */
export function spacingPx(px = 0): number {
  return px > 0 && px < 1e4 ? px : 0;
}

/**
 * The width in px the layouts estimate for `text` set in characters `charWidth` px wide (code
 * points, not UTF-16 units), with the reader's letter spacing on every character and word
 * spacing on every space.
 */
export function estimateTextWidth(text: string, charWidth: number, extra: TextSpacing = {}): number {
  return Array.from(text).length * (charWidth + spacingPx(extra.letterSpacing)) + (text.match(/\s/g)?.length ?? 0) * spacingPx(extra.wordSpacing);
}
