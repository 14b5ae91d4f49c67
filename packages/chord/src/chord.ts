import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { MvChartElement, ToggleLegend, formatNumber, seriesColor, toggled, type MessageCatalog, type Validated } from '@multivector/core';
import { chordLayout, defaultChordHeight, textWidth, type ChordLayout, type ChordRibbon, type TextSpacing } from './chord-layout.js';
import { validateChord, type ChordModel, type ChordModelTie } from './chord-data.js';
import { CHORD_MESSAGES } from './chord-messages.js';
import { kindMarks, type ChordKindMark } from './chord-marks.js';
import { chordStyles } from './chord.styles.js';

/** How many ties an actor's tooltip lists before "…". */
const TOOLTIP_TIES = 6;

/** What the reader points at or has focused: an actor's arc or a tie's ribbon. */
type Target = { readonly type: 'actor'; readonly actor: number } | { readonly type: 'tie'; readonly tie: number; readonly actor: number };

/**
 * The alliance chord diagram: actors (states, blocs, organisations) around a circle, each arc
 * sized by the total strength of its ties, and the ties between them as ribbons coloured by
 * kind. Several kinds between one pair each keep their own ribbon; directed ties end in an
 * arrow. No kind rests on colour alone: the fill tells the tone (cooperative solid, neutral a
 * light tint with dots, hostile hatched) and the edge tells the kinds of one tone apart (the
 * first solid, the next ones dashed in turn, as the `SERIES_DASHES` of the other charts); the
 * legend and tooltip swatches draw the same fill and edge. An actor's `group` (a bloc) is
 * drawn as an outer band.
 *
 * Data comes from the `data` property, a child `<script type="application/json">`, or `src`.
 * At most 200 actors, 32 kinds and 5,000 ties: past that the element shows a `too-many` error
 * that names the limit instead of freezing the page.
 *
 * Keyboard: one tab stop. Left and Right move between actors, Down and Up go through the
 * focused actor's ties, Escape goes back to the actor and a second Escape clears; Enter or
 * Space selects.
 *
 * @tagname mv-chord
 * @summary Alliance chord diagram: actors on a circle, typed and signed ties as ribbons.
 *
 * @fires mv-highlight - The reader hovered or focused an actor (`detail.id`), hovered a group's band (the group id), or cleared it (null), also when moving onto a tie with the pointer. Linked elements also receive the actor's `group` as a related id, so a `west` pole lights for `usa`. Not fired when code sets `highlight`.
 * @fires mv-select - The reader clicked, or pressed Enter or Space on, an actor (`detail.id`, `detail.value` its total) or a tie (`detail.id` the `from` actor, `detail.series` the tie as `from/to/kind`, `detail.value` its strength).
 * @fires mv-ready - The chart was drawn for new data (`detail.state`: `ready` or `empty`; `detail.dropped`).
 * @fires mv-error - The dataset could not be drawn (`detail.code`, `detail.message`, `detail.url`).
 *
 * @csspart figure - The outer wrapper.
 * @csspart title - The chart title.
 * @csspart description - The summary under the title.
 * @csspart legend - The kinds of tie, as toggles.
 * @csspart arc - Each actor's arc.
 * @csspart ribbon - Each drawn tie.
 * @csspart label - Each actor's name around the circle.
 * @csspart group - Each group's outer band.
 * @csspart group-label - Each group's name on its band.
 * @csspart tooltip - The tooltip.
 * @csspart table - The data tables (ties, and totals by actor).
 * @csspart table-toggle - The button that shows or hides the data tables.
 * @csspart dropped - The list of ties not shown, with the reason.
 * @csspart footer - Source line and notes.
 * @csspart error - The error message.
 * @csspart empty - The "No data" message.
 *
 * @cssprop [--mv-text-color=inherit] - Text and stroke colour (defaults to the page's).
 * @cssprop [--mv-background=transparent] - Background (white or near-black under `theme="light"`/`"dark"`).
 * @cssprop [--mv-font-family=inherit] - Font.
 * @cssprop [--mv-font-size=14px] - Base font size; labels are never under 12px.
 * @cssprop [--mv-series-1=#0a62a8] - Colour of the first kind of tie (likewise `--mv-series-2` … `--mv-series-8`; kinds past 8 take the colours again, and still differ by their fill and edge).
 * @cssprop [--mv-arc-color=color-mix(currentColor 70%)] - The actors' arcs.
 * @cssprop [--mv-group-color=color-mix(currentColor 14%)] - The groups' bands.
 * @cssprop [--mv-ribbon-opacity=0.6] - Fill opacity of cooperative ribbons (the tint under a neutral ribbon's dots takes a quarter of it).
 * @cssprop [--mv-focus-color=#1a5fd0] - Keyboard focus ring.
 * @cssprop [--mv-tooltip-background=#ffffff] - Tooltip background.
 *
 * @slot - Fallback content (an image, a table, a link) shown until the element upgrades; a child `<script type="application/json">` is read as the dataset.
 */
