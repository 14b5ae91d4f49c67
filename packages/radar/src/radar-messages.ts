import type { MessageCatalog } from '@multivector/core';

/** The radar's own strings, in English, Russian and Kazakh. */
export const RADAR_MESSAGES: MessageCatalog = {
  en: {
    axis: 'Axis',
    chartLabel: 'Radar chart: {title}',
    summary: 'Radar chart with {axes} axes ({axisList}) and {series} series ({seriesList}).',
    keyboardHelp: 'Use the arrow keys to move between values: left and right along the axes, up and down between series. Press Escape to clear.',
    pointLabel: '{series}, {axis}: {value}',
    valueWithLevel: '{value} ({level})',
    legendHint: 'Show or hide series',
  },
  ru: {
    axis: 'Ось',
    chartLabel: 'Лепестковая диаграмма: {title}',
    summary: 'Лепестковая диаграмма: осей — {axes} ({axisList}), рядов — {series} ({seriesList}).',
    keyboardHelp: 'Клавиши со стрелками перемещают между значениями: влево и вправо по осям, вверх и вниз между рядами. Escape снимает выделение.',
    pointLabel: '{series}, {axis}: {value}',
    valueWithLevel: '{value} ({level})',
    legendHint: 'Показать или скрыть ряды',
  },
  kk: {
    axis: 'Ось',
    chartLabel: 'Жапырақты диаграмма: {title}',
    summary: 'Жапырақты диаграмма: осьтер саны — {axes} ({axisList}), қатарлар саны — {series} ({seriesList}).',
    keyboardHelp: 'Мәндер арасында жылжу үшін бағыт пернелерін басыңыз: солға және оңға — осьтер бойымен, жоғары және төмен — қатарлар арасында. Escape таңдауды алып тастайды.',
    pointLabel: '{series}, {axis}: {value}',
    valueWithLevel: '{value} ({level})',
    legendHint: 'Қатарларды көрсету немесе жасыру',
  },
};
