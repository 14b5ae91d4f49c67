/**
 * The bundled dataset of `@multivector/data`: A+ Analytics, "Foreign policy of Kazakhstan:
 * Torn Between Scylla and Charybdis" (24 February 2022), read into one dataset per chart.
 * Every value is an editorial reading with a verbatim quote as evidence (docs/method.md).
 * This module defines no element: it imports only types from the chart packages.
 */

/**
 * `<mv-radar>` data: six partners (Russia, China, the United States, the EU, Turkey, Ukraine)
 * on a 0–5 ordinal scale in the 2014 concept, the 2020 concept and the 2022 two-vector outlook.
 */
export { articleRadar } from './radar.js';

/**
 * `<mv-compass>` data: Kazakhstan's position between Russia, China and the West from the 1990s
 * to 24 February 2022 (the current position).
 */
export { articleCompass } from './compass.js';

/**
 * `<mv-chord>` data: the ties the article names between Kazakhstan, Russia, China, the West
 * (United States, EU, NATO, G7), the CSTO, Ukraine, Turkey, Iraq and Afghanistan.
 */
export { articleChord } from './chord.js';

/** The source line the three datasets share (publisher, title in three languages, date). */
export { articleSource } from './source.js';

export type { RadarData } from '@multivector/radar';
export type { CompassData } from '@multivector/compass';
export type { ChordData } from '@multivector/chord';
export type { Evidence, SourceInfo, Text } from '@multivector/core';
