import { beforeAll, describe, expect, it } from 'vitest';
import { cleanUrl } from '../../../src/core/links/clean-url';
import { onHost, trackingMatcher } from '../../../src/core/links/tracking-table';
import table from '../../../src/core/links/tracking-params.json';
import { analyze } from '../../../src/core/analyze';
import { validateConfig } from '../../../src/cli/config/validate';
import { analyzeOptionsFor, DEFAULT_SETTINGS, normalizeSettings } from '../../../src/protocol/settings';
import { parseUrl, peerLists } from '../../../bench/reference/tracking/peers';
import { addressesOn, agreedPairs, exceptionReason, recordedReason, unreachedScopes, withParam, type AgreedPair } from '../../../bench/reference/tracking/agreed';

const removed = (url: string, opts?: Parameters<typeof cleanUrl>[1]) => cleanUrl(url, opts)?.removed ?? [];

type Entry = { name?: string; prefix?: string; hosts?: string[]; documented?: string; sources?: Record<string, string[]> };
const entries = [...table.names, ...table.prefixes, ...table.hosts] as unknown as Entry[];

describe('tracking-params.json names its sources', () => {
  it('every parameter of every entry is backed by a reference list, or the entry names its vendor documentation', () => {
    const unsourced = entries.flatMap((e) => Object.entries(e.sources ?? {}).filter(([, s]) => s.length === 0 && !e.documented).map(([n]) => `${e.hosts?.[0] ?? ''}:${n}`));
    expect(unsourced).toEqual([]);
    for (const e of entries) expect(Object.keys(e.sources ?? {}).length, JSON.stringify(e)).toBeGreaterThan(0);
  });

  it('the sources are true: each named list strips that parameter there, by the rule named', () => {
    for (const e of entries) {
      const addresses = addressesOn(e.hosts);
      for (const [name, sources] of Object.entries(e.sources!)) {
        for (const source of sources) {
          const peer = peerLists.find((p) => source.startsWith(`${p.list}: `))!;
          expect(peer, source).toBeDefined();
          const rule = source.slice(peer.list.length + 2);
          expect(addresses.some((a) => peer.strips(parseUrl(withParam(a, name))!).get(name) === rule), `${source} for ${name}`).toBe(true);
        }
      }
    }
  }, 60_000);

  it('every known-breakage exception names its source', () => {
    expect(table.exceptions.length).toBeGreaterThan(0);
    for (const e of table.exceptions) expect(e.sources.length).toBeGreaterThan(0);
  });
});

describe('at least three of the four lists', () => {
  let pairs: AgreedPair[];
  beforeAll(() => {
    pairs = agreedPairs();
  }, 120_000);

  it('are run on every scope they give a rule (each AdGuard urlFilter and ClearURLs urlPattern made into an address)', () => {
    expect(unreachedScopes()).toEqual([]);
    const has = (host: string, name: string) => pairs.some((p) => p.host === host && p.name === name);
    expect(has('www.example.org', 'fbclid') && has('www.bing.com', 'cvid') && has('www.amazon.de', 'th') && has('www.google.de', 'aqs')).toBe(true);
  });

  it('every (host, parameter) pair that three or four lists strip is stripped by us, or kept with a recorded reason', () => {
    const matcher = trackingMatcher();
    const unexplained = pairs
      .filter((p) => !matcher.isTracking(p.name, '1', p.host) && !recordedReason(p.host, p.name) && !exceptionReason(p.host, p.name))
      .map((p) => `${p.name} @ ${p.host} (${Object.values(p.rules).join('; ')})`);
    expect(unexplained).toEqual([]);
  });
});

