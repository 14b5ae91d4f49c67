/**
 * `multivector`: every chart in one import. Importing it registers `<mv-radar>`,
 * `<mv-compass>` and `<mv-chord>` (once each, even with two copies on a page) and re-exports
 * their classes, layouts and types.
 */
export * from '@multivector/core';
export * from '@multivector/radar';
export * from '@multivector/compass';
export * from '@multivector/chord';
