/**
 * Criteria elements connect in turn, a slice of the main thread at a time: a listing defines
 * `<shortlist-fit>` on 167 cards at once, and connecting them all (a shadow root, styles, the
 * store subscriptions and a first render each) with the filter and picker in the task that
 * loaded their chunk held the page for over 50 ms at 4× CPU. In document order, so the cards
 * in view come first; an element removed before its turn is skipped.
 */
import { runInSlices, yieldToMain } from '@shortlist/core';

const waiting = new Map<Element, () => void>();
let draining = false;

/** Runs `connect` for `element` in its turn: in a later task, after the elements waiting before it. */
export function connectInTurn(element: Element, connect: () => void): void {
  waiting.set(element, connect);
  if (!draining) void drain();
}

/** Takes `element` out of the queue (it was disconnected before its turn). */
export function leaveTurn(element: Element): void {
  waiting.delete(element);
}

async function drain(): Promise<void> {
  draining = true;
  // A task of its own, after the one that defined the elements (which evaluated their chunk).
  await yieldToMain();
  await runInSlices(connectWaiting());
  draining = false;
}

/** Connects the waiting elements one per step (each slice's first renders follow in its task). */
function* connectWaiting(): Generator<void> {
  // A Map visits what is added while it is iterated: elements connected meanwhile join this turn.
  for (const [element, connect] of waiting) {
    waiting.delete(element);
    // One element's failure is reported as the browser reports a failing connectedCallback; the rest still connect.
    try {
      if (element.isConnected) connect();
    } catch (error) {
      reportError(error);
    }
    yield;
  }
}
