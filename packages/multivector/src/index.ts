/**
 * `multivector`: every chart in one import. Importing it registers `<mv-radar>` (and, as they
 * ship, `<mv-compass>` and `<mv-chord>`) and re-exports their classes and types.
 */
export * from '@multivector/radar';
export * from '@multivector/core';
