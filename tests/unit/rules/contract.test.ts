import { describe, expect, it } from 'vitest';
import { analyze, RuleContractError, withinContract } from '../../../src/core/analyze';
import { cleanLinksEdits } from '../../../src/core/links/clean-all';
import type { Finding, Rule } from '../../../src/core/types';

const edit = { description: 'Change it', edits: [{ start: 0, end: 1, text: 'X' }] };
const ruleGiving = (meta: Rule['meta'], finding: Partial<Finding>): Rule => ({ id: 'giving', meta, defaultSeverity: 'warning', check: () => [{ start: 0, end: 1, message: 'm', ...finding }] });
const plain = { type: 'problem' as const, docs: { description: 'd', anchor: 'rule-giving' } };

describe('rule meta is a contract analyze holds rules to', () => {
  it('in tests and development, a fix from a rule that did not declare fixable throws', () => {
    expect(() => analyze('abc', {}, [ruleGiving(plain, { fix: edit })])).toThrow(RuleContractError);
    expect(() => analyze('abc', {}, [ruleGiving(plain, { suggestions: [edit] })])).toThrow(/hasSuggestions/);
    expect(analyze('abc', {}, [ruleGiving({ ...plain, fixable: true }, { fix: edit })]).diagnostics[0]!.fix).toEqual(edit);
    expect(analyze('abc', {}, [ruleGiving({ ...plain, hasSuggestions: true }, { suggestions: [edit] })]).diagnostics[0]!.suggestions).toEqual([edit]);
  });

  it('in the shipped product, such a fix is offered as a suggestion instead: never applied unseen, never lost', () => {
    const rule = ruleGiving(plain, {});
    const out = withinContract(rule, { start: 0, end: 1, message: 'm', fix: edit }, false);
    expect(out.fix).toBeUndefined();
    expect(out.suggestions).toEqual([edit]);
    expect(withinContract(rule, { start: 0, end: 1, message: 'm', suggestions: [edit] }, false).suggestions).toEqual([edit]);
    expect('suggestions' in withinContract(rule, { start: 0, end: 1, message: 'm', suggestions: [] }, false)).toBe(false);
  });

  it('"Clean links" takes fixes only, never a suggestion', () => {
    const d = (ruleId: string, over: Partial<Finding>) => ({ ruleId, severity: 'warning' as const, start: 0, end: 1, message: 'm', line: 1, column: 1, endLine: 1, endColumn: 2, ...over });
    expect(cleanLinksEdits([d('tracking-params', { suggestions: [edit] }), d('link-check', { suggestions: [{ ...edit, edits: [{ start: 5, end: 6, text: 'y' }] }] })])).toEqual([]);
  });
});
