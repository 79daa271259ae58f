/**
 * Texts for honest timing: as when someone types, every timed call sees a body that differs
 * from the one before, so no cache keyed on the body text (or its tokens) can hit. Variant i
 * rewrites one word of one prose paragraph (the paragraph rotates through the post, the word
 * through the paragraph), which also moves every offset after it by a few characters.
 */
const TYPED = ['quietly', 'harbourside', 'tomorrow', 'volunteers', 'lanterns', 'seasonal', 'evenings'];

export interface VariantOptions {
  /** Also vary the frontmatter (the title), so the frontmatter-parse cache cannot hit either. */
  cold?: boolean;
  /** Vary only the title, as when someone types in the title field: the body stays as it is. */
  titleOnly?: boolean;
}

export function variants(text: string, count: number, opts: VariantOptions = {}): string[] {
  const fmEnd = text.indexOf('\n---', 4) + 4;
  const head = text.slice(0, fmEnd);
  const body = text.slice(fmEnd);
  // Prose paragraphs: lines that start with a capital letter (not headings, lists, images).
  const starts: number[] = [];
  for (const m of body.matchAll(/^[A-Z][^\n]*$/gm)) starts.push(m.index!);
  if (!starts.length) throw new Error('variants: the post has no prose paragraph to edit');
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = starts[(i * 7) % starts.length]!;
    const lineEnd = body.indexOf('\n', at) < 0 ? body.length : body.indexOf('\n', at);
    const words = body.slice(at, lineEnd).split(' ');
    const w = 1 + (i % Math.max(1, words.length - 2)); // never the first word (keeps the capital) or the last (keeps the full stop)
    words[w] = `${TYPED[i % TYPED.length]}${i}`;
    const newBody = opts.titleOnly ? body : body.slice(0, at) + words.join(' ') + body.slice(lineEnd);
    const newHead = opts.cold || opts.titleOnly ? head.replace(/^title: "(.*)"$/m, `title: "$1 ${i}"`) : head;
    out.push(newHead + newBody);
  }
  // Guard the premise: consecutive texts must differ (each carries its own index in the body, or in the title).
  for (let i = 0; i < count; i++) if (out[i] === out[(i + 1) % count]) throw new Error('variants: two consecutive texts are equal');
  return out;
}
