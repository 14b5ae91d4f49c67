import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import {
  MvChartElement,
  boxAround,
  formatNumber,
  formatPercent,
  prefersReducedMotion,
  truncate,
  type MessageCatalog,
  type Validated,
} from '@multivector/core';
import {
  compassLayout,
  DEFAULT_RING_LEVELS,
  DEFAULT_SHARE_LEVELS,
  markAt,
  needleShape,
  towardPoles,
  type CompassLayout,
  type Point,
} from './compass-layout.js';
import { validateCompass, type CompassModel } from './compass-data.js';
import { COMPASS_MESSAGES, shortDate } from './compass-messages.js';
import { compassStyles } from './compass.styles.js';

/** How long the needle takes to swing to a new position when motion is allowed, in ms. */
const TWEEN_MS = 400;
/** Time per position while playing: long enough to read the narration. */
const PLAY_MS = 1600;
/** Time per position while playing under reduced motion: the needle jumps, so give it longer. */
const PLAY_JUMP_MS = 2200;
/** Tallest drawing, in px: on wide screens the compass stays inside one screen. */
const MAX_HEIGHT = 560;
/** Radius of a position marker (smaller on long trails, so they stay a line), and of the current one. */
const POINT_R = 4;
const pointRadius = (count: number) => (count > 200 ? 2.25 : count > 60 ? 3 : POINT_R);
const CURRENT_R = 6.5;
/** Pointer distance within which a position (or pole) counts as pointed at: a 28 px target. */
const HIT_RADIUS = 14;
/** Up to this many positions every one gets a date label; above it, an even sample does. */
const ALL_LABELLED = 40;
const SAMPLED_LABELS = 12;
/** Most arrowheads drawn; on longer trails every k-th step gets one. */
const MAX_ARROWS = 60;
/** Below this radius, in px, the guides keep fewer labels. */
const SMALL_RADIUS = 110;
/** Distances under this read as balance ("0.00 from balance" says nothing). */
const BALANCED = 0.005;

/** Strings worked out once per dataset, locale and layout rather than on every frame. */
interface PositionText {
  readonly label: string;
  /** Short date (or the label, shortened) for narration and the stepper. */
  readonly short: string;
  readonly date: string;
  readonly shares: string;
  /** "leans toward China, 0.36 from balance". */
  readonly reading: string;
  /** "Jan 2022 → 24 Feb 2022: moved 0.06 toward China and Russia", or "starting point". */
  readonly narration: string;
  /** What `mv-highlight` reports for this position: the pole it leans toward most, else its own id. */
  readonly highlightId: string;
  /** Pole ids it leans toward, closest first. */
  readonly leaning: readonly string[];
  /** Accessible name of its marker. */
  readonly aria: string;
}

