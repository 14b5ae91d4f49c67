import type { Evidence } from '@multivector/core';
import type { RadarData } from '@multivector/radar';
import { articleSource as source } from './source.js';

// Every value is an editorial reading of one article (see docs/method.md). Quotes are copied
// verbatim from the article, typography and typos included; the test checks each one.

const equalPartners2014: Evidence = {
  quote: 'For a long time, this allowed Kazakhstan to truly maintain equal partnerships with all world powers',
  note: {
    en: 'The article says the multi-vector policy long kept equal partnerships with all the world powers. We read the 2014 concept, the older of the two, as ranking Russia, China and the United States as important partners on an equal footing, not above the others: the article places the "strong shift" towards them in the 2020 concept.',
    ru: 'Статья пишет, что многовекторность долго позволяла поддерживать равное партнёрство со всеми мировыми державами. Концепцию 2014 года, более раннюю из двух, мы читаем так: Россия, Китай и США в ней — важные партнёры наравне с другими, а не выше их. «Сильный сдвиг» в их сторону статья относит к концепции 2020 года.',
    kk: 'Мақалада көпвекторлы саясат ұзақ уақыт бойы барлық әлемдік державалармен тең серіктестікті сақтауға мүмкіндік бергені айтылады. Екі тұжырымдаманың ертерегі — 2014 жылғы тұжырымдамада Ресей, Қытай және АҚШ басқалармен тең дәрежедегі маңызды серіктестер, олардан жоғары емес деп оқимыз. Оларға қарай «күшті ауытқуды» мақала 2020 жылғы тұжырымдамаға жатқызады.',
  },
};

const turkeyUkraineQuote =
  'as well as countries that have fallen out of the list of important allies and partners, Turkey and Ukraine';

const onTheList2014: Evidence = {
  quote: turkeyUkraineQuote,
  note: {
    en: 'Turkey and Ukraine "have fallen out of the list of important allies and partners" between the 2014 and the 2020 concept, so in 2014 they were on it: level 3, important partner.',
    ru: 'Турция и Украина «выпали из списка важных союзников и партнёров» между концепциями 2014 и 2020 годов, значит, в 2014 году они в нём были: уровень 3, важный партнёр.',
    kk: 'Түркия мен Украина 2014 және 2020 жылғы тұжырымдамалар арасында «маңызды одақтастар мен серіктестер тізімінен шығып қалды», демек 2014 жылы олар бұл тізімде болған: 3-деңгей, маңызды серіктес.',
  },
};

const shift2020: Evidence = {
  quote: 'one can notice a strong shift in attention to cooperation with Russia, China and the United States',
  note: {
    en: 'The article sees a "strong shift in attention" to cooperation with Russia, China and the United States in the 2020 concept: one level above 2014, priority partner.',
    ru: 'Статья видит в концепции 2020 года «сильный сдвиг внимания» к сотрудничеству с Россией, Китаем и США: на уровень выше, чем в 2014 году, — приоритетный партнёр.',
    kk: 'Мақала 2020 жылғы тұжырымдамада Ресей, Қытай және АҚШ-пен ынтымақтастыққа «назардың күшті ауытқуын» көреді: 2014 жылдан бір деңгей жоғары — басым серіктес.',
  },
};

const offTheList2020: Evidence = {
  quote: turkeyUkraineQuote,
  note: {
    en: 'In the 2020 concept Turkey and Ukraine "have fallen out of the list of important allies and partners". Off the list, but the article does not say ties were cut: level 1, marginal.',
    ru: 'В концепции 2020 года Турция и Украина «выпали из списка важных союзников и партнёров». Они вне списка, но о разрыве отношений статья не говорит: уровень 1, периферия.',
    kk: '2020 жылғы тұжырымдамада Түркия мен Украина «маңызды одақтастар мен серіктестер тізімінен шығып қалды». Олар тізімнен тыс, бірақ мақала байланыс үзілді деп айтпайды: 1-деңгей, шеткері.',
  },
};

const westLackOfInterestQuote =
  'as well as an awareness of the lack of interest of the countries of the European Union and the United States in relation to Kazakhstan';

/**
 * The article's partners of Kazakhstan read on an ordinal scale of 0 (absent) to 5 (main
 * support) in three readings: the 2014 and 2020 foreign policy concepts, and the article's
 * own "two-vector" outlook of 24 February 2022. A `null` is a gap: the article says nothing.
 */
