import { describe, expect, it } from 'vitest';
import type { TextEdit } from '../../../src/core/types';
import { EditRecorder, mapOffset, type TextEditorOps } from '../../../src/page/text-driver';
import { applyEdits } from '../../../src/core/fix';

/** A stand-in editor, enough to exercise the shared driver logic. */
function fakeEditor(initial: string, options: { readOnly?: boolean; rewrite?: (t: string) => string } = {}) {
  let text = initial;
  const steps: string[] = [];
  const ops: TextEditorOps = {
    text: () => text,
    readOnly: () => options.readOnly === true,
    replace: (edits) => {
      steps.push(text);
      text = applyEdits(text, edits);
      if (options.rewrite) text = options.rewrite(text);
    },
  };
  return { ops, steps, get text() { return text; } };
}

const POST = 'See https://a.example/?utm_source=x&id=1 and https://b.example/?fbclid=9\n';
const EDITS: TextEdit[] = [
  { start: 23, end: 36, text: '' }, // utm_source=x&
  { start: 63, end: 72, text: '' }, // ?fbclid=9
];

describe('EditRecorder', () => {
  it('applies edits against the expected text as one step and returns the new text', () => {
    const ed = fakeEditor(POST);
    const result = new EditRecorder(ed.ops).apply(EDITS, POST);
    expect(result).toEqual({ ok: true, text: applyEdits(POST, EDITS) });
    expect(ed.steps).toHaveLength(1);
  });

  it('refuses a stale edit and changes nothing', () => {
    const ed = fakeEditor(POST + 'typed');
    expect(new EditRecorder(ed.ops).apply(EDITS, POST)).toMatchObject({ ok: false, reason: 'stale' });
    expect(ed.text).toBe(POST + 'typed');
  });

  it('refuses to write into a read-only editor', () => {
    const ed = fakeEditor(POST, { readOnly: true });
    expect(new EditRecorder(ed.ops).apply(EDITS, POST)).toMatchObject({ ok: false, reason: 'read-only' });
    expect(ed.text).toBe(POST);
  });

  it('refuses overlapping or out-of-range edits before touching the editor', () => {
    const ed = fakeEditor(POST);
    const r = new EditRecorder(ed.ops);
    expect(r.apply([{ start: 0, end: 5, text: '' }, { start: 3, end: 8, text: '' }], POST)).toMatchObject({ ok: false, reason: 'failed' });
    expect(r.apply([{ start: 0, end: POST.length + 1, text: '' }], POST)).toMatchObject({ ok: false, reason: 'failed' });
    expect(ed.steps).toHaveLength(0);
  });

  it('reports when the host rewrote the change instead of claiming success', () => {
    const ed = fakeEditor(POST, { rewrite: (t) => t.toUpperCase() });
    expect(new EditRecorder(ed.ops).apply(EDITS, POST)).toMatchObject({ ok: false, reason: 'failed' });
  });
});

describe('mapOffset', () => {
  const edits: TextEdit[] = [
    { start: 2, end: 5, text: 'X' }, // -2
    { start: 10, end: 10, text: 'abc' }, // +3
  ];
  it('shifts offsets after edits by what they added or removed', () => {
    expect(mapOffset(0, edits)).toBe(0);
    expect(mapOffset(5, edits)).toBe(3);
    expect(mapOffset(9, edits)).toBe(7);
    expect(mapOffset(12, edits)).toBe(13);
  });
  it('keeps an offset at the start of an edit before it, and moves one inside a replaced range to its end', () => {
    expect(mapOffset(2, edits)).toBe(2);
    expect(mapOffset(3, edits)).toBe(3);
    expect(mapOffset(10, edits)).toBe(8); // the caret stays before text inserted right at it
  });
});
