// The chart formats the CLI and the schema script know: how to recognise a dataset, its
// runtime validator and its JSON Schema. Loads only DOM-free modules (`…/data` entries).
import { toJsonSchema } from '@valibot/to-json-schema';

/**
 * @typedef {object} ChartFormat
 * @property {(data: Record<string, unknown>) => boolean} detect  whether a dataset looks like this chart's
 * @property {() => Promise<{ validate: (raw: unknown) => any, schema: (mode: 'strict') => any }>} load
 * @property {() => Promise<object>} jsonSchema
 */

const formats = {
  radar: {
    element: 'mv-radar',
    detect: (data) => 'axes' in data || 'series' in data,
    load: async () => {
      const m = await import('@multivector/radar/data');
      return { validate: m.validateRadar, schema: m.radarSchema };
    },
  },
  compass: {
    element: 'mv-compass',
    detect: (data) => 'poles' in data || 'positions' in data,
    load: async () => {
      const m = await import('@multivector/compass/data');
      return { validate: m.validateCompass, schema: m.compassSchema };
    },
  },
  chord: {
    element: 'mv-chord',
    detect: (data) => 'actors' in data || 'ties' in data,
    load: async () => {
      const m = await import('@multivector/chord/data');
      return { validate: m.validateChord, schema: m.chordSchema };
    },
  },
};

/** @type {Record<string, ChartFormat & { element: string }>} */
export const CHARTS = Object.fromEntries(
  Object.entries(formats).map(([name, format]) => [
    name,
    {
      ...format,
      async jsonSchema() {
        const { schema } = await format.load();
        return {
          $schema: 'http://json-schema.org/draft-07/schema#',
          title: `<${format.element}> dataset`,
          description: `The data format of <${format.element}> (docs/data-format.md). Generated from the element's own validator; cross-references (duplicate ids, unknown ids) and scale bounds are checked by the element and by \`multivector validate\`.`,
          ...toJsonSchema(schema('strict'), { errorMode: 'ignore' }),
        };
      },
    },
  ]),
);
