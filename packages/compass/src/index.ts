/**
 * `@multivector/compass`: importing this module registers `<mv-compass>` (once, even when two
 * copies of the library share a page) and exports its class, layout and types.
 */
import { defineElement } from '@multivector/core';
import { MvCompass } from './compass.js';

defineElement('mv-compass', MvCompass);

export * from './element.js';
