import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';

describe('links in a frontmatter field', () => {
  it('a caption holding thousands of tracked links is read in bounded time: the first are fixed, the rest left to fix by hand (no timing assertion: the checks took 17 s at 4,000)', () => {
    const caption = '[a](https://harbour.example/?utm_source=a) '.repeat(4000);
    const report = analyze(`---\ntitle: B\ncaption: "${caption}"\n---\nBody\n`);
    const found = report.diagnostics.filter((d) => d.ruleId === 'tracking-params');
    expect(found).toHaveLength(4000);
    expect(found[0]!.fix).toBeDefined();
    expect(found.filter((d) => d.fix).length).toBeLessThan(4000);
  });

  it('an ordinary caption with a few links gets every fix', () => {
    const report = analyze('---\ntitle: B\ncaption: "Photo by [Ana](https://photos.example/@ana?utm_source=site) on [Photos](https://photos.example/?utm_source=site)"\n---\nBody\n');
    expect(report.diagnostics.filter((d) => d.ruleId === 'tracking-params' && d.fix)).toHaveLength(2);
  });
});
