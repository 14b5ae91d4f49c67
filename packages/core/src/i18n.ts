import type { LocaleCode } from './types.js';

/** A dictionary of message templates; `{name}` placeholders are filled from params. */
export type Messages = Readonly<Record<string, string>>;

/** Messages per locale. English is the complete reference; the others fall back to it. */
export interface MessageCatalog {
  readonly en: Messages;
  readonly [locale: LocaleCode]: Messages;
}

/** Looks a message up in the element's locale, else its base language, else English. */
export type Translate = (locale: LocaleCode, key: string, params?: Readonly<Record<string, string | number>>) => string;

/** Builds a {@link Translate} over one or more catalogs (later ones win on the same key). */
export function createTranslator(...catalogs: readonly MessageCatalog[]): Translate {
  const merged = new Map<string, Map<string, string>>();
  for (const catalog of catalogs) {
    for (const [locale, messages] of Object.entries(catalog)) {
      const target = merged.get(locale) ?? new Map<string, string>();
      for (const [key, value] of Object.entries(messages)) target.set(key, value);
      merged.set(locale, target);
    }
  }
  return (locale, key, params) => {
    const base = locale.split('-')[0] ?? locale;
    const template = merged.get(locale)?.get(key) ?? merged.get(base)?.get(key) ?? merged.get('en')?.get(key) ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      return value === undefined ? whole : String(value);
    });
  };
}

/** The strings every chart prints, in English, Russian and Kazakh. */
export const CORE_MESSAGES: MessageCatalog = {
  en: {
    loading: 'Loading chart…',
    empty: 'No data to show.',
    errorTitle: 'This chart could not be drawn.',
    errorCode: 'Error code: {code}',
    source: 'Source:',
    notes: 'Note:',
    showTable: 'Show data table',
    hideTable: 'Hide data table',
    tableRegion: 'Data table: {title}',
    dataUpdated: 'Chart updated: {title}.',
    noData: 'no data',
    notShownHeading: 'Values not shown',
    notShownItem: '{where}: {value} ({reason})',
    legend: 'Legend',
    evidence: 'Evidence',
    reading: 'Reading',
    reasonNotNumber: 'not a number',
    reasonNotFinite: 'not a finite number',
    reasonNegative: 'negative',
    reasonOutOfScale: 'outside the scale {min}–{max}',
    reasonUnknownRef: 'names an unknown {what} “{id}”',
    reasonZeroSum: 'weights sum to zero',
    'error.missing-field': '{path} is required.',
    'error.too-few': '{path} needs at least {limit} items; it has {count}.',
    'error.too-many': '{path} allows at most {limit} items; it has {count}. This chart does not draw that much data.',
    'error.invalid-json': 'The data is not valid JSON.',
    'error.not-object': 'The data must be an object.',
    'error.invalid-data': 'The data does not match the format: {detail}',
    'error.duplicate-id': 'The id “{id}” is used twice in {path}.',
    'error.unknown-reference': '{path} names an unknown id “{id}”.',
    'error.fetch-failed': 'The data could not be loaded ({detail}).',
    'error.invalid-url': 'The data URL is not allowed: only http, https and relative URLs are.',
    'error.too-much-data': 'Too much data for this chart: {detail}.',
    'error.render-failed': 'The chart failed while drawing.',
  },
  ru: {
    loading: 'Загрузка графика…',
    empty: 'Нет данных для показа.',
    errorTitle: 'Не удалось построить график.',
    errorCode: 'Код ошибки: {code}',
    source: 'Источник:',
    notes: 'Примечание:',
    showTable: 'Показать таблицу данных',
    hideTable: 'Скрыть таблицу данных',
    tableRegion: 'Таблица данных: {title}',
    dataUpdated: 'График обновлён: {title}.',
    noData: 'нет данных',
    notShownHeading: 'Не показанные значения',
    notShownItem: '{where}: {value} ({reason})',
    legend: 'Легенда',
    evidence: 'Основание',
    reading: 'Прочтение',
    reasonNotNumber: 'не число',
    reasonNotFinite: 'не конечное число',
    reasonNegative: 'отрицательное',
    reasonOutOfScale: 'вне шкалы {min}–{max}',
    reasonUnknownRef: 'неизвестный идентификатор ({what}) «{id}»',
    reasonZeroSum: 'сумма весов равна нулю',
    'error.missing-field': 'Не хватает обязательного поля {path}.',
    'error.too-few': 'В {path} нужно не меньше {limit} элементов, а их {count}.',
    'error.too-many': 'В {path} допускается не больше {limit} элементов, а их {count}. Этот график не рисует столько данных.',
    'error.invalid-json': 'Данные не являются корректным JSON.',
    'error.not-object': 'Данные должны быть объектом.',
    'error.invalid-data': 'Данные не соответствуют формату: {detail}',
    'error.duplicate-id': 'Идентификатор «{id}» повторяется в {path}.',
    'error.unknown-reference': '{path} ссылается на неизвестный идентификатор «{id}».',
    'error.fetch-failed': 'Не удалось загрузить данные ({detail}).',
    'error.invalid-url': 'Адрес данных не разрешён: допустимы только http, https и относительные адреса.',
    'error.too-much-data': 'Слишком много данных для этого графика: {detail}.',
    'error.render-failed': 'При построении графика произошла ошибка.',
  },
  kk: {
    loading: 'График жүктелуде…',
    empty: 'Көрсететін дерек жоқ.',
    errorTitle: 'Графикті салу мүмкін болмады.',
    errorCode: 'Қате коды: {code}',
    source: 'Дереккөз:',
    notes: 'Ескертпе:',
    showTable: 'Деректер кестесін көрсету',
    hideTable: 'Деректер кестесін жасыру',
    tableRegion: 'Деректер кестесі: {title}',
    dataUpdated: 'График жаңартылды: {title}.',
    noData: 'дерек жоқ',
    notShownHeading: 'Көрсетілмеген мәндер',
    notShownItem: '{where}: {value} ({reason})',
    legend: 'Шартты белгілер',
    evidence: 'Негіздеме',
    reading: 'Түсіндірме',
    reasonNotNumber: 'сан емес',
    reasonNotFinite: 'шектеулі сан емес',
    reasonNegative: 'теріс сан',
    reasonOutOfScale: '{min}–{max} шкаласынан тыс',
    reasonUnknownRef: 'белгісіз идентификатор ({what}) «{id}»',
    reasonZeroSum: 'салмақтардың қосындысы нөлге тең',
    'error.missing-field': '{path} өрісі міндетті.',
    'error.too-few': '{path} ішінде кемінде {limit} элемент болуы керек, ал бар болғаны {count}.',
    'error.too-many': '{path} ішінде ең көбі {limit} элемент болуы мүмкін, ал {count} бар. Бұл график мұнша деректі салмайды.',
    'error.invalid-json': 'Деректер дұрыс JSON емес.',
    'error.not-object': 'Деректер объект болуы керек.',
    'error.invalid-data': 'Деректер пішімге сәйкес емес: {detail}',
    'error.duplicate-id': '«{id}» идентификаторы {path} ішінде екі рет қолданылған.',
    'error.unknown-reference': '{path} белгісіз «{id}» идентификаторын атайды.',
    'error.fetch-failed': 'Деректерді жүктеу мүмкін болмады ({detail}).',
    'error.invalid-url': 'Деректер мекенжайына рұқсат жоқ: тек http, https және салыстырмалы мекенжайлар.',
    'error.too-much-data': 'Бұл график үшін деректер тым көп: {detail}.',
    'error.render-failed': 'Графикті салу кезінде қате шықты.',
  },
};
