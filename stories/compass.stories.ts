import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@multivector/compass';
import '@multivector/radar';
import type { CompassData, CompassPosition, MvCompass } from '@multivector/compass';
import { articleCompass, articleRadar } from '@multivector/data';
import { seededRandom } from './support/generate.js';

interface CompassArgs {
  theme: 'auto' | 'light' | 'dark';
  locale: 'en' | 'ru' | 'kk';
  highlight: string;
  current: string;
  'show-table': boolean;
}

const meta: Meta<CompassArgs> = {
  title: 'Charts/Compass',
  component: 'mv-compass',
  tags: ['autodocs'],
  args: { theme: 'auto', locale: 'en', highlight: '', current: '', 'show-table': false },
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    locale: { control: 'inline-radio', options: ['en', 'ru', 'kk'] },
    highlight: { control: 'select', options: ['', ...articleCompass.poles.map((p) => p.id), ...articleCompass.positions.map((p) => p.id)] },
    current: { control: 'select', options: ['', ...articleCompass.positions.map((p) => p.id)] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The vector compass: where a country stands between its poles and how it moved. The centre is perfect balance, the multi-vector ideal; each position is the weighted mean of its poles. The needle points to the position shown and says in words where it leans; the stepper and the arrow keys move it along the trail, narrating each step. Every position carries the quotes it rests on, in the tooltip and the data table.',
      },
    },
  },
  render: (args) => html`<mv-compass
    .data=${articleCompass}
    theme=${args.theme}
    locale=${args.locale}
    highlight=${args.highlight || ''}
    current=${args.current || ''}
    ?show-table=${args['show-table']}
  ></mv-compass>`,
};
export default meta;

type Story = StoryObj<CompassArgs>;

async function ready(canvas: HTMLElement, index = 0): Promise<MvCompass> {
  const compass = canvas.querySelectorAll<MvCompass>('mv-compass')[index]!;
  await compass.whenReady();
  return compass;
}

/**
 * The article's compass: Kazakhstan between Russia, China and the West from the 1990s to the
 * "two-vector" outlook of 24 February 2022. Press play, or step with the buttons.
 */
export const Default: Story = {};

/** The data table, shown: one row per position with the share of each pole, the distance from balance, the lean, the step narrated, and the quotes. */
export const WithTable: Story = { args: { 'show-table': true } };

/** The tooltip opens on focus as on hover: the shares, the reading and the verbatim evidence of one position. */
export const TooltipWithEvidence: Story = {
  play: async ({ canvasElement }) => {
    const compass = await ready(canvasElement);
    compass.shadowRoot!.querySelector<SVGElement>('[part~="point"][data-index="4"]')?.focus();
  },
};

/**
 * One tab stop for the plot: Tab in, then ← → (or ↑ ↓) step through the positions in time
 * order and the needle follows; Home/End go to the first and last; Enter selects; Escape
 * clears. The stepper is one more stop (← → between its buttons, Enter or Space to press).
 */
export const Keyboard: Story = {
  render: (args) => html`<p>Click here, then press Tab.</p>
    <mv-compass .data=${articleCompass} locale=${args.locale}></mv-compass>`,
};

