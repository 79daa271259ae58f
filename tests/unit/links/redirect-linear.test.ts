import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';

describe('redirect wrappers and tracking parameters in one long paragraph', () => {
  it('thousands of bare redirect links in one paragraph are read once per paragraph (no timing assertion: each link re-read the paragraph, 47 s at 3,000)', () => {
    const links = 'https://www.google.com/url?q=https%3A%2F%2Fharbour.example%2F&sa=D '.repeat(3000);
    const lines = 'https://harbour.example/?utm_source=a\n'.repeat(8000);
    const report = analyze(`---\ntitle: x\n---\n${links}\n\n${lines}`);
    expect(report.diagnostics.filter((d) => d.ruleId === 'redirect-wrapper')).toHaveLength(3000);
    expect(report.diagnostics.filter((d) => d.ruleId === 'tracking-params')).toHaveLength(8000);
  });
});
