import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@multivector/radar';
import '@multivector/compass';
import '@multivector/chord';
import { articleChord, articleCompass, articleRadar } from '@multivector/data';

type Locale = 'en' | 'ru' | 'kk';

/** The bridging text between the charts, in the three languages of the dataset. */
const TEXT: Record<Locale, { kicker: string; headline: string; lede: string; partners: string; vectors: string; ties: string; credit: string }> = {
  en: {
    kicker: 'Foreign policy · Kazakhstan',
    headline: 'Torn between Scylla and Charybdis',
    lede: 'On 24 February 2022, the day Russia invaded Ukraine, A+ Analytics argued that Kazakhstan’s “multi-vector” foreign policy was turning into a “two-vector” one. The three charts below read that argument; every value links to the sentence it rests on.',
    partners: 'The article compares the foreign-policy concepts of 2014 and 2020: in 2020 attention shifted to Russia, China and the United States, while Turkey and Ukraine fell off the list of important partners.',
    vectors: 'Balance between the poles was the “mantra” of Kazakh diplomacy. By early 2022 the article sees the needle swing towards Russia and China, with China as “the most important point of support”.',
    ties: 'The ties behind it: military exercises with NATO, the CSTO contingent of January 2022, the sanctions debate in the European Parliament, and the war on Ukraine.',
    credit: 'Hover or focus a partner in any chart to light it in the others.',
  },
  ru: {
    kicker: 'Внешняя политика · Казахстан',
    headline: 'Между Сциллой и Харибдой',
    lede: '24 февраля 2022 года, в день вторжения России в Украину, A+ Analytics писали, что «многовекторная» внешняя политика Казахстана становится «двухвекторной». Три графика ниже прочитывают этот текст; каждое значение ведёт к фразе, на которой оно основано.',
    partners: 'Статья сравнивает концепции внешней политики 2014 и 2020 годов: в 2020 году внимание сместилось к России, Китаю и США, а Турция и Украина выпали из списка важных партнёров.',
    vectors: 'Баланс между полюсами был «мантрой» казахстанской дипломатии. К началу 2022 года, по мнению автора, стрелка качнулась к России и Китаю, и Китай стал «главной точкой опоры».',
    ties: 'Связи за этим: учения с НАТО, контингент ОДКБ в январе 2022 года, обсуждение санкций в Европарламенте и война в Украине.',
    credit: 'Наведите курсор или фокус на партнёра в любом графике, чтобы выделить его в остальных.',
  },
  kk: {
    kicker: 'Сыртқы саясат · Қазақстан',
    headline: 'Скилла мен Харибданың арасында',
    lede: '2022 жылғы 24 ақпанда, Ресей Украинаға басып кірген күні, A+ Analytics Қазақстанның «көпвекторлы» сыртқы саясаты «екі векторлыға» айналып барады деп жазды. Төмендегі үш график осы мақаланы оқиды; әр мән өзі негізделген сөйлемге апарады.',
    partners: 'Мақала 2014 және 2020 жылғы сыртқы саясат тұжырымдамаларын салыстырады: 2020 жылы назар Ресейге, Қытайға және АҚШ-қа ауды, ал Түркия мен Украина маңызды серіктестер тізімінен шығып қалды.',
    vectors: 'Полюстер арасындағы тепе-теңдік қазақ дипломатиясының «мантрасы» болды. Автордың пікірінше, 2022 жылдың басында тіл Ресей мен Қытайға қарай ауды, ал Қытай «ең маңызды тірек нүктесіне» айналды.',
    ties: 'Мұның артындағы байланыстар: НАТО-мен жаттығулар, 2022 жылғы қаңтардағы ҰҚШҰ контингенті, Еуропарламенттегі санкциялар талқылауы және Украинадағы соғыс.',
    credit: 'Кез келген графиктегі серіктесті басқаларында да белгілеу үшін оған меңзерді немесе фокусты апарыңыз.',
  },
};

interface ArticleArgs {
  locale: Locale;
  theme: 'auto' | 'light' | 'dark';
}

const meta: Meta<ArticleArgs> = {
  title: 'Article',
  args: { locale: 'en', theme: 'auto' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'ru', 'kk'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  parameters: {
    layout: 'fullscreen',
    docs: { description: { component: 'The three charts as a reader meets them in the story, linked: hovering or focusing Russia anywhere lights Russia everywhere.' } },
  },
};
export default meta;

/** The article page: radar, compass and chord, linked with `link="kz-2022"`, between short passages. */
export const Article: StoryObj<ArticleArgs> = {
  render: ({ locale, theme }) => {
    const text = TEXT[locale];
    return html`<article lang=${locale} style="max-width:760px;margin:0 auto;padding:24px 16px;font-family:Georgia,serif;line-height:1.55">
      <p style="text-transform:uppercase;letter-spacing:.08em;font-size:.8em;margin:0">${text.kicker}</p>
      <h1 style="font-size:2em;line-height:1.15;margin:.2em 0 .5em">${text.headline}</h1>
      <p>${text.lede}</p>
      <p><em>${text.credit}</em></p>
      <p>${text.partners}</p>
      <mv-radar .data=${articleRadar} link="kz-2022" locale=${locale} theme=${theme}></mv-radar>
      <p>${text.vectors}</p>
      <mv-compass .data=${articleCompass} link="kz-2022" locale=${locale} theme=${theme}></mv-compass>
      <p>${text.ties}</p>
      <mv-chord .data=${articleChord} link="kz-2022" locale=${locale} theme=${theme}></mv-chord>
    </article>`;
  },
};
