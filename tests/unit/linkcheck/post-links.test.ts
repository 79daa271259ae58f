import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/fix';
import { checkPostLinks, linkFindingsToDiagnostics } from '../../../src/core/linkcheck';
import { t } from '../../../src/i18n';
import { linkTarget } from '../../../src/core/linkcheck/link-target';
import { parsePost } from '../../../src/core/parse/post';
import { startLinkServer, viaFakeTls, type LinkServer } from '../../support/link-server';

let server: LinkServer;
beforeAll(async () => {
  server = await startLinkServer();
});
afterAll(() => server.close());

const opts = () => ({ fetch: viaFakeTls(globalThis.fetch), timeoutMs: 1000, backoffMs: 10, maxRetries: 0 });

/** A post written with CRLF line endings, so fixes are seen to keep them. */
function fixturePost(o: string): string {
  return [
    '---',
    'title: "Trip notes"',
    '---',
    '## Getting there',
    '',
    `Read [the guide](${o}/ok) and [the old guide](${o}/moved#day-2 "Old").`,
    `The [archive](${o}/chain/2) moves around; [this](${o}/missing) is gone.`,
    `Insecure: <${o}/to-https?status=301&a=1>.`,
    `See [below](#getting-there), [nowhere](#packing-list) and [top](#top).`,
    `Write to [us](mailto:desk@example) or [me](mailto:me@example.org).`,
    `Twice via a reference: [one][old] and [two][old].`,
    '',
    `[old]: ${o}/moved-308`,
    `<a href="${o}/moved?x=1&amp;y=2">html</a>`,
    '',
  ].join('\r\n');
}

describe('checkPostLinks', () => {
  it('words each problem for the editor, with the right severity, on the URL itself', async () => {
    const text = fixturePost(server.origin);
    const post = parsePost(text);
    const { results, diagnostics } = await checkPostLinks(post, opts());
    expect(results.length).toBeGreaterThan(0);
    const byUrl = new Map(diagnostics.map((d) => [text.slice(d.start, d.end), d]));

    expect(byUrl.has(`${server.origin}/ok`)).toBe(false); // fine links stay quiet
    expect(byUrl.get(`${server.origin}/missing`)).toMatchObject({ ruleId: 'link-check', severity: 'error', data: { status: 'broken', httpStatus: 404 } });
    expect(byUrl.get(`${server.origin}/missing`)!.message).toMatch(/broken.*404.*Replace/);
    expect(byUrl.get(`${server.origin}/chain/2`)).toMatchObject({ severity: 'info', data: { status: 'redirected', finalUrl: `${server.origin}/ok` } });
    expect(byUrl.get(`${server.origin}/chain/2`)!.fix).toBeUndefined(); // temporary moves are left alone
    // A page moved elsewhere may now be another page: offered, never applied by --fix.
    expect(byUrl.get(`${server.origin}/moved#day-2`)).toMatchObject({ severity: 'warning', suggestions: [{ edits: [{ text: `${server.origin}/ok#day-2` }] }] });
    expect(byUrl.get(`${server.origin}/moved#day-2`)!.fix).toBeUndefined();
    // The same address on https, sent there by the site itself: a fix.
    const upgrade = byUrl.get(`${server.origin}/to-https?status=301&a=1`)!;
    expect(upgrade.message).toMatch(/insecure/);
    expect(upgrade.suggestions).toBeUndefined();
    expect(upgrade.fix!.edits[0]!.text).toBe(`https://127.0.0.1:${server.port}/to-https?status=301&a=1`);

    expect(byUrl.get('#packing-list')).toMatchObject({ severity: 'warning', data: { status: 'missing-anchor' } });
    const resultAt = (url: string) => results.find((r) => text.slice(r.urlStart, r.urlEnd) === url);
    expect(resultAt('#packing-list')).toMatchObject({ status: 'broken', requests: 0 });
    expect(resultAt('#getting-there')).toMatchObject({ status: 'ok', requests: 0 });
    expect(resultAt(`${server.origin}/missing`)).toMatchObject({ status: 'broken', httpStatus: 404 });
    expect(byUrl.get('#packing-list')!.message).toContain('#getting-there');
    expect(byUrl.has('#getting-there')).toBe(false);
    expect(byUrl.has('#top')).toBe(false);
    expect(byUrl.get('mailto:desk@example')).toMatchObject({ severity: 'warning' });
    expect(byUrl.has('mailto:me@example.org')).toBe(false);

    // Definition + two usages: one finding, one edit.
    expect(diagnostics.filter((d) => text.slice(d.start, d.end) === `${server.origin}/moved-308`)).toHaveLength(1);
  });

  it('applying the fixes and suggestions changes only the URLs; CRLF, titles, fragments and HTML escaping stay', async () => {
    const text = fixturePost(server.origin);
    const { diagnostics } = await checkPostLinks(parsePost(text), opts());
    expect(diagnostics.flatMap((d) => d.fix?.edits ?? [])).toHaveLength(1); // /to-https
    const edits = diagnostics.flatMap((d) => d.fix?.edits ?? d.suggestions?.[0]?.edits ?? []);
    expect(edits).toHaveLength(4); // /moved, /to-https, [old] definition, <a href>
    const fixed = applyEdits(text, edits);
    const expected = text
      .replace(`${server.origin}/moved#day-2`, `${server.origin}/ok#day-2`)
      .replace(`<${server.origin}/to-https?status=301&a=1>`, `<https://127.0.0.1:${server.port}/to-https?status=301&a=1>`)
      .replace(`[old]: ${server.origin}/moved-308`, `[old]: ${server.origin}/ok`)
      .replace(`href="${server.origin}/moved?x=1&amp;y=2"`, `href="${server.origin}/ok"`);
    expect(fixed).toBe(expected);
    expect(fixed.split('\r\n')).toHaveLength(text.split('\r\n').length);
    // A second check of the fixed post has no more moves to fix.
    const again = await checkPostLinks(parsePost(fixed), opts());
    expect(again.diagnostics.filter((d) => d.fix || d.suggestions)).toHaveLength(0);
  });

  it('writes & as &amp; in an HTML attribute that already escapes it, and plainly in markdown', async () => {
    const text = `<a href="${server.origin}/moved-query?a=1&amp;b=2">a</a> [b](${server.origin}/moved-query?c=3)\n`;
    const { diagnostics } = await checkPostLinks(parsePost(text), opts());
    expect(diagnostics.map((d) => d.suggestions?.[0]?.edits[0]?.text)).toEqual([`${server.origin}/ok?from=old&amp;lang=en`, `${server.origin}/ok?from=old&lang=en`]);
  });

  it('a 403 (login or bot shield) is a warning to look at, a 410 an error', async () => {
    const text = `[a](${server.origin}/forbidden) [b](${server.origin}/gone)\n`;
    const { diagnostics } = await checkPostLinks(parsePost(text), opts());
    expect(diagnostics.map((d) => [d.severity, d.data.status, d.data.httpStatus])).toEqual([
      ['warning', 'broken', 403],
      ['error', 'broken', 410],
    ]);
    expect(diagnostics[0]!.message).toMatch(/Open the link/);
  });

  it('relative links are checked when a base URL is given', async () => {
    const post = parsePost('[a](/missing) and [b](/ok)\n');
    const without = await checkPostLinks(post, opts());
    expect(without.diagnostics).toEqual([]);
    expect(without.results.map((r) => r.skipReason)).toEqual(['relative-without-base', 'relative-without-base']);
    const withBase = await checkPostLinks(post, { ...opts(), baseUrl: `${server.origin}/posts/` });
    expect(withBase.diagnostics).toHaveLength(1);
    expect(withBase.diagnostics[0]).toMatchObject({ severity: 'error', data: { url: '/missing' } });
  });

  it('a post with no links makes no request', async () => {
    const before = server.requests.length;
    const { results, diagnostics } = await checkPostLinks(parsePost('# Title\n\nJust text.\n'), opts());
    expect([results, diagnostics]).toEqual([[], []]);
    expect(server.requests.length).toBe(before);
  });
});

