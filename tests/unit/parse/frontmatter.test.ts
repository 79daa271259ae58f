import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/core/parse/frontmatter';
import { findField } from '../../../src/core/parse/fields';
import { lineIndex } from '../../../src/core/parse/lines';

describe('frontmatter', () => {
  it('parses nested fields and gives source ranges of keys and values', () => {
    const text = '---\ntitle: "Hello"\nseo:\n  description: Short one # comment\n---\nBody';
    const fm = parseFrontmatter(text);
    expect(fm).toMatchObject({ present: true, closed: true, data: { title: 'Hello', seo: { description: 'Short one' } } });
    expect(text.slice(fm.end)).toBe('Body');
    const d = findField(fm, 'seo.description')!;
    expect(text.slice(d.keyStart, d.keyEnd)).toBe('description');
    expect(text.slice(d.valueStart, d.valueEnd)).toBe('Short one');
    expect(text.slice(findField(fm, 'title')!.valueStart, findField(fm, 'title')!.valueEnd)).toBe('"Hello"');
    expect(findField(fm, 'seo.missing')).toBeUndefined();
  });

  it('points an unclosed quote at the quote that opened it, not where yaml gave up', () => {
    const text = '---\ntitle: "Unclosed\ndate: 2025-01-01\n---\nBody\n';
    const [e] = parseFrontmatter(text).errors;
    expect(text.slice(e!.start, e!.end)).toBe('"');
    expect(e!.start).toBe(text.indexOf('"'));
    // A quote at the very start of the YAML (where looking further back must stop).
    for (const t of ['---\n"a: b\n---\n', "---\n'a\n---\n", '---\n"\n---\n']) expect(parseFrontmatter(t).errors.length).toBeGreaterThan(0);
  });

  it('reports a missing fence, an unclosed fence, and a non-mapping root', () => {
    expect(parseFrontmatter('Just text').present).toBe(false);
    const unclosed = parseFrontmatter('---\ntitle: x\nbody');
    expect(unclosed).toMatchObject({ present: true, closed: false });
    expect(unclosed.errors[0]!.code).toBe('UNCLOSED_FENCE');
    expect(parseFrontmatter('---\n- a\n- b\n---\n').errors[0]!.code).toBe('NOT_A_MAPPING');
    expect(parseFrontmatter('----\ntitle: x\n----\n').present).toBe(false);
  });

  it('points YAML errors and duplicate keys at their line and column in the file', () => {
    const text = '---\ntitle: a\ndate: 2025-01-01\ntitle: b\ntags: [one, two\n---\n';
    const fm = parseFrontmatter(text);
    const lines = lineIndex(text);
    const dup = fm.errors.find((e) => e.code === 'DUPLICATE_KEY')!;
    expect(lines.position(dup.start)).toEqual({ line: 4, column: 1 });
    const other = fm.errors.find((e) => e.code !== 'DUPLICATE_KEY')!;
    expect(lines.position(other.start).line).toBeGreaterThanOrEqual(5);
  });

  it('keeps dates as the strings written (no timezone surprises)', () => {
    expect(parseFrontmatter('---\ndate: 2025-11-05T16:31:57.306Z\n---\n').data).toEqual({ date: '2025-11-05T16:31:57.306Z' });
  });
});
