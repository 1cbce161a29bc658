/**
 * The built script-tag bundle, loaded the way a retailer's page loads it: the queue snippet,
 * then `<script type="module" src=".../shortlist.js" data-*>`. Every test loads its own copy
 * (a distinct `?copy=` URL is a distinct module evaluation); copies share state through the
 * page-wide handle, which is reset between tests.
 */
import { expect } from '@esm-bundle/chai';

const BUNDLE = '/packages/embed/dist/shortlist.js';
const HANDLE = Symbol.for('shortlist.global');

/** The parts of the bundle's instance these tests use (the bundle's own types are not imported). */
interface Instance {
  config: { namespace: string; storage: string; tray: { max: number; whenFull: string }; catalog: Record<string, unknown> };
  $tray: { get(): readonly string[] };
  destroy(): void;
}
interface CommandFunction {
  (command: string, ...args: unknown[]): unknown;
  q?: ArrayLike<unknown>[];
}
type Scope = typeof globalThis & {
  shortlist?: CommandFunction;
  [HANDLE]?: { version: string; $instance: { get(): Instance | undefined } };
};
const scope = globalThis as Scope;

const instance = () => scope[HANDLE]?.$instance.get();
/** `window.shortlist`, which the snippet or the bundle defined. */
const shortlist = (command: string, ...args: unknown[]) => scope.shortlist!(command, ...args);

/** Installs the queue stub exactly as the documented snippet does. */
function installSnippet(): void {
  // eslint-disable-next-line
  (window as any).shortlist=(window as any).shortlist||function(){((window as any).shortlist.q=(window as any).shortlist.q||[]).push(arguments)};
}

let copy = 0;
const scripts: HTMLScriptElement[] = [];

/** Adds a copy of the bundle with the given data-* attributes and waits until it has run. */
function loadCopy(data: Record<string, string> = {}): Promise<HTMLScriptElement> {
  const script = document.createElement('script');
  script.type = 'module';
  for (const [key, value] of Object.entries(data)) script.dataset[key] = value;
  script.src = `${BUNDLE}?copy=${++copy}-${Date.now()}`;
  scripts.push(script);
  return new Promise((resolve, reject) => {
    script.addEventListener('load', () => resolve(script), { once: true });
    script.addEventListener('error', () => reject(new Error(`${script.src} failed to load`)), { once: true });
    document.head.append(script);
  });
}

let namespaces = 0;
/** The data-* attributes of a quiet test copy: its own namespace, no storage, no page scanning. */
const baseData = (extra: Record<string, string> = {}) => ({
  namespace: `embed-${++namespaces}-${Math.random().toString(36).slice(2, 8)}`,
  storage: 'none',
  jsonLd: 'false',
  microdata: 'false',
  cards: 'false',
  ...extra,
});

/** Replaces console.error / console.warn with recorders for one test. */
/** Waits until `condition` holds: problems are worded by a module that loads with the first one. */
async function until(condition: () => boolean, what: string) {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 3000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function recordConsole() {
  const original = { error: console.error, warn: console.warn };
  const errors: unknown[][] = [];
  const warnings: unknown[][] = [];
  console.error = (...args: unknown[]) => void errors.push(args);
  console.warn = (...args: unknown[]) => void warnings.push(args);
  return {
    errors,
    warnings,
    restore() {
      console.error = original.error;
      console.warn = original.warn;
    },
  };
}

/** Records uncaught errors (a copy throwing while it runs) during one test. */
function recordPageErrors() {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

const text = (args: unknown[]) => args.map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : String(arg))).join(' ');
const errorsMentioning = (calls: unknown[][], word: string) => calls.filter((args) => text(args).includes(word));

