import { css } from 'lit';

/**
 * Styles of `<mv-chord>`, on top of the shared core styles. A kind's colour comes from its
 * `cN` class (`--_color`). Nothing rests on that colour alone: the fill tells the tone
 * (cooperative ribbons solid; neutral ones a light tint under dots and hostile ones hatched,
 * both SVG patterns set as a `fill` attribute) and the edge's dashes, a `stroke-dasharray`
 * attribute, tell the kinds of one tone apart. Both are attributes, so these rules must not
 * set `fill` on patterned ribbons nor `stroke-dasharray` on any.
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

  /* 1.5 px (was 1): checked on the article at 800–900 px and in the 26 px legend swatch, the
     shortest dashes (2 px) read as dashes, not as a faint line beside the fill. */
  .ribbon {
    fill-opacity: var(--_ribbon-opacity);
    stroke: var(--_color);
    stroke-width: 1.5;
    stroke-linejoin: round;
    cursor: pointer;
    transition: opacity 120ms ease-out;
  }
  /* Neutral and hostile ribbons are filled with their pattern, set as an attribute: a CSS fill would override it. */
  .ribbon.cooperative {
    fill: var(--_color);
  }
  .ribbon.neutral,
  .ribbon.hostile {
    fill-opacity: 1;
  }
  .ribbon.dimmed {
    opacity: 0.12;
  }
  .ribbon.lit,
  .ribbon.active {
    stroke-width: 2.5;
  }
  .ribbon.cooperative.active {
    fill-opacity: 0.85;
  }
  .hatch-bg {
    fill: var(--_color);
    fill-opacity: 0.22;
  }
  .hatch-line,
  .dot {
    fill: var(--_color);
  }
  /* Lighter than a cooperative ribbon: tone shows as well in how much ink a ribbon carries. */
  .dots-bg {
    fill: var(--_color);
    fill-opacity: calc(var(--_ribbon-opacity) * 0.25);
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
    /* Every colour below is a system colour already: keep the patterns and dashes as drawn. */
    svg.chart,
    .swatch {
      forced-color-adjust: none;
    }
    .ribbon {
      stroke: CanvasText;
    }
    .ribbon.cooperative {
      fill: none;
    }
    .ribbon.dimmed {
      opacity: 0.35;
    }
    .ribbon.lit,
    .ribbon.active {
      stroke: Highlight;
    }
    .hatch-bg,
    .dots-bg {
      fill: Canvas;
      fill-opacity: 1;
    }
    .hatch-line,
    .dot {
      fill: CanvasText;
    }
  }
`;
