import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@multivector/radar';
import type { MvRadar, RadarData } from '@multivector/radar';
import { articleRadar } from '@multivector/data';
import { seededRandom } from './support/generate.js';

interface RadarArgs {
  theme: 'auto' | 'light' | 'dark';
  locale: 'en' | 'ru' | 'kk';
  highlight: string;
  'show-table': boolean;
}

const meta: Meta<RadarArgs> = {
  title: 'Charts/Radar',
  component: 'mv-radar',
  tags: ['autodocs'],
  args: { theme: 'auto', locale: 'en', highlight: '', 'show-table': false },
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    locale: { control: 'inline-radio', options: ['en', 'ru', 'kk'] },
    highlight: { control: 'select', options: ['', ...articleRadar.axes.map((a) => a.id)] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The partner-alignment radar: one axis per partner, one polygon per period. Every value carries the quote it rests on, shown in the tooltip and the data table.',
      },
    },
  },
  render: (args) => html`<mv-radar
    .data=${articleRadar}
    theme=${args.theme}
    locale=${args.locale}
    highlight=${args.highlight || ''}
    ?show-table=${args['show-table']}
  ></mv-radar>`,
};
export default meta;

type Story = StoryObj<RadarArgs>;

/** The article's radar: the 2014 and 2020 foreign-policy concepts and the 2022 "two-vector" outlook. */
export const Default: Story = {};

/** The data table, shown: every value, its level name and the quote it rests on. */
export const WithTable: Story = { args: { 'show-table': true } };

/** Series toggle from the legend (click, or Tab to the legend, arrows, Enter). Here the 2014 concept is off. */
export const LegendToggling: Story = {
  play: async ({ canvasElement }) => {
    const radar = canvasElement.querySelector<MvRadar>('mv-radar')!;
    await radar.whenReady();
    radar.shadowRoot!.querySelector<HTMLButtonElement>('[part~="legend"] button')!.click();
  },
};

/** Forced themes, side by side, whatever the page says. */
export const Themes: Story = {
  render: () => html`<div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:16px">
    <mv-radar .data=${articleRadar} theme="light"></mv-radar>
    <mv-radar .data=${articleRadar} theme="dark"></mv-radar>
  </div>`,
};

/** The tooltip opens on focus as on hover: it compares all periods on one axis, with each value's evidence. */
export const TooltipWithEvidence: Story = {
  play: async ({ canvasElement }) => {
    const radar = canvasElement.querySelector<MvRadar>('mv-radar')!;
    await radar.whenReady();
    radar.shadowRoot!.querySelector<SVGElement>('[part~="point"][data-series="2"][data-axis="1"]')?.focus();
  },
};

/**
 * One tab stop: Tab into the plot, then ← → along the axes, ↑ ↓ between periods, Home/End,
 * Enter to select, Escape to clear. The legend is a second stop (← → and Enter).
 */
export const Keyboard: Story = {
  render: (args) => html`<p>Click here, then press Tab.</p>
    <mv-radar .data=${articleRadar} locale=${args.locale}></mv-radar>`,
};

/** Highlight set by code (no event fires) — as a linked chart would do. */
export const Highlighted: Story = { args: { highlight: 'china' } };

/** Russian labels and the element's own strings in Russian. */
export const Russian: Story = { args: { locale: 'ru' } };

/** Kazakh labels and the element's own strings in Kazakh. */
export const Kazakh: Story = { args: { locale: 'kk' } };

/**
 * A reader's text-spacing stylesheet (WCAG 1.4.12: letter 0.12 em, word 0.16 em, line 1.5) on
 * the host: the labels inherit it and the layout makes room, so nothing clips or overlaps.
 */
export const TextSpacing: Story = {
  render: () => html`<mv-radar .data=${articleRadar} style="letter-spacing: 0.12em; word-spacing: 0.16em; line-height: 1.5"></mv-radar>`,
};

