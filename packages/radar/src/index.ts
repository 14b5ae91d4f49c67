/**
 * `@multivector/radar`: importing this module registers `<mv-radar>` (once, even when two
 * copies of the library share a page) and exports its class, layout and types.
 */
import { defineElement } from '@multivector/core';
import { MvRadar } from './radar.js';

defineElement('mv-radar', MvRadar);

export * from './element.js';
