import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, symbolCross, symbolTimes } from 'd3-shape';

/**
 * How series are told apart without colour alone: each series has a colour, a dash pattern
 * and a marker shape, all three cycling with its index.
 */

/** Stroke dash patterns by series index (`''` = solid). */
export const SERIES_DASHES = ['', '7 4', '2 3', '9 3 2 3', '4 4', '12 4', '2 6', '6 2 2 2 2 2'] as const;

const SYMBOLS = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolStar, symbolWye, symbolCross, symbolTimes];

/** Marker shape names by series index, for tests and docs. */
export const SERIES_MARKERS = ['circle', 'square', 'triangle', 'diamond', 'star', 'wye', 'cross', 'times'] as const;

/** The class that gives an element series `index`'s colour (`--_color`), following the theme and `--mv-series-N`. */
export function seriesColor(index: number): string {
  return `c${index % 8}`;
}

const markerCache = new Map<string, string>();

/** The path of series `index`'s marker, centred on 0,0, with an area of about `size` px². */
export function markerPath(index: number, size: number): string {
  const key = `${index % SYMBOLS.length}:${size}`;
  let path = markerCache.get(key);
  if (path === undefined) {
    path = symbol(SYMBOLS[index % SYMBOLS.length], size)() ?? '';
    markerCache.set(key, path);
  }
  return path;
}
