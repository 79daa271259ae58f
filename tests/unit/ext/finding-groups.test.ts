import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { applyEdits, applyFixes } from '../../../src/core/fix';
import { rules } from '../../../src/core/rules/index';
import { LATE_RULES, DIRECTIVE_RULE } from '../../../src/core/directives';
import type { Diagnostic } from '../../../src/core/types';
import { groupFindings, splitMessage } from '../../../src/panel/finding-groups';
import { GROUP_TITLES, groupTitle } from '../../../src/panel/group-titles';
import { excerpt } from '../../../src/panel/excerpt';

const diag = (over: Partial<Diagnostic>): Diagnostic => ({ ruleId: 'x', severity: 'warning', start: 0, end: 1, message: 'm', line: 1, column: 1, endLine: 1, endColumn: 2, ...over });

// A post of our own with the shape of a real newsletter: many tracked links, pasted spaces, H1s.
const NEWSLETTER = readFileSync(join(import.meta.dirname, '../../fixtures/posts/newsletter-messy.md'), 'utf8');

describe('groupFindings', () => {
  it('one group per rule with its count, errors first, then in the order they appear', () => {
    const groups = groupFindings([
      diag({ ruleId: 'b', start: 1 }),
      diag({ ruleId: 'a', start: 5, severity: 'info' }),
      diag({ ruleId: 'b', start: 9 }),
      diag({ ruleId: 'c', start: 20, severity: 'error' }),
      diag({ ruleId: 'a', start: 30, severity: 'error' }),
    ]);
    expect(groups.map((g) => [g.ruleId, g.severity, g.items.length])).toEqual([
      ['a', 'error', 2],
      ['c', 'error', 1],
      ['b', 'warning', 2],
    ]);
  });

  it('says which way the SEO description is wrong: too short, or too long for search results', () => {
    const title = (text: string) => groupFindings(analyze(`---\ntitle: Harbour notes\ndescription: ${text}\n---\nBody.\n`).diagnostics).find((g) => g.ruleId === 'description-length')!.title;
    expect(title('Ferry times.')).toBe('The SEO description is too short');
    expect(title(`${'Ferry times and tide tables for the whole harbour, '.repeat(4)}in one place.`)).toBe('The SEO description is too long for search results');
    // Without the findings (the list of ignored rules), it names the check only.
    expect(groupTitle('description-length', 1)).toBe('The SEO description has the wrong length');
  });

  it('on a real-shaped post: tracking links are one group with a "Clean all", the shared advice said once', () => {
    const report = analyze(NEWSLETTER);
    const groups = groupFindings(report.diagnostics);
    expect(groups.reduce((n, g) => n + g.items.length, 0)).toBe(report.diagnostics.length);
    expect(new Set(groups.map((g) => g.ruleId)).size).toBe(groups.length);
    const tracking = groups.find((g) => g.ruleId === 'tracking-params')!;
    const n = report.diagnostics.filter((d) => d.ruleId === 'tracking-params').length;
    expect(n).toBeGreaterThanOrEqual(2);
    expect(tracking.title).toBe(`${n} links carry tracking parameters`);
    expect(tracking.bulk?.label).toBe(`Clean all ${n}`);
    expect(tracking.advice).toBeTruthy();
    // Severity order holds.
    const rank = { error: 0, warning: 1, info: 2 };
    expect(groups.map((g) => rank[g.severity])).toEqual([...groups.map((g) => rank[g.severity])].sort());
  });

  it('a group\'s bulk edits do what applying its fixes one by one (as --fix does) would do', () => {
    const text = 'x'.repeat(200);
    const edit = fc.record({ start: fc.integer({ min: 0, max: 190 }), len: fc.integer({ min: 0, max: 9 }), text: fc.constantFrom('', 'A', 'BB') });
    fc.assert(
      fc.property(fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 25 }), (fixes) => {
        const items = fixes.map((edits, i) => {
          const list = edits.map((e) => ({ start: e.start, end: e.start + e.len, text: e.text }));
          // A fix's own edits never overlap one another: each kept edit starts at or after the end
          // of the last one kept (comparing with the previous one in the list, kept or not, let
          // overlapping edits through past a dropped empty one: seed -1116594747).
          const own: typeof list = [];
          for (const e of list.sort((a, b) => a.start - b.start)) if (own.length === 0 || e.start >= own[own.length - 1]!.end) own.push(e);
          return diag({ ruleId: 'r', start: own[0]!.start, end: own[0]!.end, message: `m${i}`, fix: { description: 'f', edits: own } });
        });
        const [group] = groupFindings(items);
        const expected = applyFixes(text, items.map((d) => d.fix!));
        if (expected.applied < 2) {
          expect(group!.bulk).toBeUndefined();
        } else {
          expect(group!.bulk!.count).toBe(expected.applied);
          expect(applyEdits(text, group!.bulk!.edits)).toBe(expected.text);
        }
      }),
    );
  });

  it('"Fix all" takes a group\'s fixes only, never its suggestions (structure is the author\'s call, one at a time)', () => {
    const suggestion = (start: number) => ({ description: 's', edits: [{ start, end: start + 1, text: '#' }] });
    const onlySuggestions = [0, 10, 20].map((start) => diag({ ruleId: 'heading', start, end: start + 1, suggestions: [suggestion(start)] }));
    expect(groupFindings(onlySuggestions)[0]!.bulk).toBeUndefined();
    const mixed = [...onlySuggestions, ...[30, 40].map((start) => diag({ ruleId: 'heading', start, end: start + 1, fix: { description: 'f', edits: [{ start, end: start + 1, text: '' }] } }))];
    expect(groupFindings(mixed)[0]!.bulk).toMatchObject({ count: 2, edits: [{ start: 30 }, { start: 40 }] });
    // On a real-shaped post: the outline rules offer suggestions, so their groups get no bulk button.
    const groups = groupFindings(analyze(NEWSLETTER).diagnostics);
    for (const id of ['single-h1', 'emphasis-as-heading']) {
      const group = groups.find((g) => g.ruleId === id)!;
      expect(group.items.length, id).toBeGreaterThanOrEqual(2);
      expect(group.items.some((d) => d.suggestions?.length), id).toBe(true);
      expect(group.bulk, id).toBeUndefined();
    }
  });

  it('every rule has a group title (registry meta-test), singular and plural', () => {
    for (const id of [...rules.map((r) => r.id), ...LATE_RULES, DIRECTIVE_RULE]) {
      expect(GROUP_TITLES[id], id).toBeTypeOf('function');
      expect(groupTitle(id, 1).length, id).toBeGreaterThan(10);
    }
    expect(groupTitle('tracking-params', 1)).toBe('1 link carries tracking parameters');
    expect(groupTitle('pasted-artifacts', 33)).toMatch(/^33 pieces of pasted junk/);
    expect(groupTitle('new-rule', 2)).toBe('new-rule: 2 findings');
  });
});

