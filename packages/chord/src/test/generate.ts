/**
 * Seeded synthetic chord datasets for tests, benchmarks and stories (not shipped: `src/test`
 * is excluded from the build). The same seed always gives the same dataset.
 */
import { seededRandom } from '../../../core/src/test/helpers.js';
import type { ChordActor, ChordData, ChordKind, ChordTie } from '../types.js';

export { seededRandom };

const SYLLABLES = ['ka', 'ro', 'mi', 'sta', 'an', 'lu', 'ver', 'do', 'ne', 'ti', 'sar', 'gu', 'pol', 'ia', 'zen', 'bra'];
const GROUPS = ['north', 'south', 'east', 'west', 'union', 'pact'];
const KINDS: ChordKind[] = [
  { id: 'alliance', label: 'Alliance', tone: 'cooperative' },
  { id: 'trade', label: 'Trade', tone: 'cooperative' },
  { id: 'aid', label: 'Aid', tone: 'cooperative' },
  { id: 'talks', label: 'Talks', tone: 'neutral' },
  { id: 'rivalry', label: 'Rivalry', tone: 'neutral' },
  { id: 'sanctions', label: 'Sanctions', tone: 'hostile' },
  { id: 'conflict', label: 'Conflict', tone: 'hostile' },
];

/**
 * `count` actors (about a third in no group), the seven kinds above, and about `tiesPerActor`
 * ties per actor between random pairs, a third of them directed, strengths 1–5.
 */
export function generateChord(count: number, seed = 1, tiesPerActor = 3): ChordData {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const actors: ChordActor[] = Array.from({ length: count }, (_, i) => {
    const syllables = 2 + Math.floor(random() * 3);
    let name = '';
    for (let s = 0; s < syllables; s++) name += pick(SYLLABLES);
    const label = name.charAt(0).toUpperCase() + name.slice(1) + (random() < 0.15 ? ' Republic' : '');
    const grouped = random() < 0.66;
    return { id: `a${i}`, label, kind: 'state', ...(grouped && { group: pick(GROUPS) }) };
  });
  const ties: ChordTie[] = [];
  const seen = new Set<string>();
  const target = Math.round((count * tiesPerActor) / 2);
  for (let attempt = 0; ties.length < target && attempt < target * 20; attempt++) {
    const from = Math.floor(random() * count);
    const to = Math.floor(random() * count);
    const kind = pick(KINDS).id;
    const key = `${Math.min(from, to)}~${Math.max(from, to)}:${kind}`;
    if (from === to || seen.has(key)) continue;
    seen.add(key);
    ties.push({
      from: `a${from}`,
      to: `a${to}`,
      kind,
      value: 1 + Math.floor(random() * 5),
      directed: random() < 0.33,
      label: `${actors[from]!.label as string} and ${actors[to]!.label as string}`,
      evidence: { quote: `A generated tie (seed ${seed}).` },
    });
  }
  return {
    title: `${count} generated actors (seed ${seed})`,
    description: 'Synthetic data for testing: random actors, groups and ties.',
    actors,
    kinds: KINDS,
    ties,
  };
}

const MANY_KINDS: Record<ChordKind['tone'], string[]> = {
  cooperative: ['Alliance', 'Trade', 'Aid', 'Membership', 'Loans', 'Arms sales', 'Training', 'State visits'],
  neutral: ['Talks', 'Observer status', 'Mediation', 'Troop transit', 'Influence', 'Rivalry', 'Sanctions debate', 'Abstention'],
  hostile: ['Sanctions', 'Conflict', 'Pressure', 'Threats', 'Blockade', 'Cyberattacks', 'Border clashes', 'Expulsions'],
};

/**
 * `perTone` kinds of each tone (at most 8), listed tone by tone, on 12 actors, each kind with
 * two or three ties between random pairs: for checking that every kind is told apart without
 * its colour.
 */
export function generateManyKinds(perTone = 8, seed = 1): ChordData {
  const random = seededRandom(seed);
  const count = 12;
  const actors: ChordActor[] = Array.from({ length: count }, (_, i) => ({ id: `a${i}`, label: `Actor ${i + 1}`, kind: 'state' }));
  const kinds: ChordKind[] = (['cooperative', 'neutral', 'hostile'] as const).flatMap((tone) =>
    MANY_KINDS[tone].slice(0, perTone).map((label) => ({ id: label.toLowerCase().replace(/ /g, '-'), label, tone })),
  );
  const ties: ChordTie[] = [];
  const seen = new Set<string>();
  for (const kind of kinds) {
    const wanted = 2 + Math.floor(random() * 2);
    for (let made = 0; made < wanted; ) {
      const from = Math.floor(random() * count);
      const to = Math.floor(random() * count);
      const key = `${Math.min(from, to)}~${Math.max(from, to)}:${kind.id}`;
      if (from === to || seen.has(key)) continue;
      seen.add(key);
      ties.push({ from: `a${from}`, to: `a${to}`, kind: kind.id, value: 1 + Math.floor(random() * 3), directed: kind.tone === 'hostile' && random() < 0.5 });
      made++;
    }
  }
  return {
    title: `${kinds.length} kinds of tie, ${perTone} of each tone (seed ${seed})`,
    description: 'Synthetic data: many kinds of each tone, told apart by fill and edge as well as colour.',
    actors,
    kinds,
    ties,
  };
}
