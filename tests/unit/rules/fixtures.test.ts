import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/core/rules/index';
import { describeFindings, expectations, fixtureOptions, fixturesOf, lint } from './lint';

const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');

/**
 * Every rule's fixtures (tests/fixtures/rules/<rule id>/*.md): the findings written on their lines,
 * `--fix` and the suggestions byte for byte, with LF and with CRLF line endings.
 */
describe.each(rules.map((r) => [r.id, r] as const))('%s fixtures', (_id, rule) => {
  const fixtures = fixturesOf(rule.id);
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    const wanted = expectations(f.text);
    const options = fixtureOptions(f.text);
    for (const eol of ['lf', 'crlf'] as const) {
      const text = eol === 'lf' ? f.text : crlf(f.text);
      const out = (s: string | undefined) => (s === undefined ? text : eol === 'lf' ? s : crlf(s));
      const r = lint(rule, text, options);
      const { actual, wanted: lines } = describeFindings(text, r.diagnostics, wanted);
      expect(actual, `${eol}: findings`).toEqual(lines);
      const fixed = r.fixed();
      expect(fixed, `${eol}: --fix output`).toBe(out(f.fixed));
      expect(lint(rule, fixed, options).fixed(), `${eol}: fixing twice changes nothing more`).toBe(fixed);
      expect(r.suggested(), `${eol}: suggestions taken`).toBe(out(f.suggested));
    }
  }, 30_000); // parser-limits fixtures overflow marked's stack on purpose: ~0.3 s a read under load
});
