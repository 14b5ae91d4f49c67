import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the host's content width. The first width is measured when the host connects, so the
 * first render already draws the chart; later changes from a ResizeObserver are applied in the
 * next animation frame, at most once per frame. Re-rendering inside the observer's callback
 * would change the host's height during delivery and raise "ResizeObserver loop completed with
 * undelivered notifications" in the host page.
 */
export class SizeController implements ReactiveController {
  /** Content width in whole CSS pixels; 0 while hidden or not yet measured. */
  width = 0;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private observer?: ResizeObserver;
  private frame = 0;
  private pending = 0;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.width = contentWidth(this.host);
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      this.pending = Math.floor(entry.contentRect.width);
      if (this.pending === this.width || this.frame) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        if (this.pending === this.width) return;
        this.width = this.pending;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}

function contentWidth(element: HTMLElement): number {
  const style = getComputedStyle(element);
  const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) || 0;
  const border = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth) || 0;
  return Math.max(0, Math.floor(element.getBoundingClientRect().width - padding - border));
}
