import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import {
  MvChartElement,
  ToggleLegend,
  formatNumber,
  markerPath,
  prefersReducedMotion,
  SERIES_DASHES,
  seriesColor,
  toggled,
  boxAround,
  unionBox,
  type MessageCatalog,
  type Validated,
} from '@multivector/core';
import { defaultRadarHeight, radarLayout, type RadarLayout } from './radar-layout.js';
import { validateRadar, type RadarModel } from './radar-data.js';
import { RADAR_MESSAGES } from './radar-messages.js';
import { radarStyles } from './radar.styles.js';

/** How long a data change animates when motion is allowed, in ms. */
const TWEEN_MS = 450;
const MARKER_SIZE = 64;
/** Pixels the tooltip keeps clear around the end of the axis it compares. */
const AXIS_END_CLEARANCE = 6;

interface FocusKey {
  readonly series: number;
  readonly axis: number;
}

/**
 * The partner-alignment radar: one axis per partner, one polygon per period, on a shared
 * (often ordinal) scale. Every value can carry its evidence, shown in the tooltip and the table.
 *
 * Data comes from the `data` property, a child `<script type="application/json">`, or `src`.
 *
 * @tagname mv-radar
 * @summary Partner-alignment radar: axes are partners, one polygon per period.
 *
 * @fires mv-highlight - The reader hovered or focused an axis (`detail.id`, or null when cleared). Not fired when code sets `highlight`.
 * @fires mv-select - The reader clicked, or pressed Enter or Space on, a value (`detail.id` is the axis, `detail.series`, `detail.value`).
 * @fires mv-ready - The chart was drawn for new data (`detail.state`: `ready` or `empty`; `detail.dropped`).
 * @fires mv-error - The dataset could not be drawn (`detail.code`, `detail.message`, `detail.url`).
 *
 * @csspart figure - The outer wrapper.
 * @csspart title - The chart title.
 * @csspart description - The summary under the title.
 * @csspart legend - The series toggles.
 * @csspart grid - The rings.
 * @csspart axis - Each axis line.
 * @csspart label - Each axis label.
 * @csspart area - Each series polygon.
 * @csspart point - Each value marker.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data table.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart footer - Source line and notes.
 * @csspart error - The error message.
 * @csspart empty - The "No data" message.
 *
 * @cssprop [--mv-text-color=inherit] - Text and stroke colour (defaults to the page's).
 * @cssprop [--mv-background=transparent] - Background (white or near-black under `theme="light"`/`"dark"`).
 * @cssprop [--mv-font-family=inherit] - Font.
 * @cssprop [--mv-font-size=14px] - Base font size; axis labels are never under 12px.
 * @cssprop [--mv-series-1=#0a62a8] - Colour of series 1 (likewise `--mv-series-2` … `--mv-series-8`).
 * @cssprop [--mv-grid-color=color-mix(currentColor 38%)] - Rings and axes.
 * @cssprop [--mv-focus-color=#1a5fd0] - Keyboard focus ring.
 * @cssprop [--mv-area-opacity=0.12] - Fill opacity of the polygons.
 * @cssprop [--mv-line-width=2] - Stroke width of the polygons.
 * @cssprop [--mv-tooltip-background=#ffffff] - Tooltip background.
 *
 * @slot - Fallback content (an image, a table, a link) shown until the element upgrades; a child `<script type="application/json">` is read as the dataset.
 */

export class MvRadar extends MvChartElement<RadarModel> {
  static override styles = [MvChartElement.styles, radarStyles];

  @state() private hiddenSeries: ReadonlySet<string> = new Set();
  private readonly legend = new ToggleLegend(this, {
    toggled: (index) => {
      const series = this.model?.series[index];
      if (series) this.toggleSeries(series.id);
    },
    pointed: (index) => this.userHighlight(index === null ? null : (this.model?.series[index]?.id ?? null)),
  });
  @state() private focusKey: FocusKey | null = null;
  @state() private focusVisible = false;
  @state() private tooltipAxis: number | null = null;
  @state() private tweenT = 1;

  private layout?: RadarLayout;
  private previousModel?: RadarModel;
  private tweenFrom?: ReadonlyMap<string, readonly (number | null)[]>;
  private tweenFrame = 0;

  protected override get messages(): MessageCatalog {
    return RADAR_MESSAGES;
  }

