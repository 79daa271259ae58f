import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEditor, type Descendant, type Editor, type Operation } from 'slate';
import { applyEdits } from '../../../src/core/fix';
import type { TextEdit } from '../../../src/core/types';
import {
  BATCH_MARK, align, offsetToPoint, pointToOffset, rawLines, rawOffsetToPoint, rawOps, rawPointToOffset, richOps, type SlateNode,
} from '../../../src/editors/decap/slate';

/*
 * The values below are written the way Decap's markdown widget builds them (remarkSlate: links
 * as inline elements with data.url/title, marks as booleans plus a `marks` list, code blocks and
 * images as shortcodes), and the operations are applied with the real Slate.
 */

function editorWith(children: SlateNode[]): Editor {
  const editor = createEditor();
  const isInline = editor.isInline;
  const isVoid = editor.isVoid;
  editor.isInline = (el) => ['link', 'image', 'break'].includes((el as SlateNode).type ?? '') || isInline(el);
  editor.isVoid = (el) => ['image', 'shortcode', 'break'].includes((el as SlateNode).type ?? '') || isVoid(el);
  editor.children = structuredClone(children) as Descendant[];
  return editor;
}

function run(editor: Editor, ops: ReturnType<typeof rawOps>) {
  editor.withoutNormalizing(() => {
    for (const op of [BATCH_MARK(), ...ops!, BATCH_MARK()]) editor.apply(structuredClone(op) as Operation);
  });
  return editor.children as SlateNode[];
}

const replaceOnce = (text: string, find: string, by: string): TextEdit => {
  const start = text.indexOf(find);
  if (start < 0 || text.indexOf(find, start + 1) >= 0) throw new Error(`one "${find}" expected`);
  return { start, end: start + find.length, text: by };
};

const p = (...children: SlateNode[]): SlateNode => ({ type: 'paragraph', children });
const t = (text: string, marks: string[] = []): SlateNode => ({ text, ...Object.fromEntries(marks.map((m) => [m, true])), ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}) });
const link = (url: string, children: SlateNode[], title: string | null = null): SlateNode => ({ type: 'link', data: { title, url }, children });

const BODY = [
  'Welcome back. This month we planted bulbs along the north fence.',
  '',
  'Read the [planting guide](https://example.org/guide?utm_source=newsletter&utm_medium=email&page=2 "The guide") before **the next** meeting.',
  '',
  '## What we planted',
  '',
  '**Bulbs and seeds**',
  '',
  '* Tulips, *mostly* red',
  '* Crocus \\*new\\* this year',
  '',
  '1. Dig',
  '2. Plant <https://youtu.be/abc?si=Qw3rTy>',
  '',
  '```js',
  'const x = "[not a link](here)";',
  '```',
  '',
  '![A bed of tulips](/img/tulips.jpg)',
  '',
  'Watch the [compost video](https://youtu.be/abc123XYZ?si=Qw3rTy) if you missed the\u200b workshop.',
].join('\n');

const VALUE: SlateNode[] = [
  p(t('Welcome back. This month we planted bulbs along the north fence.')),
  p(t('Read the '), link('https://example.org/guide?utm_source=newsletter&utm_medium=email&page=2', [t('planting guide')], 'The guide'), t(' before '), t('the next', ['bold']), t(' meeting.')),
  { type: 'heading-two', children: [t('What we planted')] },
  p(t('Bulbs and seeds', ['bold'])),
  {
    type: 'bulleted-list',
    data: { start: null },
    children: [
      { type: 'list-item', children: [p(t('Tulips, '), t('mostly', ['italic']), t(' red'))] },
      { type: 'list-item', children: [p(t('Crocus *new* this year'))] },
    ],
  },
  {
    type: 'numbered-list',
    data: { start: 1 },
    children: [
      { type: 'list-item', children: [p(t('Dig'))] },
      { type: 'list-item', children: [p(t('Plant '), link('https://youtu.be/abc?si=Qw3rTy', [t('https://youtu.be/abc?si=Qw3rTy')]), t(''))] },
    ],
  },
  { type: 'shortcode', data: { shortcode: 'code-block', shortcodeData: { code: 'const x = "[not a link](here)";', lang: 'js' }, id: 'code-block', shortcodeNew: true }, children: [t('')] },
  { type: 'shortcode', data: { shortcode: 'image', shortcodeData: { image: '/img/tulips.jpg', alt: 'A bed of tulips' }, id: 'image', shortcodeNew: true }, children: [t('')] },
  p(t('Watch the '), link('https://youtu.be/abc123XYZ?si=Qw3rTy', [t('compost video')]), t(' if you missed the\u200b workshop.')),
];

const linkUrls = (nodes: SlateNode[]): string[] =>
  nodes.flatMap((n) => [...(n.type === 'link' ? [(n.data as { url: string }).url] : []), ...linkUrls(n.children ?? [])]);

