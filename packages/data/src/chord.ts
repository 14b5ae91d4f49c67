import type { Evidence } from '@multivector/core';
import type { ChordData } from '@multivector/chord';
import { articleSource as source } from './source.js';

// Tie strength: 3 central to the article's argument, 2 an event or standing tie the article
// describes, 1 mentioned in passing, in the past or as fading. See docs/method.md.


const kremlinCallsQuote =
  'it is not difficult to predict further calls from the Kremlin to the CSTO countries to unite in opposition to "Western" competitors.';

const iraqQuote =
  'the military of Kazakhstan participated in the anti-terrorist campaign of the United States and NATO countries in Iraq for ten whole years.';

const turkeyUkraineQuote =
  'as well as countries that have fallen out of the list of important allies and partners, Turkey and Ukraine';

const lavrovCallsQuote =
  'Despite the secrecy, information was leaked to the media about phone calls to the Minister of Foreign Affairs of the Russian Federation S. Lavrov from the leadership of the PRC during the "Kazakhstan odyssey" of the CSTO contingent in January 2022.';

const confrontation: Evidence = {
  quote:
    "As a result of Russia's full-scale confrontation with the United States, the G7 countries, other NATO members, on the basis of a military conflict with Ukraine",
  note: {
    en: 'The article names the United States, the G7 countries and "other NATO members" as the other side of Russia\'s "full-scale confrontation".',
    ru: 'Статья называет США, страны G7 и «других членов НАТО» другой стороной «полномасштабного противостояния» России.',
    kk: 'Мақала АҚШ-ты, G7 елдерін және «НАТО-ның басқа мүшелерін» Ресейдің «толық ауқымды текетіресінің» екінші жағы деп атайды.',
  },
};

const droppedFromList: Evidence = {
  quote: turkeyUkraineQuote,
  note: {
    en: 'An important partner in the 2014 concept, dropped from the list in the 2020 concept. The article mentions no later tie: strength 1.',
    ru: 'Важный партнёр в концепции 2014 года, выпавший из списка в концепции 2020 года. О более поздних связях статья не пишет: сила 1.',
    kk: '2014 жылғы тұжырымдамада маңызды серіктес, 2020 жылғы тұжырымдамада тізімнен шығып қалған. Кейінгі байланыстар туралы мақала жазбайды: күші 1.',
  },
};

const confrontationLabel = {
  usa: {
    en: "Russia's confrontation with the United States",
    ru: 'Противостояние России и США',
    kk: 'Ресей мен АҚШ арасындағы текетірес',
  },
  g7: {
    en: "Russia's confrontation with the G7 countries",
    ru: 'Противостояние России и стран G7',
    kk: 'Ресей мен G7 елдері арасындағы текетірес',
  },
  nato: {
    en: "Russia's confrontation with NATO members",
    ru: 'Противостояние России и членов НАТО',
    kk: 'Ресей мен НАТО мүшелері арасындағы текетірес',
  },
};

const droppedLabel = {
  en: 'Important partner in 2014, off the list in 2020',
  ru: 'Важный партнёр в 2014 году, вне списка в 2020 году',
  kk: '2014 жылы маңызды серіктес, 2020 жылы тізімнен тыс',
};

/**
 * The ties between Kazakhstan, its neighbours, the West and the organisations the article
 * names: cooperative (membership, military cooperation, partnership, assistance), neutral
 * (deployments, influence, a sanctions debate, a refusal) and hostile (pressure, confrontation,
 * war). Tie values are strengths of 1–3 read from the article.
 */
