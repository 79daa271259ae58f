import { describe, expect, it } from 'vitest';
import { resolveSchema } from '../../../src/core/schema/defaults';
import { patternLength, siteLengthFails } from '../../../src/core/schema/site-length';

describe('the length a site asks of a field', () => {
  it('reads a pattern that only counts characters, and nothing else', () => {
    expect(patternLength('^.{50,160}$')).toEqual({ min: 50, max: 160 });
    expect(patternLength('^[\\s\\S]{0,120}$')).toEqual({ min: 0, max: 120 });
    expect(patternLength('^.{20,}$')).toEqual({ min: 20, max: Infinity });
    expect(patternLength('^.{12}$')).toEqual({ min: 12, max: 12 });
    // Unanchored, `.{50,160}` matches any longer text too: a minimum only.
    expect(patternLength('.{50,160}')).toEqual({ min: 50, max: Infinity });
    expect(patternLength('^.{50,160}')).toEqual({ min: 50, max: Infinity });
    expect(patternLength('^[a-z]{3,10}$')).toBeUndefined();
    expect(patternLength('^.{5,10}[.]$')).toBeUndefined();
  });

  it('fails exactly where field-constraints reports the length: raw string, runnable pattern, rule on', () => {
    const schema = resolveSchema({ fields: [{ path: 'seo.description', minLength: 40, pattern: '^.{50,160}$' }, { path: 'title', pattern: '^[A-Z]' }] });
    const on = {};
    expect(siteLengthFails(schema, 'seo.description', 'x'.repeat(45), on)).toBe(true); // the pattern's 50
    expect(siteLengthFails(schema, 'seo.description', 'x'.repeat(100), on)).toBe(false);
    expect(siteLengthFails(schema, 'title', 'x'.repeat(500), on)).toBe(false); // not a length pattern
    expect(siteLengthFails(schema, 'seo.description', 'x'.repeat(45), { 'field-constraints': 'off' })).toBe(false);
    expect(siteLengthFails(schema, 'seo.description', 45, on)).toBe(false); // a number has no length there
    // A folded YAML value keeps its final newline: 69 letters + "\n" pass minLength 70, as field-constraints counts.
    expect(siteLengthFails(resolveSchema({ fields: [{ path: 'd', minLength: 70 }] }), 'd', `${'x'.repeat(69)}\n`, on)).toBe(false);
    // Patterns that can't run report a broken schema, not a length: the snippet advice stays.
    expect(siteLengthFails(resolveSchema({ fields: [{ path: 'd', pattern: '^.{50,2000}$' }] }), 'd', 'short', on)).toBe(false); // RE2 repeats stop at 1000
    expect(siteLengthFails(resolveSchema({ fields: [{ path: 'd', pattern: '^.{160,50}$' }] }), 'd', 'short', on)).toBe(false); // invalid
  });
});