describe('align: Decap’s rich-text tree against its markdown', () => {
  it('places every leaf, address and block of a varied post', () => {
    const a = align(VALUE, BODY);
    expect(a.complete).toBe(true);
    const texts = a.segments.filter((s) => s.kind === 'text' && s.end > s.start);
    for (const s of texts) {
      const md = BODY.slice(s.start, s.end);
      expect(md.replace(/\\/g, '')).toBe(md.includes('\\') ? 'Crocus *new* this year' : md);
    }
    const urls = a.segments.filter((s) => s.kind === 'data').map((s) => BODY.slice(s.start, s.end));
    expect(urls).toEqual([
      'https://example.org/guide?utm_source=newsletter&utm_medium=email&page=2', 'The guide',
      'https://youtu.be/abc?si=Qw3rTy', 'A bed of tulips', '/img/tulips.jpg', 'https://youtu.be/abc123XYZ?si=Qw3rTy',
    ]);
  });

  it('does not align a tree that says something else: another text, a lost emphasis, another heading level, another address', () => {
    expect(align(VALUE, BODY.replace('north fence', 'south fence')).complete).toBe(false);
    expect(align(VALUE, BODY.replace('**the next**', 'the next')).complete).toBe(false);
    expect(align(VALUE, BODY.replace('## What', '### What')).complete).toBe(false);
    expect(align(VALUE, BODY.replace('abc123XYZ?si', 'abc123XYZ?xx')).complete).toBe(false);
    expect(align(VALUE, `${BODY}\n\nOne more paragraph.`).complete).toBe(false);
    // …and a partial alignment keeps what it placed before the mismatch.
    const partial = align(VALUE, BODY.replace('missed the', 'skipped the'));
    expect(partial.complete).toBe(false);
    expect(partial.segments.some((s) => s.kind === 'data' && BODY.slice(s.start, s.end) === '/img/tulips.jpg')).toBe(true);
  });

  it('maps offsets to points and back', () => {
    const a = align(VALUE, BODY);
    const at = BODY.indexOf('north fence');
    const point = offsetToPoint(a, BODY, at, 'forward')!;
    expect(point).toEqual({ path: [0, 0], offset: 'Welcome back. This month we planted bulbs along the '.length });
    expect(pointToOffset(a, BODY, point)).toBe(at);
    // Escaped text: the backslashes are not in the leaf.
    const esc = BODY.indexOf('this year');
    const q = offsetToPoint(a, BODY, esc, 'forward')!;
    expect(q).toEqual({ path: [4, 1, 0, 0], offset: 'Crocus *new* '.length });
    expect(pointToOffset(a, BODY, q)).toBe(esc);
    // In an address: the link's text.
    expect(offsetToPoint(a, BODY, BODY.indexOf('utm_source'), 'forward')).toEqual({ path: [1, 1, 0], offset: 0 });
    expect(offsetToPoint(a, BODY, BODY.indexOf('utm_source'), 'backward')).toEqual({ path: [1, 1, 0], offset: 'planting guide'.length });
    // In syntax (the heading's `## `): the next text.
    expect(offsetToPoint(a, BODY, BODY.indexOf('## What'), 'forward')).toEqual({ path: [2, 0], offset: 0 });
  });
});