export const articleChord: ChordData = {
  title: {
    en: 'Ties around Kazakhstan named in the article',
    ru: 'Связи вокруг Казахстана, названные в статье',
    kk: 'Мақалада аталған Қазақстан төңірегіндегі байланыстар',
  },
  description: {
    en: 'Each ribbon is a tie that one article names between two actors. Some ties are cooperation: membership, military cooperation, partnership and aid. Some are neutral: troops sent, influence, a sanctions debate and a refusal. Some are hostile: pressure, confrontation and war. A wider ribbon is a stronger tie, from 1 (in passing or fading) to 3 (central to the article). The strongest are China as Kazakhstan\'s main support, Russia as the other of the two vectors, Russian pressure on Kazakhstan, and Russia\'s war on Ukraine.',
    ru: 'Каждая лента — связь между двумя участниками, названная в одной статье. Одни связи — сотрудничество: членство, военное сотрудничество, партнёрство и помощь. Другие нейтральны: ввод войск, влияние, обсуждение санкций и отказ. Третьи враждебны: давление, противостояние и война. Чем шире лента, тем сильнее связь: от 1 (упомянута вскользь или слабеет) до 3 (главная для статьи). Самые сильные: Китай как главная опора Казахстана, Россия как второй из двух векторов, давление России на Казахстан и война России против Украины.',
    kk: 'Әр таспа — бір мақалада аталған екі қатысушы арасындағы байланыс. Кейбір байланыстар — ынтымақтастық: мүшелік, әскери ынтымақтастық, серіктестік және көмек. Кейбірі бейтарап: әскер енгізу, ықпал, санкцияларды талқылау және бас тарту. Кейбірі дұшпандық: қысым, текетірес және соғыс. Таспа неғұрлым кең болса, байланыс соғұрлым күшті: 1-ден (жай ғана аталған немесе әлсіреп бара жатқан) 3-ке дейін (мақала үшін басты). Ең күштілері: Қазақстанның басты тірегі ретінде Қытай, екі вектордың екіншісі ретінде Ресей, Ресейдің Қазақстанға қысымы және Ресейдің Украинаға қарсы соғысы.',
  },
  source,
  notes: {
    en: 'The ties and their strengths are editorial readings of one analysis piece (A+ Analytics, 24 February 2022), not measurements: the article itself contains no numbers. Strength 3 means central to the article\'s argument, 2 an event or standing tie it describes, 1 a tie mentioned in passing, in the past or as fading. Each tie shows the short quote it rests on. Ties the article does not name are left out.',
    ru: 'Связи и их сила — редакционное прочтение одной аналитической статьи (A+ Analytics, 24 февраля 2022 года), а не измерения: в самой статье чисел нет. Сила 3 — связь, главная для рассуждения статьи, 2 — событие или постоянная связь, которую статья описывает, 1 — связь, упомянутая вскользь, в прошлом или как слабеющая. У каждой связи есть короткая цитата, на которую она опирается. Связей, которых статья не называет, здесь нет.',
    kk: 'Байланыстар мен олардың күші — бір сараптамалық мақаланы (A+ Analytics, 2022 жылғы 24 ақпан) редакцияның оқуы, өлшем емес: мақаланың өзінде сандар жоқ. 3 күші — мақаланың пайымы үшін басты байланыс, 2 — мақала сипаттайтын оқиға немесе тұрақты байланыс, 1 — жай ғана аталған, өткендегі немесе әлсіреп бара жатқан байланыс. Әр байланыстың өзі сүйенетін қысқа дәйексөзі бар. Мақалада аталмаған байланыстар қосылмаған.',
  },
  actors: [
    { id: 'kazakhstan', label: { en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан' }, kind: 'state' },
    { id: 'russia', label: { en: 'Russia', ru: 'Россия', kk: 'Ресей' }, kind: 'state' },
    { id: 'china', label: { en: 'China', ru: 'Китай', kk: 'Қытай' }, kind: 'state' },
    { id: 'csto', label: { en: 'CSTO', ru: 'ОДКБ', kk: 'ҰҚШҰ' }, kind: 'organisation' },
    { id: 'usa', label: { en: 'United States', ru: 'США', kk: 'АҚШ' }, kind: 'state', group: 'west' },
    { id: 'eu', label: { en: 'European Union', ru: 'Европейский союз', kk: 'Еуропалық Одақ' }, kind: 'bloc', group: 'west' },
    { id: 'nato', label: { en: 'NATO', ru: 'НАТО', kk: 'НАТО' }, kind: 'organisation', group: 'west' },
    { id: 'g7', label: { en: 'G7', ru: 'G7 («Большая семёрка»)', kk: 'G7' }, kind: 'bloc', group: 'west' },
    { id: 'ukraine', label: { en: 'Ukraine', ru: 'Украина', kk: 'Украина' }, kind: 'state' },
    { id: 'turkey', label: { en: 'Turkey', ru: 'Турция', kk: 'Түркия' }, kind: 'state' },
    { id: 'iraq', label: { en: 'Iraq', ru: 'Ирак', kk: 'Ирак' }, kind: 'state' },
    { id: 'afghanistan', label: { en: 'Afghanistan', ru: 'Афганистан', kk: 'Ауғанстан' }, kind: 'state' },
  ],
  // The band around usa, eu, nato and g7; the same id as the compass's West pole, so they link.
  groups: [{ id: 'west', label: { en: 'the West', ru: 'Запад', kk: 'Батыс' } }],
  kinds: [
    { id: 'membership', label: { en: 'Membership', ru: 'Членство', kk: 'Мүшелік' }, tone: 'cooperative' },
    {
      id: 'military-cooperation',
      label: { en: 'Military cooperation', ru: 'Военное сотрудничество', kk: 'Әскери ынтымақтастық' },
      tone: 'cooperative',
    },
    {
      id: 'diplomatic-partnership',
      label: { en: 'Diplomatic partnership', ru: 'Дипломатическое партнёрство', kk: 'Дипломатиялық серіктестік' },
      tone: 'cooperative',
    },
    { id: 'assistance', label: { en: 'Assistance', ru: 'Помощь', kk: 'Көмек' }, tone: 'cooperative' },
    {
      id: 'military-deployment',
      label: { en: 'Troops sent', ru: 'Ввод войск', kk: 'Әскер енгізу' },
      tone: 'neutral',
    },
    {
      id: 'influence',
      label: { en: 'Diplomatic influence', ru: 'Дипломатическое влияние', kk: 'Дипломатиялық ықпал' },
      tone: 'neutral',
    },
    {
      id: 'sanctions-debate',
      label: { en: 'Sanctions debate', ru: 'Обсуждение санкций', kk: 'Санкцияларды талқылау' },
      tone: 'neutral',
    },
    { id: 'refusal', label: { en: 'Refusal', ru: 'Отказ', kk: 'Бас тарту' }, tone: 'neutral' },
    { id: 'pressure', label: { en: 'Pressure', ru: 'Давление', kk: 'Қысым' }, tone: 'hostile' },
    { id: 'confrontation', label: { en: 'Confrontation', ru: 'Противостояние', kk: 'Текетірес' }, tone: 'hostile' },
    { id: 'war', label: { en: 'War', ru: 'Война', kk: 'Соғыс' }, tone: 'hostile' },
  ],
  ties: [
    // Membership
    {
      from: 'kazakhstan',
      to: 'csto',
      kind: 'membership',
      value: 2,
      label: { en: 'Kazakhstan in the CSTO', ru: 'Казахстан в ОДКБ', kk: 'Қазақстан ҰҚШҰ құрамында' },
      evidence: {
        quote: kremlinCallsQuote,
        note: {
          en: 'The article counts Kazakhstan among "the CSTO countries" the Kremlin will call on; the CSTO contingent of January 2022 and the question of CSTO peacekeepers also assume the membership.',
          ru: 'Статья относит Казахстан к «странам ОДКБ», к которым будет обращаться Кремль; ввод контингента ОДКБ в январе 2022 года и вопрос о миротворцах ОДКБ тоже предполагают членство.',
          kk: 'Мақала Қазақстанды Кремль үндеу тастайтын «ҰҚШҰ елдерінің» қатарына қосады; 2022 жылғы қаңтардағы ҰҚШҰ контингенті мен ҰҚШҰ бітімгерлері туралы мәселе де мүшелікті білдіреді.',
        },
      },
    },
    {
      from: 'russia',
      to: 'csto',
      kind: 'membership',
      value: 1,
      label: { en: 'Russia in the CSTO', ru: 'Россия в ОДКБ', kk: 'Ресей ҰҚШҰ құрамында' },
      evidence: {
        quote: kremlinCallsQuote,
        note: {
          en: 'The Kremlin calls on "the CSTO countries" to unite: the article treats the CSTO as a bloc Russia leads, though it never states the membership outright. Strength 1.',
          ru: 'Кремль призывает «страны ОДКБ» объединиться: статья видит в ОДКБ блок во главе с Россией, хотя прямо о членстве не пишет. Сила 1.',
          kk: 'Кремль «ҰҚШҰ елдерін» бірігуге шақырады: мақала ҰҚШҰ-ны Ресей бастайтын блок ретінде қарастырады, бірақ мүшелік туралы тікелей айтпайды. Күші 1.',
        },
      },
    },
    {
      from: 'usa',
      to: 'nato',
      kind: 'membership',
      value: 1,
      label: { en: 'United States in NATO', ru: 'США в НАТО', kk: 'АҚШ НАТО құрамында' },
      evidence: {
        quote: confrontation.quote,
        note: {
          en: '"The United States, the G7 countries, other NATO members": the word "other" counts the United States among NATO\'s members.',
          ru: '«США, страны G7, другие члены НАТО»: слово «другие» относит США к членам НАТО.',
          kk: '«АҚШ, G7 елдері, НАТО-ның басқа мүшелері»: «басқа» сөзі АҚШ-ты НАТО мүшелерінің қатарына қосады.',
        },
      },
    },
    // Military cooperation
    {
      from: 'kazakhstan',
      to: 'nato',
      kind: 'military-cooperation',
      value: 2,
      label: {
        en: 'Steppe Eagle exercises; ten years in Iraq',
        ru: 'Учения «Степной орёл»; десять лет в Ираке',
        kk: '«Дала бүркіті» жаттығулары; Иракта он жыл',
      },
      evidence: {
        quote:
          'sometimes even cooperate with NATO and conduct joint military exercises, such as the Steppe Eagle. Moreover, within the framework of a multi-vector approach, the military of Kazakhstan participated in the anti-terrorist campaign of the United States and NATO countries in Iraq for ten whole years.',
        note: {
          en: 'Joint exercises with NATO such as Steppe Eagle, and ten years in the anti-terrorist campaign in Iraq. "Sometimes", and in the multi-vector past: strength 2.',
          ru: 'Совместные учения с НАТО, такие как «Степной орёл», и десять лет в антитеррористической кампании в Ираке. «Иногда» и в многовекторном прошлом: сила 2.',
          kk: '«Дала бүркіті» сияқты НАТО-мен бірлескен жаттығулар және Ирактағы терроризмге қарсы науқанда он жыл. «Кейде» және көпвекторлы өткенде: күші 2.',
        },
      },
    },
    {
      from: 'kazakhstan',
      to: 'usa',
      kind: 'military-cooperation',
      value: 2,
      label: {
        en: 'Ten years in the Iraq campaign',
        ru: 'Десять лет в кампании в Ираке',
        kk: 'Ирактағы науқанда он жыл',
      },
      evidence: {
        quote: iraqQuote,
        note: {
          en: 'Kazakhstan\'s military took part in the anti-terrorist campaign of the United States in Iraq "for ten whole years": strength 2.',
          ru: 'Военные Казахстана участвовали в антитеррористической кампании США в Ираке «целых десять лет»: сила 2.',
          kk: 'Қазақстан әскерилері АҚШ-тың Ирактағы терроризмге қарсы науқанына «тұтас он жыл» қатысты: күші 2.',
        },
      },
    },
    // Diplomatic partnership
    {
      from: 'kazakhstan',
      to: 'china',
      kind: 'diplomatic-partnership',
      value: 3,
      label: {
        en: 'China, "the most important point of support"',
        ru: 'Китай — «самая важная точка опоры»',
        kk: 'Қытай — «ең маңызды тірек нүктесі»',
      },
      evidence: {
        quote:
          'This demonstrates that China is the most important point of support for our country, which is able to influence both the decisions and the "behavior" of Russia in Kazakhstan.',
        note: {
          en: 'The article calls China the most important point of support for Kazakhstan, one of the two vectors: strength 3.',
          ru: 'Статья называет Китай самой важной точкой опоры Казахстана, одним из двух векторов: сила 3.',
          kk: 'Мақала Қытайды Қазақстанның ең маңызды тірек нүктесі, екі вектордың бірі деп атайды: күші 3.',
        },
      },
    },
    {
      from: 'kazakhstan',
      to: 'russia',
      kind: 'diplomatic-partnership',
      value: 3,
      label: { en: 'One of the two vectors', ru: 'Один из двух векторов', kk: 'Екі вектордың бірі' },
      evidence: {
        quote:
          'the most serious reason for reconsidering "multi-vector" to "two-vector" is obviously the growing international influence of Russia and China, especially in the military-political aspect',
        note: {
          en: 'Russia is one of the two vectors of the outlook: strength 3. The same article warns of Russian pressure, shown as a separate, hostile tie.',
          ru: 'Россия — один из двух векторов: сила 3. Та же статья предупреждает о давлении России — это отдельная, враждебная связь.',
          kk: 'Ресей — екі вектордың бірі: күші 3. Сол мақала Ресейдің қысымы туралы да ескертеді — бұл бөлек, дұшпандық байланыс.',
        },
      },
    },
    {
      from: 'kazakhstan',
      to: 'usa',
      kind: 'diplomatic-partnership',
      value: 1,
      label: {
        en: 'C5+1 (Central Asia plus the USA), now seemingly forgotten',
        ru: 'C5+1 (Центральная Азия плюс США), похоже, забыт',
        kk: 'C5+1 (Орталық Азия плюс АҚШ), ұмытылған сияқты',
      },
      evidence: {
        quote:
          'The well-known initiative of the US State Department "C5 + 1" (Central Asia plus the USA) gave an important place to Kazakhstan in helping to build the economy, combat terrorism in Afghanistan, but it seems that this project is now forgotten by the D. Biden administration.',
        note: {
          en: 'C5+1 gave Kazakhstan an important place, but the article thinks the Biden administration has forgotten it: a fading tie, strength 1.',
          ru: 'C5+1 давал Казахстану важное место, но, по мнению статьи, администрация Байдена о нём забыла: слабеющая связь, сила 1.',
          kk: 'C5+1 Қазақстанға маңызды орын берді, бірақ мақаланың пікірінше, Байден әкімшілігі оны ұмытты: әлсіреп бара жатқан байланыс, күші 1.',
        },
      },
    },
    {
      from: 'kazakhstan',
      to: 'eu',
      kind: 'diplomatic-partnership',
      value: 1,
      label: {
        en: 'Main partner in the 1990s, now a "lack of interest"',
        ru: 'Главный партнёр в 1990-е, теперь «отсутствие интереса»',
        kk: '1990 жылдары басты серіктес, қазір «қызығушылық жоқ»',
      },
      evidence: {
        quote:
          'For a long time in the 90s of the last century, the United States and the countries of the European Union were the main political and economic partners of Kazakhstan',
        note: {
          en: 'A main partner in the 1990s. By 2022 the article sees a "lack of interest" from the EU: a tie in the past and fading, strength 1.',
          ru: 'Главный партнёр в 1990-е годы. К 2022 году статья видит у ЕС «отсутствие интереса»: связь в прошлом и слабеющая, сила 1.',
          kk: '1990 жылдары басты серіктес. 2022 жылға қарай мақала ЕО тарапынан «қызығушылықтың жоқтығын» көреді: өткендегі әрі әлсіреп бара жатқан байланыс, күші 1.',
        },
      },
    },
    {
      from: 'kazakhstan',
      to: 'turkey',
      kind: 'diplomatic-partnership',
      value: 1,
      label: droppedLabel,
      evidence: droppedFromList,
    },
    {
      from: 'kazakhstan',
      to: 'ukraine',
      kind: 'diplomatic-partnership',
      value: 1,
      label: droppedLabel,
      evidence: droppedFromList,
    },
    // Assistance
    {
      from: 'nato',
      to: 'ukraine',
      kind: 'assistance',
      value: 2,
      directed: true,
      label: { en: 'Assistance to Ukraine', ru: 'Помощь Украине', kk: 'Украинаға көмек' },
      evidence: {
        quote:
          'It is also difficult to expect assistance from NATO countries in the confrontation with possible foreign aggressors, similar to the one provided to Ukraine.',
        note: {
          en: 'NATO countries provide assistance to Ukraine, the kind the article does not expect Kazakhstan to get: strength 2.',
          ru: 'Страны НАТО оказывают Украине помощь, какой Казахстану, по мнению статьи, ждать не стоит: сила 2.',
          kk: 'НАТО елдері Украинаға көмек көрсетеді, мақаланың пікірінше, Қазақстан мұндай көмекті күтпеуі керек: күші 2.',
        },
      },
    },
    // Troops sent
    {
      from: 'csto',
      to: 'kazakhstan',
      kind: 'military-deployment',
      value: 2,
      directed: true,
      label: {
        en: 'CSTO contingent, January 2022',
        ru: 'Контингент ОДКБ, январь 2022 года',
        kk: 'ҰҚШҰ контингенті, 2022 жылғы қаңтар',
      },
      evidence: {
        quote: lavrovCallsQuote,
        note: {
          en: 'The CSTO contingent\'s "Kazakhstan odyssey" in January 2022. The article gives no view of its own on the deployment, so the tie is neutral: strength 2.',
          ru: '«Казахстанская одиссея» контингента ОДКБ в январе 2022 года. Своей оценки вводу войск статья не даёт, поэтому связь нейтральная: сила 2.',
          kk: '2022 жылғы қаңтардағы ҰҚШҰ контингентінің «Қазақстан одиссеясы». Мақала әскер енгізуге өз бағасын бермейді, сондықтан байланыс бейтарап: күші 2.',
        },
      },
    },
    {
      from: 'kazakhstan',
      to: 'iraq',
      kind: 'military-deployment',
      value: 2,
      directed: true,
      label: {
        en: 'Kazakh military in Iraq for ten years',
        ru: 'Казахстанские военные в Ираке десять лет',
        kk: 'Қазақстан әскерилері Иракта он жыл',
      },
      evidence: {
        quote: iraqQuote,
        note: {
          en: 'Kazakhstan\'s military served in Iraq "for ten whole years": strength 2.',
          ru: 'Военные Казахстана служили в Ираке «целых десять лет»: сила 2.',
          kk: 'Қазақстан әскерилері Иракта «тұтас он жыл» қызмет етті: күші 2.',
        },
      },
    },
    {
      from: 'usa',
      to: 'iraq',
      kind: 'military-deployment',
      value: 1,
      directed: true,
      label: {
        en: 'Anti-terrorist campaign in Iraq',
        ru: 'Антитеррористическая кампания в Ираке',
        kk: 'Ирактағы терроризмге қарсы науқан',
      },
      evidence: {
        quote: iraqQuote,
        note: {
          en: 'The campaign in Iraq is named as that "of the United States and NATO countries"; the article mentions it only for Kazakhstan\'s part: strength 1.',
          ru: 'Кампания в Ираке названа кампанией «США и стран НАТО»; статья упоминает её лишь из-за участия Казахстана: сила 1.',
          kk: 'Ирактағы науқан «АҚШ пен НАТО елдерінің» науқаны деп аталады; мақала оны тек Қазақстанның қатысуына байланысты атайды: күші 1.',
        },
      },
    },
    {
      from: 'nato',
      to: 'afghanistan',
      kind: 'military-deployment',
      value: 1,
      directed: true,
      label: {
        en: 'Coalition troops, withdrawn in 2021',
        ru: 'Войска коалиции, выведены в 2021 году',
        kk: 'Коалиция әскерлері, 2021 жылы шығарылды',
      },
      evidence: {
        quote:
          'the withdrawal of the NATO international coalition troops from Afghanistan last year led to a general decrease in Washington’s interest in Central Asia',
        note: {
          en: 'The NATO coalition left Afghanistan "last year", in 2021: a past deployment, strength 1.',
          ru: 'Коалиция НАТО ушла из Афганистана «в прошлом году», в 2021-м: присутствие в прошлом, сила 1.',
          kk: 'НАТО коалициясы Ауғанстаннан «өткен жылы», 2021 жылы кетті: өткендегі әскери қатысу, күші 1.',
        },
      },
    },
    // Influence
    {
      from: 'china',
      to: 'russia',
      kind: 'influence',
      value: 2,
      directed: true,
      label: {
        en: "PRC leadership's calls to Lavrov, January 2022",
        ru: 'Звонки руководства КНР Лаврову, январь 2022 года',
        kk: 'ҚХР басшылығының Лавровқа қоңыраулары, 2022 жылғы қаңтар',
      },
      evidence: {
        quote: lavrovCallsQuote,
        note: {
          en: 'The PRC leadership phoned Lavrov during the CSTO deployment. The article reads this as China being able to influence Russia\'s decisions and "behavior" in Kazakhstan: strength 2.',
          ru: 'Руководство КНР звонило Лаврову во время ввода контингента ОДКБ. Статья видит в этом способность Китая влиять на решения и «поведение» России в Казахстане: сила 2.',
          kk: 'ҚХР басшылығы ҰҚШҰ контингенті енгізілген кезде Лавровқа қоңырау шалды. Мақала мұны Қытайдың Ресейдің Қазақстандағы шешімдері мен «мінез-құлқына» ықпал ете алатыны деп оқиды: күші 2.',
        },
      },
    },
    // Sanctions debate
    {
      from: 'eu',
      to: 'kazakhstan',
      kind: 'sanctions-debate',
      value: 2,
      directed: true,
      label: {
        en: 'European Parliament debate on sanctions after Bloody January',
        ru: 'Обсуждение санкций в Европарламенте после «Кровавого января»',
        kk: '«Қанды қаңтардан» кейін Еуропарламентте санкцияларды талқылау',
      },
      evidence: {
        quote:
          'Direct discussion of the imposition of sanctions against the government and high-ranking officials of Kazakhstan in the European Parliament after the events of "Bloody January"',
        note: {
          en: 'A debate, not sanctions imposed, so the tie is neutral. It makes Nur-Sultan reassess the EU: strength 2.',
          ru: 'Это обсуждение, а не введённые санкции, поэтому связь нейтральная. Оно заставляет Нур-Султан иначе оценить ЕС: сила 2.',
          kk: 'Бұл енгізілген санкциялар емес, талқылау ғана, сондықтан байланыс бейтарап. Ол Нұр-Сұлтанды ЕО-ны басқаша бағалауға мәжбүрлейді: күші 2.',
        },
      },
    },
    // Refusal
    {
      from: 'kazakhstan',
      to: 'csto',
      kind: 'refusal',
      value: 2,
      directed: true,
      label: {
        en: 'Refused to send CSTO peacekeepers to Donetsk and Luhansk',
        ru: 'Отказ направить миротворцев ОДКБ в Донецк и Луганск',
        kk: 'ҰҚШҰ бітімгерлерін Донецк пен Луганскіге жіберуден бас тарту',
      },
      evidence: {
        quote:
          'the Ministry of Foreign Affairs of Kazakhstan spoke about the possibility of sending Collective Security Treaty Organization peacekeepers to the Donetsk and Lugansk People’s Republics,” although further from the text it follows that our the country resolutely refused such an offer.',
        note: {
          en: 'A Lenta.ru headline suggested Kazakhstan might send CSTO peacekeepers; the text itself says Kazakhstan "resolutely refused". The article does not say who made the offer: strength 2.',
          ru: 'Заголовок Lenta.ru намекал, что Казахстан может направить миротворцев ОДКБ; из самого текста следует, что Казахстан «решительно отказался». Кто сделал предложение, статья не пишет: сила 2.',
          kk: 'Lenta.ru тақырыбы Қазақстан ҰҚШҰ бітімгерлерін жіберуі мүмкін деп меңзеді; мәтіннің өзінен Қазақстанның «батыл бас тартқаны» шығады. Ұсынысты кім жасағанын мақала айтпайды: күші 2.',
        },
      },
    },
    // Pressure
    {
      from: 'russia',
      to: 'kazakhstan',
      kind: 'pressure',
      value: 3,
      directed: true,
      label: {
        en: 'Media pressure and claims on territory',
        ru: 'Давление через СМИ и территориальные претензии',
        kk: 'БАҚ арқылы қысым және аумақтық талаптар',
      },
      evidence: {
        quote:
          'Keeping in mind the destructive role and informational power of such media, one can draw an unambiguous conclusion about the real interest and desire of the Russian side to influence the decision of the Kazakh authorities regarding Ukraine and the CSTO.',
        note: {
          en: 'Russian federal media and Lenta.ru headlines, and Russian politicians\' claims about "donated territories": the article reads a Russian wish to sway Kazakhstan\'s decisions. Central to its argument: strength 3.',
          ru: 'Федеральные СМИ России, заголовки Lenta.ru и претензии российских политиков о «подаренных территориях»: статья видит в этом желание России повлиять на решения Казахстана. Это главное для её рассуждения: сила 3.',
          kk: 'Ресейдің федералдық БАҚ-тары, Lenta.ru тақырыптары және ресейлік саясаткерлердің «сыйға тартылған аумақтар» туралы талаптары: мақала мұны Ресейдің Қазақстанның шешімдеріне ықпал етуге ұмтылысы деп оқиды. Бұл оның пайымы үшін басты: күші 3.',
        },
      },
    },
    // Confrontation
    { from: 'russia', to: 'usa', kind: 'confrontation', value: 2, label: confrontationLabel.usa, evidence: confrontation },
    { from: 'russia', to: 'g7', kind: 'confrontation', value: 2, label: confrontationLabel.g7, evidence: confrontation },
    { from: 'russia', to: 'nato', kind: 'confrontation', value: 2, label: confrontationLabel.nato, evidence: confrontation },
    // War
    {
      from: 'russia',
      to: 'ukraine',
      kind: 'war',
      value: 3,
      directed: true,
      label: { en: "Russia's war on Ukraine", ru: 'Война России против Украины', kk: 'Ресейдің Украинаға қарсы соғысы' },
      evidence: {
        quote: "Today's events taking place around Kazakhstan, taking into account the war between Russia and Ukraine",
        note: {
          en: 'The article is dated 24 February 2022, the day Russia\'s full-scale invasion began. It speaks of "the war between Russia and Ukraine" and of Ukraine\'s "aggressors", so the tie runs from Russia to Ukraine: strength 3.',
          ru: 'Статья датирована 24 февраля 2022 года — днём начала полномасштабного вторжения России. Она говорит о «войне между Россией и Украиной» и об «агрессорах» Украины, поэтому связь направлена от России к Украине: сила 3.',
          kk: 'Мақала 2022 жылғы 24 ақпанда — Ресейдің толық ауқымды басып кіруі басталған күні жарияланған. Онда «Ресей мен Украина арасындағы соғыс» және Украинаның «агрессорлары» туралы айтылады, сондықтан байланыс Ресейден Украинаға бағытталған: күші 3.',
        },
      },
    },
  ],
};
