import { html, LitElement, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fire } from './events.js';
import { CORE_MESSAGES, createTranslator, type MessageCatalog, type Translate } from './i18n.js';
import { tooltipPosition, unionBox, type Box } from './interaction.js';
import { broadcastLink, joinLink, leaveLink, type LinkMember } from './link.js';
import { SizeController } from './size.js';
import { coreStyles } from './styles.js';
import { resolveText, SUPPORTED_LOCALES, type TextSpacing } from './text.js';
import { ThemeController, type ThemeSetting } from './theme.js';
import { safeFetchUrl } from './url.js';
import type { ChartError, DroppedValue, LocalChartBase, Validated } from './validation.js';

/** What `data-state` says and `whenReady()` resolves with. */
export type ChartState = 'loading' | 'ready' | 'empty' | 'error';

/**
 * Quiet time before a data update is announced: updates in quick succession (a slider, a
 * scrollytelling step) are said once, for the last dataset.
 */
const UPDATE_ANNOUNCE_DELAY_MS = 500;

/** How long the pointer may spend over nothing on its way from a mark to its tooltip (as Highcharts' `tooltip.hideDelay`). */
const POINTER_LEAVE_GRACE_MS = 500;

/** Largest dataset accepted from `src` or inline JSON, in characters. */
export const MAX_JSON_LENGTH = 5_000_000;

type Input = { kind: 'none' } | { kind: 'value'; value: unknown } | { kind: 'error'; error: ChartError } | { kind: 'pending' };

let instanceCount = 0;

/** An attribute converter that reads a removed (or empty) attribute as the property's default. */
function orDefault<T extends string>(fallback: T) {
  return { fromAttribute: (value: string | null) => (value ? value : fallback) as T, toAttribute: (value: T) => value };
}

/**
 * The base of every multivector chart: the element contract of docs/architecture.md that all
 * charts share. It resolves the dataset (the `data` property, then inline JSON, then `src`),
 * validates it through the chart's `validate()`, keeps the state (`loading`, `ready`, `empty`,
 * `error`), renders title, description, source line, notes, error and empty states and the data
 * table around the chart's own `renderChart()`, and owns events, linking, theme and size.
 *
 * A chart subclass implements `validate`, `isEmpty`, `renderChart`, `renderTable` and
 * `csvRows`, and calls `userHighlight`/`userSelect` on reader actions.
 *
 * @csspart header - The title and the description, above the chart.
 * @csspart source - The source line under the chart (its link, when the source has one).
 * @csspart notes - The dataset's notes under the source line.
 * @csspart dropped - Under the data table, the list of values that were not drawn, with the reason.
 */
export abstract class MvChartElement<TModel extends { readonly base: LocalChartBase }> extends LitElement implements LinkMember {
  static override styles: CSSResultGroup = coreStyles;

  /** The dataset, as an object (see the chart's data format). Takes precedence over inline JSON and `src`. */
  @property({ attribute: false }) data: unknown = undefined;

  /** URL of a JSON dataset (http, https or relative), used when neither `data` nor inline JSON is given. */
  @property({ reflect: true }) src: string | null = null;

  /** `auto` (default) follows the host page, then the OS; `light` and `dark` force a theme. */
  @property({ reflect: true, converter: orDefault('auto') }) theme: ThemeSetting = 'auto';

  /**
   * Language of the element's own strings and of the data's translated labels: `en`, `ru`, `kk`.
   * When it is not set, the page's language decides (the closest `lang`, as on `<html lang="kk">`)
   * if the element speaks it, else English.
   */
  @property({ reflect: true }) locale: string | null = null;

  /** Id of the mark to emphasise (an axis, pole, actor or series). Setting it fires no event. */
  @property({ reflect: true }) highlight: string | null = null;

  /** A group name: elements with the same `link` share their highlight. */
  @property({ reflect: true }) link: string | null = null;

  /** Shows the data table, which is otherwise visually hidden (screen readers always have it). */
  @property({ type: Boolean, reflect: true, attribute: 'show-table' }) showTable = false;