/**
 * The vector compass: where a country stands between 3 to 8 poles (for the article, Russia,
 * China and the West) and how it moved. The centre is perfect balance, the "multi-vector"
 * ideal; a position is the weighted mean of its poles' places, 0 from balance at the centre
 * and 1 at a pole. For 3 poles it reads as a ternary plot, with a share grid.
 *
 * The trail joins the positions in time order, with arrowheads for the direction of travel
 * and date labels that never overlap. The needle points from the centre to the position
 * shown, and the element says in words where it leans ("leans toward China, 0.36 from
 * balance"). A stepper (previous, play/pause, next) and the arrow keys move the needle along
 * the trail, narrating each step; under `prefers-reduced-motion` the needle jumps instead of
 * swinging and the labelled trail shows the order without any motion.
 *
 * Data comes from the `data` property, a child `<script type="application/json">`, or `src`.
 *
 * @summary Vector compass: a position between 3–8 poles and its trajectory through time.
 *
 * @tagname mv-compass
 *
 * @fires mv-highlight - The reader pointed at or focused something (`detail.id`, or null when cleared): a pole gives the pole's id; a position gives the id of the pole it leans toward most, so linked charts light that partner (the position's own id when it is at balance). Not fired when code sets `highlight` or `current`.
 * @fires mv-select - The reader clicked, or pressed Enter or Space on, a position or a pole. For a position `detail.id` is the pole it leans toward most (its own id at balance), `detail.series` the position id and `detail.value` its distance from balance; for a pole `detail.id` is the pole id.
 * @fires mv-ready - The chart was drawn for new data (`detail.state`: `ready` or `empty`; `detail.dropped`).
 * @fires mv-error - The dataset could not be drawn (`detail.code`, `detail.message`, `detail.url`).
 *
 * @csspart figure - The outer wrapper.
 * @csspart title - The chart title.
 * @csspart description - The summary under the title.
 * @csspart legend - The key to the marks (positions, trail, needle, rings, grid).
 * @csspart grid - The guides: balance rings, the triangle or polygon, share grid lines and spokes.
 * @csspart pole - Each pole marker.
 * @csspart label - Every text in the drawing: pole labels (also `pole-label`), date labels (also `date-label`) and guide labels (also `guide-label`).
 * @csspart pole-label - Each pole's name.
 * @csspart date-label - Each short date beside the trail.
 * @csspart guide-label - The numbers of the balance rings and the share grid.
 * @csspart trail - The line through the positions in time order.
 * @csspart arrow - Each arrowhead on the trail.
 * @csspart point - Each position marker (the one shown is also `current`).
 * @csspart current - The marker of the position the needle shows.
 * @csspart needle - The needle from the centre to the position shown.
 * @csspart stepper - The previous, play/pause and next buttons with the step count.
 * @csspart reading - The needle's reading in words and the narration of the last step.
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
 * @cssprop [--mv-font-size=14px] - Base font size; labels in the drawing are never under 12px.
 * @cssprop [--mv-trail-color=var(--mv-series-1, #0a62a8)] - Trail, arrowheads and position markers.
 * @cssprop [--mv-needle-color=var(--mv-series-2, #b8470b)] - The needle and the marker of the position shown.
 * @cssprop [--mv-grid-color=color-mix(currentColor 38%)] - Rings, grid and spokes.
 * @cssprop [--mv-focus-color=#1a5fd0] - Keyboard focus ring.
 * @cssprop [--mv-line-width=2] - Stroke width of the trail; the needle is twice as wide.
 * @cssprop [--mv-tooltip-background=#ffffff] - Tooltip background.
 *
 * @slot - Fallback content (an image, a table, a link) shown until the element upgrades; a child `<script type="application/json">` is read as the dataset.
 */
export class MvCompass extends MvChartElement<CompassModel> {
  static override styles = [MvChartElement.styles, compassStyles];

  /**
   * Id of the position the needle points to, overriding the data's `current`, e.g. for a
   * scrolling story. The needle swings there (or jumps, under reduced motion); no event fires.
   */
  @property({ reflect: true }) current: string | null = null;

  /** Index of the position the needle points to. */
  @state() private step = -1;
  /** Positions the tooltip describes (several when they share a place). */
  @state() private tooltipFor: readonly number[] | null = null;
  @state() private focusVisible = false;
  @state() private playing = false;
  @state() private tweenT = 1;
  @state() private stepperFocus = 0;

  private layout?: CompassLayout;
  private texts: readonly PositionText[] = [];
  private layoutKey: readonly unknown[] = [];
  private previousModel?: CompassModel;
  private needleFrom: Point | null = null;
  private tweenFrame = 0;
  private playTimer = 0;
  /** True while the pointer highlight comes from a position rather than a pole. */
  private pointingAtPosition = false;

  protected override get messages(): MessageCatalog {
    return COMPASS_MESSAGES;
  }

  protected override validate(raw: unknown): Validated<CompassModel> {
    return validateCompass(raw);
  }

