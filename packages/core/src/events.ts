import type { ErrorCode } from './validation.js';

/** `detail` of `mv-highlight`: the id under the reader's pointer or focus, or null when cleared. */
export interface MvHighlightDetail {
  readonly id: string | null;
}

/** `detail` of `mv-select`: what the reader clicked or pressed Enter on. */
export interface MvSelectDetail {
  /** The id of the axis, pole or actor. */
  readonly id: string;
  /** The series, position or tie id, when the mark belongs to one. */
  readonly series?: string;
  /** The value shown, when the mark has one. */
  readonly value?: number | null;
}

/** `detail` of `mv-error`. */
export interface MvErrorDetail {
  /** A stable code, e.g. `invalid-json`, `duplicate-id`, `fetch-failed`. */
  readonly code: ErrorCode;
  /** A plain message in the element's locale. */
  readonly message: string;
  /** The dataset URL, when the error came from fetching `src`. */
  readonly url?: string;
}

/** `detail` of `mv-ready`. */
export interface MvReadyDetail {
  /** `ready` when drawn, `empty` when the dataset has nothing to draw. */
  readonly state: 'ready' | 'empty';
  /** How many values were dropped as invalid (listed in the data table). */
  readonly dropped: number;
}

declare global {
  interface HTMLElementEventMap {
    'mv-highlight': CustomEvent<MvHighlightDetail>;
    'mv-select': CustomEvent<MvSelectDetail>;
    'mv-error': CustomEvent<MvErrorDetail>;
    'mv-ready': CustomEvent<MvReadyDetail>;
  }
}

/** Dispatches one of the library's events: always bubbling and composed, with a plain detail. */
export function fire<K extends 'mv-highlight' | 'mv-select' | 'mv-error' | 'mv-ready'>(
  target: EventTarget,
  type: K,
  detail: HTMLElementEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
