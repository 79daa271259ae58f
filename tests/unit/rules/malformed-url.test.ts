import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/malformed-url';
import { lint, post } from './lint';

// Which addresses are flagged: tests/fixtures/rules/malformed-url/.
describe('malformed-url', () => {
  it('says what the mistyped address should start with', () => {
    const r = lint(rule, post('[htp](htp://ex.test/) [noc](https//ex.test/) [www](www.example.org/page)\n'));
    expect(r.diagnostics.map((d) => d.message.match(/Write “([^”]+)”|Write (https:\/\/www\.example\.org…)/)?.slice(1).find(Boolean))).toEqual(['http://', 'https://', 'https://www.example.org…']);
  });
});