  /** The id under the reader's pointer or keyboard focus. */
  @state() protected pointerHighlight: string | null = null;
  /** The highlight another linked element sent, with its related ids. */
  @state() protected linkedHighlight: { id: string; related: readonly string[] } | null = null;
  @state() private inlineJson: string | null = null;
  /**
   * False until the first chart has been painted: the visually hidden data table (most of the
   * element's nodes) is rendered one frame later, so it does not delay the chart's first frame.
   */
  @state() private tableRendered = false;
  private tableFrame = 0;
  @state() private fetched: { url: string; input: Input } | null = null;
  /** What the polite live region says (see `announce`). */
  @state() private announcement = '';
  private announceTimer = 0;
  private leaveTimer = 0;

  /**
   * The plot's height at `width` before its data is known, reserved while the data loads so
   * that the page does not jump when the chart appears (0 reserves nothing).
   */
  protected plotHeightHint(_width: number): number {
    return 0;
  }

  /** The validated dataset, when there is one. */
  protected model?: TModel;
  /** Values dropped by validation, listed in the table. */
  protected dropped: readonly DroppedValue[] = [];
  /** The error in force, when `state` is `error`. */
  protected error?: ChartError;
  /** Unique prefix for ids inside the shadow root (aria references). */
  protected readonly uid = `mv${++instanceCount}`;

  protected readonly themeController = new ThemeController(this);
  private readonly size = new SizeController(this);

  private chartState: ChartState = 'loading';
  private lastInputKey: unknown = Symbol('unset');
  private inputKind: Input['kind'] = 'none';
  private reported: ChartError | undefined;
  private readyReportedFor: TModel | undefined;
  private waiters: ((state: ChartState) => void)[] = [];
  private childObserver?: MutationObserver;
  private fetchController?: AbortController;
  private joinedLink: string | null = null;
  private translator?: Translate;
  private resolvedLanguage = 'en';

  /** The chart's own message catalog, merged over the core strings. */
  protected abstract get messages(): MessageCatalog;
  /** Checks a raw dataset: a model with its dropped values, or a coded error. */
  protected abstract validate(raw: unknown): Validated<TModel>;
  /** True when a valid dataset has nothing to draw (a calm "No data" state, not an error). */
  protected abstract isEmpty(model: TModel): boolean;
  /** Draws the chart (legend, plot, tooltip) for `width` pixels. */
  protected abstract renderChart(model: TModel, width: number): TemplateResult;
  /** The data table of every value. */
  protected abstract renderTable(model: TModel): TemplateResult;
  /** The rows of `toCSV()`, header first. */
  protected abstract csvRows(model: TModel): string[][];
  /**
   * A plain-language summary generated from the data ("Radar chart with 6 axes …"), shown as
   * the description when the dataset has none: a chart always comes with a summary.
   */
  protected abstract summary(model: TModel): string;

  /** The width available to the chart, in CSS pixels (0 until measured or while hidden). */
  protected get chartWidth(): number {
    return this.size.width;
  }

  /** The element's state: `loading`, `ready` (drawn), `empty` or `error`. Also the `data-state` attribute. */
  get state(): ChartState {
    return this.chartState;
  }

  /**
   * Resolves once the element has settled for its current input: drawn (`ready`, its data table
   * included), `empty` or `error`. Works when called late: it then resolves at once.
   */
  whenReady(): Promise<ChartState> {
    // A property set just before (`el.data = next; await el.whenReady()`) is not processed yet:
    // wait for that update rather than answer with the state of the previous input.
    if (!this.isUpdatePending && this.isSettled() && (this.tableRendered || this.chartState !== 'ready')) return Promise.resolve(this.chartState);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** The data as CSV text (RFC 4180 quoting), for a "get the data" link. */
  toCSV(): string {
    if (!this.model) return '';
    return this.csvRows(this.model)
      .map((row) => row.map((cell) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','))
      .join('\r\n');
  }

  /** A standalone SVG string of the drawn chart (computed colours inlined), or `''` when not drawn. */
  toSVG(): string {
    const svg = this.renderRoot.querySelector<SVGSVGElement>('svg.chart');
    if (!svg) return '';
    const clone = svg.cloneNode(true) as SVGSVGElement;
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    const source = svg.querySelectorAll<SVGElement>('*');
    const target = clone.querySelectorAll<SVGElement>('*');
    source.forEach((node, index) => {
      const computed = getComputedStyle(node);
      const copy = target[index];
      if (!copy) return;
      for (const name of ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'fill-opacity', 'font-size', 'font-family', 'font-weight']) {
        copy.style.setProperty(name, computed.getPropertyValue(name));
      }
    });
    clone.querySelectorAll('.hit, .focus-ring, .focus-halo').forEach((node) => node.remove());
    return new XMLSerializer().serializeToString(clone);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readInlineJson();
    // A table whose frame was cancelled by a disconnection is scheduled again by the next update.
    if (!this.tableRendered && this.hasUpdated) this.requestUpdate();
    this.childObserver = new MutationObserver(() => this.readInlineJson());
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.syncLink();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
    this.childObserver = undefined;
    if (this.tableFrame) cancelAnimationFrame(this.tableFrame);
    this.tableFrame = 0;
    clearTimeout(this.announceTimer);
    this.announceTimer = 0;
    this.cancelPointerLeft();
    this.fetchController?.abort();
    this.fetchController = undefined;
    // A fetch cut short by disconnection must start again on reconnection.
    if (this.fetched?.input.kind === 'pending') this.fetched = null;
    if (this.joinedLink !== null) leaveLink(this.joinedLink, this);
    this.joinedLink = null;
  }

