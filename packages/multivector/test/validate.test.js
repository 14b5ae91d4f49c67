// The published JSON Schemas and the elements' runtime validators must agree: on the bundled
// datasets (both accept, nothing dropped) and on invalid fixtures (both reject). Cases JSON
// Schema cannot express (duplicate ids, unknown references, values outside the scale) are
// caught by the runtime validator and reported by the CLI. Runs in Node on the built packages.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import { CHARTS } from '../bin/charts.js';

const CLI = new URL('../bin/multivector.js', import.meta.url).pathname;
const dataset = (name) => JSON.parse(readFileSync(new URL(`../../data/json/${name}.json`, import.meta.url), 'utf8'));
const clone = (value) => structuredClone(value);

async function bothValidators(name) {
  const chart = CHARTS[name];
  const ajv = new Ajv({ allErrors: true, strict: false });
  const schema = ajv.compile(await chart.jsonSchema());
  const { validate } = await chart.load();
  return (data) => {
    const runtime = validate(data);
    return { schema: schema(data), runtime: runtime.ok && runtime.dropped.length === 0, code: runtime.ok ? undefined : runtime.error.code, dropped: runtime.ok ? runtime.dropped.length : 0 };
  };
}

/** Mutations that make a dataset invalid for the schema and the runtime alike. */
const INVALID = {
  radar: [
    ['no title', (d) => delete d.title],
    ['a numeric title', (d) => (d.title = 5)],
    ['two axes', (d) => d.axes.splice(2)],
    ['an id with a space', (d) => (d.axes[0].id = 'two words')],
    ['a value that is a string', (d) => (d.series[0].values[d.axes[0].id] = 'high')],
    ['series not an array', (d) => (d.series = {})],
    ['a label that is a number', (d) => (d.axes[1].label = 7)],
    ['13 series', (d) => (d.series = Array.from({ length: 13 }, (_, i) => ({ ...d.series[0], id: `s${i}` })))],
  ],
  compass: [
    ['no title', (d) => delete d.title],
    ['two poles', (d) => d.poles.splice(2)],
    ['a weight that is a string', (d) => (d.positions[0].weights[d.poles[0].id] = 'some')],
    ['a negative weight', (d) => (d.positions[0].weights[d.poles[0].id] = -1)],
    ['nine poles', (d) => (d.poles = Array.from({ length: 9 }, (_, i) => ({ id: `p${i}`, label: `P${i}` })))],
    ['positions not an array', (d) => (d.positions = 'none')],
  ],
  chord: [
    ['no title', (d) => delete d.title],
    ['one actor', (d) => d.actors.splice(1)],
    ['a tone that is not known', (d) => (d.kinds[0].tone = 'friendly')],
    ['a value that is a string', (d) => (d.ties[0].value = 'strong')],
    ['a zero value', (d) => (d.ties[0].value = 0)],
    ['an actor kind that is not known', (d) => (d.actors[0].kind = 'empire')],
  ],
};

/** Mutations JSON Schema cannot see; the runtime rejects or drops them. */
const CROSS_REFERENCES = {
  radar: [
    ['a duplicate axis id', (d) => d.axes.push({ ...d.axes[0] }), 'duplicate-id'],
    ['a value for an unknown axis', (d) => (d.series[0].values.nowhere = 1), 'dropped'],
  ],
  compass: [
    ['a duplicate pole id', (d) => d.poles.push({ ...d.poles[0] }), 'duplicate-id'],
    ['a weight for an unknown pole', (d) => (d.positions[0].weights.nowhere = 1), 'dropped'],
  ],
  chord: [
    ['a duplicate actor id', (d) => d.actors.push({ ...d.actors[0] }), 'duplicate-id'],
    ['a tie to an unknown actor', (d) => (d.ties[0].to = 'nowhere'), 'dropped'],
  ],
};

for (const name of Object.keys(CHARTS)) {
  describe(`${name}: JSON Schema and runtime validator`, () => {
    it('both accept the bundled dataset, with nothing dropped', async () => {
      const check = await bothValidators(name);
      assert.deepEqual(check(dataset(name)), { schema: true, runtime: true, code: undefined, dropped: 0 });
    });

    for (const [label, mutate] of INVALID[name]) {
      it(`both reject ${label}`, async () => {
        const check = await bothValidators(name);
        const data = clone(dataset(name));
        mutate(data);
        const result = check(data);
        assert.equal(result.schema, false, 'schema accepts it');
        assert.equal(result.runtime, false, 'runtime accepts it');
      });
    }

    for (const [label, mutate, expected] of CROSS_REFERENCES[name]) {
      it(`the runtime catches ${label} (${expected}), which JSON Schema cannot express`, async () => {
        const check = await bothValidators(name);
        const data = clone(dataset(name));
        mutate(data);
        const result = check(data);
        if (expected === 'dropped') assert.ok(result.dropped > 0, 'a value is dropped');
        else assert.equal(result.code, expected);
      });
    }
  });
}

describe('multivector validate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mv-validate-'));

  it('exits 0 and says so for the bundled datasets', () => {
    const files = Object.keys(CHARTS).map((name) => new URL(`../../data/json/${name}.json`, import.meta.url).pathname);
    const out = execFileSync('node', [CLI, 'validate', ...files], { encoding: 'utf8' });
    assert.equal(out.trim().split('\n').filter((line) => line.startsWith('✓')).length, files.length);
  });

  it('exits 1 and prints each problem with its path', () => {
    const data = clone(dataset('radar'));
    data.axes.splice(2);
    data.series[0].values[data.axes[0].id] = 'high';
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(data));
    const run = spawnSync('node', [CLI, 'validate', file], { encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /\/axes: must NOT have fewer than 3 items/);
    assert.match(run.stderr, /\/series\/0\/values\/russia: must be number or null/);
    assert.match(run.stderr, /\[too-few\]/);
  });

  it('reports malformed JSON and unreadable files', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"title": ');
    const run = spawnSync('node', [CLI, 'validate', file, join(dir, 'missing.json')], { encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /not valid JSON/);
    assert.match(run.stderr, /cannot read/);
  });

  it('lists values the element would drop', () => {
    const data = clone(dataset('radar'));
    data.series[0].values.nowhere = 3;
    const file = join(dir, 'drop.json');
    writeFileSync(file, JSON.stringify(data));
    const run = spawnSync('node', [CLI, 'validate', '--chart', 'radar', file], { encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /nowhere.*would not be shown \(names an unknown axis “nowhere”\)/);
  });
});
