import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { canBePlain, doubleQuoted, singleQuoted, writeScalar } from '../../../src/core/frontmatter/yaml-scalar';

describe('yaml-scalar', () => {
  it('keeps ordinary text plain', () => {
    for (const s of ['Hello world', 'A post about YAML, quoting and you', '2025 in review', 'café – naïve', 'a:b', 'x#y', 'https://example.com/a?b=c#d']) {
      expect(canBePlain(s, false), s).toBe(true);
    }
  });

  it('refuses plain for what YAML 1.2 or 1.1 would read as something else', () => {
    for (const s of ['yes', 'No', 'on', 'null', '~', 'true', '1.0', '0x1F', '1_000', '1:20', '2025-01-01', '.inf']) {
      expect(canBePlain(s, false), s).toBe(false);
    }
  });

  it('refuses plain for indicators, comments, mapping colons, edges with spaces and line breaks', () => {
    for (const s of ['', ' lead', 'trail ', '- item', '@me', '*star', '&anchor', '!tag', '%dir', '{x', '[x', '|', '>', '"q', "'q", '#c', 'a: b', 'a #b', 'end:', 'two\nlines', 'tab\there']) {
      expect(canBePlain(s, false), s).toBe(false);
    }
    expect(canBePlain('a, b', false)).toBe(true);
    expect(canBePlain('a, b', true)).toBe(false);
    expect(canBePlain('a:b', true)).toBe(false);
  });

  it('writes double-quoted strings that read back exactly, escaping what YAML cannot hold raw', () => {
    const nasty = 'quote " backslash \\ newline \n cr \r tab \t nul \0 del \x7f nel \u0085 ls \u2028 bom \ufeff emoji 😀';
    const written = doubleQuoted(nasty);
    expect(written).not.toMatch(/[\n\r\t\0\x7f\u0085\u2028\ufeff]/);
    expect(parse(`k: ${written}`).k).toBe(nasty);
    expect(parse(`k: ${singleQuoted("it's")}`).k).toBe("it's");
  });

  it('keeps a preferred quoting style when the value fits it', () => {
    expect(writeScalar('x', false, 'QUOTE_DOUBLE')).toBe('"x"');
    expect(writeScalar('x', false, 'QUOTE_SINGLE')).toBe("'x'");
    expect(writeScalar('a\nb', false, 'QUOTE_SINGLE')).toBe('"a\\nb"');
    expect(writeScalar('x', false, 'PLAIN')).toBe('x');
    expect(writeScalar('yes', false, 'PLAIN')).toBe('"yes"');
  });
});
