import type { Heading } from '../types';

/**
 * Every `#fragment` a post's page will have: its headings' anchors (generated slugs, or the ids
 * written as `{#id}`), and the `id` and `name` attributes of its raw HTML (`<a name="top">`,
 * `<span id="faq">`, `<h2 id="x">`). HTML inside code (fenced, indented or inline) is not HTML.
 */
export function postAnchors(headings: readonly Pick<Heading, 'slug'>[], body = ''): Set<string> {
  const anchors = new Set(headings.map((h) => h.slug));
  if (!/\b(?:id|name)\s*=/i.test(body)) return anchors;
  // The fence's run ends where it ends ((?!`)): letting it give back characters made a long run
  // with no line break after it quadratic (1.5 s on 30,000 backticks).
  const html = withoutCodeSpans(body.replace(/^( {0,3})(`{3,}(?!`)|~{3,}(?!~))[^\n]*\n[\s\S]*?(?:^ {0,3}\2[`~]*[ \t]*$|(?![\s\S]))/gm, ''));
  for (const tag of html.matchAll(/<[a-z][a-z0-9-]*\b[^>]*>/gi)) {
    for (const a of tag[0].matchAll(/\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
      const value = a[1] ?? a[2] ?? a[3] ?? '';
      if (value) anchors.add(value);
    }
  }
  return anchors;
}

/**
 * The text without its inline code spans, as CommonMark reads them: a run of backticks opens a
 * span that the next run of the same length closes; a run that nothing closes is plain text.
 * One pass with a pointer per run length: a pattern with a backreference was quadratic over a
 * hostile draft's long run of backticks (1.1 s on 30,000).
 */
export function withoutCodeSpans(text: string): string {
  const runs: Array<{ at: number; length: number }> = [];
  for (const m of text.matchAll(/`+/g)) runs.push({ at: m.index!, length: m[0].length });
  if (runs.length < 2) return text;
  // For every run, the index of the next run of the same length (or -1).
  const nextSame = new Array<number>(runs.length).fill(-1);
  const lastOfLength = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    nextSame[i] = lastOfLength.get(runs[i]!.length) ?? -1;
    lastOfLength.set(runs[i]!.length, i);
  }
  let out = '';
  let from = 0;
  for (let i = 0; i < runs.length; i++) {
    const closer = nextSame[i]!;
    if (closer < 0) continue;
    out += text.slice(from, runs[i]!.at);
    from = runs[closer]!.at + runs[closer]!.length;
    i = closer;
  }
  return out + text.slice(from);
}

/**
 * The fragment a link points at, as the browser will look it up: markdown backslash escapes
 * undone (`#a\_b` is `#a_b`) and %XX decoded. Both the decoded and the written form are tried.
 */
export function fragmentCandidates(url: string): string[] {
  const written = url.trim().replace(/^#/, '');
  const unescaped = written.replace(/\\([!-\/:-@[-`{-~])/g, '$1');
  const out = new Set([written, unescaped]);
  for (const f of [written, unescaped]) {
    try {
      out.add(decodeURIComponent(f));
    } catch {
      // not valid percent-encoding: keep as written
    }
  }
  return [...out];
}
