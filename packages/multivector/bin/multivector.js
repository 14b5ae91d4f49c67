#!/usr/bin/env node
// `multivector validate FILE.json …`: checks chart datasets before publishing. Prints every
// problem with its path (JSON Schema, then the element's own checks: duplicate and unknown ids,
// values it would drop) and exits 1 when there is any, 0 when all files are clean.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { CORE_MESSAGES, createTranslator, resolveText } from '@multivector/core/validation';
import { CHARTS } from './charts.js';

const USAGE = `Usage: multivector validate [--chart radar|compass|chord] FILE.json [FILE.json …]

Checks each dataset against the chart's JSON Schema and the element's own rules, prints each
problem with its path, and exits with 1 when there is any.`;

const translate = createTranslator(CORE_MESSAGES);

/** Validates one parsed dataset; returns the problems as "path: message" lines. */
export async function checkDataset(data, chartName) {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { chart: chartName, problems: ['(root): the data must be an object'] };
  const name = chartName ?? Object.keys(CHARTS).find((key) => CHARTS[key].detect(data));
  if (!name || !CHARTS[name]) return { chart: undefined, problems: ['(root): cannot tell which chart this is for: give --chart radar|compass|chord'] };
  const chart = CHARTS[name];
  const problems = [];
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validateSchema = ajv.compile(await chart.jsonSchema());
  if (!validateSchema(data)) {
    const errors = validateSchema.errors ?? [];
    // An anyOf failure explains itself ("must be a number or null"): drop its branches' errors.
    const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
    for (const error of errors.filter((e) => e.keyword === 'anyOf' || !anyOfPaths.has(e.instancePath))) {
      const types = errors.filter((e) => e.keyword === 'type' && e.instancePath === error.instancePath).map((e) => e.params.type);
      const message = error.keyword === 'anyOf' && types.length ? `must be ${types.join(' or ')}` : error.message;
      problems.push(`${error.instancePath || '(root)'}: ${message}`);
    }
  }
  const { validate } = await chart.load();
  const result = validate(data);
  if (!result.ok) {
    problems.push(`${result.error.path || '(root)'}: ${result.error.message} [${result.error.code}]`);
  } else {
    for (const dropped of result.dropped) {
      const where = dropped.where.map((label) => resolveText(label, 'en')).join(' / ');
      problems.push(`${where}: ${dropped.value} would not be shown (${translate('en', dropped.reason, dropped.params)})`);
    }
  }
  return { chart: name, problems: [...new Set(problems)] };
}

async function main(argv) {
  const [command, ...rest] = argv;
  if (command !== 'validate' || rest.length === 0 || rest.includes('--help')) {
    console.log(USAGE);
    return command === '--help' || rest.includes('--help') ? 0 : 2;
  }
  let chart;
  const files = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--chart') chart = rest[++i];
    else files.push(rest[i]);
  }
  if (chart !== undefined && !CHARTS[chart]) {
    console.error(`Unknown chart "${chart}": use radar, compass or chord.`);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      console.error(`✗ ${file}: cannot read (${error.code ?? error.message})`);
      failed++;
      continue;
    }
    let data;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      console.error(`✗ ${file}: not valid JSON: ${error.message}`);
      failed++;
      continue;
    }
    const { chart: detected, problems } = await checkDataset(data, chart);
    if (problems.length === 0) {
      console.log(`✓ ${file}: a valid ${detected} dataset`);
    } else {
      failed++;
      console.error(`✗ ${file}${detected ? ` (${detected})` : ''}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
      for (const problem of problems) console.error(`  ${problem}`);
    }
  }
  return failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/multivector')) {
  process.exitCode = await main(process.argv.slice(2));
}
