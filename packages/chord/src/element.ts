/**
 * The `<mv-chord>` class without registering it, for apps that register elements themselves
 * (scoped registries, another tag name). Importing this module has no side effects.
 */
export { MvChord, abbreviation, groupName } from './chord.js';
export {
  chordLayout,
  circleOrder,
  defaultChordHeight,
  fitLabel,
  layoutLimit,
  roundPath,
  spread,
  textWidth,
  withinLayoutLimit,
  type ChordArc,
  type ChordGroup,
  type ChordLabel,
  type ChordLayout,
  type ChordLayoutActor,
  type ChordLayoutData,
  type ChordLayoutKind,
  type ChordLayoutSize,
  type ChordLayoutTie,
  type ChordPoint,
  type ChordRibbon,
  type ChordSlice,
} from './chord-layout.js';
export {
  validateChord,
  chordSchema,
  ACTOR_KINDS,
  MAX_ACTORS,
  MAX_KINDS,
  MAX_TIES,
  MIN_ACTORS,
  TONES,
  type ChordModel,
  type ChordModelActor,
  type ChordModelKind,
  type ChordModelTie,
} from './chord-data.js';
export type * from './types.js';
