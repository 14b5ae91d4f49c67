/**
 * URL allow-lists. Lit escapes text and attributes but passes `javascript:` URLs through
 * `href=${…}` untouched, so every URL from data is checked here first.
 */

const LINK_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * Returns the absolute URL when `raw` is an http(s) URL that is safe to render as a link,
 * else `undefined`.
 */
export function safeLinkUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.length > 2048) return undefined;
  try {
    const url = new URL(raw);
    return LINK_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Resolves a dataset `src` against the page: http, https or a relative URL. Returns `undefined`
 * for any other scheme (`javascript:`, `data:`, `file:` …).
 */
export function safeFetchUrl(raw: string, base: string): string | undefined {
  if (raw.length > 2048) return undefined;
  try {
    const url = new URL(raw, base);
    return LINK_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
