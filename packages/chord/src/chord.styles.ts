import { css } from 'lit';

/**
 * Styles of `<mv-chord>`, on top of the shared core styles. A kind's colour comes from its
 * `cN` class (`--_color`); its tone sets the rest: cooperative ribbons are filled, neutral ones
 * lighter with a dotted edge, hostile ones hatched (an SVG pattern) with a dashed edge, so
 * that tone never rests on colour alone.
 */
export const chordStyles = css`
  .root {
    --_arc: var(--mv-arc-color, color-mix(in srgb, currentColor 70%, transparent));
    --_band: var(--mv-group-color, color-mix(in srgb, currentColor 14%, transparent));
    --_ribbon-opacity: var(--mv-ribbon-opacity, 0.6);
  }
  svg.chart {
    font-size: 12px;
  }
  svg.chart.fs13 {
    font-size: 13px;
  }
  /* The layout anchors labels by geometry (start = outward on the right half): keep that under
     dir="rtl", where text-anchor would otherwise flip and turn labels into the circle. */
  svg.chart text {
    direction: ltr;
  }

  [part~='arc'] {
    fill: var(--_arc);
    stroke: var(--mv-background, Canvas);
    stroke-width: 0.5;
    cursor: pointer;
  }
  [part~='arc'].highlighted {
    fill: currentColor;
  }
  [part~='group'] {
    fill: var(--_band);
    stroke: none;
    cursor: pointer;
  }
  [part~='group'].highlighted {
    fill: color-mix(in srgb, currentColor 30%, transparent);
  }
  .group-label {
    font-size: inherit;
    dominant-baseline: central;
    pointer-events: none;
  }
  [part~='label'] {
    font-size: inherit;
    cursor: pointer;
  }
  [part~='label'].highlighted {
    font-weight: 700;
  }
  .leader {
    fill: none;
    stroke: var(--_grid);
    stroke-width: 1;
  }

  .ribbon {
    fill-opacity: var(--_ribbon-opacity);
    stroke: var(--_color);
    stroke-width: 1;
    stroke-linejoin: round;
    cursor: pointer;
    transition: opacity 120ms ease-out;
  }
  .ribbon.neutral {
    fill-opacity: calc(var(--_ribbon-opacity) * 0.5);
    stroke-width: 1.5;
    stroke-dasharray: 0.5 3;
    stroke-linecap: round;
  }
  /* A hostile ribbon's fill is its hatch pattern, set as an attribute: a CSS fill would override it. */
  .ribbon:not(.hostile) {
    fill: var(--_color);
  }
  .ribbon.hostile {
    fill-opacity: 1;
    stroke-dasharray: 5 3;
  }
  .ribbon.dimmed {
    opacity: 0.12;
  }
  .ribbon.lit,
  .ribbon.active {
    stroke-width: 2;
  }
  .ribbon.active {
    fill-opacity: 0.85;
  }
  .ribbon.neutral.active,
  .ribbon.neutral.lit {
    stroke-width: 2.5;
  }
  .hatch-bg {
    fill: var(--_color);
    fill-opacity: 0.22;
  }
  .hatch-line {
    fill: var(--_color);
  }
  /* Over the empty circle when every kind is switched off; the legend stays to switch one on. */
  .all-hidden {
    position: absolute;
    inset: 40% 1em auto;
    margin: 0;
    text-align: center;
    color: var(--_muted);
  }

  .swatch {
    flex: none;
    overflow: visible;
    vertical-align: middle;
  }
  .tt-ties {
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
  }
  .tt-ties li,
  [part~='tooltip'] .tt-kind {
    display: flex;
    align-items: center;
    gap: 0.35em;
    margin: 0.1em 0;
  }
  .tt-ties .swatch,
  [part~='tooltip'] .swatch {
    width: 20px;
    height: 11px;
  }
  @container (max-width: 480px) {
    [part~='legend'] {
      gap: 0.2em 0.3em;
    }
    [part~='legend'] button {
      padding: 0.05em 0.35em;
      font-size: max(12px, 0.9em);
    }
  }
  .quote {
    font-style: italic;
  }
  [part~='table'] + [part~='table'] {
    margin-top: 1em;
  }
  [part~='table'] tr[data-hidden='true'] {
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    [part~='arc'] {
      fill: CanvasText;
      stroke: Canvas;
    }
    [part~='arc'].highlighted {
      fill: Highlight;
    }
    [part~='group'] {
      fill: none;
      stroke: CanvasText;
      stroke-width: 1;
    }
    /* Every colour below is a system colour already: keep the hatch patterns as drawn. */
    svg.chart,
    .swatch {
      forced-color-adjust: none;
    }
    .ribbon {
      stroke: CanvasText;
    }
    .ribbon:not(.hostile) {
      fill: none;
    }
    .ribbon.dimmed {
      opacity: 0.35;
    }
    .ribbon.lit,
    .ribbon.active {
      stroke: Highlight;
    }
    .hatch-bg {
      fill: Canvas;
      fill-opacity: 1;
    }
    .hatch-line {
      fill: CanvasText;
    }
  }
`;