  /** Receives a linked element's highlight. */
  receiveLinkedHighlight(id: string | null, related: readonly string[]): void {
    this.linkedHighlight = id === null ? null : { id, related };
  }

  /** The language in force: `locale` when set, else the page's (see `locale`). Settled in `willUpdate`. */
  protected get language(): string {
    return this.resolvedLanguage;
  }

  /** Translates one of the element's strings into its locale. */
  protected t(key: string, params?: Readonly<Record<string, string | number>>): string {
    this.translator ??= createTranslator(CORE_MESSAGES, this.messages);
    return this.translator(this.language, key, params);
  }

  /** The reader's text spacing on the host (a text-spacing stylesheet, WCAG 1.4.12), which the labels inherit. */
  protected textSpacing(): TextSpacing {
    const style = getComputedStyle(this);
    return { letterSpacing: parseFloat(style.letterSpacing) || 0, wordSpacing: parseFloat(style.wordSpacing) || 0 };
  }

  /** Resolves data text in the element's locale. */
  protected text(value: Parameters<typeof resolveText>[0]): string {
    return resolveText(value, this.language);
  }

  /**
   * The ids in force for emphasis: the reader's hover or focus first, then a linked element's,
   * then the `highlight` property.
   */
  protected get highlightIds(): readonly string[] {
    if (this.pointerHighlight !== null) return [this.pointerHighlight];
    if (this.linkedHighlight) return [this.linkedHighlight.id, ...this.linkedHighlight.related];
    return this.highlight ? [this.highlight] : [];
  }

  /** Call on a reader's hover or focus: fires `mv-highlight` and tells linked elements. */
  protected userHighlight(id: string | null, related: readonly string[] = []): void {
    if (id === this.pointerHighlight) return;
    this.pointerHighlight = id;
    fire(this, 'mv-highlight', { id });
    if (this.link) broadcastLink(this.link, this, id, related);
  }

  /** The plot's keyboard, focus and pointer handlers; a chart sets those it needs. */
  protected onPlotKeyDown?: (event: KeyboardEvent) => void;
  protected onPlotFocusIn?: (event: FocusEvent) => void;
  protected onPlotPointerOver?: (event: PointerEvent) => void;
  protected onPlotPointerMove?: (event: PointerEvent) => void;
  protected onPlotClick?: (event: MouseEvent) => void;

  /**
   * The plot every chart shares: its `<svg>` holding `content`, with the accessibility contract
   * in one place (a named `role="group"`, never `role="img"`, which would hide the focusable
   * marks; not itself a tab stop; described by the generated summary and the keyboard help),
   * the chart's handlers, and `after` (tooltip, messages) beside it.
   */
  protected renderPlot(
    model: TModel,
    plot: { readonly width: number; readonly height: number; readonly fontSize?: number; readonly className?: string; readonly keyboardHelp?: boolean },
    content: unknown,
    after: unknown = nothing,
  ): TemplateResult {
    const helpId = `${this.uid}-help`;
    return html`<div class="plot" @pointerleave=${this.onPlotLeave} @pointerover=${this.onPlotAreaOver}>
      <svg
        class="chart ${plot.className ?? ''}"
        width=${plot.width}
        height=${plot.height}
        viewBox="0 0 ${plot.width} ${plot.height}"
        role="group"
        tabindex="-1"
        aria-label=${this.t('chartLabel', { title: this.text(model.base.title) })}
        aria-describedby=${helpId}
        font-size=${plot.fontSize ?? nothing}
        @keydown=${this.onPlotKeyDown}
        @focusin=${this.onPlotFocusIn}
        @focusout=${this.onPlotFocusOut}
        @pointerover=${this.onPlotPointerOver}
        @pointermove=${this.onPlotPointerMove}
        @click=${this.onPlotClick}
      >
        ${content}
      </svg>
      <p id=${helpId} class="visually-hidden">${this.summary(model)} ${plot.keyboardHelp === false ? '' : this.t('keyboardHelp')}</p>
      ${after}
    </div>`;
  }