/**
 * No `locale` at all: the chart speaks the page's language, here a Kazakh page (`lang="kk"`
 * on a wrapper, as `<html lang="kk">` would be). An explicit `locale` still wins.
 */
export const PageLanguage: Story = {
  render: () => html`<div lang="kk"><mv-radar .data=${articleRadar}></mv-radar></div>`,
};

const reading2020 = articleRadar.series.find((s) => s.id === 'concept-2020')!;
const alternative: RadarData = { ...articleRadar, series: [reading2020] };

/**
 * Data changes animate only when the reader allows motion; with `prefers-reduced-motion:
 * reduce` the chart jumps to the new values. Use the button to switch datasets. Screen readers
 * hear the update through the chart's polite live region, half a second after the last switch:
 * "Chart updated: …" and the new summary, once however fast the button is pressed.
 */
export const ReducedMotion: Story = {
  render: () => {
    let showAll = true;
    const toggle = (event: Event) => {
      const radar = (event.target as HTMLElement).nextElementSibling as MvRadar;
      showAll = !showAll;
      radar.data = showAll ? articleRadar : alternative;
    };
    return html`<button @click=${toggle}>Switch data</button><mv-radar .data=${articleRadar}></mv-radar>`;
  },
};

/** The HTML-only embed: the dataset inline in a child script, no page script of its own. */
export const InlineJson: Story = {
  render: () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(articleRadar);
    const radar = document.createElement('mv-radar');
    radar.append(script);
    return radar;
  },
};

/** Every kind of broken dataset gives a visible, accessible message and an `mv-error` event. */
export const ErrorStates: Story = {
  render: () => html`<div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:16px">
    <mv-radar .data=${'{"title": "Broken JSON",'}></mv-radar>
    <mv-radar .data=${{ title: 'Two axes', axes: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }], series: [] }}></mv-radar>
    <mv-radar .data=${{ ...articleRadar, axes: [...articleRadar.axes, articleRadar.axes[0]] }}></mv-radar>
    <mv-radar src="javascript:alert(1)"></mv-radar>
    <mv-radar src="./no-such-dataset.json"></mv-radar>
  </div>`,
};

/** Single bad values are dropped, the rest is drawn, and the table lists what was left out and why. */
export const DroppedValues: Story = {
  render: () => html`<mv-radar
    show-table
    .data=${{
      ...articleRadar,
      series: [{ ...articleRadar.series[0]!, values: { ...articleRadar.series[0]!.values, russia: 'strong', china: 99 } }, ...articleRadar.series.slice(1)],
    }}
  ></mv-radar>`,
};

/** A dataset with no value at all: a calm "No data" state, not an error. */
export const Empty: Story = {
  render: () => html`<mv-radar .data=${{ ...articleRadar, series: articleRadar.series.map((s) => ({ ...s, values: {} })) }}></mv-radar>`,
};

function stressData(axisCount: number): RadarData {
  const random = seededRandom(7);
  const axes = Array.from({ length: axisCount }, (_, i) => ({ id: `axis-${i}`, label: `Partner ${i + 1}` }));
  return {
    title: `${axisCount} axes, 3 series (seeded random)`,
    description: 'A stress case: labels that would overlap are left out of the drawing but stay in the tooltip and the table.',
    axes,
    series: ['a', 'b', 'c'].map((id, s) => ({
      id,
      label: `Series ${s + 1}`,
      values: Object.fromEntries(axes.map((axis) => [axis.id, Math.round(random() * 100) / 10])),
    })),
    scale: { min: 0, max: 10 },
  };
}

/** 50 axes stay readable and interactive. */
export const FiftyAxes: Story = { render: () => html`<mv-radar .data=${stressData(50)}></mv-radar>` };

/** Narrow: the smallest supported width, 280 px. */
export const Narrow: Story = {
  render: () => html`<div style="width:280px;border:1px dashed #999"><mv-radar .data=${articleRadar}></mv-radar></div>`,
};