describe('the script-tag bundle', () => {
  let console_: ReturnType<typeof recordConsole>;
  let page: ReturnType<typeof recordPageErrors>;

  before(async () => {
    const response = await fetch(BUNDLE);
    if (!response.ok) throw new Error(`${BUNDLE} is missing (HTTP ${response.status}): run npm run build first`);
    // The lazily loaded catalog chunk imports `../shortlist.js` without our `?copy=` query, which
    // evaluates the entry once more (see the failing test below). Let that happen now, while an
    // instance exists, so it cannot start a stray default instance in the middle of a test.
    const recorder = recordConsole();
    try {
      installSnippet();
      await loadCopy(baseData());
      await (instance() as Instance & { ready: Promise<unknown> }).ready;
    } finally {
      recorder.restore();
      instance()?.destroy();
      delete scope.shortlist;
      for (const script of scripts.splice(0)) script.remove();
    }
  });

  beforeEach(() => {
    expect(instance(), 'no instance left over from a previous test').to.equal(undefined);
    console_ = recordConsole();
    page = recordPageErrors();
  });

  afterEach(() => {
    console_.restore();
    page.stop();
    instance()?.destroy();
    delete scope.shortlist;
    for (const script of scripts.splice(0)) script.remove();
  });

  it('replays queued calls once, in order, with init applied over the data-* attributes', async () => {
    installSnippet();
    const seen: string[][] = [];
    shortlist('on', 'tray-change', (event: { ids: readonly string[] }) => seen.push([...event.ids]));
    shortlist('add', 'a');
    shortlist('add', 'b');
    shortlist('init', { tray: { max: 5 } });
    expect(scope.shortlist!.q, 'the snippet queues calls').to.have.length(4);

    const data = baseData({ trayMax: '3' });
    await loadCopy(data);

    expect(seen).to.deep.equal([['a'], ['a', 'b']]);
    const started = instance()!;
    expect(started, 'an instance was created').to.exist;
    expect(started.$tray.get()).to.deep.equal(['a', 'b']);
    expect(started.config.tray.max, 'init overrides data-tray-max').to.equal(5);
    expect(started.config.namespace).to.equal(data.namespace);
    expect(started.config.storage).to.equal('none');
    expect(started.config.catalog).to.include({ jsonLd: false, microdata: false, cards: false });
    expect(console_.errors, 'console.error calls').to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('applies data-* attributes on their own', async () => {
    installSnippet();
    const data = baseData({ trayMax: '3', trayWhenFull: 'replace-oldest', trayPosition: 'bottom-start' });
    await loadCopy(data);
    expect(console_.errors.map(text)).to.deep.equal([]);
    const started = instance()!;
    expect(started.config.namespace).to.equal(data.namespace);
    expect(started.config.storage).to.equal('none');
    expect(started.config.tray).to.deep.equal({ max: 3, whenFull: 'replace-oldest', position: 'bottom-start' });
  });

  it('replaces the stub: window.shortlist is a function without a queue, and calls run at once', async () => {
    installSnippet();
    shortlist('add', 'a');
    shortlist('add', 'b');
    await loadCopy(baseData());

    expect(scope.shortlist).to.be.a('function');
    expect(scope.shortlist!.q).to.equal(undefined);
    expect(shortlist('remove', 'a')).to.equal(true);
    expect(instance()!.$tray.get()).to.deep.equal(['b']);
    expect(shortlist('add', 'c')).to.equal('added');
    expect(instance()!.$tray.get()).to.deep.equal(['b', 'c']);
    expect(shortlist('get')).to.equal(instance());
    expect(console_.errors).to.deep.equal([]);
  });

  it('shares one instance with a second copy, which replays nothing and defines nothing again', async () => {
    installSnippet();
    const seen: string[][] = [];
    shortlist('on', 'tray-change', (event: { ids: readonly string[] }) => seen.push([...event.ids]));
    shortlist('add', 'a');
    await loadCopy(baseData());
    const first = instance()!;
    const tray = customElements.get('shortlist-tray');
    const button = customElements.get('shortlist-compare-button');
    const api = scope.shortlist;
    expect(tray, '<shortlist-tray> is defined').to.exist;
    expect(button, '<shortlist-compare-button> is defined').to.exist;
    expect(seen).to.deep.equal([['a']]);

    installSnippet(); // as a second snippet on the page would: keeps the running function
    await loadCopy(baseData());

    expect(page.errors, 'errors thrown while the second copy ran').to.deep.equal([]);
    expect(console_.errors).to.deep.equal([]);
    expect(console_.warnings, 'a copy of the same version defines nothing, silently').to.deep.equal([]);
    expect(instance()).to.equal(first);
    expect(first.$tray.get()).to.deep.equal(['a']);
    expect(seen, 'the queue was not replayed again').to.deep.equal([['a']]);
    expect(customElements.get('shortlist-tray')).to.equal(tray);
    expect(customElements.get('shortlist-compare-button')).to.equal(button);

    // One listener still, reached through the same running command function.
    expect(scope.shortlist).to.equal(api);
    shortlist('add', 'b');
    expect(seen).to.deep.equal([['a'], ['a', 'b']]);
    expect(shortlist('get')).to.equal(first);
  });

  it('upgrades elements already in the page and connects them to the instance', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<shortlist-tray></shortlist-tray>';
    document.body.append(host);
    try {
      installSnippet();
      shortlist('add', 'a');
      await loadCopy(baseData());
      const tray = host.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      await tray.updateComplete;
      expect(tray.shadowRoot, 'the tray was upgraded').to.exist;
      expect(tray.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim()).to.equal('1');
    } finally {
      host.remove();
    }
  });

  it('reports an invalid init naming tray.max, and starts from the data-* configuration', async () => {
    installSnippet();
    shortlist('init', { tray: { max: 'lots' } });
    shortlist('add', 'a');
    await loadCopy(baseData({ trayMax: '4' }));

    const reported = errorsMentioning(console_.errors, 'tray.max');
    expect(reported, `console.error calls: ${console_.errors.map(text).join(' | ')}`).to.have.length(1);
    const [error] = reported[0]!;
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).name).to.equal('ShortlistError');
    expect((error as Error & { field?: string }).field).to.equal('tray.max');
    expect(page.errors).to.deep.equal([]);

    const started = instance()!;
    expect(started.config.tray.max, 'from data-tray-max').to.equal(4);
    expect(started.config.storage).to.equal('none');
    expect(started.$tray.get(), 'queued calls still replayed').to.deep.equal(['a']);
    expect(shortlist('add', 'b')).to.equal('added');
    expect(started.$tray.get()).to.deep.equal(['a', 'b']);
  });

  it('reports an unknown command by name and throws nothing, queued or direct', async () => {
    installSnippet();
    shortlist('explode');
    shortlist('add', 'a');
    await loadCopy(baseData());
    await until(() => errorsMentioning(console_.errors, 'explode').length > 0, 'the unknown command report');
    expect(errorsMentioning(console_.errors, 'explode'), 'queued unknown command reported').to.have.length(1);
    expect(instance()!.$tray.get(), 'later queued calls still run').to.deep.equal(['a']);

    let result: unknown = 'not called';
    expect(() => (result = shortlist('self-destruct'))).not.to.throw();
    expect(result).to.equal(undefined);
    await until(() => errorsMentioning(console_.errors, 'self-destruct').length > 0, 'the direct unknown command report');
    const reported = errorsMentioning(console_.errors, 'self-destruct');
    expect(reported).to.have.length(1);
    expect((reported[0]![0] as Error).name).to.equal('ShortlistError');
    expect(page.errors).to.deep.equal([]);
  });

  it('reports a bad argument and an init after start, and throws nothing', async () => {
    installSnippet();
    await loadCopy(baseData());
    expect(() => shortlist('add', 42)).not.to.throw();
    await until(() => errorsMentioning(console_.errors, "'add'").length > 0, 'the bad argument report');
    expect(errorsMentioning(console_.errors, "'add'")).to.have.length(1);
    expect(String(errorsMentioning(console_.errors, "'add'")[0]![0])).to.include('a product id');
    expect(() => shortlist('init', { tray: { max: 9 } })).not.to.throw();
    await until(() => errorsMentioning(console_.errors, 'init').length > 0, 'the late init report');
    expect(errorsMentioning(console_.errors, 'init')).to.have.length(1);
    expect(instance()!.config.tray.max).to.equal(100);
    expect(instance()!.$tray.get()).to.deep.equal([]);
  });

  // Lazy chunks import the start-up chunk, never the entry: were it the entry, a page that loads
  // `shortlist.js?v=…` (any cache-busting query, or any other URL spelling) would download and
  // evaluate the whole entry a second time, under its bare URL, on first catalog load.
  it('loads the lazy catalog chunk without evaluating a second copy of the entry', async () => {
    const bare = new URL(BUNDLE, location.href).href;
    const entryLoads = () => performance.getEntriesByName(bare).filter((entry) => (entry as PerformanceResourceTiming).initiatorType !== 'fetch');
    installSnippet();
    await loadCopy(baseData());
    await (instance() as Instance & { ready: Promise<unknown> }).ready;
    expect(entryLoads().map((entry) => (entry as PerformanceResourceTiming).initiatorType), `module loads of ${bare} without the query`).to.deep.equal([]);
  });

  // For the same reason: a second copy's ShortlistError class would fail `instanceof` in the
  // running copy, and the precise error (naming catalog.timeout) would become a vague "the
  // catalog could not be loaded".
  it('reports a bad catalog option by its field name', async () => {
    installSnippet();
    shortlist('init', { catalog: { timeout: 5, jsonLd: false, cards: false } });
    await loadCopy(baseData());
    await (instance() as Instance & { ready: Promise<unknown> }).ready;
    const reported = console_.errors.filter(([error]) => error instanceof Error && error.name === 'ShortlistError');
    expect(reported.map(text), 'ShortlistErrors logged').to.have.length(1);
    const [error] = reported[0]! as [Error & { field?: string; code?: string }];
    expect(error.message).to.contain('catalog.timeout');
    expect(error.field).to.equal('catalog.timeout');
  });

  describe('with an invalid data-* attribute', () => {
    // With storage invalid, Shortlist falls back to the defaults (storage "local", namespace
    // "default"); keep this page's saved state out of other tests.
    afterEach(() => localStorage.removeItem('shortlist:default'));

    it('reports an error naming storage, and still starts', async () => {
      installSnippet();
      await loadCopy(baseData({ storage: 'cookie' }));
      const reported = errorsMentioning(console_.errors, 'storage');
      expect(reported.length, `console.error calls: ${console_.errors.map(text).join(' | ')}`).to.be.at.least(1);
      const [error] = reported[0]!;
      expect((error as Error).name).to.equal('ShortlistError');
      expect((error as Error & { field?: string }).field).to.equal('storage');
      expect((error as Error).message).to.contain('cookie');
      expect(page.errors).to.deep.equal([]);
      expect(instance(), 'Shortlist started anyway').to.exist;
      expect(shortlist('get')).to.equal(instance());
    });

    // One bad attribute is left out; the valid ones stay, including the retailer's privacy choice
    // data-storage="none" (falling back to the defaults would mean localStorage).
    it('keeps the valid attributes, data-storage="none" above all', async () => {
      installSnippet();
      const data = baseData({ trayMax: 'lots' });
      await loadCopy(data);
      expect(errorsMentioning(console_.errors, 'tray.max').length).to.be.at.least(1);
      expect(instance()!.config.storage).to.equal('none');
      expect(instance()!.config.namespace).to.equal(data.namespace);
    });

    // With no queued init, the script tag's configuration is checked once, so its error is logged once.
    it('reports it once', async () => {
      installSnippet();
      await loadCopy(baseData({ storage: 'cookie' }));
      expect(errorsMentioning(console_.errors, 'storage'), `console.error calls: ${console_.errors.map(text).join(' | ')}`).to.have.length(1);
    });
  });
});
