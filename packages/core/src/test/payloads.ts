/**
 * The XSS corpus of quality.md B1: markup, script URLs, template-injection strings, entity and
 * Unicode tricks. Each one, if it ever ran, would set `window.__pwned`; rendered as text it
 * does nothing. Thirty base payloads in four variants: 120 strings.
 */
const BASE = [
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  '</text><script>window.__pwned=1</script>',
  '</tspan></text><foreignObject><img src=x onerror=window.__pwned=1></foreignObject>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  'javascript:window.__pwned=1',
  '<a href="javascript:window.__pwned=1">link</a>',
  '\'"><details open ontoggle=window.__pwned=1>',
  '<style>*{display:none}</style>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  '${window.__pwned=1}',
  "{{constructor.constructor('window.__pwned=1')()}}",
  '<!--<img src=x onerror=window.__pwned=1>-->',
  '<svg><animate onbegin=window.__pwned=1 attributeName=x dur=1s>',
  '<svg><set onbegin=window.__pwned=1 attributeName=x to=1>',
  '<object data="javascript:window.__pwned=1"></object>',
  '<input autofocus onfocus=window.__pwned=1>',
  '<body onload=window.__pwned=1>',
  '<video><source onerror=window.__pwned=1></video>',
  '<x onpointerover=window.__pwned=1>hover me</x>',
  'lit$1234567$',
  '<?lit$1234567$>',
  '<!--?lit$1234567$-->',
  '</textarea><script>window.__pwned=1</script>',
  '\u202e<img src=x onerror=window.__pwned=1>',
  '\uff1cimg src=x onerror=window.__pwned=1\uff1e',
  '<img src=x onerror=&#x77;indow.__pwned=1>',
  '%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E',
  '&lt;img src=x onerror=window.__pwned=1&gt;',
  '<base href="javascript:/"><a href="x">x</a>',
];

/** 120 payload strings: each base payload alone, inside real text, upper-cased, and entity-encoded. */
export const XSS_PAYLOADS: readonly string[] = BASE.flatMap((payload) => [
  payload,
  `Kazakhstan ${payload} and Russia`,
  payload.replace(/<(\/?)([a-z]+)/g, (_, slash: string, tag: string) => `<${slash}${tag.toUpperCase()}`),
  payload.replace(/[<>"]/g, (c) => `&#${c.charCodeAt(0)};`),
]);

/** Element names the charts render: anything else in a shadow root came from data. */
export const RENDERED_TAGS = new Set([
  'figure', 'div', 'p', 'strong', 'span', 'button', 'ul', 'li', 'q', 'cite', 'time', 'a', 'label', 'br',
  'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'ol', 'em', 'b', 'small', 'abbr',
  'svg', 'g', 'path', 'line', 'polyline', 'polygon', 'circle', 'rect', 'text', 'tspan', 'textpath', 'textPath',
  'defs', 'pattern', 'marker', 'title', 'desc', 'clippath', 'clipPath', 'use', 'slot',
]);

/** What in `root` shows that data was read as markup: unexpected elements and `on*` attributes. */
export function markupFromData(root: ParentNode): string[] {
  const found: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    if (!RENDERED_TAGS.has(node.localName)) found.push(`<${node.localName}>`);
    for (const attribute of node.attributes) if (/^on/i.test(attribute.name)) found.push(`${node.localName}[${attribute.name}]`);
    const href = node.getAttribute('href');
    if (href !== null && !/^(https?:|#)/.test(href)) found.push(`${node.localName}[href=${href}]`);
  }
  return found;
}
