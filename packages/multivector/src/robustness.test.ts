/**
 * Generated and adversarial input against all three charts (quality.md C1, C7, C10, B8, D2):
 * validators never throw or pollute prototypes, elements never draw NaN, never leak observers or
 * link memberships, and a failure while drawing stays inside the element. Every generator is
 * seeded, so a failure names a case that can be replayed.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { PropertyValues } from 'lit';
import '@multivector/radar';
import '@multivector/compass';
import '@multivector/chord';
import { MvRadar, validateRadar } from '@multivector/radar';
import { validateCompass } from '@multivector/compass';
import { validateChord } from '@multivector/chord';
import { articleChord, articleCompass, articleRadar } from '@multivector/data';
import { linkGroupSize } from '@multivector/core';
import { cleanup, mount, record, shadow } from '../../core/src/test/helpers.js';
import { prototypeMembers } from '../../core/src/test/contract.js';

const CHARTS = [
  { tag: 'mv-radar', validate: validateRadar, sample: articleRadar },
  { tag: 'mv-compass', validate: validateCompass, sample: articleCompass },
  { tag: 'mv-chord', validate: validateChord, sample: articleChord },
] as const;

/** Values that break naive chart code. */
const nasty = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e308, 5e-324, -1, 0, null, undefined, '', '3', 'NaN', true, [], {}),
  fc.double(),
  fc.string({ maxLength: 12 }),
);

/** A copy of `sample` with values at random paths replaced by nasty ones. */
function mutated(sample: object) {
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value && typeof value === 'object') for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key], [...path, key]);
  };
  walk(sample, []);
  return fc.array(fc.tuple(fc.integer({ min: 1, max: paths.length - 1 }), nasty), { minLength: 1, maxLength: 4 }).map((edits) => {
    const copy = structuredClone(sample) as Record<string, unknown>;
    for (const [index, value] of edits) {
      const path = paths[index]!;
      let parent: unknown = copy;
      for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)?.[key];
      if (parent && typeof parent === 'object') (parent as Record<string | number, unknown>)[path.at(-1)!] = value;
    }
    return copy;
  });
}

/** `Observer` that calls `started` when an instance first observes and `stopped` when it disconnects. */
function counting<O extends new (...args: any[]) => { observe(target: any, options?: any): void; disconnect(): void }>(Observer: O, started: () => void, stopped: () => void): O {
  return class extends Observer {
    on = false;
    override observe(target: unknown, options?: unknown) {
      if (!this.on) started();
      this.on = true;
      super.observe(target, options);
    }
    override disconnect() {
      if (this.on) stopped();
      this.on = false;
      super.disconnect();
    }
  };
}

