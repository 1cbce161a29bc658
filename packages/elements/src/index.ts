/**
 * Shortlist elements. Importing this module registers nothing: import
 * `@shortlist/elements/shortlist-<name>.js` to define an element.
 *
 * @packageDocumentation
 */
export { ShortlistElement } from './internal/base.js';
export { StoreController } from './internal/store-controller.js';
export { defineElement } from './internal/define.js';
export { ShortlistChangeEvent } from './internal/events.js';
export { ShortlistOpenEvent } from './tray/events.js';
export { ShortlistCompareButton } from './compare-button/compare-button.js';
export { ShortlistTray } from './tray/tray.js';
export { ShortlistTrayPanel } from './tray/tray-panel.js';
export type { TrayPosition } from './tray/tray.js';
export { ShortlistCompare } from './compare/compare.js';
export type { ShareChoice } from './compare/share/open-shared.js';
export { ShortlistCompareEvent, type ShortlistCompareEventInit } from './compare/events.js';
export { ShortlistCriteria } from './criteria/filter/criteria.js';
export { ShortlistPersonaPicker } from './criteria/personas/persona-picker.js';
export { ShortlistFit } from './criteria/fit.js';
export { ShortlistResults } from './criteria/results/results.js';
export { ShortlistArrange } from './criteria/arrange/arrange.js';
export { ShortlistAddCriterion } from './criteria/add/add-criterion.js';
export { ShortlistRankEvent } from './criteria/arrange/events.js';
