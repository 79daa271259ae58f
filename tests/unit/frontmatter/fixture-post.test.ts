import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { applyEdits, applyFixes } from '../../../src/core/fix';
import { setFieldEdits } from '../../../src/core/frontmatter/set-field';

const FRONTMATTER_RULES = ['required-fields', 'field-type', 'field-constraints', 'title-length', 'description-length', 'date-valid', 'url-absolute', 'twitter-handle', 'draft-flag'];
const post = readFileSync(new URL('../../fixtures/frontmatter/harbour-meetup-recap.md', import.meta.url), 'utf8');

function frontmatterFindings(text: string, baseUrl?: string) {
  return analyze(text, { preview: false, suggestions: false, baseUrl }).diagnostics.filter((d) => FRONTMATTER_RULES.includes(d.ruleId));
}

describe('a Decap-style post with the seed’s kinds of frontmatter problems', () => {
  it('finds each problem once, on its own line', () => {
    const found = frontmatterFindings(post).map((d) => [d.line, d.ruleId, d.severity]);
    expect(found).toEqual([
      [3, 'title-length', 'warning'],
      [6, 'date-valid', 'error'],
      [10, 'draft-flag', 'info'],
      [12, 'url-absolute', 'error'],
      [14, 'description-length', 'warning'],
      [15, 'twitter-handle', 'info'],
    ]);
  });

  it('suggests the address and the handle (never --fix: values change), each changing only its own value, then reports neither', () => {
    const findings = frontmatterFindings(post, 'https://harbourmakers.example/');
    expect(findings.filter((d) => d.fix)).toEqual([]);
    const fixes = findings.flatMap((d) => (d.suggestions ? [d.suggestions[0]!] : []));
    expect(fixes.map((f) => f.description)).toEqual(['Write the full address https://harbourmakers.example/blog/harbour-makers-meetup-recap', 'Write @harbourmakers']);
    const fixed = applyFixes(post, fixes).text;
    expect(fixed).toBe(
      post
        .replace('url: /blog/harbour-makers-meetup-recap', 'url: https://harbourmakers.example/blog/harbour-makers-meetup-recap')
        .replace('twitterUsername: https://twitter.com/harbourmakers', 'twitterUsername: "@harbourmakers"'),
    );
    expect(frontmatterFindings(fixed).map((d) => d.ruleId)).toEqual(['title-length', 'date-valid', 'draft-flag', 'description-length']);
  });

  it('“Use this” writes a suggested description into seo.description and silences description-length', () => {
    const suggestion = 'Forty people filled the boathouse workshop on a rainy Thursday to solder, print and swap notes on tools for the harbour fishing fleet.';
    const report = analyze(post, { preview: false, suggestions: false });
    expect(report.descriptionPath).toBe('seo.description');
    const out = applyEdits(post, setFieldEdits(post, report.descriptionPath, suggestion));
    expect(out).toBe(post.replace('description: Meetup recap', `description: ${suggestion}`));
    expect(frontmatterFindings(out).map((d) => d.ruleId)).not.toContain('description-length');
  });
});
