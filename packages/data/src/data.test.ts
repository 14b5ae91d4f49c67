import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import type { Evidence, Text } from '@multivector/core';
import { articleChord, articleCompass, articleRadar } from './index.js';

// Mocha's globals, typed here so the file needs no @types/mocha (module-scoped, so a later
// global declaration does not clash).
interface TestContext {
  skip(): never;
}
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: (this: TestContext) => void | Promise<void>): void;

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const LOCALES = ['en', 'ru', 'kk'] as const;
const MAX_QUOTE = 300;

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every piece of evidence in the three datasets, with where it sits. */
function allEvidence(): { where: string; evidence: Evidence }[] {
  const out: { where: string; evidence: Evidence }[] = [];
  for (const series of articleRadar.series) {
    for (const [axis, evidence] of Object.entries(series.evidence ?? {})) {
      out.push({ where: `radar ${series.id}/${axis}`, evidence });
    }
  }
  for (const position of articleCompass.positions) {
    (position.evidence ?? []).forEach((evidence, i) => out.push({ where: `compass ${position.id}/${i}`, evidence }));
  }
  for (const tie of articleChord.ties) {
    if (tie.evidence) out.push({ where: `chord ${tie.from}-${tie.kind}-${tie.to}`, evidence: tie.evidence });
  }
  return out;
}

/** Every reader-facing Text in the three datasets, with where it sits. */
function allTexts(): { where: string; text: Text | undefined }[] {
  const out: { where: string; text: Text | undefined }[] = [];
  for (const [name, data] of [
    ['radar', articleRadar],
    ['compass', articleCompass],
    ['chord', articleChord],
  ] as const) {
    out.push({ where: `${name} title`, text: data.title });
    out.push({ where: `${name} description`, text: data.description });
    out.push({ where: `${name} notes`, text: data.notes });
    out.push({ where: `${name} source title`, text: data.source?.title });
  }
  for (const axis of articleRadar.axes) out.push({ where: `radar axis ${axis.id}`, text: axis.label });
  for (const series of articleRadar.series) out.push({ where: `radar series ${series.id}`, text: series.label });
  for (const [value, text] of Object.entries(articleRadar.scale?.tickLabels ?? {})) {
    out.push({ where: `radar tick ${value}`, text });
  }
  for (const pole of articleCompass.poles) out.push({ where: `compass pole ${pole.id}`, text: pole.label });
  for (const position of articleCompass.positions) {
    out.push({ where: `compass position ${position.id}`, text: position.label });
  }
  for (const actor of articleChord.actors) out.push({ where: `chord actor ${actor.id}`, text: actor.label });
  for (const kind of articleChord.kinds) out.push({ where: `chord kind ${kind.id}`, text: kind.label });
  for (const tie of articleChord.ties) {
    out.push({ where: `chord tie ${tie.from}-${tie.kind}-${tie.to}`, text: tie.label });
  }
  for (const { where, evidence } of allEvidence()) out.push({ where: `${where} note`, text: evidence.note });
  return out;
}

function expectIds(where: string, ids: readonly string[]) {
  for (const id of ids) expect(ID_PATTERN.test(id), `${where}: id ${JSON.stringify(id)}`).to.equal(true);
  expect(new Set(ids).size, `${where}: ids are unique`).to.equal(ids.length);
}

