import { expect } from '@open-wc/testing';
import { SERIES_DASHES } from '@multivector/core';
import { articleChord } from '../../data/src/chord.js';
import { kindMarks } from './chord-marks.js';

const signature = (m: { fill: string; angle: number; dash: string }) => `${m.fill} ${m.angle} [${m.dash}]`;
/** Kinds by their tones' initials: `'cnh'` is a cooperative, a neutral and a hostile kind. */
const tones = (initials: string) => [...initials].map((t) => ({ tone: ({ c: 'cooperative', n: 'neutral', h: 'hostile' } as const)[t as 'c' | 'n' | 'h'] }));

describe('kindMarks', () => {
  it('draws the article’s eleven kinds by tone (fill) and rank within the tone (edge)', () => {
    expect(kindMarks(articleChord.kinds).map(signature)).to.deep.equal([
      'solid 0 []', // membership
      'solid 0 [7 4]', // military cooperation
      'solid 0 [2 3]', // diplomatic partnership
      'solid 0 [9 3 2 3]', // assistance
      'dots 0 []', // troops sent
      'dots 0 [7 4]', // influence
      'dots 0 [2 3]', // sanctions debate
      'dots 0 [9 3 2 3]', // refusal
      'hatch 45 []', // pressure
      'hatch -45 [7 4]', // confrontation
      'hatch 0 [2 3]', // war
    ]);
  });

  it('ranks a kind among its own tone, whatever the order of the list', () => {
    const marks = kindMarks(tones('hcnhcn'));
    expect(marks.map((m) => m.rank)).to.deep.equal([0, 0, 0, 1, 1, 1]);
    expect(marks.map((m) => m.dash)).to.deep.equal(['', '', '', '7 4', '7 4', '7 4']);
  });

  it('gives 8 kinds of each tone 24 distinct marks, and 32 hostile kinds 32', () => {
    const mixed = kindMarks(tones('cnh'.repeat(8)));
    expect(new Set(mixed.map(signature)).size).to.equal(24);
    const hostile = kindMarks(tones('h'.repeat(32)));
    expect(new Set(hostile.map(signature)).size).to.equal(32);
    // The first eight keep the hatch angles hostile kinds always had.
    expect(hostile.slice(0, 8).map((m) => m.angle)).to.deep.equal([45, -45, 0, 90, 45, -45, 0, 90]);
    expect(hostile.slice(0, 8).map((m) => m.dash)).to.deep.equal([...SERIES_DASHES]);
  });
});