export const articleRadar: RadarData = {
  title: {
    en: "Kazakhstan's partners: 2014, 2020 and the 2022 outlook",
    ru: 'Партнёры Казахстана: 2014, 2020 годы и взгляд 2022 года',
    kk: 'Қазақстанның серіктестері: 2014, 2020 жылдар және 2022 жылғы көзқарас',
  },
  description: {
    en: "How much weight six partners get in Kazakhstan's foreign policy, as one article reads it. Each ring is a level, from 0 (absent) to 5 (main support). In the 2014 concept the partners named were on an equal footing. In the 2020 concept Russia, China and the United States moved up, and Turkey and Ukraine dropped off the list. The 2022 outlook has two vectors, Russia and China, with China as the main support. A gap means the article says nothing.",
    ru: 'Какой вес шесть партнёров имеют во внешней политике Казахстана в прочтении одной статьи. Каждое кольцо — уровень, от 0 (нет) до 5 (главная опора). В концепции 2014 года названные партнёры стоят на равных. В концепции 2020 года Россия, Китай и США поднялись, а Турция и Украина выпали из списка. Во взгляде 2022 года два вектора, Россия и Китай, и Китай — главная опора. Пропуск значит, что статья об этом молчит.',
    kk: 'Бір мақаланың оқуы бойынша алты серіктестің Қазақстанның сыртқы саясатындағы салмағы. Әр шеңбер — бір деңгей, 0-ден (жоқ) 5-ке (басты тірек) дейін. 2014 жылғы тұжырымдамада аталған серіктестер тең дәрежеде. 2020 жылғы тұжырымдамада Ресей, Қытай және АҚШ жоғарылады, ал Түркия мен Украина тізімнен шығып қалды. 2022 жылғы көзқараста екі вектор бар — Ресей мен Қытай, ал Қытай — басты тірек. Бос орын мақалада бұл туралы ештеңе айтылмағанын білдіреді.',
  },
  source,
  notes: {
    en: 'The numbers are editorial readings of one analysis piece (A+ Analytics, 24 February 2022), not measurements: the article itself contains no numbers. Each value shows the short quote it rests on. Where the article is silent, the value is left out.',
    ru: 'Числа — редакционное прочтение одной аналитической статьи (A+ Analytics, 24 февраля 2022 года), а не измерения: в самой статье чисел нет. У каждого значения есть короткая цитата, на которую оно опирается. Где статья молчит, значения нет.',
    kk: 'Сандар — бір сараптамалық мақаланы (A+ Analytics, 2022 жылғы 24 ақпан) редакцияның оқуы, өлшем емес: мақаланың өзінде сандар жоқ. Әр мәннің өзі сүйенетін қысқа дәйексөзі бар. Мақалада айтылмаған жерде мән қалдырылған.',
  },
  axes: [
    { id: 'russia', label: { en: 'Russia', ru: 'Россия', kk: 'Ресей' } },
    { id: 'china', label: { en: 'China', ru: 'Китай', kk: 'Қытай' } },
    { id: 'usa', label: { en: 'United States', ru: 'США', kk: 'АҚШ' } },
    { id: 'eu', label: { en: 'European Union', ru: 'Европейский союз', kk: 'Еуропалық Одақ' } },
    { id: 'turkey', label: { en: 'Turkey', ru: 'Турция', kk: 'Түркия' } },
    { id: 'ukraine', label: { en: 'Ukraine', ru: 'Украина', kk: 'Украина' } },
  ],
  series: [
    {
      id: 'concept-2014',
      label: {
        en: '2014 Foreign Policy Concept',
        ru: 'Концепция внешней политики 2014 года',
        kk: '2014 жылғы Сыртқы саясат тұжырымдамасы',
      },
      // The article says nothing about the EU in either concept: a gap, not a guess.
      values: { russia: 3, china: 3, usa: 3, eu: null, turkey: 3, ukraine: 3 },
      evidence: {
        russia: equalPartners2014,
        china: equalPartners2014,
        usa: equalPartners2014,
        turkey: onTheList2014,
        ukraine: onTheList2014,
      },
    },
    {
      id: 'concept-2020',
      label: {
        en: '2020 Foreign Policy Concept',
        ru: 'Концепция внешней политики 2020 года',
        kk: '2020 жылғы Сыртқы саясат тұжырымдамасы',
      },
      values: { russia: 4, china: 4, usa: 4, eu: null, turkey: 1, ukraine: 1 },
      evidence: {
        russia: shift2020,
        china: shift2020,
        usa: shift2020,
        turkey: offTheList2020,
        ukraine: offTheList2020,
      },
    },
    {
      id: 'outlook-2022',
      label: {
        en: '2022 outlook: two-vector',
        ru: 'Взгляд 2022 года: двухвекторность',
        kk: '2022 жылғы көзқарас: екі векторлы саясат',
      },
      // Turkey is not mentioned after the concepts; Ukraine appears only as a party to the war
      // and as a "negative example", never as a partner in the outlook: both left out.
      values: { russia: 4, china: 5, usa: 1, eu: 1, turkey: null, ukraine: null },
      evidence: {
        russia: {
          quote:
            'the most serious reason for reconsidering "multi-vector" to "two-vector" is obviously the growing international influence of Russia and China, especially in the military-political aspect',
          note: {
            en: 'Russia is one of the two vectors of the outlook: level 4, priority partner. The article also warns of the "danger and risks posed by neighboring superpowers", so the level is weight in policy, not trust. The article names China, not Russia, the main support.',
            ru: 'Россия — один из двух векторов: уровень 4, приоритетный партнёр. Статья также предупреждает об «опасности и рисках» со стороны соседних сверхдержав, так что уровень означает вес в политике, а не доверие. Главной опорой статья называет Китай, а не Россию.',
            kk: 'Ресей — екі вектордың бірі: 4-деңгей, басым серіктес. Мақала көрші супердержавалардан төнетін «қауіп пен тәуекелдер» туралы да ескертеді, сондықтан деңгей сенімді емес, саясаттағы салмақты білдіреді. Мақала басты тірек деп Ресейді емес, Қытайды атайды.',
          },
        },
        china: {
          quote:
            'This demonstrates that China is the most important point of support for our country, which is able to influence both the decisions and the "behavior" of Russia in Kazakhstan.',
          note: {
            en: 'The article calls China "the most important point of support" for Kazakhstan, after the PRC leadership\'s calls to Lavrov in January 2022: the top level, 5, main support.',
            ru: 'После звонков руководства КНР Лаврову в январе 2022 года статья называет Китай «самой важной точкой опоры» для Казахстана: высший уровень 5, главная опора.',
            kk: '2022 жылғы қаңтарда ҚХР басшылығының Лавровқа қоңырауларынан кейін мақала Қытайды Қазақстан үшін «ең маңызды тірек нүктесі» деп атайды: ең жоғары 5-деңгей, басты тірек.',
          },
        },
        usa: {
          quote: westLackOfInterestQuote,
          note: {
            en: 'The outlook has two vectors, Russia and China. The article notes the United States\' "lack of interest" in Kazakhstan and that the C5+1 format seems "now forgotten". It still speaks of a "truncated multi-vector model", not a break: level 1, marginal.',
            ru: 'Во взгляде 2022 года два вектора — Россия и Китай. Статья отмечает «отсутствие интереса» США к Казахстану и то, что формат C5+1, похоже, «забыт». Но речь идёт об «усечённой многовекторной модели», а не о разрыве: уровень 1, периферия.',
            kk: '2022 жылғы көзқараста екі вектор бар — Ресей мен Қытай. Мақала АҚШ-тың Қазақстанға «қызығушылығының жоқтығын» және C5+1 форматы «ұмытылған» сияқты екенін атап өтеді. Бірақ сөз байланыс үзу туралы емес, «қысқартылған көпвекторлы модель» туралы: 1-деңгей, шеткері.',
          },
        },
        eu: {
          quote: westLackOfInterestQuote,
          note: {
            en: 'The outlook has two vectors, Russia and China. The article notes the European Union\'s "lack of interest" in Kazakhstan and the European Parliament\'s debate on sanctions after "Bloody January". It still speaks of a "truncated multi-vector model", not a break: level 1, marginal.',
            ru: 'Во взгляде 2022 года два вектора — Россия и Китай. Статья отмечает «отсутствие интереса» Европейского союза к Казахстану и обсуждение санкций в Европарламенте после «Кровавого января». Но речь идёт об «усечённой многовекторной модели», а не о разрыве: уровень 1, периферия.',
            kk: '2022 жылғы көзқараста екі вектор бар — Ресей мен Қытай. Мақала Еуропалық Одақтың Қазақстанға «қызығушылығының жоқтығын» және «Қанды қаңтардан» кейін Еуропарламентте санкцияларды талқылауды атап өтеді. Бірақ сөз байланыс үзу туралы емес, «қысқартылған көпвекторлы модель» туралы: 1-деңгей, шеткері.',
          },
        },
      },
    },
  ],
  scale: {
    min: 0,
    max: 5,
    ticks: [0, 1, 2, 3, 4, 5],
    tickLabels: {
      '0': { en: 'absent', ru: 'нет', kk: 'жоқ' },
      '1': { en: 'marginal', ru: 'периферия', kk: 'шеткері' },
      '2': { en: 'partner', ru: 'партнёр', kk: 'серіктес' },
      '3': { en: 'important partner', ru: 'важный партнёр', kk: 'маңызды серіктес' },
      '4': { en: 'priority partner', ru: 'приоритетный партнёр', kk: 'басым серіктес' },
      '5': { en: 'main support', ru: 'главная опора', kk: 'басты тірек' },
    },
  },
};
