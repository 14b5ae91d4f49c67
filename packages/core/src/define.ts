/**
 * Registers a custom element unless the name is taken: two copies of the library on one page
 * (two embeds) must not throw `NotSupportedError`. The first copy's class wins.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
