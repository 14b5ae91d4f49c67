/**
 * The elements in the two frameworks newsroom pages are most often built with (quality.md D4,
 * after the Custom Elements Everywhere scenarios): rich data passed as a property, events
 * received, props updated, the element removed and added back. docs/embedding.md shows the
 * same code.
 */
import { expect } from '@open-wc/testing';
// @ts-expect-error -- React and Vue as one ES module, served by web-test-runner.config.js
import * as frameworks from '/__test/frameworks.js';
import '@multivector/radar';
import { articleRadar } from '@multivector/data';
import type { MvRadar } from '@multivector/radar';
import { cleanup, shadow } from '../../core/src/test/helpers.js';

const { createElement, flushSync, createRoot, createApp, h, nextTick, ref, shallowRef } = frameworks as Pick<typeof import('react'), 'createElement'> &
  Pick<typeof import('react-dom'), 'flushSync'> &
  Pick<typeof import('react-dom/client'), 'createRoot'> &
  Pick<typeof import('vue'), 'createApp' | 'h' | 'nextTick' | 'ref' | 'shallowRef'>;

const updated = { ...articleRadar, title: 'Updated', series: articleRadar.series.slice(0, 1) };

function container(): HTMLElement {
  const node = document.createElement('div');
  node.style.width = '600px';
  document.body.appendChild(node);
  return node;
}

describe('in frameworks', () => {
  afterEach(cleanup);

  it('React 19: data as a property, events through on… props, updates, unmount and remount', async () => {
    const root = createRoot(container());
    const ready: string[] = [];
    const render = (data: unknown, shown = true) =>
      flushSync(() =>
        root.render(shown ? createElement('mv-radar', { data, locale: 'ru', 'onmv-ready': (event: CustomEvent<{ state: string }>) => ready.push(event.detail.state) }) : null),
      );
    render(articleRadar);
    let el = document.querySelector('mv-radar') as MvRadar;
    expect(await el.whenReady()).to.equal('ready');
    expect(el.data === articleRadar, 'the dataset object itself, as a property').to.equal(true);
    expect(el.hasAttribute('data'), 'never an attribute').to.equal(false);
    expect(el.getAttribute('locale')).to.equal('ru');
    expect(ready).to.deep.equal(['ready']);
    render(updated);
    await el.whenReady();
    expect(shadow(el).querySelectorAll('[part~="area"]')).to.have.length(1);
    expect(ready).to.deep.equal(['ready', 'ready']);
    render(updated, false);
    expect(document.querySelector('mv-radar')).to.equal(null);
    render(articleRadar);
    el = document.querySelector('mv-radar') as MvRadar;
    expect(await el.whenReady()).to.equal('ready');
    expect(shadow(el).querySelectorAll('[part~="area"]')).to.have.length(articleRadar.series.length);
    root.unmount();
  });

  it('Vue 3: data as a property, events through on… listeners, updates, v-if off and on', async () => {
    // A shallowRef, as docs/embedding.md advises: a deep ref would hand the element a Proxy.
    const data = shallowRef<unknown>(articleRadar);
    const shown = ref(true);
    const ready: string[] = [];
    const app = createApp({
      render: () => (shown.value ? h('mv-radar', { data: data.value, locale: 'kk', onMvReady: (event: CustomEvent<{ state: string }>) => ready.push(event.detail.state) }) : null),
    });
    app.mount(container());
    let el = document.querySelector('mv-radar') as MvRadar;
    expect(await el.whenReady()).to.equal('ready');
    expect(el.data === articleRadar, 'the dataset object itself, as a property').to.equal(true);
    expect(el.hasAttribute('data'), 'never an attribute').to.equal(false);
    expect(el.getAttribute('locale')).to.equal('kk');
    expect(ready).to.deep.equal(['ready']);
    data.value = updated;
    await nextTick();
    await el.whenReady();
    expect(shadow(el).querySelectorAll('[part~="area"]')).to.have.length(1);
    expect(ready).to.deep.equal(['ready', 'ready']);
    shown.value = false;
    await nextTick();
    expect(document.querySelector('mv-radar')).to.equal(null);
    shown.value = true;
    await nextTick();
    el = document.querySelector('mv-radar') as MvRadar;
    expect(await el.whenReady()).to.equal('ready');
    app.unmount();
  });
});