describe('what the lists agree on is removed', () => {
  it.each([
    ['https://twitter.com/NASA/status/1?ref_src=twsrc%5Etfw&ref_url=https%3A%2F%2Fexample.com%2F', ['ref_src', 'ref_url']],
    ['https://x.com/a/status/1?s=20&cxt=abc', ['s', 'cxt']],
    ['https://example.org/?s_cid=1&irgwc=1&cmpid=x&itm_source=a&itm_campaign=b&_branch_match_id=1&rb_clickid=2&_openstat=x', ['s_cid', 'irgwc', 'cmpid', 'itm_source', 'itm_campaign', '_branch_match_id', 'rb_clickid', '_openstat']],
    ['https://news.example/?guccounter=1&guce_referrer=aHR0&guce_referrer_sig=AQ&wt_mc=rss&xtor=RSS-1&ysclid=lq1', ['guccounter', 'guce_referrer', 'guce_referrer_sig', 'wt_mc', 'xtor', 'ysclid']],
    ['https://example.org/a?fb_source=feed&fb_ref=Default&fb_action_ids=1&fb_action_types=og.likes&action_object_map=%7B%7D&action_type_map=%7B%7D&action_ref_map=%5B%5D', ['fb_source', 'fb_ref', 'fb_action_ids', 'fb_action_types', 'action_object_map', 'action_type_map', 'action_ref_map']],
    ['https://www.youtube.com/watch?v=abc&pp=ygUJ', ['pp']],
    ['https://www.reddit.com/r/x/comments/1/t/?ref_source=embed&correlation_id=5b6c&rdt=51234&ref=share', ['ref_source', 'correlation_id', 'rdt', 'ref']],
    ['https://www.instagram.com/reel/C1/?ig_rid=8b3e', ['ig_rid']],
    ['https://medium.com/@a/story-1a2b?source=rss----abc---4', ['source']],
    ['https://github.com/o/r/pull/1?email_source=notifications&email_token=ABC', ['email_source', 'email_token']],
    ['https://www.nytimes.com/2025/01/01/a.html?smid=tw-share', ['smid']],
    ['https://www.msn.com/en-us/news/ar-AA1?ocid=BingNewsSearch&cvid=0123', ['ocid', 'cvid']],
    ['https://www.ebay.co.uk/itm/1?_trkparms=amclksrc&_trksid=p2047675', ['_trkparms', '_trksid']],
    ['https://www.etsy.com/listing/1/mug?click_key=abc&click_sum=1a2b', ['click_key', 'click_sum']],
    ['https://www.facebook.com/groups/1/posts/2/?__tn__=%2CO&__cft__[0]=AZW', ['__tn__', '__cft__[0]']],
    ['https://www.google.com/search?q=post+preflight&ei=AbC&ved=0ahU', ['ei', 'ved']],
  ])('%s', (url, names) => {
    expect(removed(url)).toEqual(names);
  });

  it('Amazon: removes search and recommendation tracking, keeps the affiliate tag and the variant (tag, psc, th)', () => {
    const url = 'https://www.amazon.co.uk/dp/B0?_encoding=UTF8&pd_rd_w=A&content-id=amzn1&pf_rd_p=0&pf_rd_r=B&pd_rd_wg=x&pd_rd_r=1&qid=17&sr=8-1&linkCode=sl1&crid=2A&dchild=1&ref_=pd_gw&ref=x&tag=myblog-21&psc=1&th=1';
    const cleaned = cleanUrl(url)!;
    expect(cleaned.removed).toEqual(['_encoding', 'pd_rd_w', 'content-id', 'pf_rd_p', 'pf_rd_r', 'pd_rd_wg', 'pd_rd_r', 'qid', 'sr', 'linkCode', 'crid', 'dchild', 'ref_', 'ref']);
    expect(cleaned.url).toBe('https://www.amazon.co.uk/dp/B0?tag=myblog-21&psc=1&th=1');
    // The same names mean something else elsewhere: only on Amazon's hosts.
    expect(removed('https://example.org/?qid=1&sr=2&ref=3')).toEqual([]);
  });

  it('eBay: an affiliate link (campid) keeps what the Partner Network needs with it; without campid those are click tracking', () => {
    const epn = 'https://www.ebay.es/itm/284730185104?mkevt=1&mkcid=1&mkrid=1185-53479-19255-0&campid=5338467301&toolid=10001&_trksid=p2';
    expect(cleanUrl(epn)!.url).toBe('https://www.ebay.es/itm/284730185104?mkevt=1&mkcid=1&mkrid=1185-53479-19255-0&campid=5338467301&toolid=10001');
    expect(removed('https://www.ebay.co.uk/itm/234567890123?mkcid=16&mkevt=1&mkrid=711-127632-2357-0&var=1')).toEqual(['mkcid', 'mkevt', 'mkrid']);
    // Only on eBay.
    expect(removed('https://shop.example/?campid=1&utm_source=x&mkevt=1')).toEqual(['utm_source']);
  });

  it('Amazon: a search link keeps its query (keywords), losing only the tracking around it', () => {
    const cleaned = cleanUrl('https://www.amazon.com/s?keywords=garden+gloves&qid=1700000000&sprefix=garden%2Caps%2C180&ref=nb_sb_noss')!;
    expect(cleaned.url).toBe('https://www.amazon.com/s?keywords=garden+gloves');
  });

  it('Instagram img_index is kept: it selects the carousel slide', () => {
    expect(removed('https://www.instagram.com/p/CxY/?img_index=3')).toEqual([]);
    expect(cleanUrl('https://www.instagram.com/p/CxY/?igsh=MXd4&img_index=2')?.url).toBe('https://www.instagram.com/p/CxY/?img_index=2');
  });

  it("applies AdGuard's known-breakage exceptions and uBlock Origin's web.archive.org exception", () => {
    expect(removed('https://watch.plex.tv/?utm_source=Plex&origin=x')).toEqual([]);
    expect(removed('https://app.plex.tv/desktop?utm_source=a&utm_medium=b&utm_term=c')).toEqual(['utm_term']);
    expect(removed('https://example.org/?utm_source=Plex')).toEqual(['utm_source']);
    expect(removed('https://web.archive.org/web/2020/https://example.org/?utm_source=x&fbclid=y')).toEqual([]);
  });

  it('matches `site.*` hosts under any public suffix, and only those', () => {
    for (const host of ['amazon.com', 'www.amazon.co.uk', 'smile.amazon.de', 'music.amazon.co.jp', 'www.amazon.com.au']) expect(onHost(host, 'amazon.*'), host).toBe(true);
    for (const host of ['amazonaws.com', 'notamazon.com', 'amazon.example.org.evil', 'amazon']) expect(onHost(host, 'amazon.*'), host).toBe(false);
  });
});

