import type { ChartDataBase, Evidence, Text } from '@multivector/core';

/** A state, bloc or organisation on the circle. */
export interface ChordActor {
  /** 1–64 characters of `a-z A-Z 0-9 _ -`, unique among the actors. */
  readonly id: string;
  readonly label: Text;
  readonly kind?: 'state' | 'bloc' | 'organisation';
  /** A grouping such as a bloc (`"west"`), drawn as an outer band. */
  readonly group?: string;
}

/** A kind of tie, in legend order. */
export interface ChordKind {
  /** 1–64 characters of `a-z A-Z 0-9 _ -`, unique among the kinds. */
  readonly id: string;
  readonly label: Text;
  /** Sets the ribbons' fill: solid (`cooperative`), dotted (`neutral`) or hatched (`hostile`); the kinds of one tone differ by their edge's dashes. */
  readonly tone: 'cooperative' | 'neutral' | 'hostile';
}

/** One tie between two actors. */
export interface ChordTie {
  /** Actor id. */
  readonly from: string;
  /** Actor id. */
  readonly to: string;
  /** Kind id. */
  readonly kind: string;
  /** Tie strength, > 0. */
  readonly value: number;
  /** A directed tie runs from `from` to `to`. Default false. */
  readonly directed?: boolean;
  readonly label?: Text;
  readonly evidence?: Evidence;
}

/** The name of a group of actors (e.g. `west`), for its band and the table. */
export interface ChordGroup {
  /** The id actors give as their `group`. */
  readonly id: string;
  readonly label: Text;
}

/** The dataset of `<mv-chord>`. */
export interface ChordData extends ChartDataBase {
  /** 2 to 200 actors. */
  readonly actors: readonly ChordActor[];
  readonly kinds: readonly ChordKind[];
  readonly ties: readonly ChordTie[];
  /** Names of the actors' groups; a group without one shows its id. */
  readonly groups?: readonly ChordGroup[];
}