describe('@multivector/data', () => {
  describe('evidence', () => {
    it('quotes every passage verbatim from the article (whitespace normalised)', async function () {
      const article = await readFile({ path: '../../../../shared/source/article.txt' });
      if (article === undefined) this.skip();
      const text = normalise(article);
      const missing = allEvidence()
        .filter(({ evidence }) => !text.includes(normalise(evidence.quote)))
        .map(({ where }) => where);
      expect(missing, 'quotes not found in the article').to.deep.equal([]);
    });

    it('keeps every quote short and non-empty', () => {
      for (const { where, evidence } of allEvidence()) {
        const length = normalise(evidence.quote).length;
        expect(length, `${where}: quote length`).to.be.within(1, MAX_QUOTE);
      }
    });

    it('gives every non-null radar value evidence, and no evidence to a gap', () => {
      for (const series of articleRadar.series) {
        for (const axis of articleRadar.axes) {
          const value = series.values[axis.id];
          const evidence = series.evidence?.[axis.id];
          if (value === null || value === undefined) {
            expect(evidence, `${series.id}/${axis.id}: a gap has no evidence`).to.equal(undefined);
          } else {
            expect(evidence?.quote, `${series.id}/${axis.id}: evidence`).to.be.a('string');
          }
        }
      }
    });

    it('gives every compass position and every chord tie evidence', () => {
      for (const position of articleCompass.positions) {
        expect(position.evidence?.length ?? 0, `compass ${position.id}`).to.be.at.least(1);
      }
      for (const tie of articleChord.ties) {
        expect(tie.evidence?.quote, `chord ${tie.from}-${tie.kind}-${tie.to}`).to.be.a('string');
      }
    });
  });

  describe('texts', () => {
    it('gives every reader-facing text in English, Russian and Kazakh', () => {
      for (const { where, text } of allTexts()) {
        expect(text, where).to.be.an('object');
        for (const locale of LOCALES) {
          const value = (text as Record<string, string>)[locale];
          expect(typeof value === 'string' && value.trim().length > 0, `${where}: ${locale}`).to.equal(true);
        }
      }
    });

    it('names the source and says the numbers are editorial readings', () => {
      for (const data of [articleRadar, articleCompass, articleChord]) {
        expect(data.source?.name).to.equal('A+ Analytics');
        expect(data.source?.date).to.equal('2022-02-24');
        expect(data.source?.url).to.equal(undefined);
        expect((data.source?.title as Record<string, string>).en).to.equal(
          'Foreign policy of Kazakhstan: Torn Between Scylla and Charybdis',
        );
        expect((data.notes as Record<string, string>).en).to.match(/editorial readings of one analysis piece/);
      }
    });
  });

  describe('ids', () => {
    it('uses legal, unique ids in every list', () => {
      expectIds('radar axes', articleRadar.axes.map((a) => a.id));
      expectIds('radar series', articleRadar.series.map((s) => s.id));
      expectIds('compass poles', articleCompass.poles.map((p) => p.id));
      expectIds('compass positions', articleCompass.positions.map((p) => p.id));
      expectIds('chord actors', articleChord.actors.map((a) => a.id));
      expectIds('chord kinds', articleChord.kinds.map((k) => k.id));
    });

    it('uses the agreed ids', () => {
      expect(articleRadar.axes.map((a) => a.id)).to.deep.equal(['russia', 'china', 'usa', 'eu', 'turkey', 'ukraine']);
      expect(articleRadar.series.map((s) => s.id)).to.deep.equal(['concept-2014', 'concept-2020', 'outlook-2022']);
      expect(articleCompass.poles.map((p) => p.id)).to.deep.equal(['russia', 'china', 'west']);
      const actors = articleChord.actors.map((a) => a.id);
      for (const id of ['kazakhstan', 'russia', 'china', 'usa', 'eu', 'nato', 'csto', 'ukraine', 'turkey']) {
        expect(actors, `chord actor ${id}`).to.include(id);
      }
      const kinds = new Map(articleChord.kinds.map((k) => [k.id, k.tone]));
      expect(kinds.get('membership')).to.equal('cooperative');
      expect(kinds.get('military-cooperation')).to.equal('cooperative');
      expect(kinds.get('diplomatic-partnership')).to.equal('cooperative');
      expect(kinds.get('pressure')).to.equal('hostile');
      expect(kinds.get('war')).to.equal('hostile');
    });

    it('names the same actor with the same id and label in every chart', () => {
      const actors = new Map(articleChord.actors.map((a) => [a.id, a]));
      for (const axis of articleRadar.axes) {
        expect(actors.has(axis.id), `radar axis ${axis.id} is a chord actor`).to.equal(true);
        expect(axis.label, `label of ${axis.id}`).to.deep.equal(actors.get(axis.id)?.label);
      }
      for (const pole of articleCompass.poles) {
        if (pole.id === 'west') continue;
        expect(actors.has(pole.id), `compass pole ${pole.id} is a chord actor`).to.equal(true);
        expect(pole.label, `label of ${pole.id}`).to.deep.equal(actors.get(pole.id)?.label);
      }
      const west = articleChord.actors.filter((a) => a.group === 'west').map((a) => a.id);
      expect(articleCompass.poles.some((p) => p.id === 'west')).to.equal(true);
      expect(west).to.have.members(['usa', 'eu', 'nato', 'g7']);
      // Every other group names something real too: a group is either a compass pole or absent.
      const poles = new Set(articleCompass.poles.map((p) => p.id));
      for (const actor of articleChord.actors) {
        if (actor.group !== undefined) expect(poles.has(actor.group), `group of ${actor.id}`).to.equal(true);
      }
    });
  });

  describe('radar', () => {
    it('keeps every value on the ordinal scale, with a name for each level', () => {
      const scale = articleRadar.scale;
      expect(scale?.ticks).to.deep.equal([0, 1, 2, 3, 4, 5]);
      expect(Object.keys(scale?.tickLabels ?? {}).map(Number)).to.have.members([...(scale?.ticks ?? [])]);
      for (const series of articleRadar.series) {
        for (const [axis, value] of Object.entries(series.values)) {
          expect(articleRadar.axes.some((a) => a.id === axis), `${series.id}: axis ${axis} exists`).to.equal(true);
          if (value === null) continue;
          expect(Number.isInteger(value) && value >= scale!.min! && value <= scale!.max!, `${series.id}/${axis}`).to.equal(
            true,
          );
        }
        for (const axis of Object.keys(series.evidence ?? {})) {
          expect(articleRadar.axes.some((a) => a.id === axis), `${series.id}: evidence axis ${axis} exists`).to.equal(true);
        }
      }
    });
  });

  describe('compass', () => {
    it('has weights ≥ 0 with a positive sum for every pole', () => {
      const poles = articleCompass.poles.map((p) => p.id);
      for (const position of articleCompass.positions) {
        expect(Object.keys(position.weights), position.id).to.have.members(poles);
        let sum = 0;
        for (const weight of Object.values(position.weights)) {
          expect(Number.isFinite(weight) && weight >= 0, `${position.id}: weight ${weight}`).to.equal(true);
          sum += weight;
        }
        expect(sum, `${position.id}: sum`).to.be.greaterThan(0);
      }
    });

    it('runs in time order and points at the February 2022 outlook', () => {
      expect(articleCompass.positions.map((p) => p.id)).to.deep.equal([
        '1990s',
        '2014',
        '2020',
        '2021-end',
        '2022-01',
        '2022-02',
      ]);
      const dates = articleCompass.positions.map((p) => p.date ?? '');
      expect([...dates].sort()).to.deep.equal(dates);
      expect(articleCompass.current).to.equal('2022-02');
    });
  });

  describe('chord', () => {
    it('ties known actors by known kinds, never an actor to itself, with value > 0', () => {
      const actors = new Set(articleChord.actors.map((a) => a.id));
      const kinds = new Set(articleChord.kinds.map((k) => k.id));
      for (const tie of articleChord.ties) {
        const where = `${tie.from}-${tie.kind}-${tie.to}`;
        expect(actors.has(tie.from), `${where}: from`).to.equal(true);
        expect(actors.has(tie.to), `${where}: to`).to.equal(true);
        expect(kinds.has(tie.kind), `${where}: kind`).to.equal(true);
        expect(tie.from, `${where}: not a self-tie`).to.not.equal(tie.to);
        expect(Number.isFinite(tie.value) && tie.value > 0, `${where}: value`).to.equal(true);
      }
    });

    it('keeps at most one tie of a kind between one pair, and every actor and kind in use', () => {
      const seen = new Set<string>();
      for (const tie of articleChord.ties) {
        const key = `${[tie.from, tie.to].sort().join('|')}|${tie.kind}`;
        expect(seen.has(key), key).to.equal(false);
        seen.add(key);
      }
      for (const actor of articleChord.actors) {
        expect(articleChord.ties.some((t) => t.from === actor.id || t.to === actor.id), `actor ${actor.id}`).to.equal(true);
      }
      for (const kind of articleChord.kinds) {
        expect(articleChord.ties.some((t) => t.kind === kind.id), `kind ${kind.id}`).to.equal(true);
      }
    });
  });

  describe('JSON files', () => {
    for (const [name, data] of [
      ['radar', articleRadar],
      ['compass', articleCompass],
      ['chord', articleChord],
    ] as const) {
      it(`json/${name}.json equals the TypeScript dataset`, async () => {
        const response = await fetch(new URL(`../json/${name}.json`, import.meta.url));
        expect(response.ok, `json/${name}.json fetched`).to.equal(true);
        expect(await response.json()).to.deep.equal(data);
      });
    }
  });
});
