import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import { applyEdits } from '../../../src/core/fix';
import type { LinkCheckResult } from '../../../src/core/linkcheck';
import {
  addressesToCheck,
  autoCheckPlan,
  localOrigins,
  mergeOutcome,
  nothingReachable,
  outcomeCounts,
  outcomeSummary,
  unreachableSummary,
  permissionPatterns,
  placeKnownLinks,
  statusLabel,
  withLinkDiagnostics,
  type KnownLink,
} from '../../../src/panel/link-results';

const TEXT = [
  '---',
  'title: Links',
  '---',
  '',
  '# Links',
  '',
  'See [the old page](https://a.example/old), [a gone page](https://a.example/gone "Gone"), [again](https://a.example/old) and [mail](mailto:me@example.org).',
  'Also <a href="http://b.example/x?p=1&amp;q=2">an html link</a>, [up](#links), [nowhere](#missing) and [about](/about).',
  '',
].join('\n');
const report = analyze(TEXT, {});

const result = (url: string, r: Partial<LinkCheckResult>): LinkCheckResult => ({ url, status: 'ok', redirects: [], requests: 1, ...r });

describe('addressesToCheck / permissionPatterns', () => {
  it('sends each web address once, never the in-post anchors', () => {
    expect(addressesToCheck(report)).toEqual(['https://a.example/old', 'https://a.example/gone', 'mailto:me@example.org', 'http://b.example/x?p=1&q=2', '/about']);
  });

  it('asks only for the sites of web links (relative ones under the base URL)', () => {
    const urls = addressesToCheck(report);
    expect(permissionPatterns(urls)).toEqual(['https://a.example/*', 'http://b.example/*']);
    expect(permissionPatterns(urls, 'https://blog.example/posts/')).toEqual(['https://a.example/*', 'http://b.example/*', 'https://blog.example/*']);
  });
});

describe('placeKnownLinks', () => {
  it('places nothing before the first check', () => {
    const placed = placeKnownLinks(report, TEXT, new Map());
    expect(placed.byRange.size).toBe(0);
    expect(placed.diagnostics).toEqual([]);
  });

  it('marks each link by its address, words the findings, and checks anchors locally', () => {
    const known = new Map<string, KnownLink>([
      ['https://a.example/old', { result: result('https://a.example/old', { status: 'redirected', finalUrl: 'https://a.example/new', redirects: [{ url: 'https://a.example/old', status: 0, location: 'https://a.example/new' }] }) }],
      ['https://a.example/gone', { result: result('https://a.example/gone', { status: 'broken', httpStatus: 410 }) }],
      ['http://b.example/x?p=1&q=2', { notAllowed: 'b.example' }],
    ]);
    const placed = placeKnownLinks(report, TEXT, known);
    const byUrl = Object.fromEntries(report.links.map((l) => [l.url, placed.byRange.get(`${l.urlStart}:${l.urlEnd}`)?.status]));
    expect(byUrl).toEqual({
      'https://a.example/old': 'redirected',
      'https://a.example/gone': 'broken',
      'mailto:me@example.org': undefined, // not in `known`: not checked yet
      'http://b.example/x?p=1&amp;q=2': 'not-checked',
      '#links': 'ok',
      '#missing': 'broken',
      '/about': undefined,
    });
    expect(placed.diagnostics.map((d) => [d.ruleId, d.severity, d.line])).toEqual([
      ['link-check', 'info', 7],
      ['link-check', 'error', 7],
      ['link-check', 'info', 7],
      ['link-check', 'warning', 8],
    ]);
  });

  it('offers the followed redirect\'s final URL per link, edited in place (fragment and neighbours kept)', () => {
    const known = new Map<string, KnownLink>([['https://a.example/old', { result: result('https://a.example/old', { status: 'redirected', finalUrl: 'https://a.example/new' }) }]]);
    const placed = placeKnownLinks(report, TEXT, known);
    const first = report.links.find((l) => l.url === 'https://a.example/old')!;
    const fix = placed.byRange.get(`${first.urlStart}:${first.urlEnd}`)!.fix!;
    expect(fix.label).toBe('Use https://a.example/new');
    expect(applyEdits(TEXT, fix.edits)).toBe(TEXT.replace('https://a.example/old', 'https://a.example/new'));
  });

  it('keeps the checker\'s own fix for an https upgrade, &amp; kept in HTML; no fix for a known temporary move', () => {
    const known = new Map<string, KnownLink>([
      ['http://b.example/x?p=1&q=2', { result: result('http://b.example/x?p=1&q=2', { status: 'redirected', finalUrl: 'https://b.example/x?p=1&q=2', httpsUpgrade: true, replacementUrl: 'https://b.example/x?p=1&q=2' }) }],
      ['https://a.example/old', { result: result('https://a.example/old', { status: 'redirected', finalUrl: 'https://a.example/new', permanent: false }) }],
    ]);
    const placed = placeKnownLinks(report, TEXT, known);
    const html = report.links.find((l) => l.kind === 'html')!;
    const fix = placed.byRange.get(`${html.urlStart}:${html.urlEnd}`)!.fix!;
    expect(applyEdits(TEXT, fix.edits)).toBe(TEXT.replace('http://b.example/x?p=1&amp;q=2', 'https://b.example/x?p=1&amp;q=2'));
    const old = report.links.find((l) => l.url === 'https://a.example/old')!;
    expect(placed.byRange.get(`${old.urlStart}:${old.urlEnd}`)!.fix).toBeUndefined();
  });
});

