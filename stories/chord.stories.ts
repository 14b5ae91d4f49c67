import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@multivector/chord';
import type { ChordData, MvChord } from '@multivector/chord';
import { articleChord } from '@multivector/data';
import { generateChord, generateManyKinds } from '../packages/chord/src/test/generate.js';

interface ChordArgs {
  theme: 'auto' | 'light' | 'dark';
  locale: 'en' | 'ru' | 'kk';
  highlight: string;
  'show-table': boolean;
}

const meta: Meta<ChordArgs> = {
  title: 'Charts/Chord',
  component: 'mv-chord',
  tags: ['autodocs'],
  args: { theme: 'auto', locale: 'en', highlight: '', 'show-table': false },
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    locale: { control: 'inline-radio', options: ['en', 'ru', 'kk'] },
    highlight: { control: 'select', options: ['', 'west', ...articleChord.actors.map((a) => a.id)] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The alliance chord diagram: actors round a circle, arcs sized by the total strength of their ties, and one ribbon per tie, coloured by kind. No kind rests on colour alone: the fill tells the tone (cooperative solid, neutral light and dotted, hostile hatched) and the edge, solid or dashed, tells the kinds of one tone apart; the legend swatches draw the same. Directed ties end in an arrow; several kinds between one pair each keep their own ribbon. Every tie carries the quote it rests on, in the tooltip and the data table.',
      },
    },
  },
  render: (args) => html`<mv-chord
    .data=${articleChord}
    theme=${args.theme}
    locale=${args.locale}
    highlight=${args.highlight || ''}
    ?show-table=${args['show-table']}
  ></mv-chord>`,
};
export default meta;

type Story = StoryObj<ChordArgs>;

async function ready(canvas: HTMLElement, index = 0): Promise<MvChord> {
  const chord = canvas.querySelectorAll<MvChord>('mv-chord')[index]!;
  await chord.whenReady();
  return chord;
}

/** The article's ties around Kazakhstan: membership, cooperation, partnership, troops sent, influence, pressure, confrontation and war. */
export const Default: Story = {};

/** The data tables, shown: one row per tie (from, to, kind, strength, direction, label, evidence) and each actor's totals. */
export const WithTable: Story = { args: { 'show-table': true } };

const directed: ChordData = {
  ...articleChord,
  title: { en: 'Who acts on whom', ru: 'Кто на кого действует', kk: 'Кім кімге әсер етеді' },
  description: {
    en: 'Only the one-way ties of the article: aid, troops sent, influence, pressure and war. Each ribbon narrows to an arrow at the actor it acts on.',
    ru: 'Только односторонние связи из статьи: помощь, ввод войск, влияние, давление и война. Каждая лента сужается в стрелку у того, на кого направлена.',
    kk: 'Мақаладағы тек бір жақты байланыстар: көмек, әскер енгізу, ықпал, қысым және соғыс. Әр таспа өзі бағытталған қатысушыға қарай жебеге айналады.',
  },
  ties: articleChord.ties.filter((tie) => tie.directed),
};

/** Directed ties only: every ribbon ends in an arrow at the actor it acts on (d3-chord's `ribbonArrow`). */
export const Directed: Story = {
  render: (args) => html`<mv-chord .data=${directed} theme=${args.theme} locale=${args.locale}></mv-chord>`,
};

/** Kind toggles in the legend (click, or Tab to the legend, arrows, Enter). Here the cooperative kinds are off: what is left is neutral and hostile. */
export const LegendToggling: Story = {
  play: async ({ canvasElement }) => {
    const chord = await ready(canvasElement);
    const cooperative = new Set(articleChord.kinds.filter((k) => k.tone === 'cooperative').map((k) => k.id));
    for (const button of chord.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="legend"] button')) {
      if (cooperative.has(button.dataset['kind']!)) button.click();
    }
  },
};

/** Focus on an actor lights its ribbons and dims the rest; the tooltip lists its ties. */
export const ActorFocus: Story = {
  play: async ({ canvasElement }) => {
    const chord = await ready(canvasElement);
    const russia = articleChord.actors.findIndex((a) => a.id === 'russia');
    chord.shadowRoot!.querySelector<SVGElement>(`[part~="arc"][data-actor="${russia}"]`)?.focus();
  },
};

/** A tie's tooltip: from, to, kind and tone, strength, direction, label, and the verbatim quote with its reading. */
export const TieTooltip: Story = {
  play: async ({ canvasElement }) => {
    const chord = await ready(canvasElement);
    const tie = articleChord.ties.findIndex((t) => t.kind === 'pressure');
    chord.shadowRoot!.querySelector<SVGElement>(`[part~="ribbon"][data-tie="${tie}"]`)?.focus();
  },
};

/**
 * One tab stop: Tab into the plot, then ← → between actors, ↓ ↑ into and through the focused
 * actor's ties, Escape back to the actor, Escape again to clear, Enter to select. The legend
 * is a second stop (← → and Enter).
 */
export const Keyboard: Story = {
  render: (args) => html`<p>Click here, then press Tab.</p>
    <mv-chord .data=${articleChord} locale=${args.locale}></mv-chord>`,
};