  /**
   * Bind to the plot's `pointerleave`. The pointer may move from the plot onto the tooltip (and
   * back) without closing it (WCAG 1.4.13); leaving both calls {@link pointerLeft}.
   */
  protected onPlotLeave = (event: PointerEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (to && this.renderRoot.querySelector('.tooltip')?.contains(to)) return;
    this.cancelPointerLeft();
    this.pointerLeft();
  };

  /** Bind to the tooltip's `pointerleave`; see {@link onPlotLeave}. */
  protected onTooltipLeave = (event: PointerEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (to && this.renderRoot.querySelector('.plot')?.contains(to)) return;
    this.cancelPointerLeft();
    this.pointerLeft();
  };

  /** The pointer left the plot and its tooltip: charts fall back to the keyboard focus or clear. */
  protected pointerLeft(): void {}

  /** Focus left the plot (a move between its marks is not leaving): charts drop ring, tooltip and highlight. */
  protected focusLeft(): void {}

  private onPlotFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (to && (event.currentTarget as Element).contains(to)) return;
    this.focusLeft();
  };

  /**
   * The pointer is over nothing inside the plot: `pointerLeft()` in a moment, unless it reaches
   * a mark or the tooltip first. The grace lets a reader cross the gap between a mark and its
   * tooltip to read or select its text (WCAG 1.4.13, hoverable content).
   */
  protected pointerLeftSoon(): void {
    if (this.leaveTimer) return;
    this.leaveTimer = window.setTimeout(() => {
      this.leaveTimer = 0;
      this.pointerLeft();
    }, POINTER_LEAVE_GRACE_MS);
  }

  /** The pointer reached a mark or the tooltip: a pending `pointerLeftSoon()` is called off. */
  protected cancelPointerLeft(): void {
    clearTimeout(this.leaveTimer);
    this.leaveTimer = 0;
  }

  /** Pointer over the plot, bubbled: reaching the tooltip calls off a pending leave. */
  private onPlotAreaOver = (event: PointerEvent): void => {
    if ((event.target as Element | null)?.closest?.('.tooltip')) this.cancelPointerLeft();
  };

  /**
   * Places the open tooltip (`.tooltip` in the plot) beside `target`, the marks it speaks of,
   * inside the plot and covering as little of them as it can (see `tooltipPosition`). Call it
   * after the render that opened or moved the tooltip, when its size is known.
   */
  protected placeTooltipBeside(target: Box | null, gap?: number): void {
    const tooltip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (!tooltip || !plot || !target) return;
    const bounds = { width: plot.clientWidth, height: plot.clientHeight };
    const { left, top } = tooltipPosition(target, { width: tooltip.offsetWidth, height: tooltip.offsetHeight }, bounds, gap);
    tooltip.style.setProperty('left', `${left}px`);
    tooltip.style.setProperty('top', `${top}px`);
  }

  /** The box around `marks` in the plot's coordinates (from their rendered boxes), or `null` for none. */
  protected boxOfMarks(marks: Iterable<Element>): Box | null {
    const origin = this.renderRoot.querySelector('.plot')?.getBoundingClientRect();
    if (!origin) return null;
    return unionBox(
      Array.from(marks, (mark) => {
        const r = mark.getBoundingClientRect();
        return { left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top };
      }),
    );
  }

  /**
   * Says `text` to screen readers through the element's one polite live region (for example a
   * step of the compass). A data update is announced by the base on its own.
   */
  protected announce(text: string): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = 0;
    this.announcement = text;
  }

  /** Call on a reader's click, Enter or Space on a mark: fires `mv-select`. */
  protected userSelect(detail: { id: string; series?: string; value?: number | null }): void {
    fire(this, 'mv-select', detail);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const language = this.locale || pageLanguage(this);
    if (language !== this.resolvedLanguage) {
      this.resolvedLanguage = language;
      this.translator = undefined;
    }
    if (changed.has('link')) this.syncLink();
    const source = this.resolveSource();
    if (source.key !== this.lastInputKey) {
      this.lastInputKey = source.key;
      const input = source.read();
      this.inputKind = input.kind;
      this.applyInput(input);
    }
  }

  protected override render(): TemplateResult {
    const model = this.model;
    const base = model?.base;
    const width = this.size.width;
    const titleId = `${this.uid}-title`;
    const descriptionId = `${this.uid}-description`;
    let body: TemplateResult | typeof nothing = nothing;
    if (this.error) body = this.renderError(this.error);
    else if (this.chartState === 'loading' && !model) body = html`<div part="loading" role="status"><p>${this.t('loading')}</p></div>`;
    else if (model && this.isEmpty(model)) body = html`<div part="empty" role="status"><p>${this.t('empty')}</p></div>`;
    else if (model) body = width > 0 ? this.renderChart(model, width) : html`<div class="plot" style-placeholder></div>`;
    else body = html`<div part="empty" role="status"><p>${this.t('empty')}</p></div>`;
    return html`<figure
      class="root ${this.themeController.scheme}"
      part="figure"
      lang=${this.language}
      aria-labelledby=${base ? titleId : nothing}
      aria-describedby=${model && !this.error ? descriptionId : nothing}
    >
      ${base
        ? html`<div part="header">
            <p part="title" id=${titleId}>${this.text(base.title)}</p>
            ${model && !this.error
              ? html`<p part="description" id=${descriptionId}>${base.description ? this.text(base.description) : this.summary(model)}</p>`
              : nothing}
          </div>`
        : nothing}
      ${body} ${base && !this.error ? this.renderFooter(base) : nothing}
      ${model && !this.error && !this.isEmpty(model) ? this.renderTableSection(model) : nothing}
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
    </figure>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const drawn = !!this.model && !this.error && (this.size.width > 0 || this.isEmpty(this.model));
    if (this.error) this.chartState = 'error';
    else if (this.model && this.isEmpty(this.model)) this.chartState = 'empty';
    else if (drawn) this.chartState = 'ready';
    else if (!this.model && this.inputKind === 'none') this.chartState = 'empty';
    else this.chartState = 'loading';
    if (this.getAttribute('data-state') !== this.chartState) this.setAttribute('data-state', this.chartState);
    // While the data loads, keep the plot's expected height free. CSSOM, not a style
    // attribute in the template: a strict CSP allows it.
    const reserve = this.renderRoot.querySelector<HTMLElement>('[part~="loading"]');
    if (reserve && this.size.width > 0) reserve.style.setProperty('min-height', `max(var(--mv-state-min-height, 12em), ${this.plotHeightHint(this.size.width)}px)`);

    if (this.error && this.reported !== this.error) {
      this.reported = this.error;
      const message = this.errorMessage(this.error);
      console.warn(`[multivector] <${this.localName}> ${this.error.code}: ${this.error.message}`);
      fire(this, 'mv-error', { code: this.error.code, message, ...(this.error.url !== undefined && { url: this.error.url }) });
    }
    if ((this.chartState === 'ready' || this.chartState === 'empty') && this.model && this.readyReportedFor !== this.model) {
      if (this.readyReportedFor !== undefined) this.scheduleUpdateAnnouncement();
      this.readyReportedFor = this.model;
      fire(this, 'mv-ready', { state: this.chartState, dropped: this.dropped.length });
    }
    if (!this.model && this.chartState === 'empty' && this.readyReportedFor !== undefined) this.readyReportedFor = undefined;
    if (this.chartState === 'ready' && !this.tableRendered && !this.tableFrame) {
      // Two frames: a callback of the coming frame runs before its paint; the one after, after it.
      this.tableFrame = requestAnimationFrame(() => {
        this.tableFrame = requestAnimationFrame(() => {
          this.tableFrame = 0;
          this.tableRendered = true;
        });
      });
    }
    if (this.isSettled() && (this.tableRendered || this.chartState !== 'ready')) {
      const waiters = this.waiters;
      this.waiters = [];
      for (const resolve of waiters) resolve(this.chartState);
    }
  }

  /** Announces the data now shown once updates have paused: its title, then its summary. */
  private scheduleUpdateAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = window.setTimeout(() => {
      this.announceTimer = 0;
      const model = this.model;
      if (!model || this.error) return;
      const summary = this.isEmpty(model) ? this.t('empty') : this.summary(model);
      this.announcement = `${this.t('dataUpdated', { title: this.text(model.base.title) })} ${summary}`;
    }, UPDATE_ANNOUNCE_DELAY_MS);
  }

  /**
   * The localised message of an error: a chart's message for the code at that path when it has
   * one (`error.too-many.actors`), else the shared message for the code.
   */
  protected errorMessage(error: ChartError): string {
    const params = { detail: error.message, id: error.id ?? '', path: error.path || '—', limit: error.limit ?? '', count: error.count ?? '' };
    const specific = `error.${error.code}.${error.path ?? ''}`;
    const text = this.t(specific, params);
    return (text === specific ? this.t(`error.${error.code}`, params) : text).replace(/\{\w+\}/g, '');
  }

  /** Renders the list of values that were dropped, under the table. */
  protected renderDropped(): TemplateResult | typeof nothing {
    if (this.dropped.length === 0) return nothing;
    return html`<div part="dropped">
      <p><strong>${this.t('notShownHeading')}</strong></p>
      <ul>
        ${this.dropped.map(
          (item) =>
            html`<li>
              ${this.t('notShownItem', {
                where: item.where.map((label) => this.text(label)).join(' · '),
                value: item.value,
                reason: this.t(item.reason, item.params),
              })}
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderError(error: ChartError): TemplateResult {
    return html`<div part="error" role="status">
      <p><strong>${this.t('errorTitle')}</strong></p>
      <p>${this.errorMessage(error)}</p>
      <p class="code">${this.t('errorCode', { code: error.code })}</p>
    </div>`;
  }

  private renderFooter(base: LocalChartBase): TemplateResult | typeof nothing {
    const source = base.source;
    if (!source && !base.notes) return nothing;
    const sourceTitle = source?.title ? this.text(source.title) : '';
    return html`<div part="footer">
      ${source
        ? html`<p part="source">
            ${this.t('source')} ${this.text(source.name)}${sourceTitle
              ? html`, ${source.url ? html`<a href=${source.url} rel="noopener noreferrer">${sourceTitle}</a>` : html`<cite>${sourceTitle}</cite>`}`
              : nothing}${source.date ? html`, <time>${source.date}</time>` : nothing}
          </p>`
        : nothing}
      ${base.notes ? html`<p part="notes">${this.t('notes')} ${this.text(base.notes)}</p>` : nothing}
    </div>`;
  }

  private renderTableSection(model: TModel): TemplateResult {
    const tableId = `${this.uid}-table`;
    return html`<button
        class="table-toggle"
        part="table-toggle"
        aria-expanded=${this.showTable ? 'true' : 'false'}
        aria-controls=${tableId}
        @click=${() => (this.showTable = !this.showTable)}
      >
        ${this.showTable ? this.t('hideTable') : this.t('showTable')}
      </button>
      <div
        id=${tableId}
        class="table-wrap ${this.showTable ? '' : 'visually-hidden'}"
        role=${this.showTable ? 'region' : nothing}
        aria-label=${this.showTable ? this.t('tableRegion', { title: this.text(model.base.title) }) : nothing}
        tabindex=${this.showTable ? '0' : nothing}
      >
        ${this.tableRendered || this.showTable ? html`${this.renderTable(model)} ${this.renderDropped()}` : nothing}
      </div>`;
  }

  private isSettled(): boolean {
    return this.chartState === 'ready' || this.chartState === 'empty' || this.chartState === 'error';
  }

  private syncLink(): void {
    if (this.joinedLink === this.link || !this.isConnected) return;
    if (this.joinedLink !== null) leaveLink(this.joinedLink, this);
    this.joinedLink = this.link;
    if (this.link !== null) joinLink(this.link, this);
  }

  private readInlineJson(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    const text = script ? script.textContent : null;
    if (text !== this.inlineJson) this.inlineJson = text;
  }

  /**
   * Picks the input by precedence: the `data` property, then inline JSON, then `src`. Returns a
   * key that stays identical while the input does, so that the same input is validated (and its
   * error reported) once.
   */
  private resolveSource(): { key: unknown; read: () => Input } {
    const data = this.data;
    if (data !== undefined && data !== null) {
      return { key: data, read: () => (typeof data === 'string' ? parseJson(data) : { kind: 'value', value: data }) };
    }
    const inline = this.inlineJson;
    if (inline !== null) return { key: `inline:${inline}`, read: () => parseJson(inline) };
    const src = this.src;
    if (src) {
      const url = safeFetchUrl(src, this.ownerDocument.baseURI);
      if (!url) {
        return {
          key: `invalid-url:${src}`,
          read: () => ({ kind: 'error', error: { code: 'invalid-url', message: 'Only http, https and relative URLs are allowed.', url: src } }),
        };
      }
      const fetched = this.fetched;
      if (fetched?.url === url) return { key: fetched, read: () => fetched.input };
      this.startFetch(url);
      return { key: `pending:${url}`, read: () => ({ kind: 'pending' }) };
    }
    return { key: 'none', read: () => ({ kind: 'none' }) };
  }

  private applyInput(input: Input): void {
    this.error = undefined;
    if (input.kind === 'none') {
      this.model = undefined;
      this.dropped = [];
      return;
    }
    if (input.kind === 'pending') return; // keep showing what we had until the fetch settles
    if (input.kind === 'error') {
      this.model = undefined;
      this.error = input.error;
      return;
    }
    try {
      const result = this.validate(input.value);
      if (result.ok) {
        this.model = result.model;
        this.dropped = result.dropped;
      } else {
        this.model = undefined;
        this.dropped = [];
        this.error = result.error;
      }
    } catch (cause) {
      // A bug of ours must not reach the host page: show the error state instead.
      this.model = undefined;
      this.error = { code: 'render-failed', message: cause instanceof Error ? cause.message : String(cause) };
    }
  }

  private startFetch(url: string): void {
    this.fetchController?.abort();
    const controller = new AbortController();
    this.fetchController = controller;
    this.fetched = { url, input: { kind: 'pending' } };
    const settle = (input: Input) => {
      if (controller.signal.aborted) return;
      this.fetched = { url, input };
    };
    fetch(url, { signal: controller.signal, credentials: 'same-origin' })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const text = await response.text();
        settle(parseJson(text));
      })
      .catch((cause: unknown) => {
        if (controller.signal.aborted) return;
        const detail = cause instanceof Error ? cause.message : String(cause);
        settle({ kind: 'error', error: { code: 'fetch-failed', message: `Could not load ${url}: ${detail}`, url } });
      });
  }

  /**
   * Guards the rest of the update (`willUpdate`, where charts lay out, and `updated`): a failure
   * there shows the error state on the next update instead of rejecting `updateComplete` into
   * the page. A failure while showing that error state is logged once and goes no further.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    try {
      return super.scheduleUpdate();
    } catch (cause) {
      if (this.error?.code === 'render-failed') {
        console.error(`[multivector] <${this.localName}> failed while showing its error state`, cause);
        return;
      }
      this.model = undefined;
      this.error = { code: 'render-failed', message: cause instanceof Error ? cause.message : String(cause) };
      this.requestUpdate();
    }
  }

  /** Guards render errors: a failing chart shows its error state, never throws into the page. */
  protected override update(changed: PropertyValues<this>): void {
    try {
      super.update(changed);
    } catch (cause) {
      if (this.error?.code === 'render-failed') throw cause;
      this.model = undefined;
      this.error = { code: 'render-failed', message: cause instanceof Error ? cause.message : String(cause) };
      super.update(changed);
    }
  }
}

/** The closest `lang` around `element` when the charts speak it (`kk-KZ` counts as `kk`), else `en`. */
function pageLanguage(element: Element): string {
  const lang = element.closest('[lang]')?.getAttribute('lang')?.trim() ?? '';
  const base = lang.split('-')[0]!.toLowerCase();
  return (SUPPORTED_LOCALES as readonly string[]).includes(base) ? lang : 'en';
}

function parseJson(text: string): Input {
  if (text.length > MAX_JSON_LENGTH) {
    return { kind: 'error', error: { code: 'invalid-json', message: `The JSON is longer than ${MAX_JSON_LENGTH} characters.` } };
  }
  try {
    // A byte-order mark is legal at the start of a JSON file but not for JSON.parse.
    return { kind: 'value', value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (cause) {
    return { kind: 'error', error: { code: 'invalid-json', message: cause instanceof Error ? cause.message : 'Invalid JSON.' } };
  }
}
