import type { CompassData } from '@multivector/compass';
import { articleSource as source } from './source.js';

// Weights use the radar's levels (0 absent … 5 main support); the West pole takes the level the
// article gives the United States and the European Union. See docs/method.md.


/**
 * Kazakhstan's position between three poles (Russia, China, the West) from the 1990s to the
 * article's outlook of 24 February 2022. Each weight is a level of 0–5 read from the article;
 * `current` is the February 2022 outlook.
 */
export const articleCompass: CompassData = {
  title: {
    en: 'Kazakhstan between Russia, China and the West',
    ru: 'Казахстан между Россией, Китаем и Западом',
    kk: 'Қазақстан Ресей, Қытай және Батыс арасында',
  },
  description: {
    en: "Where Kazakhstan's foreign policy stands between three poles, as one article reads it, from the 1990s to 24 February 2022. The centre is perfect balance, the multi-vector ideal. In the 1990s the West was the main partner. The 2014 and 2020 concepts kept a balance. From the end of 2021 the West fades. By February 2022 the needle points between Russia and China, with China as the main support.",
    ru: 'Где находится внешняя политика Казахстана между тремя полюсами в прочтении одной статьи — с 1990-х годов до 24 февраля 2022 года. Центр — полное равновесие, идеал многовекторности. В 1990-е годы главным партнёром был Запад. Концепции 2014 и 2020 годов держали равновесие. С конца 2021 года Запад отдаляется. К февралю 2022 года стрелка указывает между Россией и Китаем, и Китай — главная опора.',
    kk: 'Бір мақаланың оқуы бойынша Қазақстанның сыртқы саясаты үш полюс арасында қай жерде тұр — 1990 жылдардан 2022 жылғы 24 ақпанға дейін. Орталық — толық тепе-теңдік, көпвекторлықтың мұраты. 1990 жылдары басты серіктес Батыс болды. 2014 және 2020 жылғы тұжырымдамалар тепе-теңдікті сақтады. 2021 жылдың соңынан бастап Батыс алыстайды. 2022 жылғы ақпанға қарай компас тілі Ресей мен Қытайдың арасын көрсетеді, ал Қытай — басты тірек.',
  },
  source,
  notes: {
    en: 'The numbers are editorial readings of one analysis piece (A+ Analytics, 24 February 2022), not measurements: the article itself contains no numbers. Each weight is a level from 0 (absent) to 5 (main support); the West takes the level the article gives the United States and the European Union. Each position shows the short quotes it rests on. Where the article is silent, the note says so.',
    ru: 'Числа — редакционное прочтение одной аналитической статьи (A+ Analytics, 24 февраля 2022 года), а не измерения: в самой статье чисел нет. Каждый вес — уровень от 0 (нет) до 5 (главная опора); Запад получает уровень, который статья даёт США и Европейскому союзу. У каждого положения есть короткие цитаты, на которые оно опирается. Где статья молчит, об этом сказано в пояснении.',
    kk: 'Сандар — бір сараптамалық мақаланы (A+ Analytics, 2022 жылғы 24 ақпан) редакцияның оқуы, өлшем емес: мақаланың өзінде сандар жоқ. Әр салмақ — 0-ден (жоқ) 5-ке (басты тірек) дейінгі деңгей; Батыс мақала АҚШ пен Еуропалық Одаққа берген деңгейді алады. Әр жағдайдың өзі сүйенетін қысқа дәйексөздері бар. Мақалада айтылмаған жерде түсініктемеде солай делінген.',
  },
  poles: [
    { id: 'russia', label: { en: 'Russia', ru: 'Россия', kk: 'Ресей' } },
    { id: 'china', label: { en: 'China', ru: 'Китай', kk: 'Қытай' } },
    { id: 'west', label: { en: 'the West', ru: 'Запад', kk: 'Батыс' } },
  ],
  positions: [
    {
      id: '1990s',
      label: { en: '1990s', ru: '1990-е годы', kk: '1990 жылдар' },
      date: '1990/1999',
      weights: { russia: 2, china: 2, west: 5 },
      evidence: [
        {
          quote:
            'For a long time in the 90s of the last century, the United States and the countries of the European Union were the main political and economic partners of Kazakhstan, especially in the context of military-political weakness and economic collapse in Russia.',
          note: {
            en: 'The United States and the EU were the "main political and economic partners" while Russia was weak: the West at 5, main support; Russia at 2, partner, not higher.',
            ru: 'США и ЕС были «главными политическими и экономическими партнёрами», пока Россия была слаба: Запад — 5, главная опора; Россия — 2, партнёр, не выше.',
            kk: 'Ресей әлсіз болған кезде АҚШ пен ЕО «негізгі саяси және экономикалық серіктестер» болды: Батыс — 5, басты тірек; Ресей — 2, серіктес, одан жоғары емес.',
          },
        },
        {
          quote:
            'For a long time, this allowed Kazakhstan to truly maintain equal partnerships with all world powers',
          note: {
            en: 'The article does not mention China in the 1990s. China gets level 2, plain partner, the floor implied by "equal partnerships with all world powers". This is a default, not a reading of its own.',
            ru: 'О Китае в 1990-е годы статья не пишет. Китай получает уровень 2, просто партнёр, — минимум, который следует из «равного партнёрства со всеми мировыми державами». Это значение по умолчанию, а не отдельное прочтение.',
            kk: 'Мақалада 1990 жылдардағы Қытай туралы айтылмайды. Қытай 2-деңгейді, жай серіктес деңгейін алады — «барлық әлемдік державалармен тең серіктестіктен» шығатын ең төменгі деңгей. Бұл жеке оқу емес, әдепкі мән.',
          },
        },
      ],
    },
    {
      id: '2014',
      label: {
        en: '2014 Foreign Policy Concept',
        ru: 'Концепция внешней политики 2014 года',
        kk: '2014 жылғы Сыртқы саясат тұжырымдамасы',
      },
      date: '2014',
      weights: { russia: 3, china: 3, west: 3 },
      evidence: [
        {
          quote:
            'For a long time, this allowed Kazakhstan to truly maintain equal partnerships with all world powers',
          note: {
            en: 'As on the radar: in the 2014 concept Russia, China and the United States are important partners on an equal footing, level 3 each. The article says nothing about the EU in the concepts, so the West takes the United States\' level. Equal weights put the position at the centre.',
            ru: 'Как на радаре: в концепции 2014 года Россия, Китай и США — важные партнёры наравне, у каждого уровень 3. О ЕС в концепциях статья не пишет, поэтому Запад получает уровень США. Равные веса ставят положение в центр.',
            kk: 'Радардағыдай: 2014 жылғы тұжырымдамада Ресей, Қытай және АҚШ — тең дәрежедегі маңызды серіктестер, әрқайсысы 3-деңгей. Мақала тұжырымдамаларда ЕО туралы ештеңе айтпайды, сондықтан Батыс АҚШ-тың деңгейін алады. Тең салмақтар жағдайды орталыққа қояды.',
          },
        },
      ],
    },
    {
      id: '2020',
      label: {
        en: '2020 Foreign Policy Concept',
        ru: 'Концепция внешней политики 2020 года',
        kk: '2020 жылғы Сыртқы саясат тұжырымдамасы',
      },
      date: '2020',
      weights: { russia: 4, china: 4, west: 4 },
      evidence: [
        {
          quote:
            'one can notice a strong shift in attention to cooperation with Russia, China and the United States',
          note: {
            en: 'The 2020 concept shifts attention to Russia, China and the United States alike: all three at 4. Still balanced between the poles; what the shift cut were smaller partners, Turkey and Ukraine.',
            ru: 'Концепция 2020 года одинаково смещает внимание к России, Китаю и США: у всех троих уровень 4. Равновесие между полюсами сохраняется; сдвиг отсёк партнёров поменьше — Турцию и Украину.',
            kk: '2020 жылғы тұжырымдама назарды Ресейге, Қытайға және АҚШ-қа бірдей аударады: үшеуі де 4-деңгейде. Полюстер арасындағы тепе-теңдік сақталады; ауытқу кішірек серіктестерді — Түркия мен Украинаны қысқартты.',
          },
        },
      ],
    },
    {
      id: '2021-end',
      label: { en: 'End of 2021', ru: 'Конец 2021 года', kk: '2021 жылдың соңы' },
      date: '2021-12',
      weights: { russia: 4, china: 4, west: 3 },
      evidence: [
        {
          quote:
            'the withdrawal of the NATO international coalition troops from Afghanistan last year led to a general decrease in Washington’s interest in Central Asia',
          note: {
            en: 'After the coalition left Afghanistan "last year", that is 2021, Washington\'s interest in Central Asia decreased.',
            ru: 'После ухода коалиции из Афганистана «в прошлом году», то есть в 2021-м, интерес Вашингтона к Центральной Азии снизился.',
            kk: 'Коалиция Ауғанстаннан «өткен жылы», яғни 2021 жылы кеткеннен кейін Вашингтонның Орталық Азияға қызығушылығы төмендеді.',
          },
        },
        {
          quote:
            'the previously diligently neutral European Union changed the format of relations with Kazakhstan at the end of 2021.',
          note: {
            en: 'The EU, "previously diligently neutral", changed the format of relations at the end of 2021. With the United States\' fading interest, the West drops one level, to 3. The article reports no change for Russia and China at this point: they stay at their 2020 level, 4.',
            ru: 'ЕС, «ранее старательно нейтральный», изменил формат отношений в конце 2021 года. Вместе со снижением интереса США это опускает Запад на один уровень, до 3. Об изменениях для России и Китая в это время статья не пишет: они остаются на уровне 2020 года, 4.',
            kk: '«Бұрын мұқият бейтарап болған» ЕО 2021 жылдың соңында қарым-қатынас форматын өзгертті. АҚШ қызығушылығының төмендеуімен бірге бұл Батысты бір деңгейге, 3-ке түсіреді. Бұл кезде Ресей мен Қытай үшін өзгеріс туралы мақала жазбайды: олар 2020 жылғы 4-деңгейде қалады.',
          },
        },
      ],
    },
    {
      id: '2022-01',
      label: {
        en: 'January 2022 (Bloody January)',
        ru: 'Январь 2022 года («Кровавый январь»)',
        kk: '2022 жылғы қаңтар («Қанды қаңтар»)',
      },
      date: '2022-01',
      weights: { russia: 4, china: 5, west: 2 },
      evidence: [
        {
          quote:
            'Despite the secrecy, information was leaked to the media about phone calls to the Minister of Foreign Affairs of the Russian Federation S. Lavrov from the leadership of the PRC during the "Kazakhstan odyssey" of the CSTO contingent in January 2022.',
          note: {
            en: 'During the CSTO deployment the PRC leadership phoned Lavrov. The article reads this as proof that China is "the most important point of support", able to sway Russia\'s "behavior" in Kazakhstan: China rises to 5. Russia, whose conduct in Kazakhstan the calls addressed, stays at 4.',
            ru: 'Во время ввода контингента ОДКБ руководство КНР звонило Лаврову. Статья видит в этом доказательство, что Китай — «самая важная точка опоры», способная влиять на «поведение» России в Казахстане: Китай поднимается до 5. Россия, о поведении которой шла речь в звонках, остаётся на 4.',
            kk: 'ҰҚШҰ контингенті енгізілген кезде ҚХР басшылығы Лавровқа қоңырау шалды. Мақала мұны Қытайдың «ең маңызды тірек нүктесі» екенінің, Ресейдің Қазақстандағы «мінез-құлқына» ықпал ете алатынының дәлелі деп оқиды: Қытай 5-ке көтеріледі. Қоңыраулар оның әрекеттеріне қатысты болған Ресей 4-те қалады.',
          },
        },
        {
          quote:
            'Direct discussion of the imposition of sanctions against the government and high-ranking officials of Kazakhstan in the European Parliament after the events of "Bloody January"',
          note: {
            en: 'After "Bloody January" the European Parliament discussed sanctions against Kazakhstan\'s government, and Nur-Sultan reassesses the EU: the West drops to 2.',
            ru: 'После «Кровавого января» Европарламент обсуждал санкции против правительства Казахстана, и Нур-Султан пересматривает значение ЕС: Запад опускается до 2.',
            kk: '«Қанды қаңтардан» кейін Еуропарламент Қазақстан үкіметіне қарсы санкцияларды талқылады, ал Нұр-Сұлтан ЕО-ның маңызын қайта бағалайды: Батыс 2-ге түседі.',
          },
        },
      ],
    },
    {
      id: '2022-02',
      label: {
        en: '24 February 2022: two-vector outlook',
        ru: '24 февраля 2022 года: двухвекторный взгляд',
        kk: '2022 жылғы 24 ақпан: екі векторлы көзқарас',
      },
      date: '2022-02-24',
      weights: { russia: 4, china: 5, west: 1 },
      evidence: [
        {
          quote:
            'the most serious reason for reconsidering "multi-vector" to "two-vector" is obviously the growing international influence of Russia and China, especially in the military-political aspect',
          note: {
            en: 'The two vectors are Russia and China. China stays the main support, 5; Russia a priority partner, 4.',
            ru: 'Два вектора — Россия и Китай. Китай остаётся главной опорой, 5; Россия — приоритетный партнёр, 4.',
            kk: 'Екі вектор — Ресей мен Қытай. Қытай басты тірек болып қалады, 5; Ресей — басым серіктес, 4.',
          },
        },
        {
          quote:
            'as well as an awareness of the lack of interest of the countries of the European Union and the United States in relation to Kazakhstan',
          note: {
            en: 'The article sees a "lack of interest" in Kazakhstan from both the EU and the United States. The West drops to 1, marginal, but stays on the compass: the article speaks of a "truncated multi-vector model", not a break.',
            ru: 'Статья видит «отсутствие интереса» к Казахстану и у ЕС, и у США. Запад опускается до 1, периферия, но остаётся на компасе: статья говорит об «усечённой многовекторной модели», а не о разрыве.',
            kk: 'Мақала ЕО-ның да, АҚШ-тың да Қазақстанға «қызығушылығының жоқтығын» көреді. Батыс 1-ге, шеткері деңгейге түседі, бірақ компаста қалады: мақала байланыс үзу туралы емес, «қысқартылған көпвекторлы модель» туралы айтады.',
          },
        },
        {
          quote:
            'It is also difficult to expect assistance from NATO countries in the confrontation with possible foreign aggressors, similar to the one provided to Ukraine.',
          note: {
            en: 'Nor does the article expect NATO help of the kind Ukraine gets: one more reason the West is at its lowest here.',
            ru: 'Не ждёт статья и помощи НАТО, подобной той, что получает Украина: ещё одна причина, по которой Запад здесь на самом низком уровне.',
            kk: 'Мақала Украинаға көрсетілгендей НАТО көмегін де күтпейді: Батыстың мұнда ең төменгі деңгейде тұрғанының тағы бір себебі.',
          },
        },
      ],
    },
  ],
  current: '2022-02',
};