describe('the address a link really points to', () => {
  it('decodes &amp; in HTML and markdown destinations and backslash escapes in markdown, not in autolinks', () => {
    expect(linkTarget({ kind: 'html', url: 'https://x.org/?a=1&amp;b=2&#38;c=3' })).toBe('https://x.org/?a=1&b=2&c=3');
    expect(linkTarget({ kind: 'inline', url: 'https://x.org/a\\(b\\)?q=1&amp;r=2' })).toBe('https://x.org/a(b)?q=1&r=2');
    expect(linkTarget({ kind: 'autolink', url: 'https://x.org/?a=1&amp;b' })).toBe('https://x.org/?a=1&amp;b');
    expect(linkTarget({ kind: 'html', url: 'https://x.org/&bogus;' })).toBe('https://x.org/&bogus;');
  });

  it('an HTML link with &amp; in its query is fetched with a plain &', async () => {
    server.reset();
    await checkPostLinks(parsePost(`<a href="${server.origin}/ok?a=1&amp;b=2">x</a>\n`), opts());
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({ path: '/ok', search: '?a=1&b=2' });
  });
});

describe('linkFindingsToDiagnostics', () => {
  it('places findings on their line and column (CRLF counted as one line break)', async () => {
    const text = `---\r\ntitle: x\r\n---\r\nSee [it](${server.origin}/missing).\r\n`;
    const { diagnostics } = await checkPostLinks(parsePost(text), opts());
    const [d] = linkFindingsToDiagnostics(text, diagnostics);
    expect(d).toMatchObject({ ruleId: 'link-check', severity: 'error', line: 4, column: 10, endLine: 4 });
    expect(d!.endColumn - d!.column).toBe(`${server.origin}/missing`.length);
  });
});

describe('link-check findings in the reader language', () => {
  it.each(['de', 'es', 'fr', 'ja', 'pt_BR'] as const)('%s: the same findings as in English, worded in that language, details included', async (locale) => {
    const text = fixturePost(server.origin);
    const post = parsePost(text);
    const english = await checkPostLinks(post, opts());
    const local = await checkPostLinks(post, { ...opts(), locale });
    const shape = (d: (typeof english.diagnostics)[number]) => [d.start, d.end, d.severity, d.fix?.edits, d.suggestions?.map((s) => s.edits)];
    expect(local.diagnostics.map(shape)).toEqual(english.diagnostics.map(shape));
    for (const [i, d] of local.diagnostics.entries()) {
      expect(d.message).not.toBe(english.diagnostics[i]!.message);
      // No English sentence left: the words every English link message starts with.
      expect(d.message).not.toMatch(/\b(This link|The linked site|No heading|This page|page not found)\b/);
    }
    const broken = local.diagnostics.find((d) => text.slice(d.start, d.end) === `${server.origin}/missing`)!;
    expect(broken.message).toContain(t(locale, 'detail404'));
  });
});
