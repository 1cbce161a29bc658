/**
 * Pages that load the script-tag build, open in same-origin frames: frames share localStorage
 * the way tabs do. For the end-to-end tests of the example sites.
 */
import type { Shortlist } from '@shortlist/core';
import { until } from './fixture.js';

export type EmbedWindow = Window & typeof globalThis & { shortlist?: ((command: 'get') => Shortlist) & { q?: unknown[] } };

export interface EmbedPage {
  frame: HTMLIFrameElement;
  window: EmbedWindow;
  document: Document;
  shortlist: Shortlist;
}

const frames: HTMLIFrameElement[] = [];

/** Opens `path` in a frame and waits until Shortlist has started there and loaded the catalog. */
export async function openPage(path: string): Promise<EmbedPage> {
  const frame = document.createElement('iframe');
  frame.title = path;
  // A desktop-sized page: the docked tray and the comparison lay out as shoppers see them.
  frame.width = '1100';
  frame.height = '760';
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return started(frame);
}

/** The page in `frame` once Shortlist has started there (the queue replayed) and loaded the catalog. */
export async function started(frame: HTMLIFrameElement): Promise<EmbedPage> {
  const window = () => frame.contentWindow as EmbedWindow;
  const shortlist = await until(() => typeof window().shortlist === 'function' && !window().shortlist!.q && window().shortlist!('get'), `Shortlist to start in ${frame.title}`, 10000);
  await shortlist.ready;
  return { frame, window: window(), document: window().document, shortlist };
}

/** Removes every frame `openPage` opened; call it in `afterEach`. */
export function closePages(): void {
  frames.splice(0).forEach((frame) => frame.remove());
}