describe('robustness', () => {
  afterEach(cleanup);

  for (const chart of CHARTS) {
    it(`${chart.tag}: the validator never throws on anything (seeded, 1,000 inputs)`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.anything(), mutated(chart.sample)), (input) => {
          const result = chart.validate(input);
          return typeof result.ok === 'boolean';
        }),
        { seed: 2022, numRuns: 1000 },
      );
    });

    it(`${chart.tag}: __proto__ and constructor keys at any depth pollute nothing (seeded)`, () => {
      const before = prototypeMembers();
      const poison = ['{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}'];
      fc.assert(
        fc.property(mutated(chart.sample), fc.constantFrom(...poison), (data, json) => {
          const text = JSON.stringify(data).replace(/\{/g, (brace, offset: number) => (offset % 7 === 0 ? `{"__proto__":${json},` : brace));
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch {
            parsed = JSON.parse(json);
          }
          chart.validate(parsed);
          return (({}) as Record<string, unknown>)['polluted'] === undefined;
        }),
        { seed: 7, numRuns: 300 },
      );
      expect(prototypeMembers()).to.equal(before);
    });

    it(`${chart.tag}: mutated datasets render without NaN, exceptions or a blank box (seeded, 40 datasets)`, async () => {
      const el = document.createElement(chart.tag) as HTMLElement & { data: unknown; whenReady(): Promise<string>; updateComplete: Promise<boolean> };
      el.data = chart.sample;
      await mount(el, 500);
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      const samples = fc.sample(mutated(chart.sample), { seed: 99, numRuns: 40 });
      const warn = console.warn;
      console.warn = () => {};
      try {
        for (const data of samples) {
          el.data = data;
          const state = await el.whenReady();
          await el.updateComplete;
          expect(['ready', 'empty', 'error']).to.include(state);
          const root = shadow(el);
          const attributes = [...root.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((a) => a.value));
          expect(attributes.filter((value) => /NaN|Infinity/.test(value)), JSON.stringify(data).slice(0, 200)).to.deep.equal([]);
          const visible = root.querySelector('svg.chart, [part~="error"], [part~="empty"]');
          expect(visible !== null, 'something is shown').to.equal(true);
        }
      } finally {
        console.warn = warn;
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
    });
  }

  it('releases every observer and link membership after 100 connect/disconnect cycles (C7)', async () => {
    const live = { resize: 0, mutation: 0 };
    const RealResize = window.ResizeObserver;
    const RealMutation = window.MutationObserver;
    const CountingResize = counting(RealResize, () => live.resize++, () => live.resize--);
    const CountingMutation = counting(RealMutation, () => live.mutation++, () => live.mutation--);
    window.ResizeObserver = CountingResize;
    window.MutationObserver = CountingMutation;
    try {
      const host = document.createElement('div');
      document.body.appendChild(host);
      for (let cycle = 0; cycle < 100; cycle++) {
        const chart = CHARTS[cycle % 3]!;
        const el = document.createElement(chart.tag) as HTMLElement & { data: unknown; link: string | null; updateComplete: Promise<boolean> };
        el.data = chart.sample;
        el.link = 'cycles';
        host.appendChild(el);
        if (cycle % 2 === 0) await el.updateComplete; // half removed in the same task as inserted (C8)
        el.remove();
        if (cycle % 10 === 0) {
          host.appendChild(el); // reconnect, then leave for good
          await el.updateComplete;
          el.remove();
        }
      }
      expect(live).to.deep.equal({ resize: 0, mutation: 0 });
      expect(linkGroupSize('cycles')).to.equal(0);
    } finally {
      window.ResizeObserver = RealResize;
      window.MutationObserver = RealMutation;
    }
  });

  for (const { tag, sample } of CHARTS) {
    it(`<${tag}> runs nothing once removed mid-update, mid-hover and mid-play: no timer or frame of its own left behind (C7)`, async () => {
      const el = document.createElement(tag) as HTMLElement & { data: unknown; link: string | null; updateComplete: Promise<boolean>; whenReady(): Promise<string> };
      el.data = sample;
      el.link = 'timers';
      await mount(el);
      const events: string[] = [];
      for (const type of ['mv-ready', 'mv-error', 'mv-highlight', 'mv-select']) el.addEventListener(type, () => events.push(type));
      el.data = structuredClone(sample); // a data update: tween frames and a pending announcement
      await el.whenReady();
      const root = shadow(el);
      root.querySelector('svg.chart')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true })); // over nothing: the leave grace
      root.querySelector<HTMLButtonElement>('[part~="stepper"] button[aria-label^="Play"]')?.click(); // the compass plays
      events.length = 0;
      el.remove();
      await el.updateComplete; // the one update that the clean-up in disconnectedCallback itself asks for
      // Any timer or frame still scheduled would re-render: watch the shadow tree for a while.
      const changes: string[] = [];
      new MutationObserver((records) => changes.push(...records.map((r) => `${r.type} ${(r.target as Element).localName ?? '#text'}`))).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(changes, 'renders after removal').to.deep.equal([]);
      expect(events, 'events after removal').to.deep.equal([]);
    });
  }

  describe('JSON text in any of its forms (B9)', () => {
    const radarJson = JSON.stringify(articleRadar);
    /** Mounts a radar fed `text` as inline JSON (the HTML-only embed) and returns its state and how long it took. */
    async function inline(text: string): Promise<{ state: string; code: string | undefined; warning: string }> {
      const el = document.createElement('mv-radar');
      const errors = record<{ code: string }>(el, 'mv-error');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = text;
      el.append(script);
      const warn = console.warn;
      let warning = '';
      console.warn = (message: string) => (warning = message);
      try {
        await mount(el);
      } finally {
        console.warn = warn;
      }
      return { state: el.getAttribute('data-state')!, code: errors[0]?.detail.code, warning };
    }

    it('reads a dataset that starts with a byte-order mark', async () => {
      expect((await inline(`\uFEFF${radarJson}`)).state).to.equal('ready');
    });
    it('refuses trailing commas, a bare string, null, true and a number as invalid or not an object', async () => {
      expect((await inline(radarJson.replace(/}$/, ',}'))).code).to.equal('invalid-json');
      for (const text of ['"5"', 'null', 'true', '5', '[]']) expect((await inline(text)).code, text).to.equal('not-object');
    });
    it('refuses more than 5,000,000 characters by their length, before parsing them', async () => {
      const huge = `{"title": "${'x'.repeat(5_000_001)}"}`;
      const { code, warning } = await inline(huge);
      expect(code).to.equal('invalid-json');
      expect(warning).to.contain('longer than 5000000 characters');
    });
    it('survives 10,000-deep nesting: an error state, no exception into the page', async () => {
      const deep = `{"title": "Deep", "notes": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
      const { state, code } = await inline(deep);
      expect(state).to.equal('error');
      expect(['invalid-json', 'invalid-data']).to.include(code);
    });
  });

  it('keeps a failure while drawing inside the element: error state, mv-error, siblings unharmed (C10)', async () => {
    class BrokenRadar extends MvRadar {
      protected override renderChart(): never {
        throw new Error('boom');
      }
    }
    customElements.define('mv-broken-radar', BrokenRadar);
    const broken = document.createElement('mv-broken-radar') as BrokenRadar;
    broken.data = articleRadar;
    const errors = record<{ code: string }>(broken, 'mv-error');
    const sibling = document.createElement('mv-radar');
    sibling.data = articleRadar;
    const warn = console.warn;
    console.warn = () => {};
    try {
      await mount(broken);
      await mount(sibling);
    } finally {
      console.warn = warn;
    }
    expect(broken.getAttribute('data-state')).to.equal('error');
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['render-failed']);
    expect(shadow(broken).querySelector('[part~="error"]') !== null).to.equal(true);
    expect(sibling.getAttribute('data-state')).to.equal('ready');
  });

  it('keeps a failure while laying out inside the element too: error state, no rejection into the page (C10)', async () => {
    class LayoutFailingRadar extends MvRadar {
      protected override willUpdate(changed: PropertyValues<this>): void {
        super.willUpdate(changed);
        if (this.model) throw new Error('layout boom');
      }
    }
    customElements.define('mv-layout-failing-radar', LayoutFailingRadar);
    const rejections: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
    window.addEventListener('unhandledrejection', onRejection);
    const broken = document.createElement('mv-layout-failing-radar') as LayoutFailingRadar;
    broken.data = articleRadar;
    const errors = record<{ code: string; message: string }>(broken, 'mv-error');
    const warn = console.warn;
    console.warn = () => {};
    try {
      await mount(broken);
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      console.warn = warn;
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(broken.getAttribute('data-state')).to.equal('error');
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['render-failed']);
    expect(shadow(broken).querySelector('[part~="error"]') !== null).to.equal(true);
    expect(rejections.map(String)).to.deep.equal([]);
  });

  for (const { tag, sample } of CHARTS) {
    it(`<${tag}> works however it is created: innerHTML, cloneNode, a template, another document, new (D2)`, async () => {
      const host = document.createElement('div');
      host.style.width = '400px';
      document.body.appendChild(host);
      const json = JSON.stringify(sample).replace(/</g, '\\u003c');
      // eslint-disable-next-line no-unsanitized/property -- the host page's own markup path, with trusted text
      host.innerHTML = `<${tag}><script type="application/json">${json}</script></${tag}>`;
      const parsed = host.querySelector(tag) as HTMLElement & { whenReady(): Promise<string> };
      const created: (typeof parsed)[] = [parsed];
      const keep = (el: Node) => created.push(host.appendChild(el) as typeof parsed);
      keep(parsed.cloneNode(true));
      const template = document.createElement('template');
      template.content.appendChild(parsed.cloneNode(true));
      keep(document.importNode(template.content, true).firstElementChild!);
      const other = document.implementation.createHTMLDocument('other');
      keep(document.adoptNode(other.importNode(parsed, true)));
      const constructed = new (customElements.get(tag)!)();
      expect(constructed.attributes.length, 'the constructor adds no attribute').to.equal(0);
      expect(constructed.childNodes.length, 'the constructor adds no child').to.equal(0);
      constructed.appendChild(parsed.querySelector('script')!.cloneNode(true));
      keep(constructed);
      const states = await Promise.all(created.map((el) => el.whenReady()));
      expect(states).to.deep.equal(['ready', 'ready', 'ready', 'ready', 'ready']);
    });
  }
});

describe('data taken away (C3)', () => {
  afterEach(cleanup);

  for (const { tag, sample } of CHARTS) {
    it(`<${tag}> shows the calm "No data" state when its data is removed, and draws again when it returns`, async () => {
      const el = document.createElement(tag) as HTMLElement & { data: unknown; whenReady(): Promise<string> };
      el.data = sample;
      await mount(el);
      el.data = undefined;
      expect(await el.whenReady()).to.equal('empty');
      const root = shadow(el);
      expect(root.querySelector('[part~="empty"]')!.textContent!.trim()).to.equal('No data to show.');
      expect(root.querySelector('svg.chart'), 'no chart left behind').to.equal(null);
      expect(root.querySelector('[part~="table"]'), 'no table left behind').to.equal(null);
      el.data = sample;
      expect(await el.whenReady()).to.equal('ready');
      expect(root.querySelector('svg.chart') !== null).to.equal(true);
    });
  }
});