describe('richOps: fixes as Slate operations on the widget’s own value', () => {
  it('"Clean links": link addresses (one set_node each, several edits in one address merged) and an autolink’s text with it', () => {
    const edits = [
      replaceOnce(BODY, 'utm_source=newsletter&', ''),
      replaceOnce(BODY, 'utm_medium=email&', ''),
      replaceOnce(BODY, 'abc?si=Qw3rTy>', 'abc>'),
      replaceOnce(BODY, '123XYZ?si=Qw3rTy', '123XYZ'),
    ];
    // The autolink edit must stay inside the address: make it so.
    edits[2] = { start: BODY.indexOf('abc?si=Qw3rTy>') + 3, end: BODY.indexOf('abc?si=Qw3rTy>') + 13, text: '' };
    const want = applyEdits(BODY, edits);
    const ops = richOps(VALUE, BODY, edits)!;
    expect(ops.filter((o) => o.type === 'set_node')).toHaveLength(3);
    const editor = editorWith(VALUE);
    editor.selection = { anchor: { path: [8, 2], offset: 5 }, focus: { path: [8, 2], offset: 5 } };
    const after = run(editor, ops);
    expect(linkUrls(after)).toEqual(['https://example.org/guide?page=2', 'https://youtu.be/abc', 'https://youtu.be/abc123XYZ']);
    expect(align(after, want).complete).toBe(true);
    // The caret, in a text the fix did not touch, stays put.
    expect(editor.selection).toEqual({ anchor: { path: [8, 2], offset: 5 }, focus: { path: [8, 2], offset: 5 } });
  });

  it('removes a pasted zero-width space inside a leaf; a caret after it moves back by one', () => {
    const edits = [replaceOnce(BODY, '\u200b', '')];
    const editor = editorWith(VALUE);
    const caret = { path: [8, 2], offset: ' if you missed the\u200b work'.length };
    editor.selection = { anchor: caret, focus: caret };
    const after = run(editor, richOps(VALUE, BODY, edits)!);
    expect(align(after, applyEdits(BODY, edits)).complete).toBe(true);
    expect(editor.selection!.anchor).toEqual({ path: [8, 2], offset: caret.offset - 1 });
  });

  it('changes a heading’s level, and turns a paragraph of bold text into a heading', () => {
    // As heading-increment and emphasis-as-heading write them: the `#` run only; the emphasis whole.
    const edits = [replaceOnce(BODY, '## What', '###'), replaceOnce(BODY, '**Bulbs and seeds**', '### Bulbs and seeds')];
    edits[0]!.end = edits[0]!.start + 2;
    const after = run(editorWith(VALUE), richOps(VALUE, BODY, edits)!);
    expect(after[2]!.type).toBe('heading-three');
    expect(after[3]).toEqual({ type: 'heading-three', children: [{ text: 'Bulbs and seeds' }] });
    expect(align(after, applyEdits(BODY, edits)).complete).toBe(true);
  });

  it('an image’s alt text and address (Decap’s image shortcode)', () => {
    const edits = [replaceOnce(BODY, 'A bed of tulips', 'Red tulips by the fence'), replaceOnce(BODY, '/img/tulips.jpg', 'https://cdn.example.org/tulips.jpg')];
    const after = run(editorWith(VALUE), richOps(VALUE, BODY, edits)!);
    expect((after[7]!.data as { shortcodeData: unknown }).shortcodeData).toEqual({ image: 'https://cdn.example.org/tulips.jpg', alt: 'Red tulips by the fence' });
    expect(align(after, applyEdits(BODY, edits)).complete).toBe(true);
  });

  it('leaves to the fallback what it can’t map: new blocks, syntax, edits across leaves, code, text markdown would read as syntax', () => {
    for (const e of [
      { start: BODY.indexOf('Welcome'), end: BODY.indexOf('Welcome'), text: '<!-- post-preflight-disable -->\n\n' },
      replaceOnce(BODY, '* Tulips', '- Tulips'),
      replaceOnce(BODY, 'before **the', 'after **the'),
      replaceOnce(BODY, 'const x', 'let x'),
      replaceOnce(BODY, 'north fence', '*north* fence'),
      replaceOnce(BODY, 'the next** meeting', 'the next meeting'),
    ]) expect(richOps(VALUE, BODY, [e]), JSON.stringify(e)).toBeUndefined();
    expect(richOps(VALUE, `${BODY}\n\nmore`, [])).toBeUndefined();
  });
});

describe('markdown mode: one paragraph per line', () => {
  const lines = ['---', 'Line one', '', 'Read [x](https://a.example/?utm_source=z)', 'last'];
  const value = lines.map((text) => p(t(text)));
  const md = lines.join('\n');

  it('maps offsets and points both ways', () => {
    expect(rawLines(value)).toEqual(lines);
    for (let i = 0; i <= md.length; i++) expect(rawPointToOffset(lines, rawOffsetToPoint(lines, i))).toBe(i);
    expect(rawLines([p(t('a'), t('b', ['bold']))])).toBeUndefined();
  });

  it('turns any edits into operations whose result is the edited text (property, real Slate), keeping the caret on its text', () => {
    const piece = fc.constantFrom('', 'a', 'bc', '\n', 'x\ny', '\n\n', 'é');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(md.length), fc.nat(6), piece), { maxLength: 4 }),
        fc.nat(md.length),
        (raw, caretAt) => {
          // Sorted, non-overlapping edits.
          const edits: TextEdit[] = [];
          let floor = 0;
          for (const [at, len, text] of [...raw].sort((x, y) => x[0] - y[0])) {
            const start = Math.max(at, floor);
            if (start > md.length) break;
            const end = Math.min(md.length, start + len);
            edits.push({ start, end, text });
            floor = end + 1;
          }
          const editor = editorWith(value);
          const caret = rawOffsetToPoint(lines, caretAt);
          editor.selection = { anchor: caret, focus: caret };
          const after = run(editor, rawOps(value, edits));
          const want = applyEdits(md, edits);
          expect(rawLines(after)!.join('\n')).toBe(want);
          // The caret sits where the text it was in went (an edit around it moves it to its end).
          const moved = rawPointToOffset(rawLines(after)!, editor.selection!.anchor)!;
          const before = md.slice(Math.max(0, caretAt - 1), caretAt);
          if (!edits.some((e) => e.start <= caretAt && caretAt <= e.end)) expect(want.slice(moved - before.length, moved)).toBe(before);
        },
      ),
      { numRuns: 400 },
    );
    // ~1.5 s alone; generous for a loaded CI machine running files in parallel.
  }, 30_000);
});
