import { css } from 'lit';

/** Styles of `<mv-radar>`, on top of the shared core styles. */
export const radarStyles = css`
  [part~='axis'] {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  [part~='axis'].highlighted {
    stroke: currentColor;
    stroke-width: 2;
  }
  .ring-label {
    fill: var(--_muted);
    font-size: 12px;
  }
  [part~='label'] {
    font-size: inherit;
  }
  [part~='label'].highlighted {
    font-weight: 700;
  }
  [part~='area'] {
    fill: var(--_color);
    fill-opacity: var(--_fill-opacity);
    stroke: none;
    pointer-events: none;
  }
  .outline {
    fill: none;
    stroke: var(--_color);
    stroke-width: var(--mv-line-width, 2);
    stroke-linejoin: round;
    pointer-events: none;
  }
  [part~='point'] {
    fill: var(--_color);
    stroke: var(--mv-background, Canvas);
    stroke-width: 1;
    cursor: pointer;
  }
  .series.dimmed {
    opacity: 0.3;
  }
  .series.emphasised .outline {
    stroke-width: calc(var(--mv-line-width, 2) * 1.75);
  }
  .scale-key {
    margin: 0 0 0.5em;
    font-size: max(12px, 0.88em);
    color: var(--_muted);
  }
  .swatch line {
    stroke: var(--_color);
    stroke-width: 2;
  }
  .swatch path {
    fill: var(--_color);
  }
  @media (forced-colors: active) {
    [part~='point'] {
      stroke: Canvas;
    }
    .series.dimmed {
      opacity: 0.5;
    }
  }
`;
