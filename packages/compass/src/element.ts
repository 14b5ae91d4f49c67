/**
 * The `<mv-compass>` class without registering it, for apps that register elements themselves
 * (scoped registries, another tag name). Importing this module has no side effects.
 */
export { MvCompass } from './compass.js';
export {
  compassLayout,
  polePlaces,
  toCartesian,
  invert,
  balanceDistance,
  nearestPole,
  towardPoles,
  type CompassLayout,
  type CompassLayoutInput,
  type CompassSize,
  type Point as CompassPoint,
} from './compass-layout.js';
export { validateCompass, compassSchema, MIN_POLES, MAX_POLES, MAX_POSITIONS, type CompassModel } from './compass-data.js';
export type * from './types.js';
