import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEdits } from '../../../src/core/fix';
import { MAX_UNDO_STEPS, canUndo, diffEdits, historyHere, pushStep, stepHere, undoStep } from '../../../src/panel/undo';

const POST = '---\ntitle: Hello\ndescription: Short news.\n---\nRead the [guide](https://example.org/g?utm_source=x&page=2) now.\n\nWatch [this](https://youtu.be/a?si=q).\n';

describe('undoStep: the inverse of the panel\'s last fix', () => {
  it('is computed from the applied edits and restores the text byte for byte', () => {
    const edits = [
      { start: POST.indexOf('?si=q'), end: POST.indexOf('?si=q') + 5, text: '' },
      { start: POST.indexOf('utm_source=x&'), end: POST.indexOf('utm_source=x&') + 13, text: '' },
    ];
    const after = applyEdits(POST, edits);
    const step = undoStep('Cleaned', POST, edits, after)!;
    expect(step.inverse).toEqual([
      { start: after.indexOf('?page=2') + 1, end: after.indexOf('?page=2') + 1, text: 'utm_source=x&' },
      { start: after.indexOf('youtu.be/a') + 10, end: after.indexOf('youtu.be/a') + 10, text: '?si=q' },
    ]);
    expect(applyEdits(after, step.inverse)).toBe(POST);
    expect(canUndo(step, after)).toBe(true);
    expect(canUndo(step, `${after}x`)).toBe(false);
  });

  it('falls back to the difference when the editor wrote the change its own way (Decap re-serializes a field)', () => {
    const edits = [{ start: POST.indexOf('Short news.'), end: POST.indexOf('Short news.') + 11, text: 'A much longer description' }];
    // The editor folded the value onto its own line, and cleaned a link in the same write.
    const after = POST.replace('description: Short news.', 'description: >-\n  A much longer description').replace('?si=q', '');
    const step = undoStep('Set', POST, edits, after)!;
    expect(applyEdits(after, step.inverse)).toBe(POST);
    // Two separate edits: the closing fence between them stays out of both.
    expect(step.inverse).toHaveLength(2);
    const fence = after.indexOf('\n---\n') + 1;
    for (const e of step.inverse) expect(e.start >= fence + 4 || e.end <= fence).toBe(true);
    // …and each only as wide as what differs: the link gets its parameter back, nothing else.
    expect(step.inverse[1]).toEqual({ start: after.indexOf('youtu.be/a') + 10, end: after.indexOf('youtu.be/a') + 10, text: '?si=q' });
  });

  it('is offered only in the post it was made in (Decap: another entry has another address)', () => {
    const edits = [{ start: POST.indexOf('?si=q'), end: POST.indexOf('?si=q') + 5, text: '' }];
    const A = 'http://cms.test/admin/#/collections/blog/entries/a';
    const step = undoStep('Cleaned', POST, edits, applyEdits(POST, edits), A);
    expect(stepHere(step, A)).toBe(step);
    expect(stepHere(step, 'http://cms.test/admin/#/collections/blog/entries/b')).toBeUndefined();
    expect(stepHere(step, undefined)).toBeUndefined();
  });

  it('has nothing to undo when nothing changed', () => {
    expect(undoStep('x', POST, [], POST)).toBeUndefined();
  });

  it('diffEdits turns any text into any other, edits sorted and apart (property)', () => {
    const text = fc.array(fc.constantFrom('a', 'b', '\n', 'c d', '---\n', 'é'), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const edits = diffEdits(a, b);
        for (let i = 1; i < edits.length; i++) expect(edits[i]!.start).toBeGreaterThanOrEqual(edits[i - 1]!.end);
        expect(applyEdits(a, edits)).toBe(b);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the panel\'s undo history: fixes made one on top of the other are taken back one by one', () => {
  const cut = (text: string, what: string) => [{ start: text.indexOf(what), end: text.indexOf(what) + what.length, text: '' }];
  const clean = (text: string) => applyEdits(text, cut(text, 'utm_source=x&'));
  const trim = (text: string) => applyEdits(text, cut(text, '?si=q'));

  it('stacks a fix made right after the previous one, and each undo gives back the text before its fix', () => {
    const a = clean(POST);
    const b = trim(a);
    let history = pushStep([], undoStep('Cleaned', POST, cut(POST, 'utm_source=x&'), a, '/post'));
    history = pushStep(history, undoStep('Trimmed', a, cut(a, '?si=q'), b, '/post'));
    expect(history.map((s) => s.label)).toEqual(['Cleaned', 'Trimmed']);
    // Undo the last: the text is the first fix's result, so the first can be undone next.
    const last = history[history.length - 1]!;
    expect(canUndo(last, b)).toBe(true);
    const afterUndo = applyEdits(b, last.inverse);
    expect(afterUndo).toBe(a);
    const first = history[history.length - 2]!;
    expect(canUndo(first, afterUndo)).toBe(true);
    expect(applyEdits(afterUndo, first.inverse)).toBe(POST);
  });

  it('starts over when something changed the post between two fixes (typing, another entry)', () => {
    const a = clean(POST);
    const typed = `${a}More.\n`;
    let history = pushStep([], undoStep('Cleaned', POST, cut(POST, 'utm_source=x&'), a, '/post'));
    history = pushStep(history, undoStep('Trimmed', typed, cut(typed, '?si=q'), trim(typed), '/post'));
    expect(history.map((s) => s.label)).toEqual(['Trimmed']);
    const there = trim(typed);
    const elsewhere = pushStep(history, undoStep('Added', there, [{ start: there.length, end: there.length, text: 'x' }], `${there}x`, '/other'));
    expect(elsewhere.map((s) => s.where)).toEqual(['/other']);
    // A fix that changed nothing leaves the history as it was.
    expect(pushStep(history, undoStep('Nothing', a, [], a, '/post'))).toEqual(history);
  });

  it('is offered only in the post it was made in, and keeps the last MAX_UNDO_STEPS fixes', () => {
    const history = pushStep([], undoStep('Cleaned', POST, cut(POST, 'utm_source=x&'), clean(POST), '/post'));
    expect(historyHere(history, '/post')).toHaveLength(1);
    expect(historyHere(history, '/other')).toEqual([]);
    let long: ReturnType<typeof pushStep> = [];
    let text = POST;
    for (let i = 0; i < MAX_UNDO_STEPS + 5; i++) {
      const next = `${text}x`;
      long = pushStep(long, undoStep(`Step ${i}`, text, [{ start: text.length, end: text.length, text: 'x' }], next));
      text = next;
    }
    expect(long).toHaveLength(MAX_UNDO_STEPS);
    expect(long[long.length - 1]!.label).toBe(`Step ${MAX_UNDO_STEPS + 4}`);
  });
});