describe('withLinkDiagnostics', () => {
  it('adds the findings to the list (in text order) and the counts', () => {
    const known = new Map<string, KnownLink>([['https://a.example/gone', { result: result('https://a.example/gone', { status: 'broken', httpStatus: 404 }) }]]);
    const { diagnostics } = placeKnownLinks(report, TEXT, known);
    const shown = withLinkDiagnostics(report, diagnostics);
    expect(shown.errorCount).toBe(report.errorCount + 1);
    expect(shown.warningCount).toBe(report.warningCount + 1); // the #missing anchor
    expect(shown.diagnostics.length).toBe(report.diagnostics.length + 2);
    expect(shown.diagnostics.map((d) => d.start)).toEqual([...shown.diagnostics.map((d) => d.start)].sort((a, b) => a - b));
    expect(withLinkDiagnostics(report, [])).toBe(report);
  });
});

describe('mergeOutcome / outcomeSummary', () => {
  const urls = ['https://a.example/ok', 'https://a.example/gone', 'https://c.example/x'];
  const outcome = { runId: 1, results: [result(urls[0]!, {}), result(urls[1]!, { status: 'broken' }), null], notAllowed: ['https://c.example'] };

  it('keeps earlier knowledge, adds results and the sites that were not granted', () => {
    const prev = new Map<string, KnownLink>([['https://z.example/', { result: result('https://z.example/', {}) }]]);
    const next = mergeOutcome(prev, urls, outcome, undefined);
    expect([...next.keys()]).toEqual(['https://z.example/', ...urls]);
    expect(next.get('https://c.example/x')).toEqual({ notAllowed: 'c.example' });
    expect(prev.size).toBe(1);
  });

  it('tells the editor what was found and which sites were left out, and how to include them', () => {
    expect(outcomeSummary(outcome)).toBe('Links: 3 addresses — 1 OK, 1 broken, 1 not checked (no permission). Not checked: links to c.example, because permission to visit that site was not given. Click "Check links" again and allow it to check them.');
    expect(outcomeSummary({ runId: 2, results: [result('x', { status: 'timeout' })], notAllowed: [] })).toBe('Links: 1 address — 1 not answering.');
    expect(outcomeSummary({ runId: 3, results: [result('x', { fromCache: true }), result('y', { status: 'broken' }), result('mailto:a@b.example', { status: 'skipped', skipReason: 'mailto' })], notAllowed: [] })).toBe(
      'Links: 3 addresses — 1 OK, 1 broken, 1 not a web address (email, phone…). 1 of them remembered from an earlier check.',
    );
  });

  it('the numbers in the summary add up to the addresses checked, whatever came back', () => {
    const statuses = ['ok', 'redirected', 'broken', 'server-error', 'timeout', 'unreachable', 'skipped', null] as const;
    fc.assert(
      fc.property(fc.array(fc.record({ status: fc.constantFrom(...statuses), cached: fc.boolean() }), { minLength: 1, maxLength: 60 }), (picks) => {
        const results = picks.map((p, i) => (p.status === null ? null : result(`https://s${i % 7}.example/${i}`, { status: p.status, fromCache: p.cached })));
        const text = outcomeSummary({ runId: 1, results, notAllowed: [] });
        const [, total, parts] = /^Links: (\d+) address(?:es)? — (.*?)\.(?: |$)/.exec(text)!;
        const sum = [...parts!.matchAll(/(\d+) [a-zA-Z]/g)].reduce((n, m) => n + Number(m[1]), 0);
        expect(Number(total)).toBe(picks.length);
        expect(sum).toBe(picks.length);
        const c = outcomeCounts({ results });
        expect(c.ok + c.redirected + c.broken + c.serverError + c.notAnswering + c.skipped + c.notAllowed).toBe(c.total);
      }),
    );
  });
});

