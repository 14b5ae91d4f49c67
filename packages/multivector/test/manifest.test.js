// Each chart package publishes a custom-elements.json (generated from the class JSDoc by
// scripts/manifest.js, run by `npm test` before this file). Storybook's controls and docs,
// IDEs and framework wrappers read it: an element missing from it (its JSDoc without
// `@tagname`) silently loses its controls and docs. This test holds the published contract.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const CHARTS = { radar: 'mv-radar', compass: 'mv-compass', chord: 'mv-chord' };
const SHARED_ATTRIBUTES = ['src', 'theme', 'locale', 'highlight', 'link', 'show-table'];
const EVENTS = ['mv-highlight', 'mv-select', 'mv-ready', 'mv-error'];
const SHARED_PARTS = ['figure', 'title', 'description', 'legend', 'label', 'tooltip', 'table', 'table-toggle', 'footer', 'error', 'empty'];

describe('published custom-elements.json', () => {
  for (const [name, tag] of Object.entries(CHARTS)) {
    it(`@multivector/${name} declares <${tag}> with its attributes, events, parts and custom properties, all listed in its README`, () => {
      const manifest = JSON.parse(readFileSync(new URL(`../../${name}/custom-elements.json`, import.meta.url), 'utf8'));
      const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName === tag);
      assert.equal(declarations.length, 1, `one declaration with tagName ${tag}`);
      const element = declarations[0];
      assert.equal(element.customElement, true);
      assert.ok(element.summary, 'a summary');
      const attributes = (element.attributes ?? []).map((a) => a.name);
      for (const attribute of SHARED_ATTRIBUTES) assert.ok(attributes.includes(attribute), `attribute ${attribute}`);
      assert.ok(!attributes.includes('data'), 'data is a property only');
      assert.deepEqual((element.events ?? []).map((e) => e.name).sort(), [...EVENTS].sort());
      for (const event of element.events) assert.ok(event.description, `${event.name} is described`);
      const parts = (element.cssParts ?? []).map((p) => p.name);
      for (const part of SHARED_PARTS) assert.ok(parts.includes(part), `part ${part}`);
      const readme = readFileSync(new URL(`../../${name}/README.md`, import.meta.url), 'utf8');
      assert.deepEqual(parts.filter((part) => !readme.includes(`\`${part}\``)), [], 'parts the README does not list');
      assert.deepEqual(attributes.filter((attribute) => !readme.includes(`\`${attribute}\``)), [], 'attributes the README does not list');
      assert.deepEqual(element.events.map((e) => e.name).filter((event) => !readme.includes(event)), [], 'events the README does not list');
      const documentedProperties = (element.cssProperties ?? []).map((p) => p.name);
      assert.deepEqual(documentedProperties.filter((property) => !readme.includes(property)), [], 'custom properties the README does not list');
      const properties = (element.cssProperties ?? []).map((p) => p.name);
      for (const property of ['--mv-text-color', '--mv-background', '--mv-font-size', '--mv-focus-color']) assert.ok(properties.includes(property), `custom property ${property}`);
    });
  }
});
