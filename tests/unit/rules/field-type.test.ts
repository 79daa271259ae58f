import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../src/core/fix';
import { parseFrontmatter } from '../../../src/core/parse/frontmatter';
import rule from '../../../src/core/rules/field-type';
import type { FieldSchema } from '../../../src/core/schema/types';
import { lint } from './lint';

// Which values are flagged, what --fix and the suggestions write: tests/fixtures/rules/field-type/.
const fields: FieldSchema[] = [
  { path: 'title', type: 'string' },
  { path: 'draft', type: 'boolean' },
  { path: 'weight', type: 'number' },
];
const schema = { fields };

describe('field-type', () => {
  it('says what was expected, with no change offered when none is obvious', () => {
    const [d] = lint(rule, '---\ndraft: "yes"\n---\n', { schema }).diagnostics;
    expect(d!.message).toBe('`draft` should be true or false, but it is the text “yes”.');
    expect(d!.fix).toBeUndefined();
    expect(d!.suggestions).toBeUndefined();
  });

  it('fixes a bare number meant as text by quoting it: the value reads the same', () => {
    const text = '---\ntitle: 2025 # year\ndate: 2025-01-01\n---\n';
    const [d] = lint(rule, text, { schema }).diagnostics;
    expect(d!.message).toContain('Put 2025 in quotes');
    const fixed = applyFixes(text, [d!.fix!]).text;
    expect(parseFrontmatter(fixed).data.title).toBe('2025');
    expect(lint(rule, fixed, { schema }).diagnostics).toEqual([]);
  });

  it('only suggests unquoting "true" and "3": that changes the value’s type', () => {
    const r = lint(rule, "---\ndraft: 'True'\nweight: \"3\"\n---\n", { schema });
    expect(r.diagnostics.map((d) => [d.fix, d.suggestions?.map((s) => s.description)])).toEqual([
      [undefined, ['Write true without quotes']],
      [undefined, ['Write 3 without quotes']],
    ]);
    expect(parseFrontmatter(r.suggested()).data).toEqual({ draft: true, weight: 3 });
  });

  it('uses the schema label and survives odd YAML', () => {
    const labelled = { fields: [{ path: 'title', type: 'string' as const, label: 'Title' }] };
    expect(lint(rule, '---\ntitle: true\n---\n', { schema: labelled }).diagnostics[0]!.message).toMatch(/^“Title” \(title\)/);
    expect(lint(rule, '---\na: &x [1]\ntitle: *x\n---\n', { schema }).diagnostics[0]!.data!.path).toBe('title');
    expect(lint(rule, '---\n[1, 2]\n---\n', { schema }).diagnostics).toEqual([]);
  });
});