describe('nothing reachable (offline)', () => {
  const down = (url: string, status: 'unreachable' | 'timeout' = 'unreachable') => result(url, { status, key: url });
  it('every visited link on two or more sites failing to answer means the network, not the links', () => {
    const outcome = { runId: 1, results: [down('https://a.example/1'), down('https://b.example/2', 'timeout'), result('mailto:x@y.example', { status: 'skipped' })], notAllowed: [] };
    expect(nothingReachable(outcome)).toBe(true);
    expect(unreachableSummary(outcome)).toBe('No link could be reached — are you offline? None of the 2 addresses on 2 sites answered, so none is marked broken. Check links again once you are connected.');
  });

  it('one site down, or one link answering, is an ordinary result; the browser saying it is offline settles it', () => {
    expect(nothingReachable({ results: [down('https://a.example/1'), down('https://a.example/2')] })).toBe(false);
    expect(nothingReachable({ results: [down('https://a.example/1'), down('https://a.example/2')] }, false)).toBe(true);
    expect(nothingReachable({ results: [down('https://a.example/1'), down('https://b.example/2'), result('https://c.example/', {})] })).toBe(false);
    expect(nothingReachable({ results: [null, result('mailto:x@y.example', { status: 'skipped' })] })).toBe(false);
  });
});

describe('statusLabel', () => {
  it('words each status for a person', () => {
    expect(statusLabel({ status: 'broken', result: result('u', { status: 'broken', httpStatus: 410 }) })).toBe('Broken (410)');
    expect(statusLabel({ status: 'redirected', result: result('u', { finalUrl: 'https://x.example/' }) })).toBe('Redirects to https://x.example/');
    expect(statusLabel({ status: 'skipped', result: result('u', { status: 'skipped', skipReason: 'relative-without-base' }) })).toBe('Not checked: relative link (set the site base URL in the options)');
    expect(statusLabel({ status: 'not-checked', origin: 'c.example' })).toBe('Not checked: no permission for c.example');
  });
});

describe('automatic checks and local-network links (#14: the extension holds localhost access for the editors)', () => {
  const urls = ['https://example.org/a', 'http://localhost:8080/admin', 'http://192.168.1.1/', 'http://printer.local/status', '/relative', 'mailto:a@example.org'];

  it('visit public sites; local ones wait for a click on "Check links", after which they are visited too', () => {
    expect(autoCheckPlan(urls, undefined, new Map(), new Set())).toEqual({
      visit: ['https://example.org/a'],
      waiting: [['http://localhost:8080/admin', 'localhost:8080'], ['http://192.168.1.1/', '192.168.1.1'], ['http://printer.local/status', 'printer.local']],
    });
    expect(autoCheckPlan(urls, 'https://blog.example.org/', new Map(), new Set()).visit).toEqual(['https://example.org/a', '/relative']);
    expect(autoCheckPlan(urls, undefined, new Map(), new Set(['http://localhost:8080'])).visit).toEqual(['https://example.org/a', 'http://localhost:8080/admin']);
    // A relative link under a local base URL is local too.
    expect(autoCheckPlan(['/relative'], 'http://localhost:1313/', new Map(), new Set())).toEqual({ visit: [], waiting: [['/relative', 'localhost:1313']] });
  });

  it('skip links already known', () => {
    expect(autoCheckPlan(['https://example.org/a', 'http://localhost:8080/admin'], undefined, new Map([['https://example.org/a', {}], ['http://localhost:8080/admin', {}]]), new Set())).toEqual({ visit: [], waiting: [] });
  });

  it('a link waiting for the click is marked as such on its row', () => {
    const text = '---\ntitle: Local\n---\nSee [the preview](http://localhost:1313/draft).\n';
    const report = analyze(text);
    const placed = placeKnownLinks(report, text, new Map([['http://localhost:1313/draft', { waitsForClick: 'localhost:1313' }]]));
    const row = [...placed.byRange.values()][0]!;
    expect(row).toMatchObject({ status: 'not-checked', origin: 'localhost:1313', local: true });
    expect(statusLabel(row)).toBe('Not checked yet: localhost:1313 is a local address, checked only when you click “Check links”');
  });

  it('a click consents to exactly the local sites it checks', () => {
    expect(localOrigins(urls, undefined)).toEqual(['http://localhost:8080', 'http://192.168.1.1', 'http://printer.local']);
    expect(localOrigins(['/x', '/y'], 'http://127.0.0.1:4000/')).toEqual(['http://127.0.0.1:4000']);
  });
});
