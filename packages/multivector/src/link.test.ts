import { expect } from '@open-wc/testing';
import '@multivector/radar';
import '@multivector/compass';
import '@multivector/chord';
import { articleChord, articleCompass, articleRadar } from '@multivector/data';
import { linkGroupSize } from '@multivector/core';
import { cleanup, mount, record, shadow } from '../../core/src/test/helpers.js';

async function article(link = 'kz') {
  const radar = document.createElement('mv-radar');
  radar.data = articleRadar;
  radar.link = link;
  const compass = document.createElement('mv-compass');
  compass.data = articleCompass;
  compass.link = link;
  const chord = document.createElement('mv-chord');
  chord.data = articleChord;
  chord.link = link;
  await Promise.all([mount(radar), mount(compass), mount(chord)]);
  return { radar, compass, chord };
}

const highlightedPoles = (el: Element) =>
  [...shadow(el).querySelectorAll('[part~="pole"].highlighted')].length;
const highlightedActors = (el: Element) =>
  [...shadow(el).querySelectorAll('[part~="arc"].highlighted')].map((arc) => articleChord.actors[Number(arc.getAttribute('data-actor'))]!.id).sort();

describe('linked charts', () => {
  afterEach(cleanup);

  it('hovering Russia in the radar lights Russia in the compass and fires no event there', async () => {
    const { radar, compass, chord } = await article();
    const compassEvents = record(compass, 'mv-highlight');
    const russia = articleRadar.axes.findIndex((a) => a.id === 'russia');
    shadow(radar).querySelectorAll('.hit')[russia]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await compass.updateComplete;
    expect(highlightedPoles(compass)).to.equal(1);
    expect(shadow(compass).querySelector('[part~="pole"].highlighted + text')!.textContent).to.equal('Russia');
    expect(compassEvents).to.have.length(0);
    await chord.updateComplete;
    expect(highlightedActors(chord)).to.deep.equal(['russia']);
    radar.dispatchEvent(new Event('pointerleave'));
    shadow(radar).querySelector('.plot')!.dispatchEvent(new PointerEvent('pointerleave'));
    await compass.updateComplete;
    expect(highlightedPoles(compass)).to.equal(0);
  });

  it("hovering the United States in the chord lights the compass's West pole, through the actor's group", async () => {
    const { compass, chord } = await article();
    const usa = articleChord.actors.findIndex((a) => a.id === 'usa');
    shadow(chord).querySelector(`[part~="arc"][data-actor="${usa}"]`)!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await compass.updateComplete;
    expect(shadow(compass).querySelector('[part~="pole"].highlighted + text')?.textContent).to.equal('the West');
  });

  it("the compass's West pole lights every actor of the west group in the chord", async () => {
    const { chord } = await article();
    const compass = document.querySelector('mv-compass')!;
    compass.highlight = null;
    // A linked highlight of `west`, as the compass sends when the reader points at its West pole.
    (chord as unknown as { receiveLinkedHighlight(id: string, related: string[]): void }).receiveLinkedHighlight('west', []);
    await chord.updateComplete;
    expect(highlightedActors(chord)).to.deep.equal(articleChord.actors.filter((a) => a.group === 'west').map((a) => a.id).sort());
  });

  it('charts without the same link stay apart', async () => {
    const { radar } = await article('one');
    const compass = document.createElement('mv-compass');
    compass.data = articleCompass;
    compass.link = 'other';
    await mount(compass);
    shadow(radar).querySelectorAll('.hit')[0]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await compass.updateComplete;
    expect(highlightedPoles(compass)).to.equal(0);
  });

  it('leaves the link group when removed', async () => {
    await article('leaving');
    expect(linkGroupSize('leaving')).to.equal(3);
    cleanup();
    expect(linkGroupSize('leaving')).to.equal(0);
  });
});
