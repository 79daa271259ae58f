import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index';
import { schemaFromFields } from '../../../src/core/decap/schema';
import { compileFieldPattern } from '../../../src/core/schema/pattern';
import { validateConfig } from '../../../src/cli/config/validate';

/**
 * Issue 10 item 6: schema patterns come from a site config or, in the panel, from the page
 * (Decap's field config). `^(a+)+$` on 32 characters takes a backtracking engine minutes; here
 * every pattern runs in linear time (RE2), so these tests finish at once instead of hanging.
 */
const post = (slug: string) => `---\ntitle: A post\ndate: 2026-03-02\nslug: "${slug}"\n---\nBody.\n`;
const EVIL = '^(a+)+$';
const ATTACK = 'a'.repeat(32) + '!';

describe('field patterns run in linear time', () => {
  it('a catastrophic pattern from the site config is checked at once', () => {
    const report = analyze(post(ATTACK), { schema: { fields: [{ path: 'slug', pattern: EVIL }] }, preview: false, suggestions: false });
    expect(report.diagnostics.filter((d) => d.ruleId === 'field-constraints')).toEqual([expect.objectContaining({ message: expect.stringMatching(/slug.*doesn’t have the form/) })]);
  });

  it("a catastrophic pattern from Decap's page-supplied field config too (what the panel runs)", () => {
    const schema = schemaFromFields([{ name: 'slug', widget: 'string', pattern: [EVIL, 'Only the letter a.'] }]);
    const report = analyze(post(ATTACK), { schema, preview: false, suggestions: false });
    expect(report.diagnostics.filter((d) => d.ruleId === 'field-constraints').map((d) => d.message)).toEqual(['Only the letter a.']);
    expect(analyze(post('aaaa'), { schema, preview: false, suggestions: false }).diagnostics.filter((d) => d.ruleId === 'field-constraints')).toEqual([]);
  });

  it('matches ordinary patterns as JavaScript would (Unicode, classes, anchors, named groups)', () => {
    const cases: [string, string, boolean][] = [
      ['^[a-z0-9-]+$', 'harbour-news-2026', true],
      ['^[a-z0-9-]+$', 'Harbour News', false],
      ['^\\d{4}-\\d{2}-\\d{2}$', '2026-03-02', true],
      ['^.{1,5}$', '😀😀😀😀😀', true],
      ['^\\p{Lu}', 'Élan', true],
      ['^(?<year>\\d{4})$', '2026', true],
      ['^\\S+@\\S+\\.\\S+$', 'desk@harbour.example', true],
    ];
    for (const [source, value, expected] of cases) {
      const p = compileFieldPattern(source);
      if (p instanceof Error) throw p;
      expect(p.test(value), `${source} on ${value}`).toBe(expected);
      expect(new RegExp(source, 'u').test(value)).toBe(expected);
    }
  });

  it('a pattern RE2 cannot run (lookahead, backreference) gets a clear message, in the panel and in the config check', () => {
    const report = analyze(post('abc'), { schema: { fields: [{ path: 'slug', pattern: '^(?!draft)' }] }, preview: false, suggestions: false });
    expect(report.diagnostics.find((d) => d.ruleId === 'field-constraints')?.message).toMatch(/pattern for `slug` can’t be run: .*lookahead.*linear time/);
    const { issues } = validateConfig({ schema: { fields: [{ path: 'slug', pattern: '(a)\\1' }] } }, []);
    expect(issues).toEqual([expect.stringMatching(/^"schema\.fields\[0\]\.pattern" can't be run: .*backreference/)]);
  });
});
