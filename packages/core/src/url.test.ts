import { expect } from '@open-wc/testing';
import { safeFetchUrl, safeLinkUrl } from './url.js';

/** Every way of writing a script or foreign-scheme URL that must never become a link or a fetch. */
const REFUSED = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  ' javascript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  '&#106;avascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/0d6e',
  'ftp://example.org/data.json',
];

describe('URL allow-lists', () => {
  describe('safeLinkUrl (source links from data)', () => {
    for (const raw of REFUSED) {
      it(`refuses ${JSON.stringify(raw)}`, () => {
        expect(safeLinkUrl(raw)).to.equal(undefined);
      });
    }
    it('refuses protocol-relative and relative URLs, whose target depends on the host page', () => {
      expect(safeLinkUrl('//evil.example/x')).to.equal(undefined);
      expect(safeLinkUrl('/path/page.html')).to.equal(undefined);
      expect(safeLinkUrl('page.html')).to.equal(undefined);
    });
    it('refuses what is not a string, and URLs over 2,048 characters', () => {
      expect(safeLinkUrl(42)).to.equal(undefined);
      expect(safeLinkUrl({ href: 'https://example.org' })).to.equal(undefined);
      expect(safeLinkUrl(`https://example.org/${'a'.repeat(2048)}`)).to.equal(undefined);
    });
    it('keeps http and https URLs, normalised', () => {
      expect(safeLinkUrl('https://example.org/a b')).to.equal('https://example.org/a%20b');
      expect(safeLinkUrl('HTTP://Example.org')).to.equal('http://example.org/');
    });
  });

  describe('safeFetchUrl (the src attribute)', () => {
    const base = 'https://news.example/2022/kazakhstan/';
    for (const raw of REFUSED.filter((r) => !r.startsWith('&'))) {
      it(`refuses ${JSON.stringify(raw)}`, () => {
        expect(safeFetchUrl(raw, base)).to.equal(undefined);
      });
    }
    it('reads an entity-encoded scheme as what it is to a browser: a harmless relative path on the page’s own site', () => {
      expect(safeFetchUrl('&#106;avascript:alert(1)', base)).to.equal('https://news.example/2022/kazakhstan/&#106;avascript:alert(1)');
    });
    it('resolves relative and protocol-relative URLs against the page', () => {
      expect(safeFetchUrl('data/radar.json', base)).to.equal('https://news.example/2022/kazakhstan/data/radar.json');
      expect(safeFetchUrl('/data/radar.json', base)).to.equal('https://news.example/data/radar.json');
      expect(safeFetchUrl('//cdn.example/radar.json', base)).to.equal('https://cdn.example/radar.json');
    });
    it('refuses URLs over 2,048 characters', () => {
      expect(safeFetchUrl(`data/${'a'.repeat(2048)}.json`, base)).to.equal(undefined);
    });
  });
});
