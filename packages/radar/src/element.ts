/**
 * The `<mv-radar>` class without registering it, for apps that register elements themselves
 * (scoped registries, another tag name). Importing this module has no side effects.
 */
export { MvRadar } from './radar.js';
export { radarLayout, defaultRadarHeight, wrapLabel, axisAngle, polar, type RadarLayout, type RadarLayoutInput } from './radar-layout.js';
export { validateRadar, radarSchema, MAX_AXES, MAX_SERIES, type RadarModel } from './radar-data.js';
export type * from './types.js';