export class MvChord extends MvChartElement<ChordModel> {
  static override styles = [MvChartElement.styles, chordStyles];

  /** Kind ids switched off in the legend. */
  @state() private hiddenKinds: ReadonlySet<string> = new Set();
  /** The mark that holds the roving tab stop. */
  @state() private focusKey: Target | null = null;
  @state() private focusVisible = false;
  /** The mark whose tooltip is open (hovered or focused). */
  @state() private hover: Target | null = null;
  /** The kind whose legend entry the pointer is on. */
  @state() private legendHover: number | null = null;
  private readonly legend = new ToggleLegend(this, {
    toggled: (index) => {
      const kind = this.model?.kinds[index];
      if (kind) this.toggleKind(kind.id);
    },
    // Pointing at a shown kind lights its ribbons and dims the rest.
    pointed: (index) => {
      const kind = index === null ? undefined : this.model?.kinds[index];
      this.legendHover = kind && !this.hiddenKinds.has(kind.id) ? index : null;
    },
  });

  private layout?: ChordLayout;
  /** The host's letter and word spacing in px when the layout was computed. */
  private spacing: TextSpacing = {};
  /** Each kind's fill and edge, by kind index. */
  private marks: readonly ChordKindMark[] = [];
  private layoutKey: readonly unknown[] = [];
  private previousModel?: ChordModel;
  /** Visible ribbons by tie index, and each actor's ribbons in order round its arc. */
  private ribbonByTie = new Map<number, ChordRibbon>();
  private ribbonsByActor = new Map<number, number[]>();
  /** True while Lit commits a render: focus lost then is our doing, not the reader's. */
  private updating = false;
  private restoreFocus = false;

  protected override get messages(): MessageCatalog {
    return CHORD_MESSAGES;
  }

  protected override validate(raw: unknown): Validated<ChordModel> {
    return validateChord(raw);
  }

  protected override isEmpty(model: ChordModel): boolean {
    return model.ties.length === 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const model = this.model;
    if (model !== this.previousModel) {
      this.onModelChange(model);
      this.previousModel = model;
    }
    const width = this.chartWidth;
    const key = [model, width, this.language, this.hiddenKinds];
    if (!model || width <= 0) {
      this.layout = undefined;
      this.layoutKey = [];
    } else if (key.some((k, i) => k !== this.layoutKey[i])) {
      this.layoutKey = key;
      this.layout = this.computeLayout(model, width);
      this.indexRibbons(this.layout);
    }
    this.reconcileFocus();
  }

