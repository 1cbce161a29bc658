/** The tray panel as a feature: its copy. Its configuration is the centre's `tray` section. */
import { defineFeature } from '../define-feature.js';
import type { Shortlist } from '../shortlist.js';
import { trayDeclaration } from './declaration.js';
import { trayMessages } from './messages.js';

export const trayFeature = defineFeature({ ...trayDeclaration, messages: trayMessages, setup: () => undefined });

/** Registers the tray panel with the instance (its copy). */
export const usePanel = (shortlist: Shortlist) => shortlist.use(trayFeature);