  protected override validate(raw: unknown): Validated<RadarModel> {
    return validateRadar(raw);
  }

  protected override isEmpty(model: RadarModel): boolean {
    return model.series.every((s) => s.values.every((value) => value === null));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTween();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const model = this.model;
    if (model !== this.previousModel) {
      this.onModelChange(this.previousModel, model);
      this.previousModel = model;
    }
    this.layout = model && this.chartWidth > 0 ? this.computeLayout(model) : undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.placeTooltip();
  }

  protected override plotHeightHint(width: number): number {
    return defaultRadarHeight(width);
  }

  protected override renderChart(model: RadarModel): TemplateResult {
    const layout = this.layout;
    if (!layout) return html`<div class="plot"></div>`;
    const highlight = new Set(this.highlightIds);
    return html`${this.renderLegend(model)} ${this.renderScaleKey(model)}
      ${this.renderPlot(
        model,
        { width: layout.width, height: layout.height, fontSize: this.labelFontSize },
        svg`          <g aria-hidden="true">
            ${layout.rings.map((ring) => svg`<path part="grid" d=${ring.path}></path>`)}
            ${layout.axes.map(
              (axis) =>
                svg`<line part="axis" class=${highlight.has(axis.id) ? 'highlighted' : ''} x1=${layout.cx} y1=${layout.cy} x2=${axis.x} y2=${axis.y}></line>`,
            )}
            ${layout.rings.map((ring) =>
              ring.labelHidden ? nothing : svg`<text class="ring-label" x=${ring.labelX} y=${ring.labelY}>${formatNumber(ring.value, this.language)}</text>`,
            )}
            ${layout.axes.map(
              (axis) =>
                svg`<path class="hit" data-axis=${axis.index} d=${axis.hitPath} transform="translate(${layout.cx},${layout.cy})"></path>`,
            )}
          </g>
          ${this.renderSeries(model, layout, highlight)}
          <g aria-hidden="true">
            ${layout.axes.map((axis) =>
              axis.label.hidden
                ? nothing
                : svg`<text part="label" class=${highlight.has(axis.id) ? 'highlighted' : ''} text-anchor=${axis.label.anchor}>${axis.label.lines.map(
                    (line, i) => svg`<tspan x=${axis.label.x} y=${axis.label.lineY[i]!}>${line}</tspan>`,
                  )}</text>`,
            )}
          </g>
          ${this.renderFocusRing(layout)}`,
        this.renderTooltip(model, layout),
      )}`;
  }

