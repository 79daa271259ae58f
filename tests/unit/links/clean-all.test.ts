import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { applyEdits } from '../../../src/core/fix';
import { cleanLinksEdits } from '../../../src/core/links/clean-all';
import type { Diagnostic } from '../../../src/core/types';

describe('cleanLinksEdits', () => {
  it('merges every tracking fix of a report into one list, the definition edited once', () => {
    const text = '---\ntitle: T\nseo:\n  url: https://site.test/p?utm_source=x\n---\n[a](https://a.test/?gclid=1) [b][r] [c][r]\n\n[r]: https://r.test/?x=1&fbclid=2\n\n[empty]() [here](http://h.test/)\n';
    const report = analyze(text);
    const edits = cleanLinksEdits(report);
    expect(edits).toHaveLength(3);
    expect(applyEdits(text, edits)).toBe('---\ntitle: T\nseo:\n  url: https://site.test/p\n---\n[a](https://a.test/) [b][r] [c][r]\n\n[r]: https://r.test/?x=1\n\n[empty]() [here](http://h.test/)\n');
    expect(cleanLinksEdits(report.diagnostics)).toEqual(edits);
  });

  it('ignores other rules’ fixes, drops duplicates and skips an overlapping edit', () => {
    const d = (ruleId: string, start: number, end: number, text: string) => ({ ruleId, start, end, fix: { description: '', edits: [{ start, end, text }] } }) as unknown as Diagnostic;
    const edits = cleanLinksEdits([d('tracking-params', 10, 20, 'a'), d('tracking-params', 10, 20, 'a'), d('tracking-params', 15, 25, 'b'), d('other', 0, 5, 'c'), d('tracking-params', 30, 31, 'd')]);
    expect(edits).toEqual([{ start: 10, end: 20, text: 'a' }, { start: 30, end: 31, text: 'd' }]);
  });

  it('returns nothing for a post without tracking parameters', () => {
    expect(cleanLinksEdits(analyze('[a](https://a.test/?page=2)\n'))).toEqual([]);
  });
});
