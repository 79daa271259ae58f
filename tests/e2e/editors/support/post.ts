import type { TextEdit } from '../../../../src/core/types';
import { parsePost } from '../../../../src/core/parse/post';

/**
 * A long newsletter post (~3,000 lines), far more than any editor renders at once, with tracking
 * links of every kind, non-ASCII text (UTF-16 offsets) and a commented, quoted frontmatter.
 */
export function longPost(lines = 3000): string {
  const out = [
    '---',
    '# edited by hand, keep the quotes',
    "title: 'Field notes: the spring issue'",
    'date: 2026-04-01',
    'seo:',
    '  description: "Short."',
    'tags: [garden, notes]',
    '---',
    '',
    '# Field notes',
    '',
  ];
  for (let i = 0; out.length < lines; i++) {
    const section = i % 6;
    if (section === 0) out.push(`## Part ${i} — café notes ☕`, '');
    else if (section === 1) out.push(`Read [the story ${i}](https://news.example.com/s/${i}?utm_source=newsletter&id=${i}&utm_medium=email) today.`);
    else if (section === 2) out.push(`A bare one: https://shop.example.org/p/${i}?ref=home&fbclid=IwAR${i}x and more 🌱 text.`);
    else if (section === 3) out.push(`An autolink <https://blog.example.net/${i}?gclid=Cj${i}&page=2> in line ${i}.`);
    else if (section === 4) out.push(`Plain prose line ${i}, nothing to clean here: https://example.com/keep?id=${i}.`);
    else out.push('');
  }
  return out.slice(0, lines).join('\n') + '\n';
}

const TRACKING = /^(utm_[a-z]+|fbclid|gclid)$/;

/** The "clean links" fix, computed the way a rule does: one edit per link URL, nothing else touched. */
export function trackingEdits(text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const link of parsePost(text).links) {
    const q = link.url.indexOf('?');
    if (q < 0) continue;
    const params = link.url.slice(q + 1).split('&');
    const kept = params.filter((p) => !TRACKING.test(p.split('=')[0] ?? ''));
    if (kept.length === params.length) continue;
    const url = link.url.slice(0, q) + (kept.length ? `?${kept.join('&')}` : '');
    edits.push({ start: link.urlStart, end: link.urlEnd, text: url });
  }
  return edits;
}
