import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import { rovingIndex } from './interaction.js';

/** One button of a toggle legend: a series of the radar, a kind of tie of the chord. */
export interface LegendEntry {
  /** The id of what it toggles (`data-id` on the button). */
  readonly id: string;
  readonly label: string;
  /** The colour class (`cN`) of its swatch and text. */
  readonly className: string;
  /** Shown (pressed) or switched off. */
  readonly pressed: boolean;
  /** A small sample of its marks, drawn as they are drawn in the chart. */
  readonly swatch: TemplateResult;
  /** Said after the label to screen readers only (the chord's tone). */
  readonly note?: string;
}

/** What the chart does when the reader uses its legend. */
export interface LegendActions {
  /** The reader pressed entry `index` (click, Enter or Space). */
  toggled(index: number): void;
  /** The pointer came onto entry `index`, or left the entries (`null`). */
  pointed(index: number | null): void;
}

/**
 * A toggle legend: a toolbar of buttons with one tab stop (arrows, Home and End move), each
 * pressed while its entry is shown. Its events are delegated to the toolbar: four listeners
 * whatever the number of entries. Leaving a button for anything but another button says
 * `pointed(null)`; moving straight onto another button leaves it to that button, so linked
 * charts do not flicker. A separate module, so that a chart without one does not ship it.
 */
export class ToggleLegend {
  /** The entry that holds the roving tab stop. */
  private focus = 0;

  constructor(
    private readonly host: LitElement,
    private readonly actions: LegendActions,
  ) {}

  /** The toolbar, named `label` for screen readers. */
  render(entries: readonly LegendEntry[], label: string): TemplateResult {
    if (this.focus >= entries.length) this.focus = 0;
    return html`<div
      part="legend"
      role="toolbar"
      aria-label=${label}
      @keydown=${this.onKeyDown}
      @click=${this.onEvent}
      @focusin=${this.onEvent}
      @pointerover=${this.onEvent}
      @pointerout=${this.onEvent}
    >
      ${entries.map(
        (entry, index) =>
          html`<button type="button" class=${entry.className} data-id=${entry.id} data-entry=${index} aria-pressed=${entry.pressed ? 'true' : 'false'} tabindex=${index === this.focus ? 0 : -1}>
            ${entry.swatch} ${entry.label}${entry.note ? html`<span class="visually-hidden">, ${entry.note}</span>` : nothing}
          </button>`,
      )}
    </div>`;
  }

  private onEvent = (event: Event): void => {
    const index = entryOf(event.target);
    if (index === null) return;
    if (event.type === 'click') this.actions.toggled(index);
    else if (event.type === 'focusin') this.moveFocus(index);
    else if (event.type === 'pointerover') this.actions.pointed(index);
    else if (entryOf((event as PointerEvent).relatedTarget) === null) this.actions.pointed(null);
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    const buttons = this.host.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="legend"] button');
    const next = rovingIndex(event.key, this.focus, buttons.length);
    if (next === null) return;
    event.preventDefault();
    this.moveFocus(next);
    void this.host.updateComplete.then(() => buttons[next]?.focus());
  };

  private moveFocus(index: number): void {
    if (index === this.focus) return;
    this.focus = index;
    this.host.requestUpdate();
  }
}

/** The index of the legend button `target` is in, or `null` outside the buttons. */
function entryOf(target: EventTarget | null): number | null {
  const value = (target as Element | null)?.closest?.('button[data-entry]')?.getAttribute('data-entry');
  return value == null ? null : Number(value);
}
