import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The `theme` attribute: `auto` follows the host page, then the OS. */
export type ThemeSetting = 'auto' | 'light' | 'dark';

/** A resolved theme. */
export type Scheme = 'light' | 'dark';

/**
 * Reads what the host page says about its theme: a `dark`/`light` class or `data-theme` on
 * `<html>` or `<body>`, then the `color-scheme` the element inherits. Returns `undefined`
 * when the page says nothing, so that the OS preference is used only then (news embeds that
 * follow the OS while the article page stays light are a known complaint).
 */
export function pageScheme(element: Element): Scheme | undefined {
  const doc = element.ownerDocument;
  for (const node of [doc.documentElement, doc.body]) {
    if (!node) continue;
    const dataTheme = node.getAttribute('data-theme');
    if (dataTheme === 'dark' || dataTheme === 'light') return dataTheme;
    if (node.classList.contains('dark')) return 'dark';
    if (node.classList.contains('light')) return 'light';
  }
  const colorScheme = getComputedStyle(element).colorScheme.split(/\s+/);
  const saysDark = colorScheme.includes('dark');
  const saysLight = colorScheme.includes('light');
  if (saysDark && !saysLight) return 'dark';
  if (saysLight && !saysDark) return 'light';
  return undefined;
}

/**
 * Resolves the `theme` setting for its host and re-renders it when the page or the OS changes
 * theme. Observes only while `auto` and connected; everything is released on disconnect.
 */
export class ThemeController implements ReactiveController {
  /** The theme in force. */
  scheme: Scheme = 'light';

  private readonly host: ReactiveControllerHost & HTMLElement & { theme: ThemeSetting };
  private observer?: MutationObserver;
  private media?: MediaQueryList;
  private readonly onChange = () => this.refresh();

  constructor(host: ReactiveControllerHost & HTMLElement & { theme: ThemeSetting }) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    const doc = this.host.ownerDocument;
    this.observer = new MutationObserver(this.onChange);
    for (const node of [doc.documentElement, doc.body]) {
      if (node) this.observer.observe(node, { attributes: true, attributeFilter: ['class', 'data-theme', 'style'] });
    }
    this.media = doc.defaultView?.matchMedia('(prefers-color-scheme: dark)');
    this.media?.addEventListener('change', this.onChange);
    this.scheme = this.resolve();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.media?.removeEventListener('change', this.onChange);
    this.media = undefined;
  }

  hostUpdate(): void {
    this.scheme = this.resolve();
  }

  private refresh(): void {
    const next = this.resolve();
    if (next !== this.scheme) {
      this.scheme = next;
      this.host.requestUpdate();
    }
  }

  private resolve(): Scheme {
    const setting = this.host.theme;
    if (setting === 'light' || setting === 'dark') return setting;
    return pageScheme(this.host) ?? (this.media?.matches ? 'dark' : 'light');
  }
}

/** True when the reader asked for reduced motion. */
export function prefersReducedMotion(element: Element): boolean {
  return element.ownerDocument.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? true;
}
