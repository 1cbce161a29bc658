/**
 * `@shortlist/core/compare`: the comparison, headless. The connector (`createComparison`)
 * decides what a comparison view shows; the engine below it builds the table, sorts, exports
 * CSV and reads and writes share links. Importing this module declares the feature.
 *
 * @module
 */
export { compareDeclaration, SHARE_PARAM } from './declaration.js';
export { compareFeature, compareOf, notesOf, triageOf, type CompareFeature } from './feature.js';
export { createComparison, type ComparisonConnector, type ComparisonState, type ComparisonChoices, type ComparisonNotice } from './connector.js';
export { compareAgain, summarizedTable, groupKey, type Comparison } from './comparison.js';
export { checkCompare, type CompareConfig } from './config.js';
export { compareMessages } from './messages.js';
export { MAX_NOTE_LENGTH, type Notes, type NotesState } from './notes.js';
export type { TriageMark, Triage, TriageState } from './triage.js';
export { compareTable, attributeValue, isMoney, type CompareTable, type CompareOptions, type CompareGroup, type CompareRow, type CompareCell, type CompareView } from './table.js';
export { sortByAttribute, moveTo, type SortDirection } from './sort.js';
export { toCsv, csvFileName, type CsvExtra, type CsvLabels } from './csv.js';
export { encodeShare, decodeShare, shareAddress, shareUrl, readShare, withoutShare, type ShareState, type ShareProblem } from './share.js';
