// @vitest-environment jsdom
import { h, render } from 'preact';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { Seo } from '../../../src/panel/components/Seo';
import { currentDescription, isCurrent, scoreParts } from '../../../src/panel/seo-view';

const post = readFileSync('tests/fixtures/suggest/de.md', 'utf8');
const withDescription = (text: string, description: string) => text.replace(/^---\n/, `---\nseo:\n  description: ${JSON.stringify(description)}\n`);

function show(text: string): HTMLElement {
  const root = document.createElement('div');
  render(h(Seo, { report: analyze(text), onUse: () => {}, busy: false }), root);
  return root;
}

describe('SEO section: score parts and the current marker', () => {
  it('shows why each suggestion ranks where it does: every score part, with shares adding up to the total', () => {
    const report = analyze(post);
    expect(report.suggestions.length).toBeGreaterThanOrEqual(3);
    const root = show(post);
    const items = root.querySelectorAll('li.suggestion');
    expect(items.length).toBe(report.suggestions.length);
    report.suggestions.forEach((s, i) => {
      const rows = items[i]!.querySelectorAll('.score-parts tr[data-part]');
      expect([...rows].map((r) => r.getAttribute('data-part')).sort()).toEqual(['clarity', 'form', 'length', 'position', 'summary', 'titleWords', 'topic']);
      expect(items[i]!.querySelector('.score-parts summary')!.textContent).toContain(`Why rank ${i + 1}: score ${s.score.total.toFixed(2)}`);
      const shares = scoreParts(s.score).reduce((sum, p) => sum + p.share, 0);
      expect(shares).toBeCloseTo(s.score.total, 2);
    });
  });

  it('marks the applied suggestion current (after "Use this", the report holds it as the description), and only that one', () => {
    const before = show(post);
    expect(before.querySelectorAll('[aria-current="true"]').length).toBe(0);
    const chosen = analyze(post).suggestions[1]!.text;
    const after = show(withDescription(post, chosen));
    const marked = after.querySelectorAll('li[aria-current="true"]');
    expect(marked.length).toBe(1);
    expect(marked[0]!.querySelector('.suggestion-text')!.textContent).toBe(chosen);
    expect(marked[0]!.querySelector('.current-marker')!.textContent).toBe('Current description');
    expect((marked[0]!.querySelector('[data-action="apply-description"]') as HTMLButtonElement).disabled).toBe(true);
    expect(after.querySelectorAll('.current-marker').length).toBe(1);
  });

  it('reads the description at the schema path, nested or not, ignoring whitespace differences', () => {
    expect(currentDescription({ frontmatter: { data: { seo: { description: ' A  b ' } }, present: true, closed: true }, descriptionPath: 'seo.description' })).toBe('A b');
    expect(currentDescription({ frontmatter: { data: { description: 3 }, present: true, closed: true }, descriptionPath: 'description' })).toBeUndefined();
    expect(isCurrent({ text: 'A\nb' }, 'A b')).toBe(true);
    expect(isCurrent({ text: 'A b' }, undefined)).toBe(false);
  });
});
