import { truncate, type MessageCatalog } from '@multivector/core';

/** The compass's own strings, in English, Russian and Kazakh. */
export const COMPASS_MESSAGES: MessageCatalog = {
  en: {
    chartLabel: 'Compass chart: {title}',
    summary:
      'Compass chart with {poles} poles ({poleList}) and {positions} positions in time order, from {first} to {last}. The centre is perfect balance between the poles; a pole is 1 from balance.',
    summaryCurrent: 'The needle shows {label}: {reading}.',
    summaryPoles: 'Compass chart with {poles} poles ({poleList}).',
    keyboardHelp:
      'Use the arrow keys to step through the positions in time order, Home and End for the first and the last; the needle follows. Press Escape to clear.',
    leansToward: 'leans toward {pole}, {distance} from balance',
    leansTowardTwo: 'leans toward {a} and {b}, {distance} from balance',
    balanced: 'at balance between the poles',
    moved: '{from} → {to}: moved {distance} toward {pole}',
    movedTwo: '{from} → {to}: moved {distance} toward {a} and {b}',
    stayed: '{from} → {to}: did not move',
    start: 'starting point',
    stepOf: '{n} of {count}',
    share: '{pole} {share}',
    position: 'Position',
    date: 'Date',
    distance: 'Distance from balance',
    leaning: 'Leans toward',
    change: 'Change',
    balance: 'balance',
    tableCaption: '{title}: the share of each pole, the distance from balance (0 balance, 1 at a pole) and the change from the position before.',
    stepper: 'Step through the positions',
    previous: 'Previous position',
    next: 'Next position',
    play: 'Play the trajectory',
    pause: 'Pause',
    positionsGroup: 'Positions in time order',
    legendPoint: 'position',
    legendTrail: 'path through time',
    legendNeedle: 'needle: the position shown',
    legendRings: 'rings: distance from balance (1 at a pole)',
    legendShares: 'grid: 25, 50, 75% of a pole’s share',
    legendNumbered: 'number: a position whose date has no room here (see the table)',
    notShownHeading: 'Positions not shown',
    reasonUnknownPole: 'names an unknown pole “{id}”',
    noPositions: 'No position could be drawn: see the list under the data table.',
    'error.too-few.poles': 'A compass needs at least 3 poles.',
    'error.too-many.poles': 'A compass draws at most 8 poles.',
    'error.too-many.positions': 'A compass draws at most 1,000 positions.',
    'error.unknown-reference.current': '“current” names a position that is not in the data: “{id}”.',
  },
  ru: {
    chartLabel: 'Диаграмма-компас: {title}',
    summary:
      'Диаграмма-компас: полюсов — {poles} ({poleList}), положений — {positions}, по порядку во времени, от «{first}» до «{last}». Центр — полное равновесие между полюсами; полюс находится на расстоянии 1 от равновесия.',
    summaryCurrent: 'Стрелка показывает «{label}»: {reading}.',
    summaryPoles: 'Диаграмма-компас: полюсов — {poles} ({poleList}).',
    keyboardHelp:
      'Клавиши со стрелками перемещают по положениям в порядке времени, Home и End — к первому и последнему; стрелка компаса следует за ними. Escape снимает выделение.',
    leansToward: 'тяготеет к полюсу «{pole}», {distance} от равновесия',
    leansTowardTwo: 'тяготеет к полюсам «{a}» и «{b}», {distance} от равновесия',
    balanced: 'в равновесии между полюсами',
    moved: '{from} → {to}: сдвиг на {distance} к полюсу «{pole}»',
    movedTwo: '{from} → {to}: сдвиг на {distance} к полюсам «{a}» и «{b}»',
    stayed: '{from} → {to}: без сдвига',
    start: 'начальная точка',
    stepOf: '{n} из {count}',
    share: '{pole} {share}',
    position: 'Положение',
    date: 'Дата',
    distance: 'Расстояние от равновесия',
    leaning: 'Тяготеет к',
    change: 'Изменение',
    balance: 'равновесие',
    tableCaption: '{title}: доля каждого полюса, расстояние от равновесия (0 — равновесие, 1 — полюс) и изменение по сравнению с предыдущим положением.',
    stepper: 'Перемещение по положениям',
    previous: 'Предыдущее положение',
    next: 'Следующее положение',
    play: 'Воспроизвести траекторию',
    pause: 'Пауза',
    positionsGroup: 'Положения по порядку во времени',
    legendPoint: 'положение',
    legendTrail: 'путь во времени',
    legendNeedle: 'стрелка: показанное положение',
    legendRings: 'кольца: расстояние от равновесия (1 у полюса)',
    legendShares: 'сетка: 25, 50, 75 % доли полюса',
    legendNumbered: 'номер: положение, дате которого здесь не хватило места (см. таблицу)',
    notShownHeading: 'Не показанные положения',
    reasonUnknownPole: 'неизвестный полюс «{id}»',
    noPositions: 'Ни одно положение не удалось нанести: см. список под таблицей данных.',
    'error.too-few.poles': 'Компасу нужно не меньше 3 полюсов.',
    'error.too-many.poles': 'Компас показывает не больше 8 полюсов.',
    'error.too-many.positions': 'Компас показывает не больше 1000 положений.',
    'error.unknown-reference.current': '«current» указывает на положение, которого нет в данных: «{id}».',
  },
  kk: {
    chartLabel: 'Компас диаграммасы: {title}',
    summary:
      'Компас диаграммасы: полюстер саны — {poles} ({poleList}), жағдайлар саны — {positions}, уақыт ретімен: алғашқысы — «{first}», соңғысы — «{last}». Орталық — полюстер арасындағы толық тепе-теңдік; полюс тепе-теңдіктен 1 қашықтықта.',
    summaryCurrent: 'Компас тілі «{label}» жағдайын көрсетеді: {reading}.',
    summaryPoles: 'Компас диаграммасы: полюстер саны — {poles} ({poleList}).',
    keyboardHelp:
      'Жағдайлар арасында уақыт ретімен жылжу үшін бағыт пернелерін басыңыз; бірінші және соңғы жағдайға Home және End пернелері апарады, компас тілі соларға ереді. Escape таңдауды алып тастайды.',
    leansToward: '{pole} полюсіне қарай ауады, тепе-теңдіктен {distance} қашықтықта',
    leansTowardTwo: '{a} және {b} полюстеріне қарай ауады, тепе-теңдіктен {distance} қашықтықта',
    balanced: 'полюстер арасында тепе-теңдікте',
    moved: '{from} → {to}: {pole} полюсіне қарай {distance} жылжыды',
    movedTwo: '{from} → {to}: {a} және {b} полюстеріне қарай {distance} жылжыды',
    stayed: '{from} → {to}: орнынан жылжымады',
    start: 'бастапқы нүкте',
    stepOf: '{n} / {count}',
    share: '{pole} {share}',
    position: 'Жағдай',
    date: 'Күні',
    distance: 'Тепе-теңдіктен қашықтық',
    leaning: 'Ауатын полюс',
    change: 'Өзгеріс',
    balance: 'тепе-теңдік',
    tableCaption: '{title}: әр полюстің үлесі, тепе-теңдіктен қашықтық (0 — тепе-теңдік, 1 — полюс) және алдыңғы жағдаймен салыстырғандағы өзгеріс.',
    stepper: 'Жағдайлар бойынша жылжу',
    previous: 'Алдыңғы жағдай',
    next: 'Келесі жағдай',
    play: 'Траекторияны ойнату',
    pause: 'Кідірту',
    positionsGroup: 'Жағдайлар уақыт ретімен',
    legendPoint: 'жағдай',
    legendTrail: 'уақыт бойынша жол',
    legendNeedle: 'компас тілі: көрсетілген жағдай',
    legendRings: 'сақиналар: тепе-теңдіктен қашықтық (полюсте 1)',
    legendShares: 'тор: полюс үлесінің 25, 50, 75 %-ы',
    legendNumbered: 'нөмір: күніне мұнда орын жетпеген жағдай (кестені қараңыз)',
    notShownHeading: 'Көрсетілмеген жағдайлар',
    reasonUnknownPole: 'белгісіз полюс «{id}»',
    noPositions: 'Бірде-бір жағдайды салу мүмкін болмады: деректер кестесінің астындағы тізімді қараңыз.',
    'error.too-few.poles': 'Компасқа кемінде 3 полюс керек.',
    'error.too-many.poles': 'Компас 8 полюстен артық көрсетпейді.',
    'error.too-many.positions': 'Компас 1000 жағдайдан артық көрсетпейді.',
    'error.unknown-reference.current': '«current» деректерде жоқ жағдайды атайды: «{id}».',
  },
};