  protected override update(changed: PropertyValues<this>): void {
    this.updating = true;
    try {
      super.update(changed);
    } finally {
      this.updating = false;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.placeTooltip();
    if (this.restoreFocus) {
      this.restoreFocus = false;
      // The focused mark went with a data change or a toggle: give focus to the new tab stop
      // rather than drop it on the page (after this update, so that no state is set in it).
      void this.updateComplete.then(() => {
        if (this.shadowRoot?.activeElement) return;
        this.renderRoot.querySelector<SVGElement>('[part~="arc"][tabindex="0"], [part~="ribbon"][tabindex="0"]')?.focus();
      });
    }
  }

  protected override plotHeightHint(width: number): number {
    return defaultChordHeight(width);
  }

  protected override renderChart(model: ChordModel): TemplateResult {
    const layout = this.layout;
    if (!layout) return html`<div class="plot"></div>`;
    const width = layout.centre.x * 2;
    const height = layout.centre.y * 2;
    const emphasised = this.emphasisedActors();
    return html`${this.renderLegend(model)}
      ${this.renderPlot(
        model,
        { width, height, className: this.fontSize === 13 ? 'fs13' : '' },
        svg`          ${this.renderDefs(model, layout)}
          ${layout.empty
            ? nothing
            : svg`<g transform="translate(${layout.centre.x},${layout.centre.y})">
                ${this.renderGroups(layout, emphasised)} ${this.renderArcs(model, layout, emphasised)}
                ${this.renderRibbons(model, layout, emphasised)} ${this.renderLabels(layout, emphasised)} ${this.renderFocusRing(layout)}
              </g>`}`,
        html`${layout.empty ? html`<p class="all-hidden" role="status">${this.t('allHidden')}</p>` : nothing} ${this.renderTooltip(model, layout)}`,
      )}`;
  }

  // Quotes are marked with text, not <q>: Chromium lays out each <q> by walking back to the
  // one before it, and a table of 5,000 ties took 12 s of layout instead of 1.
  protected override renderTable(model: ChordModel): TemplateResult {
    const totals = this.totals(model, false);
    return html`<table part="table" class="ties">
        <caption>
          ${this.t('tiesCaption', { title: this.text(model.base.title) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t('from')}</th>
            <th scope="col">${this.t('to')}</th>
            <th scope="col">${this.t('kind')}</th>
            <th scope="col">${this.t('strength')}</th>
            <th scope="col">${this.t('direction')}</th>
            <th scope="col">${this.t('tieText')}</th>
            <th scope="col">${this.t('evidence')}</th>
            <th scope="col">${this.t('shown')}</th>
          </tr>
        </thead>
        <tbody>
          ${model.ties.map((tie) => {
            const kind = model.kinds[tie.kind]!;
            const hidden = this.hiddenKinds.has(kind.id);
            return html`<tr data-tie=${tie.index} data-hidden=${hidden ? 'true' : 'false'}>
              <th scope="row">${this.actorName(model, tie.from)}</th>
              <td>${this.actorName(model, tie.to)}</td>
              <td>${this.text(kind.label)} (${this.t(`tone.${kind.tone}`)})</td>
              <td>${formatNumber(tie.value, this.language)}</td>
              <td>${this.directionText(model, tie)}</td>
              <td>${tie.label ? this.text(tie.label) : ''}</td>
              <td>
                ${tie.evidence
                  ? html`<span class="quote">${this.t('quoted', { quote: tie.evidence.quote })}</span>${tie.evidence.note ? html`<br /><span class="note">${this.text(tie.evidence.note)}</span>` : nothing}`
                  : nothing}
              </td>
              <td>${hidden ? this.t('shownHidden') : this.t('shownYes')}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      <table part="table" class="totals">
        <caption>
          ${this.t('actorsCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t('actor')}</th>
            <th scope="col">${this.t('actorKind')}</th>
            <th scope="col">${this.t('group')}</th>
            <th scope="col">${this.t('total')}</th>
            <th scope="col">${this.t('tieCount')}</th>
          </tr>
        </thead>
        <tbody>
          ${model.actors.map((actor, i) => {
            const { total, count } = totals[i]!;
            return html`<tr data-actor=${i}>
              <th scope="row">${this.text(actor.label)}</th>
              <td>${actor.kind ? this.t(`actorKind.${actor.kind}`) : ''}</td>
              <td>${actor.group !== undefined ? this.groupLabel(actor.group) : ''}</td>
              <td>${formatNumber(total, this.language)}</td>
              <td>${count === 0 ? `0 (${this.t('notOnCircle')})` : count}</td>
            </tr>`;
          })}
        </tbody>
      </table>`;
  }

  protected override csvRows(model: ChordModel): string[][] {
    return [
      [this.t('from'), this.t('to'), this.t('kind'), this.t('strength'), this.t('direction'), this.t('tieText'), this.t('evidence')],
      ...model.ties.map((tie) => [
        this.actorName(model, tie.from),
        this.actorName(model, tie.to),
        this.text(model.kinds[tie.kind]!.label),
        String(tie.value),
        this.directionText(model, tie),
        tie.label ? this.text(tie.label) : '',
        tie.evidence?.quote ?? '',
      ]),
    ];
  }

  // Layout.

  private get fontSize(): number {
    return this.chartWidth < 480 ? 12 : 13;
  }

  private computeLayout(model: ChordModel, width: number): ChordLayout {
    const hidden = new Set<number>();
    model.kinds.forEach((kind, i) => {
      if (this.hiddenKinds.has(kind.id)) hidden.add(i);
    });
    this.spacing = this.textSpacing();
    return chordLayout(
      {
        actors: model.actors.map((actor) => {
          const label = this.text(actor.label);
          const short = abbreviation(label);
          return { id: actor.id, label, ...(short && { short }), ...(actor.group !== undefined && { group: actor.group }) };
        }),
        kinds: model.kinds.map((kind) => ({ id: kind.id, tone: kind.tone })),
        ties: model.ties.map((tie) => ({ index: tie.index, from: tie.from, to: tie.to, kind: tie.kind, value: tie.value, directed: tie.directed })),
        hiddenKinds: hidden,
      },
      { width, height: defaultChordHeight(width), fontSize: this.fontSize, ...this.spacing },
    );
  }

  private indexRibbons(layout: ChordLayout): void {
    this.ribbonByTie = new Map(layout.ribbons.map((r) => [r.tieIndex, r]));
    const ends = new Map<number, { tie: number; angle: number }[]>();
    for (const r of layout.ribbons) {
      for (const slice of [r.source, r.target]) {
        const list = ends.get(slice.index) ?? [];
        list.push({ tie: r.tieIndex, angle: slice.startAngle });
        ends.set(slice.index, list);
      }
    }
    this.ribbonsByActor = new Map([...ends].map(([actor, list]) => [actor, list.sort((a, b) => a.angle - b.angle).map((e) => e.tie)]));
  }

  // Pieces.

  /** The fill patterns of neutral (dots) and hostile (hatch) kinds, in the kind's colour. */
  private renderDefs(model: ChordModel, layout: ChordLayout): TemplateResult {
    return svg`<defs>
      ${model.kinds.map((_, k) => {
        const mark = this.marks[k]!;
        if (mark.fill === 'dots') {
          // Two dots a tile, offset: an even lattice that reads as dots, not as rows.
          return svg`<pattern id=${this.patternId(k)} class="dots ${seriesColor(k)}" patternUnits="userSpaceOnUse" width="6" height="6">
            <rect class="dots-bg" width="6" height="6"></rect><circle class="dot" cx="1.5" cy="1.5" r="1.1"></circle><circle class="dot" cx="4.5" cy="4.5" r="1.1"></circle>
          </pattern>`;
        }
        if (mark.fill !== 'hatch') return nothing;
        return svg`<pattern id=${this.patternId(k)} class="hatch ${seriesColor(k)}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(${mark.angle})">
          <rect class="hatch-bg" width="6" height="6"></rect><rect class="hatch-line" width="2.5" height="6"></rect>
        </pattern>`;
      })}
      ${layout.groups.map((group, g) => svg`<path id=${`${this.uid}-band-${g}`} d=${group.labelPath}></path>`)}
    </defs>`;
  }

  private renderGroups(layout: ChordLayout, emphasised: ReadonlySet<number>): TemplateResult {
    return svg`<g class="groups" aria-hidden="true">
      ${layout.groups.map((group, g) => {
        const name = this.groupLabel(group.id);
        const radius = Math.hypot(group.label.x, group.label.y);
        const fits = textWidth(name, this.fontSize, this.spacing) + 8 <= (group.endAngle - group.startAngle) * radius;
        const lit = group.members.every((m) => emphasised.has(m));
        return svg`<path part="group" class=${lit ? 'highlighted' : ''} d=${group.path} data-group=${g}></path>
          ${fits
            ? svg`<text part="group-label" class="group-label" data-group=${g}><textPath href=${`#${this.uid}-band-${g}`} startOffset="50%" text-anchor="middle">${name}</textPath></text>`
            : nothing}`;
      })}
    </g>`;
  }

  private renderArcs(model: ChordModel, layout: ChordLayout, emphasised: ReadonlySet<number>): TemplateResult {
    const stop = this.tabStop(layout);
    const tooltipId = `${this.uid}-tooltip`;
    const hover = this.hover;
    return svg`<g class="hits" aria-hidden="true">
        ${layout.arcs.map((arc) => svg`<path class="hit" d=${arc.hitPath} data-actor=${arc.index}></path>`)}
      </g>
      <g class="arcs">
        ${layout.arcs.map((arc) => {
          const count = this.ribbonsByActor.get(arc.index)?.length ?? 0;
          const described = hover?.type === 'actor' && hover.actor === arc.index;
          return svg`<path part="arc" class="arc focusable ${emphasised.has(arc.index) ? 'highlighted' : ''}" d=${arc.path}
            data-actor=${arc.index} role="img" tabindex=${stop?.type === 'actor' && stop.actor === arc.index ? 0 : -1}
            aria-label=${this.t('actorLabel', { actor: this.actorName(model, arc.index, true), total: formatNumber(arc.total, this.language), ties: count })}
            aria-describedby=${described ? tooltipId : nothing}></path>`;
        })}
      </g>`;
  }

  private renderRibbons(model: ChordModel, layout: ChordLayout, emphasised: ReadonlySet<number>): TemplateResult {
    const hover = this.hover;
    const activeTie = hover?.type === 'tie' ? hover.tie : null;
    const legendKind = this.legendHover;
    const stop = this.tabStop(layout);
    const tooltipId = `${this.uid}-tooltip`;
    return svg`<g class="ribbons">
      ${layout.ribbons.map((r) => {
        const tie = model.ties[r.tieIndex]!;
        const kind = model.kinds[tie.kind]!;
        let state = '';
        if (activeTie !== null) state = r.tieIndex === activeTie ? 'active' : 'dimmed';
        else if (legendKind !== null) state = tie.kind === legendKind ? 'lit' : 'dimmed';
        else if (emphasised.size > 0) state = emphasised.has(tie.from) || emphasised.has(tie.to) ? 'lit' : 'dimmed';
        const focusable = stop?.type === 'tie' && stop.tie === r.tieIndex;
        return svg`<path part="ribbon" class="ribbon focusable ${seriesColor(tie.kind)} ${kind.tone} ${state}" d=${r.path}
          fill=${this.patternFill(tie.kind)} stroke-dasharray=${this.marks[tie.kind]!.dash || nothing}
          data-tie=${r.tieIndex} data-kind=${kind.id} role="img" tabindex=${focusable ? 0 : -1}
          aria-label=${this.tieLabel(model, tie)}
          aria-describedby=${activeTie === r.tieIndex ? tooltipId : nothing}></path>`;
      })}
    </g>`;
  }

  private renderLabels(layout: ChordLayout, emphasised: ReadonlySet<number>): TemplateResult {
    return svg`<g class="labels" aria-hidden="true">
      ${layout.arcs.map((arc) => {
        const label = arc.label;
        if (label.hidden || label.text === '') return nothing;
        const lit = emphasised.has(arc.index);
        return svg`${label.leader ? svg`<path class="leader" d=${label.leader}></path>` : nothing}<text part="label"
          class=${lit ? 'highlighted' : ''} data-actor=${arc.index} x=${label.x} y=${label.y} dy="0.35em"
          text-anchor=${label.anchor} transform="rotate(${label.rotate} ${label.x} ${label.y})">${label.text}</text>`;
      })}
    </g>`;
  }

  private renderFocusRing(layout: ChordLayout): TemplateResult | typeof nothing {
    const key = this.focusKey;
    if (!key || !this.focusVisible) return nothing;
    let d: string | undefined;
    if (key.type === 'actor') d = layout.arcs.find((a) => a.index === key.actor)?.path;
    else d = this.ribbonByTie.get(key.tie)?.path;
    if (!d) return nothing;
    return svg`<path class="focus-halo" d=${d}></path><path class="focus-ring" d=${d}></path>`;
  }

  private renderLegend(model: ChordModel): TemplateResult {
    return this.legend.render(
      model.kinds.map((kind, k) => ({
        id: kind.id,
        label: this.text(kind.label),
        className: seriesColor(k),
        pressed: !this.hiddenKinds.has(kind.id),
        swatch: this.swatch(model, k),
        note: this.t(`tone.${kind.tone}`),
      })),
      this.t('legendHint'),
    );
  }

  /** A small sample of a kind's ribbon: the same colour, fill and edge, so the key matches without colour. */
  private swatch(model: ChordModel, k: number): TemplateResult {
    const kind = model.kinds[k]!;
    return html`<svg class="swatch" width="26" height="14" viewBox="0 0 26 14" aria-hidden="true">
      <rect class="ribbon ${kind.tone}" x="1" y="1" width="24" height="12" rx="2" data-kind=${kind.id}
        fill=${this.patternFill(k)} stroke-dasharray=${this.marks[k]!.dash || nothing}></rect>
    </svg>`;
  }

  private renderTooltip(model: ChordModel, layout: ChordLayout): TemplateResult | typeof nothing {
    const hover = this.hover;
    if (!hover || layout.empty) return nothing;
    const id = `${this.uid}-tooltip`;
    if (hover.type === 'actor') {
      const actor = model.actors[hover.actor];
      const arc = layout.arcs.find((a) => a.index === hover.actor);
      if (!actor || !arc) return nothing;
      const ties = (this.ribbonsByActor.get(hover.actor) ?? []).map((t) => model.ties[t]!).sort((a, b) => b.value - a.value);
      const facts = [actor.kind ? this.t(`actorKind.${actor.kind}`) : '', actor.group !== undefined ? this.groupLabel(actor.group) : ''].filter(Boolean);
      return html`<div id=${id} part="tooltip" class="tooltip" role="tooltip" @pointerleave=${this.onTooltipLeave}>
        <p class="tt-title">${this.text(actor.label)}</p>
        ${facts.length ? html`<p class="tt-note">${facts.join(' · ')}</p>` : nothing}
        <p>${this.t('total')}: <strong>${formatNumber(arc.total, this.language)}</strong> · ${this.t('tieCount')}: ${ties.length}</p>
        <ul class="tt-ties">
          ${ties.slice(0, TOOLTIP_TIES).map((tie) => {
            const kind = model.kinds[tie.kind]!;
            const other = tie.from === hover.actor ? tie.to : tie.from;
            const arrow = !tie.directed ? '–' : tie.from === hover.actor ? '→' : '←';
            return html`<li class=${seriesColor(tie.kind)}>
              ${this.swatch(model, tie.kind)} ${arrow} ${this.text(model.actors[other]!.label)}: ${this.text(kind.label)}, ${formatNumber(tie.value, this.language)}
            </li>`;
          })}
          ${ties.length > TOOLTIP_TIES ? html`<li>…</li>` : nothing}
        </ul>
      </div>`;
    }
    const tie = model.ties[hover.tie];
    if (!tie || !this.ribbonByTie.has(hover.tie)) return nothing;
    const kind = model.kinds[tie.kind]!;
    return html`<div id=${id} part="tooltip" class="tooltip" role="tooltip" @pointerleave=${this.onTooltipLeave}>
      <p class="tt-title">${this.pairText(model, tie)}</p>
      <p class="tt-kind ${seriesColor(tie.kind)}">${this.swatch(model, tie.kind)} ${this.text(kind.label)} (${this.t(`tone.${kind.tone}`)})</p>
      <p>${this.t('strength')}: <strong>${formatNumber(tie.value, this.language)}</strong> · ${this.directionText(model, tie)}</p>
      ${tie.label ? html`<p>${this.text(tie.label)}</p>` : nothing}
      ${tie.evidence
        ? html`<p class="quote">${this.t('quoted', { quote: tie.evidence.quote })}</p>
            ${tie.evidence.note ? html`<p class="tt-note">${this.text(tie.evidence.note)}</p>` : nothing}`
        : nothing}
    </div>`;
  }

  /**
   * Positions the tooltip beside its mark (a ribbon, or an arc and its label) where it covers
   * the least of it, inside the plot. CSSOM, not a style attribute: a strict CSP allows it.
   */
  private placeTooltip(): void {
    const hover = this.hover;
    if (!hover) return;
    const marks =
      hover.type === 'actor'
        ? this.renderRoot.querySelectorAll(`[part~="arc"][data-actor="${hover.actor}"], [part~="label"][data-actor="${hover.actor}"]`)
        : this.renderRoot.querySelectorAll(`[part~="ribbon"][data-tie="${hover.tie}"]`);
    this.placeTooltipBeside(this.boxOfMarks(marks));
  }

  // Text.

  protected override summary(model: ChordModel): string {
    const strongest = [...model.ties]
      .filter((tie) => !this.hiddenKinds.has(model.kinds[tie.kind]!.id))
      .sort((a, b) => b.value - a.value || a.index - b.index)
      .slice(0, 3)
      .map((tie) => `${this.pairText(model, tie)} (${this.text(model.kinds[tie.kind]!.label)}, ${formatNumber(tie.value, this.language)})`);
    const hidden = model.kinds.filter((k) => this.hiddenKinds.has(k.id)).map((k) => this.text(k.label));
    return [
      this.t('summary', { actors: model.actors.length, ties: model.ties.length, kinds: model.kinds.length }),
      strongest.length ? this.t('summaryStrongest', { list: strongest.join('; ') }) : '',
      hidden.length ? this.t('summaryHidden', { list: hidden.join(', ') }) : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  /** A group's name: from the data's `groups` in the element's locale, else its id humanised. */
  private groupLabel(id: string): string {
    const label = this.model?.groupLabels.get(id);
    return label === undefined ? groupName(id) : this.text(label);
  }

  private actorName(model: ChordModel, index: number, withGroup = false): string {
    const actor = model.actors[index]!;
    const name = this.text(actor.label);
    return withGroup && actor.group !== undefined ? this.t('actorInGroup', { actor: name, group: this.groupLabel(actor.group) }) : name;
  }

  private pairText(model: ChordModel, tie: ChordModelTie): string {
    return this.t(tie.directed ? 'tieDirected' : 'tieMutual', { from: this.actorName(model, tie.from), to: this.actorName(model, tie.to) });
  }

  private directionText(model: ChordModel, tie: ChordModelTie): string {
    return tie.directed ? this.t('directed', { from: this.actorName(model, tie.from), to: this.actorName(model, tie.to) }) : this.t('mutual');
  }

  private tieLabel(model: ChordModel, tie: ChordModelTie): string {
    const kind = model.kinds[tie.kind]!;
    const text = this.t('tieLabel', {
      pair: this.pairText(model, tie),
      kind: this.text(kind.label),
      tone: this.t(`tone.${kind.tone}`),
      value: formatNumber(tie.value, this.language),
    });
    return tie.label ? `${text}. ${this.text(tie.label)}` : text;
  }

  private patternId(kind: number): string {
    return `${this.uid}-${this.marks[kind]!.fill}-${kind}`;
  }

  /** A neutral or hostile kind's fill, its pattern, as an attribute (CSS gives cooperative ones their colour). */
  private patternFill(kind: number): string | typeof nothing {
    return this.marks[kind]!.fill === 'solid' ? nothing : `url(#${this.patternId(kind)})`;
  }

  /** Total strength and number of ties per actor, over all kinds or only the shown ones. */
  private totals(model: ChordModel, shownOnly: boolean): { total: number; count: number }[] {
    const totals = model.actors.map(() => ({ total: 0, count: 0 }));
    for (const tie of model.ties) {
      if (shownOnly && this.hiddenKinds.has(model.kinds[tie.kind]!.id)) continue;
      for (const end of [tie.from, tie.to]) {
        totals[end]!.total += tie.value;
        totals[end]!.count += 1;
      }
    }
    return totals;
  }

  // Emphasis.

  /**
   * Actors to light: the actor under the reader's pointer or focus, else the first of the
   * highlight ids (linked or set by code) that names an actor or, failing that, a group.
   */
  private emphasisedActors(): ReadonlySet<number> {
    const model = this.model;
    const result = new Set<number>();
    if (!model) return result;
    const hover = this.hover;
    if (hover?.type === 'tie') {
      const tie = model.ties[hover.tie];
      if (tie) result.add(tie.from).add(tie.to);
      return result;
    }
    for (const id of this.highlightIds) {
      const actor = model.actors.findIndex((a) => a.id === id);
      if (actor >= 0) return result.add(actor);
      model.actors.forEach((a, i) => {
        if (a.group === id) result.add(i);
      });
      if (result.size > 0) return result;
    }
    return result;
  }

  // Focus and keyboard.

  /** The mark holding the tab stop: the focused one while it is drawn, else the first arc. */
  private tabStop(layout: ChordLayout): Target | null {
    const key = this.focusKey;
    if (key && this.isDrawn(key, layout)) return key;
    const first = layout.arcs[0];
    return first ? { type: 'actor', actor: first.index } : null;
  }

  private isDrawn(target: Target, layout: ChordLayout): boolean {
    if (target.type === 'tie') return this.ribbonByTie.has(target.tie);
    return layout.arcs.some((a) => a.index === target.actor);
  }

  /** After a toggle or resize, a focus or tooltip on a mark no longer drawn falls back to its actor or goes. */
  private reconcileFocus(): void {
    const layout = this.layout;
    if (!layout) return;
    const key = this.focusKey;
    if (key && !this.isDrawn(key, layout)) {
      const actor: Target = { type: 'actor', actor: key.actor };
      this.focusKey = this.isDrawn(actor, layout) ? actor : null;
    }
    if (this.hover && !this.isDrawn(this.hover, layout)) this.hover = null;
  }

  private targetOf(event: Event): Target | null {
    const element = (event.target as Element | null)?.closest?.('[data-actor], [data-tie]');
    if (!element) return null;
    const tie = element.getAttribute('data-tie');
    if (tie !== null) {
      const index = Number(tie);
      const model = this.model?.ties[index];
      return model ? { type: 'tie', tie: index, actor: model.from } : null;
    }
    const actor = Number(element.getAttribute('data-actor'));
    return Number.isInteger(actor) ? { type: 'actor', actor } : null;
  }

  protected override onPlotPointerOver = (event: PointerEvent): void => {
    const target = this.targetOf(event);
    const band = (event.target as Element | null)?.closest?.('[data-group]');
    if (!target && band) {
      // A group's band lights all its members, and linked charts get the group id (`west`).
      const group = this.layout?.groups[Number(band.getAttribute('data-group'))];
      if (group) {
        this.cancelPointerLeft();
        this.hover = null;
        this.userHighlight(group.id);
        return;
      }
    }
    if (!target) {
      this.pointerLeftSoon();
      return;
    }
    this.cancelPointerLeft();
    if (target.type === 'actor') this.hoverActor(target.actor);
    else {
      this.hover = target;
      this.userHighlight(null);
    }
  };

  protected override onPlotClick = (event: MouseEvent): void => {
    const target = this.targetOf(event);
    if (target) this.select(target);
  };

  private hoverActor(index: number): void {
    const actor = this.model?.actors[index];
    if (!actor) return;
    this.hover = { type: 'actor', actor: index };
    this.userHighlight(actor.id, actor.group !== undefined ? [actor.group] : []);
  }

  private select(target: Target): void {
    const model = this.model;
    const layout = this.layout;
    if (!model || !layout) return;
    if (target.type === 'actor') {
      const arc = layout.arcs.find((a) => a.index === target.actor);
      this.userSelect({ id: model.actors[target.actor]!.id, value: arc?.total ?? 0 });
    } else {
      const tie = model.ties[target.tie]!;
      this.userSelect({ id: model.actors[tie.from]!.id, series: tie.key, value: tie.value });
    }
  }

  /** The pointer left: the tooltip goes back to the keyboard focus, if the chart has it, or closes. */
  protected override pointerLeft(): void {
    const key = this.focusKey;
    if (key && this.focusVisible && this.renderRoot.querySelector('svg.chart')?.matches(':focus-within')) {
      this.hover = key;
      return;
    }
    this.hover = null;
    this.userHighlight(null);
  }

  protected override onPlotFocusIn = (event: FocusEvent): void => {
    const target = this.targetOf(event);
    const model = this.model;
    if (!target || !model) return;
    this.focusVisible = (event.target as Element).matches(':focus-visible');
    if (target.type === 'actor') {
      this.focusKey = target;
      this.hoverActor(target.actor);
    } else {
      // A tie reached from an actor keeps that actor as its context (and its highlight).
      const tie = model.ties[target.tie]!;
      const context = this.focusKey && (this.focusKey.actor === tie.from || this.focusKey.actor === tie.to) ? this.focusKey.actor : tie.from;
      const key: Target = { type: 'tie', tie: target.tie, actor: context };
      this.focusKey = key;
      this.hover = key;
    }
  };

  protected override focusLeft(): void {
    // A mark removed by a render takes focus with it: give it back after the render.
    if (this.updating) {
      this.restoreFocus = true;
      return;
    }
    this.focusVisible = false;
    this.hover = null;
    this.userHighlight(null);
  }

  protected override onPlotKeyDown = (event: KeyboardEvent): void => {
    const layout = this.layout;
    const model = this.model;
    if (!layout || !model || layout.empty) return;
    const key = this.tabStop(layout);
    if (!key) return;
    let next: Target | null = null;
    switch (event.key) {
      case 'ArrowRight':
        next = this.stepActor(layout, key.actor, 1);
        break;
      case 'ArrowLeft':
        next = this.stepActor(layout, key.actor, -1);
        break;
      case 'ArrowDown':
        next = this.stepTie(key, 1);
        break;
      case 'ArrowUp':
        next = this.stepTie(key, -1);
        break;
      case 'Home':
        next = { type: 'actor', actor: layout.arcs[0]!.index };
        break;
      case 'End':
        next = { type: 'actor', actor: layout.arcs[layout.arcs.length - 1]!.index };
        break;
      case 'Escape':
        if (key.type === 'tie') {
          next = { type: 'actor', actor: key.actor };
          break;
        }
        if (this.hover === null && this.pointerHighlight === null) return; // nothing to clear: let the page have Escape
        this.hover = null;
        this.userHighlight(null);
        event.preventDefault();
        return;
      case 'Enter':
      case ' ':
        this.select(key);
        event.preventDefault();
        return;
      default:
        return;
    }
    event.preventDefault();
    if (next) void this.moveFocus(next);
  };

  private stepActor(layout: ChordLayout, actor: number, direction: 1 | -1): Target | null {
    const count = layout.arcs.length;
    const at = layout.arcs.findIndex((a) => a.index === actor);
    if (count === 0) return null;
    const next = at < 0 ? 0 : (at + direction + count) % count;
    return { type: 'actor', actor: layout.arcs[next]!.index };
  }

  /** Down and Up: into the actor's ties (first or last), then through them round the arc. */
  private stepTie(key: Target, direction: 1 | -1): Target | null {
    const ties = this.ribbonsByActor.get(key.actor) ?? [];
    if (ties.length === 0) return null;
    const at = key.type === 'tie' ? ties.indexOf(key.tie) : -1;
    const next = at < 0 ? (direction === 1 ? 0 : ties.length - 1) : (at + direction + ties.length) % ties.length;
    return { type: 'tie', tie: ties[next]!, actor: key.actor };
  }

  private async moveFocus(next: Target): Promise<void> {
    this.focusKey = next;
    await this.updateComplete;
    const selector = next.type === 'actor' ? `[part~="arc"][data-actor="${next.actor}"]` : `[part~="ribbon"][data-tie="${next.tie}"]`;
    this.renderRoot.querySelector<SVGElement>(selector)?.focus();
  }

  private toggleKind(id: string): void {
    this.hiddenKinds = toggled(this.hiddenKinds, id);
    this.legendHover = null;
  }

  private onModelChange(next: ChordModel | undefined): void {
    this.marks = next ? kindMarks(next.kinds) : [];
    this.focusKey = null;
    this.hover = null;
    this.legendHover = null;
    if (next) {
      if (this.hiddenKinds.size > 0) {
        const ids = new Set(next.kinds.map((k) => k.id));
        this.hiddenKinds = new Set([...this.hiddenKinds].filter((id) => ids.has(id)));
      }
    }
  }
}

/**
 * A group's name. The data format gives groups as ids only, with no label: the id is shown
 * humanised (`west` → "West", `central-asia` → "Central asia"), untranslated.
 */
export function groupName(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A short form for small arcs: the initials of a name of two or more capitalised words
 * ("European Union" → "EU", "Европейский союз" → "ЕС"), else nothing.
 */
export function abbreviation(label: string): string | undefined {
  if (!/^[\p{L}\s-]+$/u.test(label)) return undefined;
  // Short lower-case words ("of", "the", "и") give no initial: "Republic of Korea" → "RK".
  const words = label.split(/[\s-]+/).filter((w) => w.length > 0 && !(w.length <= 3 && /^\p{Ll}/u.test(w)));
  if (words.length < 2 || words.length > 5) return undefined;
  return words.map((w) => Array.from(w)[0]!.toUpperCase()).join('');
}

declare global {
  interface HTMLElementTagNameMap {
    'mv-chord': MvChord;
  }
}
