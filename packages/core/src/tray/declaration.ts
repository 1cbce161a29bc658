/**
 * The tray panel's declaration. The tray itself (the shopper's list, the compare button and the
 * tray bar) is the centre's, loaded on every page; the panel is a feature: its code and copy
 * load on the first expand. Its events are the centre's (`tray-change`…).
 */
import { declareFeature } from '../feature.js';

export const trayDeclaration = declareFeature({ name: 'tray', events: [] });