describe('keepTrackingParams: a per-host keep list', () => {
  it('keeps a listed parameter on that host only, and wins over the built-in table and extra entries', () => {
    expect(removed('https://www.reddit.com/r/x/?ref=share&utm_source=a', { keep: ['reddit.com:ref'] })).toEqual(['utm_source']);
    expect(removed('https://example.org/?ref=share', { extra: ['ref'], keep: ['reddit.com:ref'] })).toEqual(['ref']);
    expect(removed('https://example.org/?cmpid=1&utm_source=a', { keep: ['cmpid'] })).toEqual(['utm_source']);
    expect(removed('https://example.org/?utm_source=a&utm_medium=b&fbclid=c', { keep: ['example.org:utm_*'] })).toEqual(['fbclid']);
  });

  it('reaches the tracking-params rule through analyze()', () => {
    const post = '---\ntitle: T\n---\n\n[a](https://www.reddit.com/r/x/?ref=share&utm_source=a)\n';
    const find = (keep?: string[]) => analyze(post, { keepTrackingParams: keep, preview: false, suggestions: false }).diagnostics.find((d) => d.ruleId === 'tracking-params');
    expect(find()?.data).toMatchObject({ removed: ['ref', 'utm_source'] });
    expect(find(['reddit.com:ref'])?.data).toMatchObject({ removed: ['utm_source'] });
  });

  it('is accepted (and checked) in the CLI config and stored by the options page', () => {
    expect(validateConfig({ keepTrackingParams: ['reddit.com:ref'] }, []).issues).toEqual([]);
    expect(validateConfig({ keepTrackingParams: 'ref' }, []).issues.join()).toMatch(/keepTrackingParams/);
    expect(normalizeSettings({ keepTrackingParams: ['a', 3] }).keepTrackingParams).toEqual(['a']);
    expect(analyzeOptionsFor({ ...DEFAULT_SETTINGS, keepTrackingParams: ['x.com:s'] }, 'http://localhost/').keepTrackingParams).toEqual(['x.com:s']);
  });
});
