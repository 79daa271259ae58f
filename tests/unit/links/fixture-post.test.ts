import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { applyEdits } from '../../../src/core/fix';
import { cleanLinksEdits } from '../../../src/core/links/clean-all';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/links/${name}`, import.meta.url), 'utf8');
const linkRules = ['tracking-params', 'insecure-http', 'malformed-url', 'empty-link-text', 'vague-link-text', 'bare-url', 'image-alt', 'relative-link'];

describe('a newsletter-style post with the usual link problems', () => {
  const text = fixture('community-update.md');
  const report = analyze(text, { baseUrl: 'https://blog.example.org/2026/03/community-update/', preview: false, suggestions: false });
  const found = (id: string) => report.diagnostics.filter((d) => d.ruleId === id).map((d) => text.slice(d.start, d.end));

  it('finds each problem once, where it is written', () => {
    expect(found('tracking-params')).toHaveLength(11);
    expect(found('image-alt')).toEqual(['![](/img/march-cover.jpg)', '<img src="/img/partner-logo.png">']);
    expect(found('vague-link-text')).toEqual([expect.stringContaining('[click here]'), '[more](https://example.org/more)']);
    expect(found('empty-link-text')).toEqual(['[](https://example.org/empty)']);
    expect(found('insecure-http')).toEqual(['http://archive.example.org/2019/']);
    expect(found('malformed-url')).toEqual(['htp://forms.example.org/']);
    expect(found('bare-url')).toEqual(['https://example.org/report?mc_cid=abc123&mc_eid=def456']);
    expect(found('relative-link')).toEqual(['/img/march-cover.jpg', '/img/partner-logo.png', '../guides/getting-started/']);
    expect(report.diagnostics.filter((d) => d.ruleId === 'relative-link').map((d) => d.data!.resolved)).toContain('https://blog.example.org/2026/03/guides/getting-started/');
  });

  it('“Clean links” gives exactly the hand-cleaned post, and nothing is left to clean', () => {
    const cleaned = applyEdits(text, cleanLinksEdits(report));
    expect(cleaned).toBe(fixture('community-update.clean.md'));
    const again = analyze(cleaned, { preview: false, suggestions: false });
    expect(again.diagnostics.filter((d) => d.ruleId === 'tracking-params')).toEqual([]);
    // The other link findings are still there: cleaning fixes only tracking parameters.
    expect(again.diagnostics.filter((d) => linkRules.includes(d.ruleId) && d.ruleId !== 'tracking-params').length).toBe(
      report.diagnostics.filter((d) => linkRules.includes(d.ruleId) && d.ruleId !== 'tracking-params').length,
    );
  });
});
