import { describe, expect, it } from 'vitest';
import { parse } from 'smol-toml';
import { decodeTomlString } from '../../../src/core/frontmatter/toml-string';

/** Each TOML string form, read as the TOML parser reads it, each character mapped to what writes it. */
describe('decodeTomlString', () => {
  const cases = [
    '"plain words"',
    '"tab\\there, quote \\" and backslash \\\\"',
    '"\\u00e9t\\u00e9 and \\U0001F600"',
    "'C:\\\\path\\\\as written'",
    '"""\nfirst line\nsecond \\"line\\""""',
    '"""\njoined \\\n     here"""',
    "'''\nliteral\n\\n stays'''",
    '""',
  ];
  for (const source of cases) {
    it(`reads ${JSON.stringify(source)} as the TOML parser does`, () => {
      const decoded = decodeTomlString(source)!;
      expect(decoded.value).toBe((parse(`v = ${source}`) as { v: string }).v);
      expect(decoded.from).toHaveLength(decoded.value.length);
      // Every character comes from a place inside the quotes, in order.
      for (let i = 0; i < decoded.value.length; i++) {
        expect(decoded.from[i]).toBeLessThan(decoded.to[i]!);
        if (i > 0) expect(decoded.from[i]).toBeGreaterThanOrEqual(decoded.from[i - 1]!);
      }
    });
  }

  it('maps an escape to the characters that write it, and refuses what is not a TOML string', () => {
    const d = decodeTomlString('"a\\u00e9b"')!;
    expect(d.value).toBe('aéb');
    expect([d.from[1], d.to[1]]).toEqual([2, 8]);
    expect(decodeTomlString('"open')).toBeUndefined();
    expect(decodeTomlString('"bad \\q escape"')).toBeUndefined();
    expect(decodeTomlString('"two\nlines"')).toBeUndefined();
    expect(decodeTomlString('bare')).toBeUndefined();
  });
});