const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ru: ['янв.', 'февр.', 'март', 'апр.', 'май', 'июнь', 'июль', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
  kk: ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.', 'шіл.', 'там.', 'қыр.', 'қаз.', 'қар.', 'жел.'],
};
// Russian writes the month in the genitive after a day: "24 марта", not "24 март".
const RU_MONTHS_OF_DAY = ['янв.', 'февр.', 'марта', 'апр.', 'мая', 'июня', 'июля', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'];

/**
 * A short date for labels and narration: `2014` stays, `2021-12` becomes "Dec 2021",
 * `2022-02-24` "24 Feb 2022", `1990/1999` "1990–1999"; anything else is shown as given
 * (shortened to 16 characters). Month names are the element's own, not Intl's, whose first
 * use costs tens of milliseconds of set-up.
 */
export function shortDate(date: string, locale: string): string {
  const base = locale.split('-')[0] ?? locale;
  const months = MONTHS[base] ?? MONTHS['en']!;
  let match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (match) {
    const month = Number(match[2]) - 1;
    if (month >= 0 && month < 12) {
      if (match[3] === undefined) return `${months[month]} ${match[1]}`;
      const name = base === 'ru' ? RU_MONTHS_OF_DAY[month] : months[month];
      return `${Number(match[3])} ${name} ${match[1]}`;
    }
  }
  match = /^(\d{4})\/(\d{4})$/.exec(date);
  if (match) return `${match[1]}–${match[2]}`;
  return truncate(date, 16);
}
