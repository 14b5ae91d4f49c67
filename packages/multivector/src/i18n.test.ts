import { expect } from '@open-wc/testing';
import { CORE_MESSAGES, createTranslator, type MessageCatalog } from '@multivector/core';
import { RADAR_MESSAGES } from '../../radar/src/radar-messages.js';
import { COMPASS_MESSAGES } from '../../compass/src/compass-messages.js';
import { CHORD_MESSAGES } from '../../chord/src/chord-messages.js';

const CATALOGS: Record<string, MessageCatalog> = {
  core: CORE_MESSAGES,
  radar: RADAR_MESSAGES,
  compass: COMPASS_MESSAGES,
  chord: CHORD_MESSAGES,
};

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the elements’ own strings', () => {
  for (const [name, catalog] of Object.entries(CATALOGS)) {
    for (const locale of ['ru', 'kk']) {
      it(`${name}: every English string exists in ${locale}, with the same placeholders`, () => {
        const translated = catalog[locale] ?? {};
        const missing = Object.keys(catalog.en).filter((key) => !(key in translated) || translated[key]!.trim() === '');
        expect(missing, `missing in ${locale}`).to.deep.equal([]);
        const mismatched = Object.keys(catalog.en).filter((key) => placeholders(catalog.en[key]!).join() !== placeholders(translated[key] ?? '').join());
        expect(mismatched, `placeholders differ in ${locale}`).to.deep.equal([]);
        const extra = Object.keys(translated).filter((key) => !(key in catalog.en));
        expect(extra, `keys only in ${locale}`).to.deep.equal([]);
      });
    }
  }

  it('falls back to English for a missing translation, and to the key only when English lacks it too', () => {
    const t = createTranslator({ en: { a: 'Apple {n}', b: 'Banana' }, ru: { a: 'Яблоко {n}' } });
    expect(t('ru', 'a', { n: 2 })).to.equal('Яблоко 2');
    expect(t('ru', 'b')).to.equal('Banana');
    expect(t('ru-RU', 'a', { n: 1 })).to.equal('Яблоко 1');
    expect(t('de', 'b')).to.equal('Banana');
    expect(t('ru', 'zzz')).to.equal('zzz');
  });
});
