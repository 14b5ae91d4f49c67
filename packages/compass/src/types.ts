import type { ChartDataBase, Evidence, Text } from '@multivector/core';

/** One pole of the compass, e.g. Russia, China or the West. */
export interface CompassPole {
  /** 1–64 characters of `a-z A-Z 0-9 _ -`, unique among the poles. */
  readonly id: string;
  readonly label: Text;
}

/** One position in time: how strongly each pole pulls. */
export interface CompassPosition {
  /** 1–64 characters of `a-z A-Z 0-9 _ -`, unique among the positions. */
  readonly id: string;
  readonly label: Text;
  /** A date or period, ISO 8601 preferred (`2014`, `2021-12`, `2022-02-24`). */
  readonly date?: string;
  /** Weight per pole id, each ≥ 0, with a positive sum. */
  readonly weights: { readonly [poleId: string]: number };
  /** What the position rests on. */
  readonly evidence?: readonly Evidence[];
}

/** The dataset of `<mv-compass>`. */
export interface CompassData extends ChartDataBase {
  /** 3 to 8 poles, spaced evenly on the circle, the first at the top. */
  readonly poles: readonly CompassPole[];
  /** 1 to 1,000 positions in time order. */
  readonly positions: readonly CompassPosition[];
  /** Id of the position the needle points to (default: the last). */
  readonly current?: string;
}
