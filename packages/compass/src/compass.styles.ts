import { css } from 'lit';

/** Styles of `<mv-compass>`, on top of the shared core styles. */
export const compassStyles = css`
  .root {
    --_trail: var(--mv-trail-color, var(--_series-1));
    --_needle: var(--mv-needle-color, var(--_series-2));
    --_line: var(--mv-line-width, 2);
  }
  [part~='grid'].spoke {
    stroke-dasharray: 2 4;
  }
  [part~='grid'].share {
    stroke-dasharray: 1 3;
  }
  [part~='grid'].outline {
    stroke: color-mix(in srgb, currentColor 60%, transparent);
    stroke-width: 1.5;
  }
  [part~='label'] {
    paint-order: stroke;
    stroke: var(--mv-background, Canvas);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  [part~='guide-label'] {
    fill: var(--_muted);
  }
  [part~='pole-label'] {
    font-weight: 600;
  }
  [part~='pole-label'].highlighted {
    font-weight: 800;
    text-decoration: underline;
  }
  [part~='pole'] {
    fill: currentColor;
  }
  [part~='pole'].highlighted {
    r: 6px;
  }
  [part~='trail'] {
    fill: none;
    stroke: var(--_trail);
    stroke-width: var(--_line);
    stroke-linejoin: round;
    stroke-opacity: 0.75;
  }
  [part~='trail'].dense {
    stroke-width: calc(var(--_line) / 2);
  }
  [part~='arrow'] {
    fill: var(--_trail);
  }
  [part~='needle'] {
    fill: var(--_needle);
    stroke: var(--_needle);
  }
  [part~='needle'].shaft {
    fill: none;
    stroke-width: calc(var(--_line) * 2);
    stroke-linecap: round;
  }
  [part~='needle'].head {
    stroke-width: 1;
    stroke-linejoin: round;
  }
  [part~='needle'].hub {
    fill: currentColor;
    stroke: none;
  }
  [part~='point'] {
    fill: var(--_trail);
    stroke: var(--mv-background, Canvas);
    stroke-width: 1;
    cursor: pointer;
  }
  [part~='point'].current {
    fill: var(--_needle);
    stroke-width: 2;
  }
  [part~='point'].dimmed {
    opacity: 0.3;
  }
  .chart {
    touch-action: manipulation;
  }

  .legend {
    list-style: none;
    font-size: max(12px, 0.88em);
    color: var(--_muted);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    margin-inline-end: 0.6em;
  }
  .swatch .key-point,
  .swatch .key-arrow {
    fill: var(--_trail);
  }
  .swatch .key-trail {
    stroke: var(--_trail);
    stroke-width: 2;
    fill: none;
  }
  .swatch .key-needle {
    stroke: var(--_needle);
    stroke-width: 3;
  }
  .swatch .key-needle-head {
    fill: var(--_needle);
  }
  .swatch .key-ring {
    fill: none;
    stroke: var(--_grid);
  }
  .swatch .key-number {
    fill: currentColor;
    font-size: 12px;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-top: 0.4em;
  }
  .stepper {
    display: flex;
    align-items: center;
    gap: 0.35em;
  }
  .stepper button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 32px;
    min-height: 32px;
    padding: 0;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_grid);
    border-radius: 4px;
    cursor: pointer;
  }
  .stepper button svg {
    fill: currentColor;
  }
  .stepper button[aria-disabled='true'] {
    cursor: default;
    color: var(--_muted);
    border-style: dashed;
  }
  .step-status {
    font-variant-numeric: tabular-nums;
    margin-inline-start: 0.25em;
  }
  .reading {
    margin: 0.35em 0 0;
  }
  .reading p {
    margin: 0.1em 0;
  }
  .reading .narration {
    color: var(--_muted);
  }
  :host(:not([show-table])) .table-scroll {
    content-visibility: auto;
    contain-intrinsic-size: auto 20em;
  }
  [part~='table'] .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  [part~='table'] .evidence {
    margin: 0 0 0.4em;
    min-width: 14em;
  }
  .tt-item + .tt-item {
    margin-top: 0.4em;
    padding-top: 0.4em;
    border-top: 1px solid var(--_grid);
  }

  @media (forced-colors: active) {
    .root {
      --_trail: CanvasText;
      --_needle: Highlight;
    }
    [part~='point'] {
      stroke: Canvas;
    }
    [part~='point'].dimmed {
      opacity: 0.5;
    }
    [part~='label'] {
      stroke: Canvas;
    }
    .stepper button {
      border-color: ButtonText;
    }
    .stepper button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
