import { expect } from '@esm-bundle/chai';
import { MAX_ID_LENGTH } from '../src/index.js';
import { decodeShare, encodeShare, readShare, SHARE_PARAM, shareAddress, shareUrl, withoutShare, type ShareProblem, type ShareState } from '../src/compare/index.js';

// ---- fixtures ------------------------------------------------------------------------------

const base = 'https://shop.example/compare?utm_source=mail&q=a%20b+c#table';

/** The state read back from a link, failing the test on a problem or no parameter. */
function read(url: string): ShareState {
  const result = readShare(url);
  expect(result, `state in ${url}`).to.not.equal(undefined);
  expect(result, `no problem in ${url}`).to.not.have.property('error');
  return result as ShareState;
}

/** The problem a value is refused with; fails when it is accepted. */
function refused(value: string): string {
  const result = decodeShare(value);
  expect(result, `${JSON.stringify(value)} is refused`).to.have.property('error');
  const { error } = result as ShareProblem;
  expect(error).to.be.a('string').and.match(/^This comparison link cannot be opened: .+\.$/);
  return error;
}

const full: ShareState = { ids: ['sku-1', 'sku-2', 'sku-3'], reference: 'sku-2', view: 'differences', eliminated: ['sku-3'], shortlisted: ['sku-1'] };

// ---- encoding ------------------------------------------------------------------------------

describe('share links: encoding', () => {
  it('is compact and readable for ordinary ids: version, ids, then positions', () => {
    expect(encodeShare(full)).to.equal('1:sku-1,sku-2,sku-3:r1:vd:x2:s0');
    expect(encodeShare({ ids: ['a', 'b'] })).to.equal('1:a,b');
  });

  it('round-trips every field through a URL', () => {
    expect(read(shareUrl(base, full))).to.deep.equal(full);
    for (const view of ['all', 'differences', 'similarities'] as const) expect(read(shareUrl(base, { ids: ['a'], view })).view).to.equal(view);
  });

  it('ids with separators, URL syntax, escapes and non-ASCII letters survive, and the value needs no escaping', () => {
    const ids = ['a,b', 'c:d', 'x~7E', '50%', 'a+b c', 'q?x=1&y=2#h', 'pfad/zu', 'Größe-ß', '💻 laptop', "it's", '(1)*!'];
    const value = encodeShare({ ids, reference: '50%' });
    expect(value).to.match(/^[\w.~,:-]+$/);
    expect(encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':')).to.equal(value);
    const state = read(shareUrl(base, { ids, reference: '50%' }));
    expect(state.ids).to.deep.equal(ids);
    expect(state.reference).to.equal('50%');
  });

  it("ids and marks that name no shared product are left out of the link", () => {
    const value = encodeShare({ ids: ['a', 'b'], reference: 'z', eliminated: ['z', 'b'], shortlisted: [] });
    expect(value).to.equal('1:a,b:x1');
  });
});

// ---- URLs ----------------------------------------------------------------------------------

describe('share links: URLs', () => {
  it('shareUrl keeps the other parameters as written and the hash, and replaces an earlier share', () => {
    const url = shareUrl(shareUrl(base, { ids: ['old'] }), { ids: ['new'] });
    expect(url).to.equal(`https://shop.example/compare?utm_source=mail&q=a%20b+c&${SHARE_PARAM}=1:new#table`);
  });

  it('readShare: undefined without the parameter', () => {
    expect(readShare(base)).to.equal(undefined);
    expect(readShare(new URL('https://shop.example/?shortlisted=1:a'))).to.equal(undefined);
  });

  it('reads URL objects and relative URLs (against the page)', () => {
    expect(read(new URL(shareUrl(base, { ids: ['a'] })).toString()).ids).to.deep.equal(['a']);
    expect((readShare(new URL(shareUrl(base, { ids: ['a'] }))) as ShareState).ids).to.deep.equal(['a']);
    expect((readShare('?shortlist=1:rel') as ShareState).ids).to.deep.equal(['rel']);
    expect(shareUrl('/compare', { ids: ['a'] })).to.equal(new URL('/compare?shortlist=1:a', location.href).href);
  });

  it('still reads a link whose query was re-serialized by a router (commas and colons encoded)', () => {
    const url = new URL(shareUrl(base, full));
    url.searchParams.set('page', '2');
    expect(url.search).to.include('%2C');
    expect(read(url.href)).to.deep.equal(full);
  });

  it('shareAddress: the canonical address when it is an http(s) URL, else the page origin and path; never the page query or hash', () => {
    const page = 'https://shop.example/p/42?session=s3cr3t&utm_campaign=spring&q=red+shoes&shortlist=1:a#account';
    expect(shareAddress(page)).to.equal('https://shop.example/p/42');
    expect(shareAddress(page, null)).to.equal('https://shop.example/p/42');
    expect(shareAddress(page, 'https://www.shop.example/p/42')).to.equal('https://www.shop.example/p/42');
    // The site's own canonical query is its address; its fragment is not.
    expect(shareAddress(page, 'https://shop.example/product?id=42#reviews')).to.equal('https://shop.example/product?id=42');
    expect(shareAddress(page, '/p/42-red-shoes')).to.equal('https://shop.example/p/42-red-shoes');
    for (const unusable of ['', 'javascript:alert(1)', 'data:text/html,x', 'http://[bad']) expect(shareAddress(page, unusable), unusable).to.equal('https://shop.example/p/42');

    const link = shareUrl(shareAddress(page), { ids: ['a', 'b'] });
    expect(link).to.equal('https://shop.example/p/42?shortlist=1:a,b');
    expect(read(link)).to.deep.equal({ ids: ['a', 'b'] });
  });

  it('withoutShare removes only the parameter, for history.replaceState', () => {
    expect(withoutShare(shareUrl(base, full))).to.equal(base);
    expect(withoutShare('https://shop.example/p?shortlist=1:a#x')).to.equal('https://shop.example/p#x');
    expect(withoutShare('https://shop.example/p?shortlist=1:a&shortlist=1:b&keep=1')).to.equal('https://shop.example/p?keep=1');
    expect(withoutShare(base)).to.equal(base);
  });
});

