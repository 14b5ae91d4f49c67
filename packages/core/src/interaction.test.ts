import { expect } from '@open-wc/testing';
import { rovingIndex, toggled, tooltipPosition } from './interaction.js';

describe('rovingIndex', () => {
  it('steps forward and back with the arrows, wrapping at the ends', () => {
    expect(rovingIndex('ArrowRight', 2, 3)).to.equal(0);
    expect(rovingIndex('ArrowDown', 0, 3)).to.equal(1);
    expect(rovingIndex('ArrowLeft', 0, 3)).to.equal(2);
    expect(rovingIndex('ArrowUp', 2, 3)).to.equal(1);
  });
  it('jumps with Home and End and ignores other keys', () => {
    expect(rovingIndex('Home', 2, 3)).to.equal(0);
    expect(rovingIndex('End', 0, 3)).to.equal(2);
    expect(rovingIndex('Tab', 0, 3)).to.equal(null);
    expect(rovingIndex('ArrowRight', 0, 0)).to.equal(null);
  });
});

describe('toggled', () => {
  it('adds an id that is absent and removes one that is present, leaving the input alone', () => {
    const start = new Set(['a']);
    expect([...toggled(start, 'b')]).to.deep.equal(['a', 'b']);
    expect([...toggled(start, 'a')]).to.deep.equal([]);
    expect([...start]).to.deep.equal(['a']);
  });
});

describe('tooltipPosition', () => {
  const size = { width: 100, height: 50 };
  const bounds = { width: 400, height: 300 };
  it('puts the tooltip right of and below the anchor when it fits', () => {
    expect(tooltipPosition({ x: 50, y: 40 }, size, bounds)).to.deep.equal({ left: 64, top: 54 });
  });
  it('flips to the left of an anchor near the right edge', () => {
    expect(tooltipPosition({ x: 350, y: 40 }, size, bounds)).to.deep.equal({ left: 236, top: 54 });
  });
  it('moves up to stay inside the bottom edge and never goes negative', () => {
    expect(tooltipPosition({ x: 50, y: 290 }, size, bounds)).to.deep.equal({ left: 64, top: 250 });
    expect(tooltipPosition({ x: 10, y: 10 }, { width: 500, height: 400 }, bounds)).to.deep.equal({ left: 0, top: 0 });
  });
});
