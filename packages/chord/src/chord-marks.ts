import { SERIES_DASHES } from '@multivector/core';
import type { TONES } from './chord-data.js';

/** Hatch angles of hostile kinds, in turn. */
const HATCH_ANGLES = [45, -45, 0, 90] as const;

/**
 * How one kind of tie is drawn without its colour: the fill tells its tone, the edge tells it
 * from the other kinds of that tone.
 */
export interface ChordKindMark {
  readonly tone: (typeof TONES)[number];
  /** The kind's place among the kinds of its tone, from 0. */
  readonly rank: number;
  /** `solid` (cooperative), `dots` (neutral: a light tint under a grid of dots) or `hatch` (hostile). */
  readonly fill: 'solid' | 'dots' | 'hatch';
  /** The hatch's angle in degrees; 0 for the other fills. */
  readonly angle: number;
  /** The edge's `stroke-dasharray`, `''` for a solid edge: the `rank`-th of `SERIES_DASHES`. */
  readonly dash: string;
}

/**
 * The marks of each kind, in kind order. The k-th kind of a tone takes the k-th of the eight
 * `SERIES_DASHES` as its edge, so up to eight kinds of each tone (24 in all) differ without
 * colour. Hostile kinds also turn their hatch, through four angles, shifted by one for each
 * round of eight: the angle and the edge together stay unique up to 32 hostile kinds.
 */
export function kindMarks(kinds: readonly { readonly tone: (typeof TONES)[number] }[]): ChordKindMark[] {
  const counts = { cooperative: 0, neutral: 0, hostile: 0 };
  return kinds.map(({ tone }) => {
    const rank = counts[tone]++;
    const dash = SERIES_DASHES[rank % SERIES_DASHES.length]!;
    if (tone === 'cooperative') return { tone, rank, fill: 'solid', angle: 0, dash };
    if (tone === 'neutral') return { tone, rank, fill: 'dots', angle: 0, dash };
    const round = Math.floor(rank / SERIES_DASHES.length);
    return { tone, rank, fill: 'hatch', angle: HATCH_ANGLES[(rank + round) % HATCH_ANGLES.length]!, dash };
  });
}
