import type { ChartDataBase, Evidence, Text } from '@multivector/core';

/** One spoke of the radar, e.g. a partner country. */
export interface RadarAxis {
  /** 1–64 characters of `a-z A-Z 0-9 _ -`, unique among the axes. */
  readonly id: string;
  readonly label: Text;
}

/** One polygon of the radar, e.g. one period's reading. */
export interface RadarSeries {
  /** 1–64 characters of `a-z A-Z 0-9 _ -`, unique among the series. */
  readonly id: string;
  readonly label: Text;
  /** Value per axis id; a missing or `null` value is a gap, shown as "no data". */
  readonly values: { readonly [axisId: string]: number | null };
  /** Evidence per axis id: what each value rests on. */
  readonly evidence?: { readonly [axisId: string]: Evidence };
}

/** The radial scale. */
export interface RadarScale {
  /** Lowest value, at the centre. Default 0. */
  readonly min?: number;
  /** Highest value, at the rim. Default: a nice maximum of the data. */
  readonly max?: number;
  /** Values of the rings. Default: nice ticks between min and max. */
  readonly ticks?: readonly number[];
  /** Names of ordinal levels, by value (e.g. `{ "0": "absent", "5": "strategic priority" }`). */
  readonly tickLabels?: { readonly [value: string]: Text };
}

/** The dataset of `<mv-radar>`. */
export interface RadarData extends ChartDataBase {
  /** 3 to 100 axes, drawn clockwise from the top in the given order. */
  readonly axes: readonly RadarAxis[];
  /** 1 to 12 series. */
  readonly series: readonly RadarSeries[];
  readonly scale?: RadarScale;
}
