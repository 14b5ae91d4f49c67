import type { LocaleCode } from './types.js';

// Decimal separators of the shipped locales. Intl.NumberFormat is avoided on purpose: its
// first use in a fresh page costs ~80 ms of ICU set-up, paid on the chart's first render.
const DECIMAL_COMMA = new Set(['ru', 'kk', 'de', 'fr', 'es', 'it', 'uk', 'pt', 'tr', 'pl', 'nl']);
// Thousands separators (CLDR): a no-break space where the decimal is a comma and the group a
// space, a full stop where it is a comma and the group a stop; English a comma.
const GROUP_STOP = new Set(['de', 'es', 'it', 'pt', 'tr', 'nl']);

/**
 * Formats a number for readers: at most `digits` decimals, no trailing zeros, thousands
 * grouped (from 1,000 in English, from 10 000 in the others, as CLDR does), a decimal comma
 * where the locale writes one, and a real minus sign.
 */
export function formatNumber(value: number, locale: LocaleCode, digits = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = (Math.round(value * 10 ** digits) / 10 ** digits).toFixed(digits);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  const normal = trimmed === '-0' ? '0' : trimmed;
  const base = locale.split('-')[0] ?? locale;
  const comma = DECIMAL_COMMA.has(base);
  const [whole = '', fraction] = normal.replace(/^-/, '').split('.');
  const group = base === 'en' || !comma ? ',' : GROUP_STOP.has(base) ? '.' : '\u00a0';
  const grouped = whole.length > (base === 'en' || !comma ? 3 : 4) ? whole.replace(/\B(?=(\d{3})+$)/g, group) : whole;
  return `${normal.startsWith('-') ? '−' : ''}${grouped}${fraction === undefined ? '' : `${comma ? ',' : '.'}${fraction}`}`;
}

/** Formats a share in [0, 1] as a whole percentage ("42 %" in ru/kk, with a no-break space; "42%" in en). */
export function formatPercent(share: number, locale: LocaleCode): string {
  const base = locale.split('-')[0] ?? locale;
  const n = formatNumber(share * 100, locale, 0);
  return base === 'en' ? `${n}%` : `${n}\u00a0%`;
}
