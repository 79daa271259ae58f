import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { applyFixes } from '../../../src/core/fix';
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

  it('fixes leave nothing behind, and fixing twice equals fixing once (also with CRLF)', () => {
    for (const text of [newsletter, newsletter.replace(/\n/g, '\r\n')]) {
      const once = applyFixes(text, bodyFindings(text).flatMap((d) => (d.fix ? [d.fix] : []))).text;
      const twice = applyFixes(once, bodyFindings(once).flatMap((d) => (d.fix ? [d.fix] : []))).text;
      expect(twice).toBe(once);
      expect(bodyFindings(once)).toEqual([]);
      expect(once.includes('\r\n')).toBe(text.includes('\r\n'));
      expect(once.split(/\r?\n/).length).toBe(text.split(/\r?\n/).length);
    }
  });
});