/** Highlight set by code (no event fires) to a group id: every member of the West lights, as when a linked compass lights its `west` pole. */
export const GroupHighlighted: Story = { args: { highlight: 'west' } };

/**
 * Two charts with the same `link`: hovering an actor in one lights it in the other. The chord
 * also sends the actor's group (`west` for the United States), so a linked compass lights its
 * western pole.
 */
export const Linked: Story = {
  render: () => html`<div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:16px">
    <mv-chord .data=${articleChord} link="story"></mv-chord>
    <mv-chord .data=${directed} link="story"></mv-chord>
  </div>`,
};

/** Forced themes, side by side, whatever the page says. */
export const Themes: Story = {
  render: () => html`<div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:16px">
    <mv-chord .data=${articleChord} theme="light"></mv-chord>
    <mv-chord .data=${articleChord} theme="dark"></mv-chord>
  </div>`,
};

/** Russian labels and the element's own strings in Russian. */
export const Russian: Story = { args: { locale: 'ru' } };

/** Kazakh labels and the element's own strings in Kazakh. */
export const Kazakh: Story = { args: { locale: 'kk' } };

/** The HTML-only embed: the dataset inline in a child script, no page script of its own. */
export const InlineJson: Story = {
  render: () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(articleChord);
    const chord = document.createElement('mv-chord');
    chord.append(script);
    return chord;
  },
};

const actors = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `a${i}`, label: `Actor ${i + 1}` }));

/** Every kind of broken dataset gives a visible, accessible message and an `mv-error` event. */
export const ErrorStates: Story = {
  render: () => html`<div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:16px">
    <mv-chord .data=${'{"title": "Broken JSON",'}></mv-chord>
    <mv-chord .data=${{ ...articleChord, actors: articleChord.actors.slice(0, 1) }}></mv-chord>
    <mv-chord .data=${{ ...articleChord, actors: actors(201) }}></mv-chord>
    <mv-chord .data=${{ ...articleChord, actors: [...articleChord.actors, articleChord.actors[0]] }}></mv-chord>
    <mv-chord .data=${{ ...articleChord, kinds: [{ id: 'x', label: 'X', tone: 'angry' }] }}></mv-chord>
    <mv-chord src="javascript:alert(1)"></mv-chord>
    <mv-chord src="./no-such-dataset.json"></mv-chord>
  </div>`,
};

/** Bad ties are dropped, the rest is drawn, and the table lists each one left out with the reason. */
export const DroppedTies: Story = {
  render: () => html`<mv-chord
    show-table
    .data=${{
      ...articleChord,
      ties: [
        ...articleChord.ties,
        { from: 'kazakhstan', to: 'mongolia', kind: 'diplomatic-partnership', value: 1 },
        { from: 'kazakhstan', to: 'china', kind: 'trade', value: 3 },
        { from: 'russia', to: 'russia', kind: 'pressure', value: 2 },
        { from: 'china', to: 'usa', kind: 'confrontation', value: 'high' },
        { from: 'eu', to: 'usa', kind: 'membership', value: -1 },
      ],
    }}
  ></mv-chord>`,
};

/** A dataset with no valid tie: a calm "No data" state, never NaN paths. */
export const Empty: Story = {
  render: () => html`<mv-chord .data=${{ ...articleChord, ties: [] }}></mv-chord>`,
};

/**
 * 24 kinds of tie, eight of each tone (generated, seeded), in both themes. Tone is in the fill:
 * solid, a light tint with dots, a hatch. Within a tone each kind has its own edge (solid, then
 * seven dash patterns) and hostile kinds also turn their hatch, so every ribbon can be matched
 * to its legend swatch without colour, though the eight colours repeat three times.
 */
export const ManyKinds: Story = {
  render: () => html`<div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(480px,1fr));gap:16px">
    <mv-chord .data=${generateManyKinds(8, 3)} theme="light"></mv-chord>
    <mv-chord .data=${generateManyKinds(8, 3)} theme="dark"></mv-chord>
  </div>`,
};

/** 40 generated actors (seeded), in groups, with about 60 ties of seven kinds. */
export const FortyActors: Story = {
  render: () => html`<mv-chord .data=${generateChord(40, 7)}></mv-chord>`,
};

/**
 * The stress case: 200 generated actors (seeded), 300 ties, the most the element draws. Only
 * the largest arcs keep a label; every actor is named in its tooltip, its accessible name and
 * the table. On a 2-core machine it is ready in about 26 ms and painted in about 70 ms (median
 * of 7, see the package README); 201 actors give a `too-many` error that names the limit (see
 * Error states).
 */
export const TwoHundredActors: Story = {
  render: () => html`<mv-chord .data=${generateChord(200, 42)}></mv-chord>`,
};

/** Narrow: the smallest supported width, 280 px. Long names give way to abbreviations ("EU", "US") or an ellipsis; full names stay in the tooltip and table. */
export const Narrow: Story = {
  render: () => html`<div style="width:280px;border:1px dashed #999"><mv-chord .data=${articleChord}></mv-chord></div>`,
};

/** Wide: 1200 px. */
export const Wide: Story = {
  render: () => html`<div style="width:1200px"><mv-chord .data=${articleChord}></mv-chord></div>`,
};
