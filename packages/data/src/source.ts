import type { SourceInfo } from '@multivector/core';

/** The article every dataset here reads: one source line for the three charts. */
export const articleSource: SourceInfo = {
  name: 'A+ Analytics',
  title: {
    en: 'Foreign policy of Kazakhstan: Torn Between Scylla and Charybdis',
    ru: 'Foreign policy of Kazakhstan: Torn Between Scylla and Charybdis («Внешняя политика Казахстана: между Сциллой и Харибдой»)',
    kk: 'Foreign policy of Kazakhstan: Torn Between Scylla and Charybdis («Қазақстанның сыртқы саясаты: Скилла мен Харибданың арасында»)',
  },
  date: '2022-02-24',
};
