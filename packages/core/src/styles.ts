import { css } from 'lit';

/**
 * Styles every chart shares. Public `--mv-*` custom properties (documented in docs/theming.md)
 * feed private `--_*` variables, so a host overrides one property without knowing the theme.
 * Strokes and text default to `currentColor`: the chart takes the page's text colour.
 */
export const coreStyles = css`
  :host {
    display: block;
    position: relative;
    box-sizing: border-box;
    min-width: 0;
    color: var(--mv-text-color, inherit);
    background: var(--mv-background, transparent);
    font-family: var(--mv-font-family, inherit);
    /* No text under 12 px, whatever the host sets: every smaller size below is max(12px, …). */
    font-size: max(12px, var(--mv-font-size, 14px));
    line-height: 1.4;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
    color: var(--mv-text-color, #1b1b1f);
    background: var(--mv-background, #ffffff);
  }
  :host([theme='dark']) {
    color-scheme: dark;
    color: var(--mv-text-color, #ececf1);
    background: var(--mv-background, #16161a);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .root {
    --_muted: var(--mv-muted-color, color-mix(in srgb, currentColor 68%, transparent));
    --_grid: var(--mv-grid-color, color-mix(in srgb, currentColor 38%, transparent));
    --_focus: var(--mv-focus-color, #1a5fd0);
    --_surface: var(--mv-tooltip-background, #ffffff);
    --_surface-text: var(--mv-tooltip-color, #1b1b1f);
    --_series-1: var(--mv-series-1, #0a62a8);
    --_series-2: var(--mv-series-2, #b8470b);
    --_series-3: var(--mv-series-3, #00765a);
    --_series-4: var(--mv-series-4, #9c3d7a);
    --_series-5: var(--mv-series-5, #6b5a00);
    --_series-6: var(--mv-series-6, #5448b0);
    --_series-7: var(--mv-series-7, #a3262f);
    --_series-8: var(--mv-series-8, #2f6b2a);
    --_fill-opacity: var(--mv-area-opacity, 0.12);
    margin: 0;
    padding: var(--mv-padding, 0);
  }
  .root.dark {
    --_focus: var(--mv-focus-color, #8ab4ff);
    --_surface: var(--mv-tooltip-background, #26262c);
    --_surface-text: var(--mv-tooltip-color, #ececf1);
    --_series-1: var(--mv-series-1, #5cb3f0);
    --_series-2: var(--mv-series-2, #f08c4a);
    --_series-3: var(--mv-series-3, #3fcf9f);
    --_series-4: var(--mv-series-4, #e58cc6);
    --_series-5: var(--mv-series-5, #e3cc4a);
    --_series-6: var(--mv-series-6, #a99cff);
    --_series-7: var(--mv-series-7, #ff7b84);
    --_series-8: var(--mv-series-8, #8fd67e);
    --_fill-opacity: var(--mv-area-opacity, 0.18);
  }

  /* Colour slots: an element with class cN draws in the theme's Nth series colour. */
  .c0 {
    --_color: var(--_series-1);
  }
  .c1 {
    --_color: var(--_series-2);
  }
  .c2 {
    --_color: var(--_series-3);
  }
  .c3 {
    --_color: var(--_series-4);
  }
  .c4 {
    --_color: var(--_series-5);
  }
  .c5 {
    --_color: var(--_series-6);
  }
  .c6 {
    --_color: var(--_series-7);
  }
  .c7 {
    --_color: var(--_series-8);
  }

  [part~='title'] {
    margin: 0 0 0.25em;
    font-size: var(--mv-title-size, 1.15em);
    font-weight: 700;
    line-height: 1.25;
  }
  [part~='description'] {
    margin: 0 0 0.75em;
    max-width: 65ch;
  }
  [part~='footer'] {
    margin-top: 0.5em;
    font-size: max(12px, 0.9em);
    color: var(--_muted);
  }
  [part~='footer'] p {
    margin: 0.2em 0;
  }
  [part~='footer'] a {
    color: inherit;
  }

  .plot {
    position: relative;
    width: 100%;
  }
  svg {
    display: block;
    overflow: visible;
    font-size: max(12px, var(--_label-size, 12px));
  }
  svg text {
    fill: currentColor;
  }
  svg.swatch {
    display: inline-block;
    vertical-align: middle;
    overflow: visible;
  }
  svg:focus {
    outline: none;
  }
  [part~='grid'] {
    fill: none;
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .hit {
    fill: transparent;
    stroke: none;
    cursor: pointer;
  }
  .focusable:focus {
    outline: none;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3;
    pointer-events: none;
  }
  .focus-halo {
    fill: none;
    stroke: var(--mv-background, Canvas);
    stroke-width: 6;
    pointer-events: none;
  }

  [part~='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    margin: 0 0 0.5em;
    padding: 0;
  }
  [part~='legend'] button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 24px;
    padding: 0.15em 0.5em;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_grid);
    border-radius: 4px;
    cursor: pointer;
  }
  [part~='legend'] button[aria-pressed='false'] {
    text-decoration: line-through;
    color: var(--_muted);
  }
  [part~='legend'] button[aria-pressed='false'] svg {
    opacity: 0.4;
  }
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  [part~='tooltip'] {
    position: absolute;
    z-index: 1;
    max-width: min(22em, 90%);
    padding: 0.5em 0.65em;
    font-size: max(12px, 0.92em);
    color: var(--_surface-text);
    background: var(--_surface);
    border: 1px solid var(--_grid);
    border-radius: 6px;
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.18);
    pointer-events: auto;
  }
  [part~='tooltip'] p {
    margin: 0.15em 0;
  }
  [part~='tooltip'] .tt-title {
    font-weight: 700;
  }
  [part~='tooltip'] q,
  [part~='table'] q {
    font-style: italic;
  }
  [part~='tooltip'] .tt-note,
  [part~='table'] .note {
    color: color-mix(in srgb, currentColor 80%, transparent);
    font-size: max(12px, 0.95em);
  }

  [part~='error'],
  [part~='empty'],
  [part~='loading'] {
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-height: var(--mv-state-min-height, 12em);
    padding: 1em;
    border: 1px dashed var(--_grid);
    border-radius: 6px;
  }
  [part~='error'] p,
  [part~='empty'] p,
  [part~='loading'] p {
    margin: 0.2em 0;
  }
  [part~='error'] .code {
    font-family: ui-monospace, monospace;
    font-size: max(12px, 0.85em);
    color: var(--_muted);
  }

  .table-toggle {
    margin-top: 0.5em;
    min-height: 24px;
    padding: 0.2em 0.6em;
    font: inherit;
    font-size: max(12px, 0.9em);
    color: inherit;
    background: transparent;
    border: 1px solid var(--_grid);
    border-radius: 4px;
    cursor: pointer;
  }
  .table-wrap {
    margin-top: 0.5em;
    overflow-x: auto;
  }
  [part~='table'] {
    border-collapse: collapse;
    font-size: max(12px, 0.9em);
  }
  [part~='table'] caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.3em;
  }
  [part~='table'] th,
  [part~='table'] td {
    padding: 0.3em 0.6em;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_grid);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .root {
      --_grid: GrayText;
      --_muted: CanvasText;
      --_focus: Highlight;
      --_surface: Canvas;
      --_surface-text: CanvasText;
      --_series-1: CanvasText;
      --_series-2: CanvasText;
      --_series-3: CanvasText;
      --_series-4: CanvasText;
      --_series-5: CanvasText;
      --_series-6: CanvasText;
      --_series-7: CanvasText;
      --_series-8: CanvasText;
      --_fill-opacity: 0;
    }
    svg text {
      fill: CanvasText;
    }
  }
`;
