import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Generous limits: the machine is shared. Nothing here asserts a timing.
const LIMIT = 120_000;
import { analyze } from '../../../src/core/analyze';
import { applyEdits } from '../../../src/core/fix';
import { cleanLinksEdits } from '../../../src/core/links/clean-all';
import { cleanUrl } from '../../../src/core/links/clean-url';
import { parsePost } from '../../../src/core/parse/post';
import { rules } from '../../../src/core/rules/index';
import { httpUrl, maskQueries, post, untouchableUrl } from './arbitraries';

const linkRules = rules.filter((r) => ['tracking-params', 'insecure-http', 'malformed-url', 'empty-link-text', 'vague-link-text', 'bare-url', 'image-alt', 'relative-link'].includes(r.id));
const check = (text: string) => analyze(text, { preview: false, suggestions: false, baseUrl: 'https://blog.test/p/' }, linkRules);
const cleanOnce = (text: string) => applyEdits(text, cleanLinksEdits(check(text)));

describe('cleaning links (properties)', () => {
  it('applying all tracking fixes twice equals applying them once', () => {
    fc.assert(
      fc.property(post, (text) => {
        const once = cleanOnce(text);
        expect(cleanOnce(once)).toBe(once);
        expect(check(once).diagnostics.filter((d) => d.ruleId === 'tracking-params' && d.fix)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, LIMIT);

  it('changes nothing outside URL query strings', () => {
    fc.assert(
      fc.property(post, (text) => {
        expect(maskQueries(cleanOnce(text))).toBe(maskQueries(text));
      }),
      { numRuns: 300 },
    );
  }, LIMIT);

  it('changes nothing outside query strings when removing would leave an unquoted frontmatter URL ending in ":"', () => {
    // The counterexample fast-check once found: the fix turned the field into a YAML error.
    for (const text of ['---\nurl: https://youtu.be?x=:&utm_source\n---\n\n', '---\nurl: https://youtu.be?x=:&utm_source\r\n---\r\n\r\n']) {
      const once = cleanOnce(text);
      expect(maskQueries(once)).toBe(maskQueries(text));
      expect(parsePost(once).frontmatter.errors).toEqual([]);
    }
  });

  it('changes nothing outside query strings when removing a parameter would let emphasis swallow a bare link', () => {
    // The counterexample fast-check found in a fresh-clone run (seed 428107905): removing "_hsenc&"
    // let the "_" after "id=" pair with the one earlier in the line, and the bare address became emphasis.
    const text = '---\n\n---\n<//youtu.be?utm_source=_&utm_source>  https://youtu.be?_hsenc&id=_&sort \n\n\n';
    expect(maskQueries(cleanOnce(text))).toBe(maskQueries(text));
    const finding = check(text).diagnostics.find((d) => d.ruleId === 'tracking-params' && d.message.includes('_hsenc'));
    expect(finding?.fix).toBeUndefined();
    expect(finding?.message).toContain('emphasis');
  });

  it('decides a paragraph\'s bare links together: once or twice, the same', () => {
    // Found by a longer run of the properties: cleaning the last link alone was safe, the middle
    // one only once the last had lost its "_"; decided one by one, a second run cleaned more.
    const text = '---\n\n---\n[docs](https://bad host.test/?_hsenc&utm_source)  https://youtu.be?_hsenc&utm_source   https://youtu.be?utm_source=_%zz \n';
    const once = cleanOnce(text);
    expect(cleanOnce(once)).toBe(once);
    expect(maskQueries(once)).toBe(maskQueries(text));
  });

  it('never modifies mailto:, tel:, relative or malformed links, alone or in a post', () => {
    fc.assert(
      fc.property(untouchableUrl, (url) => {
        expect(cleanUrl(url)).toBeUndefined();
        expect(cleanUrl(url, { htmlEntities: true })).toBeUndefined();
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(post, (text) => {
        const edits = cleanLinksEdits(check(text));
        const untouchable = parsePost(text).links.filter((l) => !/^(?:https?:)?\/\//i.test(l.url) && !/^www\./i.test(l.url));
        for (const l of untouchable) for (const e of edits) expect(e.end <= l.urlStart || e.start >= l.urlEnd || l.urlStart === l.urlEnd).toBe(true);
      }),
      { numRuns: 200 },
    );
  }, LIMIT);

  it('a cleaned URL only loses whole parameters: what remains is the original minus removed segments', () => {
    fc.assert(
      fc.property(httpUrl(), (url) => {
        const r = cleanUrl(url);
        if (!r) return;
        expect(r.removed.length).toBeGreaterThan(0);
        expect(r.url.length).toBeLessThan(url.length);
        // Every character kept appears in the original in the same order (a subsequence).
        let from = 0;
        for (const c of r.url) {
          const at = url.indexOf(c, from);
          expect(at, `"${c}" out of order in ${url}`).toBeGreaterThanOrEqual(0);
          from = at + 1;
        }
        expect(r.url.startsWith(url.slice(0, url.search(/[?]/)))).toBe(true);
      }),
      { numRuns: 500 },
    );
  }, LIMIT);
});

describe('robustness (properties)', () => {
  it('random strings never make cleanUrl or the link rules throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.boolean(), (s, html) => {
        cleanUrl(s, { htmlEntities: html });
        cleanUrl(`https://ex.test/?${s}`, { htmlEntities: html });
        const report = check(`---\nurl: https://x.test/?${s}\n---\n[a](${s}) <${s}> <a href="${s}">${s}</a> ![${s}](${s})\n${s}`);
        expect(report.diagnostics.filter((d) => d.message.startsWith('Internal error'))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, LIMIT);

  it('unclosed fences, huge lines and a 1 MB body of links never throw', () => {
    const line = `[x](https://ex.test/?utm_source=${'a'.repeat(50_000)}&q=1) https://b.test/?gclid=1 `;
    const big = `---\ntitle: Big\n---\n${Array.from({ length: 8000 }, (_, i) => `Para ${i} [here](https://ex.test/${i}?utm_source=a&p=${i}) ![](/i${i}.png) <a href="http://h.test/?a=1&amp;fbclid=${i}">h</a>`).join('\n\n')}`;
    for (const text of ['---\nurl: https://a.test/?gclid=1\n[a](https://b.test/?fbclid=1)', line.repeat(4), big, '\u0000\uffff\ud800[](<>)'.repeat(1000)]) {
      const report = check(text);
      expect(report.diagnostics.filter((d) => d.message.startsWith('Internal error'))).toEqual([]);
      const once = applyEdits(text, cleanLinksEdits(report));
      expect(maskQueries(once)).toBe(maskQueries(text));
    }
    expect(big.length).toBeGreaterThan(1_000_000);
  }, LIMIT);
});