const fivePoles: CompassData = {
  title: 'Country X between five blocs (illustrative)',
  description:
    'A generic example with invented numbers, not a reading of any source: five poles spaced evenly from the top, no ternary grid (with more than three poles a share no longer fixes a line), the same rings, trail and needle.',
  notes: 'Invented numbers, for illustration only.',
  poles: ['A', 'B', 'C', 'D', 'E'].map((letter) => ({ id: `bloc-${letter.toLowerCase()}`, label: `Bloc ${letter}` })),
  positions: [
    { id: 'y2000', label: '2000', date: '2000', weights: { 'bloc-a': 5, 'bloc-b': 1, 'bloc-c': 1, 'bloc-d': 1, 'bloc-e': 1 } },
    { id: 'y2005', label: '2005', date: '2005', weights: { 'bloc-a': 4, 'bloc-b': 2, 'bloc-c': 2, 'bloc-d': 1, 'bloc-e': 1 } },
    { id: 'y2010', label: '2010', date: '2010', weights: { 'bloc-a': 2, 'bloc-b': 2, 'bloc-c': 2, 'bloc-d': 2, 'bloc-e': 2 } },
    { id: 'y2015', label: '2015', date: '2015', weights: { 'bloc-a': 1, 'bloc-b': 1, 'bloc-c': 3, 'bloc-d': 4, 'bloc-e': 1 } },
    { id: 'y2020', label: '2020', date: '2020', weights: { 'bloc-a': 1, 'bloc-b': 1, 'bloc-c': 2, 'bloc-d': 5, 'bloc-e': 3 } },
  ],
};

/** A generic 5-pole compass (RadViz-style): any country's data in the same format works. */
export const FivePoles: Story = { render: (args) => html`<mv-compass .data=${fivePoles} locale=${args.locale}></mv-compass>` };

function trail(count: number): CompassData {
  const random = seededRandom(11);
  const weights = [3, 3, 3];
  const positions: CompassPosition[] = Array.from({ length: count }, (_, i) => {
    weights.forEach((w, k) => (weights[k] = Math.min(10, Math.max(0.1, w + (random() - 0.5)))));
    return {
      id: `week-${i + 1}`,
      label: `Week ${i + 1}`,
      date: new Date(Date.UTC(2003, 0, 6) + i * 7 * 86_400_000).toISOString().slice(0, 10),
      weights: { russia: Math.round(weights[0]! * 100) / 100, china: Math.round(weights[1]! * 100) / 100, west: Math.round(weights[2]! * 100) / 100 },
    };
  });
  return {
    title: `${count.toLocaleString('en')} positions (seeded random walk)`,
    description:
      'A stress case at the documented limit: 1,000 weekly positions. Every position stays reachable by pointer and keyboard and is in the table; a sample of dates is labelled and every k-th step gets an arrowhead so the drawing stays readable.',
    poles: articleCompass.poles,
    positions,
  };
}

/**
 * 1,000 positions, the documented maximum, stay interactive. Measured in the element tests
 * (headless Chromium, Lit in dev mode, 800 px): a median of 65–115 ms from connection to drawn,
 * and about 3 ms per arrow key or hover; see the `[bench]` line of the test run.
 */
export const ThousandPositions: Story = { render: () => html`<mv-compass .data=${trail(1000)}></mv-compass>` };

/**
 * Under `prefers-reduced-motion: reduce` (DevTools → Rendering → Emulate CSS media feature)
 * nothing animates: the needle jumps instead of swinging, and play steps through the positions
 * one jump at a time. The labelled trail and its arrowheads show the order without any motion.
 */
export const ReducedMotion: Story = {
  render: () => html`<p>
      Your system ${matchMedia('(prefers-reduced-motion: reduce)').matches ? 'asks for reduced motion: the needle jumps.' : 'allows motion: the needle swings. Emulate reduced motion in DevTools to compare.'}
    </p>
    <mv-compass .data=${articleCompass}></mv-compass>`,
};

/** Forced themes, side by side, whatever the page says. */
export const Themes: Story = {
  render: () => html`<div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:16px">
    <mv-compass .data=${articleCompass} theme="light"></mv-compass>
    <mv-compass .data=${articleCompass} theme="dark"></mv-compass>
  </div>`,
};

/** The dark theme on its own. */
export const Dark: Story = { args: { theme: 'dark' } };

/** Russian labels, narration and the element's own strings in Russian. */
export const Russian: Story = { args: { locale: 'ru' } };

/** Kazakh labels, narration and the element's own strings in Kazakh. */
export const Kazakh: Story = { args: { locale: 'kk' } };

