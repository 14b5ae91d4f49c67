import { expect } from '@open-wc/testing';
import { boxAround, rovingIndex, toggled, tooltipPosition, unionBox, type Box } from './interaction.js';
import { seededRandom } from './test/helpers.js';

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
  const covered = (at: { left: number; top: number }, target: Box) =>
    Math.max(0, Math.min(at.left + size.width, target.right) - Math.max(at.left, target.left)) *
    Math.max(0, Math.min(at.top + size.height, target.bottom) - Math.max(at.top, target.top));

  it('puts the tooltip right of the target, centred on it, when it fits', () => {
    expect(tooltipPosition({ left: 40, top: 100, right: 60, bottom: 120 }, size, bounds)).to.deep.equal({ left: 70, top: 85 });
  });
  it('goes left of a target near the right edge', () => {
    expect(tooltipPosition({ left: 340, top: 100, right: 360, bottom: 120 }, size, bounds)).to.deep.equal({ left: 230, top: 85 });
  });
  it('goes below a target as wide as the plot, and above it when there is no room below', () => {
    expect(tooltipPosition({ left: 0, top: 40, right: 400, bottom: 80 }, size, bounds)).to.deep.equal({ left: 150, top: 90 });
    expect(tooltipPosition({ left: 0, top: 200, right: 400, bottom: 280 }, size, bounds)).to.deep.equal({ left: 150, top: 140 });
  });
  it('stays inside the bounds and never goes negative', () => {
    expect(tooltipPosition(boxAround({ x: 5, y: 5 }), { width: 500, height: 400 }, bounds)).to.deep.equal({ left: 0, top: 0 });
    expect(tooltipPosition(boxAround({ x: 395, y: 295 }, 4), size, bounds)).to.deep.equal({ left: 281, top: 250 });
  });
  it('never covers a target it could have avoided (seeded random targets)', () => {
    const next = seededRandom(7);
    for (let i = 0; i < 500; i++) {
      const left = next() * 380;
      const top = next() * 280;
      const target = { left, top, right: left + next() * (400 - left), bottom: top + next() * (300 - top) };
      const at = tooltipPosition(target, size, bounds);
      expect(at.left).to.be.within(0, 300);
      expect(at.top).to.be.within(0, 250);
      const roomBeside = target.left >= size.width + 10 || 400 - target.right >= size.width + 10;
      const roomAbove = target.top >= size.height + 10 || 300 - target.bottom >= size.height + 10;
      if (roomBeside || roomAbove) expect(covered(at, target), JSON.stringify(target)).to.be.below(1);
    }
  });
});

describe('boxAround and unionBox', () => {
  it('boxes a point with a radius, and joins boxes', () => {
    expect(boxAround({ x: 10, y: 20 }, 5)).to.deep.equal({ left: 5, top: 15, right: 15, bottom: 25 });
    expect(unionBox([boxAround({ x: 10, y: 20 }, 5), { left: 30, top: 0, right: 40, bottom: 10 }])).to.deep.equal({ left: 5, top: 0, right: 40, bottom: 25 });
    expect(unionBox([])).to.equal(null);
  });
});
