/**
 * `@shortlist/core/tray`: the tray panel's copy, for apps that render their own panel.
 *
 * @module
 */
export { trayDeclaration } from './declaration.js';
export { trayFeature, usePanel } from './feature.js';
export { trayMessages } from './messages.js';
