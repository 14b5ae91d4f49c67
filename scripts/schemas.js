// Writes the published JSON Schema of each chart's format, generated from the same valibot
// schema the element validates with (its `strict` mode), so the two cannot drift apart.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { CHARTS } from '../packages/multivector/bin/charts.js';

for (const [name, chart] of Object.entries(CHARTS).filter(([name]) => existsSync(`packages/${name}/dist/${name}-data.js`))) {
  const schema = await chart.jsonSchema();
  mkdirSync(`packages/${name}/schema`, { recursive: true });
  writeFileSync(`packages/${name}/schema/${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`packages/${name}/schema/${name}.schema.json`);
}
