import { expect } from '@esm-bundle/chai';
import { createShortlist, DOCS_URL, en, resolveConfig, ShortlistError, type Shortlist, type ShortlistConfig, type ShortlistEvent } from '../src/index.js';

/** Runs `fn`, which must throw a ShortlistError, and returns the error. */
function thrown(fn: () => unknown): ShortlistError {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(ShortlistError);
    return error as ShortlistError;
  }
  expect.fail('expected a ShortlistError to be thrown');
  throw new Error('unreachable');
}

/**
 * Checks what a bad field's error says: its field, what was expected (a fragment), what was
 * found, the docs anchor of the field's root, and a message a retailer can act on.
 */
function expectConfigError(error: ShortlistError, field: string, expected: string, found: unknown) {
  const root = field.split(/[.[]/)[0]!.toLowerCase();
  expect(error.code).to.equal('config');
  expect(error.field).to.equal(field);
  expect(error.expected).to.include(expected);
  expect(error.found).to.deep.equal(found);
  expect(error.docsUrl).to.equal(`${DOCS_URL}configuration.md#${root}`);
  expect(error.message).to.include(`"${field}"`);
  expect(error.message).to.include(error.expected!);
  expect(error.message).to.include(error.docsUrl!);
}

/** A bad configuration fails both resolveConfig and createShortlist with the same error. */
function expectRejected(config: ShortlistConfig | Record<string, unknown>, field: string, expected: string, found: unknown) {
  expectConfigError(thrown(() => resolveConfig(config as ShortlistConfig, Object.keys(en))), field, expected, found);
  expectConfigError(thrown(() => createShortlist({ storage: 'none', ...config } as ShortlistConfig)), field, expected, found);
}

describe('resolveConfig: defaults', () => {
  let lang: string;
  beforeEach(() => {
    lang = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = lang;
  });

  it('fills in every default', () => {
    document.documentElement.lang = '';
    const config = resolveConfig();
    expect(config).to.deep.equal({
      namespace: 'default',
      locale: Intl.getCanonicalLocales(navigator.language)[0],
      currency: undefined,
      storage: 'local',
      tray: { max: 100, whenFull: 'reject' },
      catalog: {},
      messages: {},
    });
  });

  it("takes the page's lang as the locale, canonicalized", () => {
    document.documentElement.lang = 'de-at';
    expect(resolveConfig().locale).to.equal('de-AT');
    document.documentElement.lang = 'not a locale!';
    expect(resolveConfig().locale).to.equal(Intl.getCanonicalLocales(navigator.language)[0]);
  });

  it('keeps what is given and fills the rest of tray', () => {
    const config = resolveConfig({ namespace: 'my-store_2', locale: 'de-DE', currency: 'EUR', storage: 'session', tray: { max: 4 }, messages: { compare: 'Merken' } });
    expect(config).to.include({ namespace: 'my-store_2', locale: 'de-DE', currency: 'EUR', storage: 'session' });
    expect(config.tray).to.deep.equal({ max: 4, whenFull: 'reject' });
    expect(config.messages).to.deep.equal({ compare: 'Merken' });
  });

  it('accepts the limits of tray.max (1 and 500) and plural messages', () => {
    expect(resolveConfig({ tray: { max: 1 } }).tray.max).to.equal(1);
    expect(resolveConfig({ tray: { max: 500, whenFull: 'replace-oldest' } }).tray).to.deep.equal({ max: 500, whenFull: 'replace-oldest' });
    const trayCount = { one: 'One item', other: '# items' };
    expect(resolveConfig({ messages: { trayCount } }, Object.keys(en)).messages.trayCount).to.deep.equal(trayCount);
  });
});

describe('resolveConfig: each bad field names itself', () => {
  it('namespace with spaces', () => {
    expectRejected({ namespace: 'my store' }, 'namespace', 'letters, digits', 'my store');
  });

  it('locale "xx_invalid!!"', () => {
    expectRejected({ locale: 'xx_invalid!!' }, 'locale', 'BCP 47', 'xx_invalid!!');
  });

  it('storage "cookie"', () => {
    const error = thrown(() => resolveConfig({ storage: 'cookie' as never }));
    expectConfigError(error, 'storage', '"local", "session", "none"', 'cookie');
    expectRejected({ storage: 'cookie' }, 'storage', '"local"', 'cookie');
  });

  it('currency "eur" (codes are upper case)', () => {
    expectRejected({ currency: 'eur' }, 'currency', 'ISO 4217', 'eur');
  });

  for (const max of [0, 501, '100', 2.5, -1]) {
    it(`tray.max ${JSON.stringify(max)}`, () => {
      expectRejected({ tray: { max } }, 'tray.max', 'a whole number from 1 to 500', max);
    });
  }

  it('tray.whenFull "drop"', () => {
    expectRejected({ tray: { whenFull: 'drop' } }, 'tray.whenFull', '"reject", "replace-oldest"', 'drop');
  });

  it('tray that is not an object', () => {
    expectRejected({ tray: 5 }, 'tray', 'an object', 5);
  });

  it('unknown top-level field "trayy" (a typo is not ignored)', () => {
    const error = thrown(() => resolveConfig({ trayy: { max: 3 } } as never));
    expectConfigError(error, 'trayy', 'one of the fields', { max: 3 });
    // The error lists the fields that do exist.
    expect(error.expected).to.include('tray');
    expect(error.expected).to.include('namespace');
  });

  it('unknown nested field "tray.maxx"', () => {
    const error = thrown(() => resolveConfig({ tray: { maxx: 3 } } as never));
    expectConfigError(error, 'tray.maxx', 'one of the fields', 3);
    expect(error.expected).to.include('max');
    expect(error.expected).to.include('whenFull');
  });

  it('messages with an unknown key', () => {
    expectRejected({ messages: { compair: 'Compare' } }, 'messages.compair', 'one of the message keys', 'Compare');
    const error = thrown(() => createShortlist({ storage: 'none', messages: { compair: 'Compare' } as never }));
    expect(error.expected).to.include('compare');
  });

  it('a message that is a number, or plural forms without "other"', () => {
    expectRejected({ messages: { compare: 5 } }, 'messages.compare', 'a text, or plural forms', 5);
    expectRejected({ messages: { trayCount: { one: 'x' } } }, 'messages.trayCount', 'plural forms', { one: 'x' });
  });

  it('messages and catalog that are not objects', () => {
    expectRejected({ messages: 'hello' }, 'messages', 'an object', 'hello');
    expectRejected({ catalog: [] }, 'catalog', 'an object', []);
  });

  it('a configuration that is not an object', () => {
    const error = thrown(() => resolveConfig('tray' as never));
    expect(error.code).to.equal('config');
    expect(error.expected).to.equal('an object');
    expect(error.docsUrl).to.include('configuration.md#');
  });
});

describe('catalog configuration is checked by the catalog loader', () => {
  let shortlist: Shortlist | undefined;
  let consoleError: typeof console.error;
  beforeEach(() => {
    consoleError = console.error;
    console.error = () => {};
  });
  afterEach(() => {
    console.error = consoleError;
    shortlist?.destroy();
    shortlist = undefined;
  });

  it('a javascript: catalog.url does not throw; an error event names catalog.url and the tray still works', async () => {
    const errors: ShortlistEvent<'error'>[] = [];
    shortlist = createShortlist({ storage: 'none', catalog: { url: 'javascript:alert(1)' } });
    shortlist.on('error', (event) => errors.push(event));
    const catalog = await shortlist.ready;
    expect(catalog.products).to.deep.equal([]);
    expect(errors).to.have.length(1);
    const { error } = errors[0]!;
    expect(error).to.be.instanceOf(ShortlistError);
    expect(error.field).to.equal('catalog.url');
    expect(error.found).to.equal('javascript:alert(1)');
    expect(error.expected).to.include('http');
    expect(error.message).to.include('catalog.url');
    expect(error.docsUrl).to.include('configuration.md#catalog');
    expect(shortlist.$catalog.get().status).to.equal('ready');
    expect(shortlist.$catalog.get().errors).to.deep.equal([error]);
    expect(shortlist.add('sku-1')).to.equal('added');
    expect(shortlist.$tray.get()).to.deep.equal(['sku-1']);
  });

  it('other bad catalog fields are reported the same way', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ timeout: 5 }, 'catalog.timeout'],
      [{ cards: '[[[' }, 'catalog.cards'],
      [{ jsonLd: 'yes' }, 'catalog.jsonLd'],
      [{ products: 'all' }, 'catalog.products'],
      [{ urll: '/products.json' }, 'catalog.urll'],
    ];
    for (const [catalog, field] of cases) {
      const errors: ShortlistError[] = [];
      const instance = createShortlist({ storage: 'none', catalog: catalog as never });
      instance.on('error', (event) => errors.push(event.error));
      await instance.ready;
      instance.destroy();
      expect(errors.map((error) => error.field), field).to.deep.equal([field]);
    }
  });
});
