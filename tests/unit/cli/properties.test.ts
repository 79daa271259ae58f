import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonWithPosition } from '../../../src/cli/config/json';
import { validateConfig } from '../../../src/cli/config/validate';
import { fixPost } from '../../../src/cli/fix-loop';
import { formatJson } from '../../../src/cli/format/json';
import { formatStylish } from '../../../src/cli/format/stylish';
import { analyze, rules as coreRules } from '../../../src/core/index';
import { dropUtm } from './test-rules';

describe('CLI properties', () => {
  it('a config syntax error always points inside the file (line ≥ 1, column ≥ 1), valid JSON always parses', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const r = parseJsonWithPosition(text);
        if (r.ok) return;
        const lines = text.replace(/^\uFEFF/, '').split('\n');
        expect(r.line).toBeGreaterThanOrEqual(1);
        expect(r.line).toBeLessThanOrEqual(lines.length);
        expect(r.column).toBeGreaterThanOrEqual(1);
        expect(r.column).toBeLessThanOrEqual(lines[r.line - 1]!.length + 1);
      }),
    );
    fc.assert(fc.property(fc.json(), (json) => void expect(parseJsonWithPosition(json)).toEqual({ ok: true, value: JSON.parse(json) })));
  });

  it('config validation never throws on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => void validateConfig(value, ['yaml-syntax'])));
    fc.assert(fc.property(fc.dictionary(fc.constantFrom('schema', 'rules', 'baseUrl', 'extraTrackingParams'), fc.jsonValue()), (value) => void validateConfig(value, ['yaml-syntax'])));
  });

  it('fixing twice gives what fixing once gives, and the text outside query strings is kept', () => {
    const query = fc.array(fc.constantFrom('utm_source=a', 'utm_medium=b', 'id=3', 'q=x%20y', 'utm_x='), { minLength: 1, maxLength: 4 }).map((ps) => `?${ps.join('&')}`);
    const link = fc.tuple(fc.constantFrom('https://a.example/p', 'https://b.example/'), query, fc.constantFrom('', '#top')).map(([u, q, h]) => `[t](${u}${q}${h})`);
    const body = fc.array(fc.oneof(link, fc.constantFrom('word ', '\r\n', '\n', ' ')), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(body, (b) => {
        const text = `---\ntitle: x\n---\n${b}`;
        const once = fixPost(text, {}, [dropUtm, ...coreRules]).text;
        expect(fixPost(once, {}, [dropUtm, ...coreRules]).text).toBe(once);
        const withoutQueries = (s: string) => s.replace(/\?[^)#]*/g, '');
        expect(withoutQueries(once)).toBe(withoutQueries(text));
      }),
    );
  });

  it('both formatters handle any post text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const report = analyze(text);
        const result = { filePath: '/x.md', displayPath: 'x.md', text, report, shown: report.diagnostics, fixed: 0 };
        expect(() => JSON.parse(formatJson([result]))).not.toThrow();
        expect(formatStylish([result])).toMatch(/\n$/);
      }),
    );
  });
});
