// The demo store's own script: one call to Shortlist's configuration API. The stub in the
// embed snippet queues it if the SDK has not loaded yet; the SDK replays it once it has.
if (typeof window.shortlist === 'function') {
  window.shortlist('on', 'tray-change', (e) => console.info('[demo] tray', e.ids));
}
