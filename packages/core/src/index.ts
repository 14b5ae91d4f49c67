/**
 * @multivector/core: what every multivector chart shares. Applications import the charts;
 * this package is for chart authors.
 */
export type * from './types.js';
export { MvChartElement, MAX_JSON_LENGTH, type ChartState } from './base-element.js';
export { ToggleLegend, type LegendActions, type LegendEntry } from './legend.js';
export { fire, type MvErrorDetail, type MvHighlightDetail, type MvReadyDetail, type MvSelectDetail } from './events.js';
export { defineElement } from './define.js';
export { CORE_MESSAGES, createTranslator, type MessageCatalog, type Messages, type Translate } from './i18n.js';
export { broadcastLink, joinLink, leaveLink, linkGroupSize, type LinkMember } from './link.js';
export { formatNumber, formatPercent } from './format.js';
export { coreStyles } from './styles.js';
export { estimateTextWidth, resolveText, spacingPx, toLocalText, truncate, SUPPORTED_LOCALES, type LocalText, type SupportedLocale, type TextSpacing } from './text.js';
export { pageScheme, prefersReducedMotion, ThemeController, type Scheme, type ThemeSetting } from './theme.js';
export { safeFetchUrl, safeLinkUrl } from './url.js';
export {
  BASE_ENTRIES,
  describeValue,
  duplicateIdError,
  EvidenceSchema,
  findDuplicateId,
  ID_PATTERN,
  IdSchema,
  isPlainRecord,
  MAX_TEXT_LENGTH,
  ownEntries,
  parseStructure,
  SourceSchema,
  TextSchema,
  toLocalBase,
  toLocalEvidence,
  type ChartError,
  type DroppedValue,
  type ErrorCode,
  type LocalChartBase,
  type LocalEvidence,
  type Validated,
} from './validation.js';
export { markerPath, SERIES_DASHES, SERIES_MARKERS, seriesColor } from './marks.js';
export { boxAround, rovingIndex, toggled, tooltipPosition, unionBox, type Box } from './interaction.js';