  protected override renderTable(model: RadarModel): TemplateResult {
    return html`<table part="table">
      <caption>
        ${this.text(model.base.title)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${this.t('axis')}</th>
          ${model.series.map((s) => html`<th scope="col">${this.text(s.label)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${model.axes.map(
          (axis, a) =>
            html`<tr>
              <th scope="row">${this.text(axis.label)}</th>
              ${model.series.map((s) => {
                const evidence = s.evidence[a];
                return html`<td>
                  <span class="value">${this.formatValue(model, s.values[a] ?? null)}</span>
                  ${evidence
                    ? html`<br /><q>${evidence.quote}</q>${evidence.note ? html`<br /><span class="note">${this.text(evidence.note)}</span>` : nothing}`
                    : nothing}
                </td>`;
              })}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  protected override csvRows(model: RadarModel): string[][] {
    return [
      [this.t('axis'), ...model.series.map((s) => this.text(s.label))],
      ...model.axes.map((axis, a) => [this.text(axis.label), ...model.series.map((s) => (s.values[a] === null ? '' : String(s.values[a])))]),
    ];
  }

  private get labelFontSize(): number {
    return this.chartWidth < 480 ? 12 : 13;
  }

  private computeLayout(model: RadarModel): RadarLayout {
    const t = this.tweenT;
    const from = t < 1 ? this.tweenFrom : undefined;
    return radarLayout(
      {
        axes: model.axes.map((axis) => ({ id: axis.id, label: this.text(axis.label) })),
        series: model.series
          .filter((s) => !this.hiddenSeries.has(s.id))
          .map((s) => {
            const start = from?.get(s.id);
            return {
              id: s.id,
              values: start ? s.values.map((to, i) => tween(start[i] ?? null, to, t)) : s.values,
            };
          }),
        scale: model.scale,
      },
      {
        width: this.chartWidth,
        fontSize: this.labelFontSize,
        ...this.textSpacing(),
      },
    );
  }

  private renderSeries(model: RadarModel, layout: RadarLayout, highlight: ReadonlySet<string>): TemplateResult {
    const anySeriesHighlighted = model.series.some((s) => highlight.has(s.id));
    return svg`${layout.series.map((laid) => {
      const index = model.series.findIndex((s) => s.id === laid.id);
      const s = model.series[index]!;
      const label = this.text(s.label);
      const emphasised = highlight.has(s.id);
      const classes = `series ${seriesColor(index)} ${emphasised ? 'emphasised' : anySeriesHighlighted ? 'dimmed' : ''}`;
      return svg`<g class=${classes} role="group" aria-label=${label}>
        <path part="area" d=${laid.areaPath} aria-hidden="true"></path>
        <path class="outline" d=${laid.outlinePath} stroke-dasharray=${SERIES_DASHES[index % SERIES_DASHES.length] || nothing} aria-hidden="true"></path>
        ${laid.points.map((point, a) => {
          if (!point) return nothing;
          const axis = model.axes[a]!;
          const focused = this.focusKey ? this.focusKey.series === index && this.focusKey.axis === a : false;
          const size = highlight.has(axis.id) || emphasised ? MARKER_SIZE * 1.8 : MARKER_SIZE;
          return svg`<path part="point" class="focusable" role="img" data-series=${index} data-axis=${a}
            tabindex=${focused || (!this.focusKey && this.isFirstPoint(index, a)) ? 0 : -1}
            aria-label=${this.t('pointLabel', { series: label, axis: this.text(axis.label), value: this.formatValue(model, this.model!.series[index]!.values[a] ?? null) })}
            d=${markerPath(index, size)} transform="translate(${point.x},${point.y})"></path>`;
        })}
      </g>`;
    })}`;
  }

  private renderLegend(model: RadarModel): TemplateResult {
    return this.legend.render(
      model.series.map((s, index) => ({
        id: s.id,
        label: this.text(s.label),
        className: seriesColor(index),
        pressed: !this.hiddenSeries.has(s.id),
        swatch: html`<svg class="swatch" width="30" height="14" aria-hidden="true">
          <line x1="1" y1="7" x2="29" y2="7" stroke-dasharray=${SERIES_DASHES[index % SERIES_DASHES.length] || nothing}></line>
          <path d=${markerPath(index, 40)} transform="translate(15,7)"></path>
        </svg>`,
      })),
      this.t('legendHint'),
    );
  }

  private renderScaleKey(model: RadarModel): TemplateResult | typeof nothing {
    if (model.scale.tickLabels.size === 0) return nothing;
    const levels = [...model.scale.tickLabels.entries()].sort((a, b) => a[0] - b[0]);
    return html`<p class="scale-key">${levels.map(([value, label], i) => html`${i > 0 ? ' · ' : ''}${formatNumber(value, this.language)} ${this.text(label)}`)}</p>`;
  }

  private renderFocusRing(layout: RadarLayout): TemplateResult | typeof nothing {
    const key = this.focusKey;
    if (!key || !this.focusVisible || !this.model) return nothing;
    const laid = layout.series.find((s) => s.id === this.model!.series[key.series]?.id);
    const point = laid?.points[key.axis];
    if (!point) return nothing;
    return svg`<circle class="focus-halo" cx=${point.x} cy=${point.y} r="10"></circle><circle class="focus-ring" cx=${point.x} cy=${point.y} r="10"></circle>`;
  }

  private renderTooltip(model: RadarModel, layout: RadarLayout): TemplateResult | typeof nothing {
    const a = this.tooltipAxis;
    if (a === null || !layout.axes[a]) return nothing;
    const axis = model.axes[a]!;
    return html`<div part="tooltip" class="tooltip" role="tooltip" @pointerleave=${this.onTooltipLeave}>
      <p class="tt-title">${this.text(axis.label)}</p>
      ${model.series
        .filter((s) => !this.hiddenSeries.has(s.id))
        .map((s) => {
          const index = model.series.indexOf(s);
          const evidence = s.evidence[a];
          return html`<p class=${seriesColor(index)}>
              <svg class="swatch" width="14" height="14" aria-hidden="true"><path d=${markerPath(index, 40)} transform="translate(7,7)"></path></svg>
              <strong>${this.text(s.label)}:</strong> ${this.formatValue(model, s.values[a] ?? null)}
            </p>
            ${evidence
              ? html`<p><q>${evidence.quote}</q></p>
                  ${evidence.note ? html`<p class="tt-note">${this.text(evidence.note)}</p>` : nothing}`
              : nothing}`;
        })}
    </div>`;
  }

  /** Positions the tooltip beside its axis end, inside the plot (CSSOM: no inline style attribute). */
  /** The tooltip goes beside the axis it compares, covering neither its points' end nor its label. */
  private placeTooltip(): void {
    const axis = this.tooltipAxis === null ? undefined : this.layout?.axes[this.tooltipAxis];
    if (!axis) return;
    const { box, hidden } = axis.label;
    const label = { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
    this.placeTooltipBeside(unionBox(hidden ? [boxAround(axis, AXIS_END_CLEARANCE)] : [boxAround(axis, AXIS_END_CLEARANCE), label]));
  }

  protected override summary(model: RadarModel): string {
    return this.t('summary', {
      axes: model.axes.length,
      axisList: model.axes.map((a) => this.text(a.label)).join(', '),
      series: model.series.length,
      seriesList: model.series.map((s) => this.text(s.label)).join(', '),
    });
  }

  private formatValue(model: RadarModel, value: number | null): string {
    if (value === null) return this.t('noData');
    const formatted = formatNumber(value, this.language);
    const level = model.scale.tickLabels.get(value);
    return level ? this.t('valueWithLevel', { value: formatted, level: this.text(level) }) : formatted;
  }

  private isFirstPoint(series: number, axis: number): boolean {
    const first = this.firstFocusable();
    return first !== null && first.series === series && first.axis === axis;
  }

  private firstFocusable(): FocusKey | null {
    const model = this.model;
    if (!model) return null;
    for (const [index, s] of model.series.entries()) {
      if (this.hiddenSeries.has(s.id)) continue;
      const axis = s.values.findIndex((v) => v !== null);
      if (axis >= 0) return { series: index, axis };
    }
    return null;
  }

  private hoverAxis(axis: number): void {
    const model = this.model;
    if (!model?.axes[axis]) return;
    this.tooltipAxis = axis;
    this.userHighlight(model.axes[axis].id);
  }

  protected override pointerLeft(): void {
    if (this.focusKey && this.focusVisible && this.renderRoot.querySelector('svg.chart')?.matches(':focus-within')) {
      this.tooltipAxis = this.focusKey.axis;
      return;
    }
    this.tooltipAxis = null;
    this.userHighlight(null);
  }

  // Pointer and click are delegated from the plot: one listener each for every wedge and point.

  protected override onPlotPointerOver = (event: PointerEvent): void => {
    const axis = axisOf(event.target);
    if (axis !== null) this.hoverAxis(axis);
  };

  protected override onPlotClick = (event: MouseEvent): void => {
    const model = this.model;
    const axis = axisOf(event.target);
    if (!model || axis === null || !model.axes[axis]) return;
    const series = model.series[Number((event.target as Element).getAttribute('data-series'))];
    this.userSelect(series ? { id: model.axes[axis].id, series: series.id, value: series.values[axis] ?? null } : { id: model.axes[axis].id });
  };

  protected override onPlotFocusIn = (event: FocusEvent): void => {
    const target = event.target as Element;
    const series = Number(target.getAttribute('data-series'));
    const axis = Number(target.getAttribute('data-axis'));
    if (!Number.isInteger(series) || !Number.isInteger(axis) || !this.model) return;
    this.focusKey = { series, axis };
    this.focusVisible = target.matches(':focus-visible');
    this.tooltipAxis = axis;
    this.userHighlight(this.model.axes[axis]?.id ?? null);
  };

  protected override focusLeft(): void {
    this.focusVisible = false;
    this.tooltipAxis = null;
    this.userHighlight(null);
  }

  protected override onPlotKeyDown = (event: KeyboardEvent): void => {
    const model = this.model;
    const key = this.focusKey ?? this.firstFocusable();
    if (!model || !key) return;
    let next: FocusKey | null = null;
    switch (event.key) {
      case 'ArrowRight':
        next = this.stepAxis(key, 1);
        break;
      case 'ArrowLeft':
        next = this.stepAxis(key, -1);
        break;
      case 'ArrowDown':
        next = this.stepSeries(key, 1);
        break;
      case 'ArrowUp':
        next = this.stepSeries(key, -1);
        break;
      case 'Home':
        next = this.stepAxis({ series: key.series, axis: -1 }, 1);
        break;
      case 'End':
        next = this.stepAxis({ series: key.series, axis: model.axes.length }, -1);
        break;
      case 'Escape':
        this.tooltipAxis = null;
        this.userHighlight(null);
        event.preventDefault();
        return;
      case 'Enter':
      case ' ': {
        const s = model.series[key.series]!;
        this.userSelect({ id: model.axes[key.axis]!.id, series: s.id, value: s.values[key.axis] ?? null });
        event.preventDefault();
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    if (next) void this.moveFocus(next);
  };

  /** The next axis, in `direction`, where the series has a value (wrapping around). */
  private stepAxis(key: FocusKey, direction: 1 | -1): FocusKey | null {
    const values = this.model?.series[key.series]?.values;
    if (!values) return null;
    const count = values.length;
    for (let step = 1; step <= count; step++) {
      const axis = (((key.axis + direction * step) % count) + count) % count;
      if (values[axis] !== null) return { series: key.series, axis };
    }
    return null;
  }

  /** The next shown series, in `direction`, on the same axis or the nearest axis where it has a value. */
  private stepSeries(key: FocusKey, direction: 1 | -1): FocusKey | null {
    const model = this.model;
    if (!model) return null;
    const count = model.series.length;
    for (let step = 1; step < count; step++) {
      const index = (((key.series + direction * step) % count) + count) % count;
      const s = model.series[index]!;
      if (this.hiddenSeries.has(s.id)) continue;
      if (s.values[key.axis] !== null) return { series: index, axis: key.axis };
      const nearest = this.stepAxis({ series: index, axis: key.axis }, 1);
      if (nearest) return nearest;
    }
    return null;
  }

  private async moveFocus(next: FocusKey): Promise<void> {
    this.focusKey = next;
    await this.updateComplete;
    this.renderRoot.querySelector<SVGElement>(`[data-series="${next.series}"][data-axis="${next.axis}"]`)?.focus();
  }

  private toggleSeries(id: string): void {
    const hidden = toggled(this.hiddenSeries, id);
    this.hiddenSeries = hidden;
    const key = this.focusKey;
    if (key && this.model && hidden.has(this.model.series[key.series]?.id ?? '')) this.focusKey = null;
  }

  private onModelChange(previous: RadarModel | undefined, next: RadarModel | undefined): void {
    this.stopTween();
    this.focusKey = null;
    this.tooltipAxis = null;
    if (next && this.hiddenSeries.size > 0) {
      const ids = new Set(next.series.map((s) => s.id));
      this.hiddenSeries = new Set([...this.hiddenSeries].filter((id) => ids.has(id)));
    }
    // Animate only a change of values on the same axes, and only when motion is allowed.
    if (!previous || !next || !sameAxes(previous, next) || prefersReducedMotion(this)) return;
    this.tweenFrom = new Map(previous.series.map((s) => [s.id, s.values]));
    this.tweenT = 0;
    const start = performance.now();
    const frame = (now: number) => {
      const progress = Math.min(1, (now - start) / TWEEN_MS);
      this.tweenT = easeCubicInOut(progress);
      this.tweenFrame = progress < 1 ? requestAnimationFrame(frame) : 0;
    };
    this.tweenFrame = requestAnimationFrame(frame);
  }

  private stopTween(): void {
    if (this.tweenFrame) cancelAnimationFrame(this.tweenFrame);
    this.tweenFrame = 0;
    this.tweenT = 1;
  }
}

function sameAxes(a: RadarModel, b: RadarModel): boolean {
  return a.axes.length === b.axes.length && a.axes.every((axis, i) => axis.id === b.axes[i]!.id);
}

function tween(from: number | null, to: number | null, t: number): number | null {
  if (from === null || to === null) return to;
  return from + (to - from) * t;
}

function easeCubicInOut(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

/** The axis index a wedge or point carries in `data-axis`, or `null` for anything else. */
function axisOf(target: EventTarget | null): number | null {
  const value = (target as Element | null)?.getAttribute?.('data-axis');
  const axis = value == null ? NaN : Number(value);
  return Number.isInteger(axis) ? axis : null;
}

declare global {
  interface HTMLElementTagNameMap {
    'mv-radar': MvRadar;
  }
}