  protected override isEmpty(model: CompassModel): boolean {
    return model.positions.length === 0 && model.rejected === 0;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopPlaying();
    this.stopTween();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const model = this.model;
    if (model !== this.previousModel) {
      this.previousModel = model;
      this.stopPlaying();
      this.stopTween();
      this.tooltipFor = null;
      this.announce('');
      this.step = model ? this.requestedStep(model) : -1;
    } else if (changed.has('current') && model) {
      this.moveTo(this.requestedStep(model), { animate: true });
    }
    const key = [model, this.chartWidth, this.language];
    if (!model || this.chartWidth <= 0) {
      this.layout = undefined;
      this.layoutKey = key;
    } else if (key.some((k, i) => k !== this.layoutKey[i])) {
      // A swing in old coordinates would jump: finish it at once on a new layout.
      if (this.layoutKey[0] === model) this.stopTween();
      this.layoutKey = key;
      this.layout = this.computeLayout(model);
      this.texts = this.computeTexts(model, this.layout);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.placeTooltip();
  }

  /** The square the compass is laid out in, and room for a line of pole labels beyond it. */
  protected override plotHeightHint(width: number): number {
    return Math.min(width, MAX_HEIGHT) + 24;
  }

  protected override renderChart(model: CompassModel): TemplateResult {
    const layout = this.layout;
    if (!layout) return html`<div class="plot"></div>`;
    const highlight = this.highlightIds;
    const highlightKey = highlight.join('\u0000');
    const hasPositions = model.positions.length > 0;
    return html`${this.renderLegend(model, layout)}
      ${this.renderPlot(
        model,
        { width: layout.width, height: layout.height, fontSize: layout.fontSize, keyboardHelp: hasPositions },
        svg`          <g transform="translate(${layout.centre.x},${layout.centre.y})">
            ${guard([layout], () => this.renderGuides(layout))}
            ${guard([layout, highlightKey], () => this.renderPoles(layout, new Set(highlight)))}
            ${guard([layout], () => this.renderTrail(layout))} ${this.renderNeedle(layout)}
            ${guard([layout, this.texts, this.step, highlightKey, this.pointingAtPosition], () =>
              this.renderPoints(model, layout, new Set(highlight)),
            )}
            ${guard([layout], () => this.renderDateLabels(layout))} ${this.renderFocusRing(layout)}
          </g>`,
        this.renderTooltip(model),
      )}
      ${hasPositions ? this.renderStepper(model) : html`<p part="reading" class="reading">${this.t('noPositions')}</p>`}`;
  }

  protected override renderTable(model: CompassModel): TemplateResult {
    // The shared table region (core) scrolls and takes focus once shown. `content-visibility:
    // auto` (styles) spares laying out a long table while it is visually hidden; it stays in the
    // accessibility tree.
    return html`<div class="table-scroll">${guard([model, this.language, this.texts], () => this.renderTableBody(model))}</div>`;
  }

  protected override csvRows(model: CompassModel): string[][] {
    const layout = this.layout;
    return [
      [this.t('position'), this.t('date'), ...model.poles.map((p) => this.text(p.label)), this.t('distance'), this.t('leaning')],
      ...model.positions.map((p, i) => [
        this.text(p.label),
        p.date ?? '',
        ...p.shares.map((share) => String(Math.round(share * 1000) / 1000)),
        layout ? String(Math.round(layout.positions[i]!.distance * 1000) / 1000) : '',
        this.leaningNames(model, i),
      ]),
    ];
  }

  // Layout

  private requestedStep(model: CompassModel): number {
    const requested = this.current === null ? -1 : model.positions.findIndex((p) => p.id === this.current);
    return requested >= 0 ? requested : model.current;
  }

  private computeLayout(model: CompassModel): CompassLayout {
    const width = this.chartWidth;
    const fontSize = width < 480 ? 12 : 13;
    const size = {
      width,
      fontSize,
      // A generous estimate of a character's advance: Cyrillic runs wider than Latin.
      charWidth: fontSize * 0.62,
      ...this.textSpacing(),
      pointRadius: pointRadius(model.positions.length),
    };
    const poles = model.poles.map((p) => ({ id: p.id, label: this.text(p.label) }));
    // A first pass without positions gives the radius; the height then hugs the figure.
    const probe = compassLayout({ poles, positions: [] }, { ...size, height: Math.min(width, MAX_HEIGHT) });
    let top = -probe.radius - CURRENT_R;
    let bottom = probe.radius + CURRENT_R;
    for (const pole of probe.poles) {
      top = Math.min(top, pole.label.box.y0);
      bottom = Math.max(bottom, pole.label.box.y1);
    }
    const height = Math.ceil(bottom - top + 4);
    const count = model.positions.length;
    const every = Math.ceil(count / SAMPLED_LABELS);
    const labelled = (i: number) => count <= ALL_LABELLED || i === 0 || i === count - 1 || i === model.current || i % every === 0;
    return compassLayout(
      {
        poles,
        positions: model.positions.map((p, i) => ({
          id: p.id,
          weights: p.shares,
          ...(labelled(i) && p.date !== undefined && { date: shortDate(p.date, this.language) }),
          ...(labelled(i) && { mark: String(i + 1) }),
        })),
        currentIndex: model.current,
        // A small compass keeps two ring labels and no share labels: the tooltip and table have the numbers.
        guideTexts: {
          rings: DEFAULT_RING_LEVELS.map((level) => (probe.radius >= SMALL_RADIUS || level === 0.5 || level === 1 ? formatNumber(level, this.language) : '')),
          ...(probe.radius >= SMALL_RADIUS && { shares: DEFAULT_SHARE_LEVELS.map((level) => formatPercent(level, this.language)) }),
        },
      },
      { ...size, height },
    );
  }

  private computeTexts(model: CompassModel, layout: CompassLayout): PositionText[] {
    const count = model.positions.length;
    const shorts = model.positions.map((p) => (p.date !== undefined ? shortDate(p.date, this.language) : truncate(this.text(p.label), 24)));
    const poleName = (i: number) => this.text(model.poles[i]!.label);
    return model.positions.map((p, i) => {
      const laid = layout.positions[i]!;
      const lean = laid.distance < BALANCED ? [] : towardPoles(laid.x, laid.y, layout.poles);
      const distance = formatNumber(laid.distance, this.language);
      const reading =
        lean.length === 0
          ? this.t('balanced')
          : lean.length === 1
            ? this.t('leansToward', { pole: poleName(lean[0]!), distance })
            : this.t('leansTowardTwo', { a: poleName(lean[0]!), b: poleName(lean[1]!), distance });
      let narration = this.t('start');
      if (i > 0) {
        const before = layout.positions[i - 1]!;
        const ends = { from: shorts[i - 1]!, to: shorts[i]! };
        const moved = Math.hypot(laid.x - before.x, laid.y - before.y) / (layout.radius || 1);
        const toward = moved < BALANCED ? [] : towardPoles(laid.x - before.x, laid.y - before.y, layout.poles);
        const by = formatNumber(moved, this.language);
        narration =
          toward.length === 0
            ? this.t('stayed', ends)
            : toward.length === 1
              ? this.t('moved', { ...ends, distance: by, pole: poleName(toward[0]!) })
              : this.t('movedTwo', { ...ends, distance: by, a: poleName(toward[0]!), b: poleName(toward[1]!) });
      }
      const label = this.text(p.label);
      const date = p.date !== undefined ? shortDate(p.date, this.language) : '';
      const shares = p.shares.map((share, k) => this.t('share', { pole: poleName(k), share: formatPercent(share, this.language) })).join(', ');
      const leaning = lean.map((k) => model.poles[k]!.id);
      const where = `${this.t('stepOf', { n: i + 1, count })}: ${label}${date && date !== label ? ` (${date})` : ''}`;
      return {
        label,
        short: shorts[i]!,
        date,
        shares,
        reading,
        narration,
        highlightId: leaning[0] ?? p.id,
        leaning,
        aria: `${where}. ${shares}; ${reading}.${i > 0 ? ` ${narration}.` : ''}`,
      };
    });
  }

  // Drawing

  private renderLegend(model: CompassModel, layout: CompassLayout): TemplateResult {
    // A position whose date found no room is labelled with its number: say what the number is.
    const numbered = layout.dateLabels.find((label) => !label.hidden && label.text === String(label.index + 1) && model.positions[label.index]?.date !== undefined);
    const item = (swatch: TemplateResult, label: string) =>
      html`<li><svg class="swatch" width="26" height="14" aria-hidden="true">${swatch}</svg>${label}</li>`;
    return html`<ul part="legend" class="legend" aria-label=${this.t('legend')}>
      ${item(svg`<circle class="key-point" cx="13" cy="7" r=${POINT_R}></circle>`, this.t('legendPoint'))}
      ${item(svg`<path class="key-trail" d="M2,7H24"></path><path class="key-arrow" d="M17,7L11,3.6V10.4Z"></path>`, this.t('legendTrail'))}
      ${item(svg`<path class="key-needle" d="M3,7H19"></path><path class="key-needle-head" d="M24,7L17,3V11Z"></path>`, this.t('legendNeedle'))}
      ${item(svg`<circle class="key-ring" cx="13" cy="7" r="6"></circle><circle class="key-ring" cx="13" cy="7" r="2.5"></circle>`, this.t('legendRings'))}
      ${model.poles.length === 3 ? item(svg`<path class="key-ring" d="M2,12L13,2L24,12ZM7.5,7H18.5"></path>`, this.t('legendShares')) : nothing}
      ${numbered ? item(svg`<text class="key-number" x="13" y="11" text-anchor="middle">${numbered.text}</text>`, this.t('legendNumbered')) : nothing}
    </ul>`;
  }

  private renderGuides(layout: CompassLayout): TemplateResult {
    return svg`<g class="guides" aria-hidden="true">
      ${layout.rings.map((ring) => svg`<path part="grid" class="ring" d=${ring.path}></path>`)}
      ${layout.poles.map((pole) => svg`<path part="grid" class="spoke" d=${pole.spoke}></path>`)}
      ${layout.grid.map((line) => svg`<path part="grid" class="share" d=${line.path}></path>`)}
      ${layout.poles.length === 3 ? svg`<path part="grid" class="outline" d=${layout.outline}></path>` : nothing}
      ${[...layout.ringLabels, ...layout.shareLabels].map(
        (label) =>
          svg`<text part="label guide-label" x=${label.x} y=${label.y} text-anchor=${label.textAnchor} dominant-baseline="central">${label.text}</text>`,
      )}
    </g>`;
  }

  private renderPoles(layout: CompassLayout, highlight: ReadonlySet<string>): TemplateResult {
    return svg`<g class="poles" aria-hidden="true">
      ${layout.poles.map((pole) => {
        const on = highlight.has(pole.id) ? 'highlighted' : '';
        return svg`<circle part="pole" class=${on} cx=${pole.x} cy=${pole.y} r="4"></circle>
          <text part="label pole-label" class=${on} x=${pole.label.x} y=${pole.label.y} text-anchor=${pole.label.textAnchor} dominant-baseline="central">${pole.label.text}</text>`;
      })}
    </g>`;
  }

  private renderTrail(layout: CompassLayout): TemplateResult {
    const every = Math.ceil(layout.arrows.length / MAX_ARROWS);
    return svg`<g aria-hidden="true">
      ${layout.trail ? svg`<path part="trail" class=${layout.positions.length > 200 ? 'dense' : ''} d=${layout.trail}></path>` : nothing}
      ${layout.arrows.filter((_, i) => i % every === 0).map((arrow) => svg`<path part="arrow" d=${arrow.path}></path>`)}
    </g>`;
  }

  private renderNeedle(layout: CompassLayout): TemplateResult | typeof nothing {
    const tip = this.needleTip(layout);
    const hub = svg`<circle part="needle" class="hub" r="3.5"></circle>`;
    const needle = tip ? needleShape(tip, CURRENT_R) : null;
    if (!needle) return svg`<g aria-hidden="true">${hub}</g>`;
    return svg`<g class="needle" aria-hidden="true">
      <path part="needle" class="shaft" d=${needle.shaft}></path>
      <path part="needle" class="head" d=${needle.head}></path>
      ${hub}
    </g>`;
  }


  private renderPoints(model: CompassModel, layout: CompassLayout, highlight: ReadonlySet<string>): TemplateResult {
    const texts = this.texts;
    // A pole lit from the legend, a linked chart or `highlight` dims the positions leaning elsewhere.
    const poleLit = !this.pointingAtPosition && model.poles.some((p) => highlight.has(p.id));
    return svg`<g class="points" role="group" aria-label=${this.t('positionsGroup')}>
      ${layout.positions.map((laid, i) => {
        const text = texts[i];
        if (!text) return nothing;
        const current = i === this.step;
        const lit = highlight.has(model.positions[i]!.id) || (poleLit && text.leaning.some((id) => highlight.has(id)));
        const classes = `focusable${current ? ' current' : ''}${lit ? ' lit' : poleLit ? ' dimmed' : ''}`;
        const r = current ? CURRENT_R : lit ? layout.pointRadius + 1.5 : layout.pointRadius;
        return svg`<circle part=${current ? 'point current' : 'point'} class=${classes} role="img" data-index=${i}
          tabindex=${current ? 0 : -1} aria-label=${text.aria}
          cx=${laid.x} cy=${laid.y} r=${r}></circle>`;
      })}
    </g>`;
  }

  private renderDateLabels(layout: CompassLayout): TemplateResult {
    return svg`<g aria-hidden="true">
      ${layout.dateLabels.map((label) =>
        label.hidden
          ? nothing
          : svg`<text part="label date-label" x=${label.x} y=${label.y} text-anchor=${label.textAnchor} dominant-baseline="central">${label.text}</text>`,
      )}
    </g>`;
  }

  private renderFocusRing(layout: CompassLayout): TemplateResult | typeof nothing {
    const laid = layout.positions[this.step];
    if (!laid || !this.focusVisible) return nothing;
    const r = CURRENT_R + 5;
    return svg`<circle class="focus-halo" cx=${laid.x} cy=${laid.y} r=${r}></circle><circle class="focus-ring" cx=${laid.x} cy=${laid.y} r=${r}></circle>`;
  }

  private renderStepper(model: CompassModel): TemplateResult {
    const last = model.positions.length - 1;
    const text = this.texts[this.step];
    const buttons = [
      { label: this.t('previous'), disabled: this.step <= 0, icon: svg`<path d="M11,3L5,8L11,13Z"></path>`, action: () => this.userStep(this.step - 1) },
      {
        label: this.playing ? this.t('pause') : this.t('play'),
        disabled: last < 1,
        icon: this.playing ? svg`<path d="M4,3H7V13H4ZM9,3H12V13H9Z"></path>` : svg`<path d="M5,3L13,8L5,13Z"></path>`,
        action: () => this.togglePlay(),
      },
      { label: this.t('next'), disabled: this.step >= last, icon: svg`<path d="M5,3L11,8L5,13Z"></path>`, action: () => this.userStep(this.step + 1) },
    ];
    return html`<div class="controls">
        <div part="stepper" class="stepper" role="toolbar" aria-label=${this.t('stepper')} @keydown=${this.onStepperKeyDown}>
          ${buttons.map(
            (b, i) =>
              html`<button
                type="button"
                aria-label=${b.label}
                title=${b.label}
                aria-disabled=${b.disabled ? 'true' : 'false'}
                tabindex=${i === this.stepperFocus ? 0 : -1}
                @focus=${() => (this.stepperFocus = i)}
                @click=${() => !b.disabled && b.action()}
              >
                <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">${b.icon}</svg>
              </button>`,
          )}
          <span class="step-status">${this.t('stepOf', { n: this.step + 1, count: last + 1 })}${text ? html` · ${text.short}` : nothing}</span>
        </div>
      </div>
      ${text
        ? html`<div part="reading" class="reading">
            <p><strong>${text.label}:</strong> ${text.reading}</p>
            ${this.step > 0 ? html`<p class="narration">${text.narration}</p>` : nothing}
          </div>`
        : nothing}`;
  }

  private renderTooltip(model: CompassModel): TemplateResult | typeof nothing {
    const indices = this.tooltipFor;
    if (!indices || indices.length === 0) return nothing;
    const shown = indices.slice(0, 3);
    return html`<div part="tooltip" class="tooltip" role="tooltip" @pointerleave=${this.onTooltipLeave}>
      ${shown.map((i) => {
        const text = this.texts[i];
        const position = model.positions[i];
        if (!text || !position) return nothing;
        return html`<div class="tt-item">
          <p class="tt-title">${text.label}</p>
          <p class="tt-note">${this.t('stepOf', { n: i + 1, count: model.positions.length })}${text.date ? ` · ${text.date}` : ''}</p>
          <p>${text.shares}</p>
          <p>${text.reading}</p>
          ${position.evidence.map((e) => html`<p><q>${truncate(e.quote, 240)}</q></p>`)}
        </div>`;
      })}
      ${indices.length > shown.length ? html`<p class="tt-note">+${indices.length - shown.length}</p>` : nothing}
    </div>`;
  }

  private renderTableBody(model: CompassModel): TemplateResult {
    const layout = this.layout;
    return html`<table part="table">
      <caption>
        ${this.t('tableCaption', { title: this.text(model.base.title) })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${this.t('position')}</th>
          <th scope="col">${this.t('date')}</th>
          ${model.poles.map((p) => html`<th scope="col">${this.text(p.label)}</th>`)}
          <th scope="col">${this.t('distance')}</th>
          <th scope="col">${this.t('leaning')}</th>
          <th scope="col">${this.t('change')}</th>
          <th scope="col">${this.t('evidence')}</th>
        </tr>
      </thead>
      <tbody>
        ${model.positions.map((p, i) => {
          const text = this.texts[i];
          return html`<tr>
            <th scope="row">${i + 1}. ${this.text(p.label)}</th>
            <td>${text?.date ?? ''}</td>
            ${p.shares.map((share) => html`<td class="number">${formatPercent(share, this.language)}</td>`)}
            <td class="number">${layout ? formatNumber(layout.positions[i]!.distance, this.language) : ''}</td>
            <td>${this.leaningNames(model, i)}</td>
            <td>${text?.narration ?? ''}</td>
            <td>
              ${p.evidence.map(
                (e) => html`<p class="evidence"><q>${e.quote}</q>${e.note ? html`<br /><span class="note">${this.text(e.note)}</span>` : nothing}</p>`,
              )}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private leaningNames(model: CompassModel, index: number): string {
    const text = this.texts[index];
    if (!text) return '';
    if (text.leaning.length === 0) return this.t('balance');
    return text.leaning.map((id) => this.text(model.poles.find((p) => p.id === id)?.label)).join(', ');
  }

  protected override summary(model: CompassModel): string {
    const count = model.positions.length;
    const first = this.texts[0];
    const last = this.texts[count - 1];
    const shown = this.texts[this.step];
    const poleList = model.poles.map((p) => this.text(p.label)).join(', ');
    if (count === 0) return `${this.t('summaryPoles', { poles: model.poles.length, poleList })} ${this.t('noPositions')}`;
    return [
      this.t('summary', {
        poles: model.poles.length,
        poleList,
        positions: count,
        first: first?.short ?? '',
        last: last?.short ?? '',
      }),
      shown ? this.t('summaryCurrent', { label: shown.label, reading: shown.reading }) : '',
    ].join(' ');
  }

  /** Where the needle tip is now: at the position shown, or on its way there. */
  private needleTip(layout: CompassLayout): Point | null {
    const target = layout.positions[this.step];
    if (!target) return null;
    const from = this.needleFrom;
    if (!from || this.tweenT >= 1) return target;
    const t = easeCubicInOut(this.tweenT);
    return { x: from.x + (target.x - from.x) * t, y: from.y + (target.y - from.y) * t };
  }

  /** Positions the tooltip beside the point it describes, inside the plot (CSSOM: no style attribute). */
  private placeTooltip(): void {
    const layout = this.layout;
    const index = this.tooltipFor?.[0];
    const laid = layout && index !== undefined ? layout.positions[index] : undefined;
    if (!layout || !laid) return;
    // The gap keeps the tooltip within the point's hit radius, so that the pointer can move onto
    // it without leaving the target.
    this.placeTooltipBeside(boxAround({ x: layout.centre.x + laid.x, y: layout.centre.y + laid.y }, POINT_R), HIT_RADIUS - 4 - POINT_R);
  }

  // Stepping

  /** Moves the needle to position `index`: swinging when motion is allowed, else at once. */
  private moveTo(index: number, { animate = true, announce = false }: { animate?: boolean; announce?: boolean } = {}): void {
    const model = this.model;
    if (!model || index < 0 || index >= model.positions.length || index === this.step) return;
    const layout = this.layout;
    const from = layout ? this.needleTip(layout) : null;
    this.stopTween();
    this.step = index;
    if (announce) {
      const text = this.texts[index];
      if (text) this.announce(`${this.t('stepOf', { n: index + 1, count: model.positions.length })}: ${text.label}. ${text.reading}. ${index > 0 ? `${text.narration}.` : ''}`);
    }
    if (!animate || !from || prefersReducedMotion(this)) return;
    this.needleFrom = from;
    this.tweenT = 0;
    const start = performance.now();
    const frame = (now: number) => {
      const progress = Math.min(1, (now - start) / TWEEN_MS);
      this.tweenT = progress;
      this.tweenFrame = progress < 1 ? requestAnimationFrame(frame) : 0;
    };
    this.tweenFrame = requestAnimationFrame(frame);
  }

  /** A step the reader asked for with the stepper: stops playing and announces the new position. */
  private userStep(index: number): void {
    this.stopPlaying();
    this.moveTo(index, { announce: true });
  }

  private togglePlay(): void {
    if (this.playing) {
      this.stopPlaying();
      return;
    }
    const model = this.model;
    if (!model || model.positions.length < 2) return;
    const last = model.positions.length - 1;
    // The first step comes at once, so that the button visibly does something; from the end, start over.
    this.playing = true;
    this.moveTo(this.step >= last ? 0 : this.step + 1, { announce: true });
    if (this.step >= last) this.stopPlaying();
    else this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.playTimer);
    const delay = prefersReducedMotion(this) ? PLAY_JUMP_MS : PLAY_MS;
    this.playTimer = window.setTimeout(() => {
      this.playTimer = 0;
      const model = this.model;
      if (!this.playing || !model) return;
      this.moveTo(this.step + 1, { announce: true });
      if (this.step >= model.positions.length - 1) this.stopPlaying();
      else this.schedule();
    }, delay);
  }

  private stopPlaying(): void {
    clearTimeout(this.playTimer);
    this.playTimer = 0;
    this.playing = false;
  }

  private stopTween(): void {
    if (this.tweenFrame) cancelAnimationFrame(this.tweenFrame);
    this.tweenFrame = 0;
    this.tweenT = 1;
    this.needleFrom = null;
  }

  // Reader input

  /** The positions within reach of the pointer (all those at the nearest one's place), or the pole. */
  private hitTest(event: MouseEvent): { positions: number[] } | { pole: number } | null {
    const layout = this.layout;
    const svgElement = this.renderRoot.querySelector('svg.chart');
    if (!layout || !svgElement) return null;
    const box = svgElement.getBoundingClientRect();
    const x = event.clientX - box.left - layout.centre.x;
    const y = event.clientY - box.top - layout.centre.y;
    return markAt(layout, { x, y }, HIT_RADIUS);
  }

  protected override onPlotPointerMove = (event: PointerEvent): void => {
    const hit = this.hitTest(event);
    const model = this.model;
    if (!model) return;
    if (hit && 'positions' in hit) {
      const first = hit.positions[0]!;
      if (!sameList(this.tooltipFor, hit.positions)) this.tooltipFor = hit.positions;
      this.pointingAtPosition = true;
      this.userHighlight(this.texts[first]?.highlightId ?? model.positions[first]!.id);
    } else if (hit && 'pole' in hit) {
      this.tooltipFor = null;
      this.pointingAtPosition = false;
      this.userHighlight(model.poles[hit.pole]!.id);
    } else {
      this.pointerLeft();
    }
  };

  protected override onPlotClick = (event: MouseEvent): void => {
    const hit = this.hitTest(event);
    const model = this.model;
    if (!hit || !model) return;
    if ('pole' in hit) {
      this.userSelect({ id: model.poles[hit.pole]!.id });
      return;
    }
    // Of several positions at one place, a click moves on to the next one after the one shown.
    const index = hit.positions.find((i) => i > this.step) ?? hit.positions[0]!;
    this.stopPlaying();
    this.moveTo(index);
    this.selectPosition(index);
  };

  private selectPosition(index: number): void {
    const position = this.model?.positions[index];
    const layout = this.layout;
    if (!position || !layout) return;
    const distance = layout.positions[index]!.distance;
    // Equal weights leave a rounding residue of ~1e-16: report balance as 0.
    this.userSelect({ id: this.texts[index]?.highlightId ?? position.id, series: position.id, value: distance < 1e-9 ? 0 : distance });
  }

  /** The pointer left: fall back to what keyboard focus shows, else clear. */
  protected override pointerLeft(): void {
    if (this.focusVisible && this.renderRoot.querySelector('svg.chart')?.matches(':focus-within')) {
      if (!sameList(this.tooltipFor, [this.step])) this.tooltipFor = [this.step];
      this.pointingAtPosition = true;
      this.userHighlight(this.texts[this.step]?.highlightId ?? null);
      return;
    }
    if (this.tooltipFor !== null) this.tooltipFor = null;
    this.pointingAtPosition = false;
    this.userHighlight(null);
  }

  protected override onPlotFocusIn = (event: FocusEvent): void => {
    const target = event.target as Element;
    const index = Number(target.getAttribute('data-index'));
    if (!target.hasAttribute('data-index') || !Number.isInteger(index) || !this.model) return;
    if (index !== this.step) {
      this.stopPlaying();
      this.moveTo(index);
    }
    this.focusVisible = target.matches(':focus-visible');
    this.tooltipFor = [index];
    this.pointingAtPosition = true;
    this.userHighlight(this.texts[index]?.highlightId ?? null);
  };

  protected override focusLeft(): void {
    this.focusVisible = false;
    this.tooltipFor = null;
    this.pointingAtPosition = false;
    this.userHighlight(null);
  }

  protected override onPlotKeyDown = (event: KeyboardEvent): void => {
    const model = this.model;
    if (!model || model.positions.length === 0) return;
    const last = model.positions.length - 1;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(last, this.step + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(0, this.step - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      case 'Escape':
        this.stopPlaying();
        this.tooltipFor = null;
        this.pointingAtPosition = false;
        this.userHighlight(null);
        event.preventDefault();
        return;
      case 'Enter':
      case ' ':
        this.selectPosition(this.step);
        event.preventDefault();
        return;
      default:
        return;
    }
    event.preventDefault();
    this.stopPlaying();
    this.moveTo(next);
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGElement>(`[part~="point"][data-index="${next}"]`)?.focus());
  };

  private onStepperKeyDown = (event: KeyboardEvent): void => {
    let next = this.stepperFocus;
    if (event.key === 'ArrowRight') next = (next + 1) % 3;
    else if (event.key === 'ArrowLeft') next = (next + 2) % 3;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = 2;
    else return;
    event.preventDefault();
    this.stepperFocus = next;
    void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLButtonElement>('.stepper button')[next]?.focus());
  };
}

function sameList(a: readonly number[] | null, b: readonly number[]): boolean {
  return a !== null && a.length === b.length && a.every((x, i) => x === b[i]);
}

function easeCubicInOut(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

declare global {
  interface HTMLElementTagNameMap {
    'mv-compass': MvCompass;
  }
}
