import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { applyFixes } from '../../../src/core/fix';
import { fixPost } from '../../../src/cli/fix-loop';
import emphasisAsHeading from '../../../src/core/rules/emphasis-as-heading';
import headingIncrement from '../../../src/core/rules/heading-increment';
import pastedArtifacts from '../../../src/core/rules/pasted-artifacts';
import singleH1 from '../../../src/core/rules/single-h1';

const newsletter = readFileSync(new URL('../../fixtures/body/harbour-newsletter-may-2026.md', import.meta.url), 'utf8');
const bodyRules = [singleH1, headingIncrement, emphasisAsHeading, pastedArtifacts];

function bodyFindings(text: string) {
  return analyze(text, { preview: false, suggestions: false }, bodyRules).diagnostics;
}

describe('body rules on a pasted newsletter', () => {
  it('find the problems a pasted newsletter has, each at its line', () => {
    const found = bodyFindings(newsletter).map((d) => `${d.line} ${d.ruleId} ${(d.data as { kind?: string } | undefined)?.kind ?? ''}`.trim());
    expect(found).toEqual([
      '13 single-h1',
      '15 pasted-artifacts nbsp',
      '21 pasted-artifacts nbsp',
      '26 single-h1',
      '32 single-h1',
      '42 emphasis-as-heading',
      '50 heading-increment',
      '54 emphasis-as-heading',
      '54 pasted-artifacts fragment-marker',
      '57 pasted-artifacts nbsp',
    ]);
  });

  it('--fix removes the junk and leaves the outline to the author; taking every suggestion then leaves nothing (also with CRLF)', () => {
    for (const text of [newsletter, newsletter.replace(/\n/g, '\r\n')]) {
      const fixed = fixPost(text, {}, bodyRules).text;
      expect(fixPost(fixed, {}, bodyRules).text).toBe(fixed);
      expect(bodyFindings(fixed).map((d) => d.ruleId)).toEqual(['single-h1', 'single-h1', 'single-h1', 'emphasis-as-heading', 'heading-increment', 'emphasis-as-heading']);
      let suggested = fixed;
      for (let pass = 0; pass < 5; pass++) suggested = applyFixes(suggested, bodyFindings(suggested).flatMap((d) => (d.suggestions ? [d.suggestions[0]!] : []))).text;
      expect(bodyFindings(suggested)).toEqual([]);
      expect(suggested.includes('\r\n')).toBe(text.includes('\r\n'));
      expect(suggested.split(/\r?\n/).length).toBe(text.split(/\r?\n/).length);
    }
  });
});
