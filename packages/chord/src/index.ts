/**
 * `@multivector/chord`: importing this module registers `<mv-chord>` (once, even when two
 * copies of the library share a page) and exports its class, layout and types.
 */
import { defineElement } from '@multivector/core';
import { MvChord } from './chord.js';

defineElement('mv-chord', MvChord);

export * from './element.js';