describe('shared advice', () => {
  it('is said once when the findings\' advice is the same, or the same but for a pronoun', () => {
    const a = diag({ message: 'This link carries tracking parameter “si”. Remove it (the fix keeps the rest of the address).' });
    const b = diag({ start: 5, message: 'This link carries tracking parameters “a”, “b”. Remove them (the fix keeps the rest of the address).' });
    expect(groupFindings([a, b])[0]!.advice).toBe('Remove it (the fix keeps the rest of the address).');
    const c = diag({ start: 9, message: 'Something else entirely. Write a heading instead of bold text here.' });
    expect(groupFindings([a, c])[0]!.advice).toBeUndefined();
  });
});

describe('splitMessage', () => {
  it('cuts after the first sentence, not inside abbreviations or quotes', () => {
    expect(splitMessage('This link carries tracking parameter “si”. They only tell the other site.')).toEqual({ lead: 'This link carries tracking parameter “si”.', rest: 'They only tell the other site.' });
    expect(splitMessage('Use a real word, e.g. the page title.')).toEqual({ lead: 'Use a real word, e.g. the page title.', rest: '' });
    expect(splitMessage('One sentence only')).toEqual({ lead: 'One sentence only', rest: '' });
  });
});

describe('excerpt', () => {
  it('shows the line around the finding with the finding marked and invisible characters made visible', () => {
    const text = 'line one\nSee the\u00a0[guide](https://example.org/guide) for more about everything here.\nline three';
    const at = text.indexOf('\u00a0');
    expect(excerpt(text, at, at + 1)).toEqual({ before: 'See the', match: '⍽', after: '[guide](https://example.org/…' });
    const far = text.indexOf('everything');
    const x = excerpt(text, far, far + 'everything'.length);
    expect(x.match).toBe('everything');
    expect(x.before.startsWith('…')).toBe(true);
    expect(x.after).toBe(' here.');
  });

  it('an empty range shows its line; a long match is cut', () => {
    expect(excerpt('a\ntitle: x\n', 2, 2)).toEqual({ before: '', match: '', after: 'title: x' });
    expect(excerpt('y'.repeat(200), 0, 200).match).toHaveLength(64);
  });
});