// ---- reading untrusted values --------------------------------------------------------------

describe('share links: validation', () => {
  it('deduplicates ids; positions count in the list as written', () => {
    // Position 2 is the second "a", position 3 is "b".
    expect(decodeShare('1:a,b,a,c:r2:x3')).to.deep.equal({ ids: ['a', 'b', 'c'], reference: 'a', eliminated: ['c'] });
  });

  it('drops a reference or marks that point past the list, and an id marked both ways', () => {
    expect(decodeShare('1:a,b:r7:x0,9:s0,1')).to.deep.equal({ ids: ['a', 'b'], shortlisted: ['b'] });
    expect(decodeShare('1:a,b:x5')).to.deep.equal({ ids: ['a', 'b'] });
  });

  it('accepts the limits: 500 ids, ids of MAX_ID_LENGTH characters (a configured item\'s id is long), and an empty list', () => {
    const ids = Array.from({ length: 500 }, (_, index) => `p${index}`);
    expect((decodeShare(encodeShare({ ids, eliminated: ['p499'] })) as ShareState).eliminated).to.deep.equal(['p499']);
    const long = 'x'.repeat(MAX_ID_LENGTH);
    expect(decodeShare(`1:${long}`)).to.deep.equal({ ids: [long] });
    // Counted after unescaping: MAX_ID_LENGTH "é" are twice as many escaped bytes.
    expect(decodeShare(encodeShare({ ids: ['é'.repeat(MAX_ID_LENGTH)] }))).to.deep.equal({ ids: ['é'.repeat(MAX_ID_LENGTH)] });
    expect(decodeShare('1:')).to.deep.equal({ ids: [] });
  });

  it('skips sections it does not know, so later additions need no new version', () => {
    expect(decodeShare('1:a,b:zfuture:vs')).to.deep.equal({ ids: ['a', 'b'], view: 'similarities' });
  });

  it('refuses an unknown version, and says which', () => {
    expect(refused('2:a,b')).to.include('"2"');
    refused('');
    refused('a,b');
    expect(readShare('https://shop.example/?shortlist=')).to.have.property('error');
  });

  it('refuses more than 500 ids, ids over MAX_ID_LENGTH characters and empty ids', () => {
    expect(refused(`1:${Array.from({ length: 501 }, (_, index) => `p${index}`).join(',')}`)).to.include('500');
    refused(`1:${'x'.repeat(MAX_ID_LENGTH + 1)}`);
    refused(encodeShare({ ids: ['é'.repeat(MAX_ID_LENGTH + 1)] }));
    refused('1:a,,b');
    refused('1:a,');
  });

  it('refuses tampered escapes and characters the encoder never writes', () => {
    refused('1:bad~ZZ');
    refused('1:bad~e9');
    // ~FF is not valid UTF-8.
    refused('1:bad~FF');
    refused('1:a b');
    refused('1:<script>');
    refused('1:a%2Cb');
  });

  it('refuses malformed sections', () => {
    refused('1:a,b:rX');
    refused('1:a,b:r0,1');
    refused('1:a,b:x0,,1');
    refused('1:a,b:s-1');
    refused('1:a,b:x');
    expect(refused('1:a,b:vq')).to.include('view');
    refused('1:a,b:v');
  });

  it('a link with a script in it is refused as data, never run', () => {
    let ran = false;
    (globalThis as { shortlistPwned?: () => void }).shortlistPwned = () => (ran = true);
    expect(readShare(`https://shop.example/?shortlist=${encodeURIComponent('1:a:vd");shortlistPwned();("')}`)).to.have.property('error');
    expect(readShare('https://shop.example/?shortlist=javascript:shortlistPwned()')).to.have.property('error');
    expect(ran).to.equal(false);
    delete (globalThis as { shortlistPwned?: () => void }).shortlistPwned;
  });
});