/** Highlight set by code (no event fires), as a linked chart would: China's pole, and the positions that lean toward China. */
export const Highlighted: Story = { args: { highlight: 'china' } };

/**
 * The `current` property drives the needle from outside, e.g. from a scrolling story: each
 * button sets it, and the needle swings there (jumps under reduced motion). No event fires.
 */
export const DrivenByThePage: Story = {
  render: () => {
    const go = (event: Event, id: string) => {
      const compass = (event.target as HTMLElement).closest('section')!.querySelector<MvCompass>('mv-compass')!;
      compass.current = id;
    };
    return html`<section>
      <p>${articleCompass.positions.map((p) => html`<button type="button" @click=${(event: Event) => go(event, p.id)}>${p.date}</button> `)}</p>
      <mv-compass .data=${articleCompass} current="1990s"></mv-compass>
    </section>`;
  },
};

/**
 * Linked with the radar: charts with the same `link` share their highlight. Hover Russia or
 * China on the radar and the compass lights that pole; hover a position on the compass and the
 * radar lights the partner it leans toward.
 */
export const LinkedWithRadar: Story = {
  render: () => html`<div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:16px">
    <mv-radar .data=${articleRadar} link="article"></mv-radar>
    <mv-compass .data=${articleCompass} link="article"></mv-compass>
  </div>`,
};

/** The HTML-only embed: the dataset inline in a child script, no page script of its own. */
export const InlineJson: Story = {
  render: () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(articleCompass);
    const compass = document.createElement('mv-compass');
    compass.append(script);
    return compass;
  },
};

const { poles } = articleCompass;

/** Every kind of broken dataset gives a visible, accessible message and an `mv-error` event. */
export const ErrorStates: Story = {
  render: () => html`<div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:16px">
    <mv-compass .data=${'{"title": "Broken JSON",'}></mv-compass>
    <mv-compass .data=${{ title: 'Two poles', poles: poles.slice(0, 2), positions: [] }}></mv-compass>
    <mv-compass
      .data=${{ title: 'Nine poles', poles: Array.from({ length: 9 }, (_, i) => ({ id: `p${i}`, label: `Pole ${i + 1}` })), positions: [] }}
    ></mv-compass>
    <mv-compass .data=${{ ...articleCompass, poles: [...poles, poles[0]] }}></mv-compass>
    <mv-compass .data=${{ ...articleCompass, current: 'no-such-position' }}></mv-compass>
    <mv-compass src="javascript:alert(1)"></mv-compass>
    <mv-compass src="./no-such-dataset.json"></mv-compass>
  </div>`,
};

/** Positions that cannot be placed (weights summing to zero, an unknown pole, a negative or non-numeric weight) are dropped; the rest is drawn and the table lists each with its reason. */
export const DroppedPositions: Story = {
  render: () => html`<mv-compass
    show-table
    .data=${{
      ...articleCompass,
      positions: [
        ...articleCompass.positions,
        { id: 'zero', label: 'All zero', weights: { russia: 0, china: 0, west: 0 } },
        { id: 'unknown', label: 'Unknown pole', weights: { russia: 1, turkey: 2 } },
        { id: 'negative', label: 'Negative weight', weights: { russia: 1, west: -2 } },
        { id: 'text', label: 'Text weight', weights: { russia: 'high', china: 1 } },
      ],
    }}
  ></mv-compass>`,
};

/** A dataset with no position at all: a calm "No data" state, not an error. */
export const Empty: Story = { render: () => html`<mv-compass .data=${{ ...articleCompass, positions: [], current: undefined }}></mv-compass>` };

/** Narrow: the smallest supported width, 280 px. Guides keep fewer labels; dates that do not fit give way to step numbers. */
export const Narrow: Story = {
  render: (args) => html`<div style="width:280px;border:1px dashed #999"><mv-compass .data=${articleCompass} locale=${args.locale}></mv-compass></div>`,
};
