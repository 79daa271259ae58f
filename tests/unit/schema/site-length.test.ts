import { describe, expect, it } from 'vitest';
import { resolveSchema } from '../../../src/core/schema/defaults';
import { patternLength, siteLength, siteLengthFails } from '../../../src/core/schema/site-length';

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

  it('combines minLength/maxLength with a length pattern on the same path, the tighter bound winning', () => {
    const schema = resolveSchema({ fields: [{ path: 'seo.description', minLength: 40, pattern: '^.{50,160}$' }, { path: 'title', pattern: '^[A-Z]' }] });
    expect(siteLength(schema, 'seo.description')).toEqual({ min: 50, max: 160 });
    expect(siteLength(schema, 'title')).toBeUndefined();
    expect(siteLengthFails(schema, 'seo.description', 45)).toBe(true);
    expect(siteLengthFails(schema, 'seo.description', 100)).toBe(false);
    expect(siteLengthFails(schema, 'title', 500)).toBe(false);
  });
});
