import { expect } from '@esm-bundle/chai';
import { checkConfig, createShortlist, DOCS_URL, resolveConfig, ShortlistError, type Shortlist, type ShortlistConfig, type ShortlistEvent } from '../src/index.js';
import { checkCompare, compareOf } from '../src/compare/index.js';

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
  expectConfigError(thrown(() => resolveConfig(config as ShortlistConfig)), field, expected, found);
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
      tray: { max: 100, whenFull: 'reject', position: 'bottom-end' },
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
    expect(config.tray).to.deep.equal({ max: 4, whenFull: 'reject', position: 'bottom-end' });
    expect(config.messages).to.deep.equal({ compare: 'Merken' });
  });

  it('accepts the limits of tray.max (1 and 500) and plural messages', () => {
    expect(resolveConfig({ tray: { max: 1 } }).tray.max).to.equal(1);
    expect(resolveConfig({ tray: { max: 500, whenFull: 'replace-oldest', position: 'inline' } }).tray).to.deep.equal({ max: 500, whenFull: 'replace-oldest', position: 'inline' });
    const trayCount = { one: 'One item', other: '# items' };
    expect(resolveConfig({ messages: { trayCount } }).messages.trayCount).to.deep.equal(trayCount);
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

  it('tray.position "top"', () => {
    expectRejected({ tray: { position: 'top' } }, 'tray.position', '"bottom-end", "bottom-start", "inline"', 'top');
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

  // Message keys come from every view's table, so they are checked after start-up and reported
  // as error events; the formatter uses only the overrides that are messages.
  async function messageErrors(messages: Record<string, unknown>) {
    const shortlist = createShortlist({ storage: 'none', catalog: { jsonLd: false, cards: false }, messages: messages as never });
    const errors: ShortlistError[] = [];
    shortlist.on('error', ({ error }) => errors.push(error));
    // The check runs right after start-up, before the catalog loads: done once it is ready.
    await shortlist.ready;
    shortlist.destroy();
    return { shortlist, errors };
  }

  it('messages with an unknown key are reported, naming the known keys', async () => {
    const { errors } = await messageErrors({ compair: 'Compare', compare: 'Merken' });
    expect(errors).to.have.length(1);
    expectConfigError(errors[0]!, 'messages.compair', 'one of the message keys', 'Compare');
    expect(errors[0]!.expected).to.include('compare').and.include('trayCount');
  });

  it('a message that is a number, or plural forms without "other", is reported and not used', async () => {
    const { shortlist, errors } = await messageErrors({ compare: 5, trayCount: { one: 'x' } });
    expect(errors.map((error) => error.field)).to.deep.equal(['messages.compare', 'messages.trayCount']);
    expectConfigError(errors[0]!, 'messages.compare', 'a text, or plural forms', 5);
    expect(shortlist.format.t('compare')).to.equal('Compare');
    expect(shortlist.format.t('trayCount', { count: 2 })).to.equal('2 products to compare');
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
      [{ microdata: 'yes' }, 'catalog.microdata'],
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

describe('checkConfig: lenient, for layered configurations', () => {
  it('reports each bad field and keeps the good ones, nested fields too', () => {
    const reported: ShortlistError[] = [];
    const checked = checkConfig({ storage: 'none', locale: 'xx_invalid!!', tray: { max: 0, whenFull: 'replace-oldest' }, trayy: 1 }, (error) => reported.push(error));
    expect(checked).to.deep.equal({ storage: 'none', tray: { whenFull: 'replace-oldest' } });
    expect(reported.map((error) => error.field)).to.deep.equal(['locale', 'tray.max', 'trayy']);
  });

  it('reports a configuration that is not an object and returns an empty one', () => {
    const reported: ShortlistError[] = [];
    expect(checkConfig('fast', (error) => reported.push(error))).to.deep.equal({});
    expect(reported[0]!.field).to.equal('config');
  });
});

describe('config.compare: checked when the comparison is set up', () => {
  it('keeps the good fields and reports each bad one by name', () => {
    const reported: ShortlistError[] = [];
    const config = checkCompare(
      { attributes: 'weight', groups: ['Display', 3], labels: { weight: 5 }, orderBy: 'separation', sortBy: 'price' },
      'compare',
      (error) => reported.push(error),
    );
    expect(config).to.deep.equal({ orderBy: 'separation' });
    expect(reported.map((error) => error.field)).to.deep.equal(['compare.attributes', 'compare.groups', 'compare.labels', 'compare.sortBy']);
    expectConfigError(reported[0]!, 'compare.attributes', 'an array of texts', 'weight');
    expectConfigError(reported[2]!, 'compare.labels', 'an object of texts', { weight: 5 });
    expect(reported[3]!.expected).to.include('orderBy');
  });

  it('runs when an instance sets the comparison up: errors are reported, the comparison reads only the good fields', async () => {
    const shortlist = createShortlist({
      storage: 'none',
      catalog: { products: [], jsonLd: false, cards: false },
      compare: { attributes: 'weight', orderBy: 'separation' } as never,
    });
    const errors: ShortlistError[] = [];
    shortlist.on('error', ({ error }) => errors.push(error));
    const logged = console.error;
    console.error = () => {};
    try {
      await shortlist.ready;
      expect(compareOf(shortlist).config).to.deep.equal({ orderBy: 'separation' });
    } finally {
      console.error = logged;
      shortlist.destroy();
    }
    expect(errors.map((error) => error.field)).to.deep.equal(['compare.attributes']);
  });

  it('accepts a full configuration as given', () => {
    const given = { attributes: ['weight', 'battery'], groups: ['Battery'], labels: { weight: 'Weight (travel)' }, orderBy: 'retailer' as const };
    expect(checkCompare(given, 'compare', () => expect.fail('nothing to report'))).to.deep.equal(given);
  });
});
