import { describe, expect, it } from 'vitest';
import { parsePost } from '../../../src/core/parse/post';
import { composeRoundup, joinNames } from '../../../src/core/suggest/compose';
import { headingsOf, proseUnits } from '../../../src/core/suggest/prose';

const limits = { minLength: 120, maxLength: 156, maxPixels: 990 };

function compose(md: string, title?: string, lang: Parameters<typeof composeRoundup>[3] = 'en', vocabulary: string[] = []) {
  const post = parsePost(md);
  return composeRoundup(headingsOf(post.body), proseUnits(post.body, 10_000), title, lang, new Set(vocabulary), limits);
}

describe('roundups described by what they cover', () => {
  const release = [
    '## Highlights',
    'Text.',
    '## 🪵 Better logging for server-side rendering',
    'Text.',
    '## Preview mode for drafts {#preview}',
    'Text.',
    '## Server pages',
    'Text.',
    '## Faster builds for the harbour timing app',
    'Text.',
    '## Bug fixes',
    'Text.',
    "## What's next?",
    'Text.',
  ].join('\n\n');

  it('names the specific section headings in order, generic ones ("Highlights", "Bug fixes", "What’s next") left out', () => {
    const out = compose(release, 'Harbour App 3.11', 'en', ['logging', 'preview', 'mode', 'server', 'pages', 'faster', 'builds']);
    const plain = out.find((c) => !c.text.startsWith('Harbour App'))!;
    expect(plain.text).toBe('Better logging for server-side rendering, preview mode for drafts, server pages and faster builds for the harbour timing app.');
    expect(plain.parts).toBe(4);
    expect(plain.from).toBe('headings');
  });

  it('offers the same list after the title when the list alone is too short, within the limits', () => {
    const out = compose(release, 'Harbour App 3.11 is out with a redesigned regatta timer', 'en', ['better', 'logging', 'preview', 'mode', 'server', 'pages', 'faster', 'builds']);
    const titled = out.find((c) => c.text.startsWith('Harbour App'))!;
    // All four names would be too long after the title: the first three, "and more".
    expect(titled.text).toBe('Harbour App 3.11 is out with a redesigned regatta timer: better logging for server-side rendering, preview mode for drafts, server pages and more.');
    expect(titled.names).toBe('better logging for server-side rendering, preview mode for drafts, server pages and more.');
    for (const c of out) expect([...c.text].length).toBeLessThanOrEqual(156);
  });

  it('keeps names as written unless the post writes the word in lower case', () => {
    const md = ['## OpenInfra Summit Sessions Available to Stream', '## Kata Containers', '## OpenStack Flamingo Released', '## Zuul Stops Merging Broken Code'].join('\n\nText.\n\n');
    const [c] = compose(md, undefined, 'en', ['sessions', 'available', 'released', 'stops', 'merging', 'broken', 'code']);
    expect(c!.text).toBe('OpenInfra Summit sessions available to Stream, Kata Containers, OpenStack Flamingo released and Zuul stops merging broken code.');
  });

  it('uses the first items of short lists when the headings are too few', () => {
    const md = 'Our news this month:\n\n- New boathouse doors\n- Junior camp dates\n- A second safety launch\n- Coaching course for parents\n';
    const [c] = compose(md, 'Harbour rowing club news for members and friends in May', 'en', ['new', 'junior', 'coaching', 'a']);
    expect(c!.from).toBe('list items');
    expect(c!.text).toContain('junior camp dates, a second safety launch');
  });

  it('skips commit lines, questions and long sentences as names', () => {
    const md = '- 08de88e feat: add a thing\n- 2ba3025 fix: another thing\n- Why does it matter?\n- The junior quad finished the course in a record time after a long winter.\n';
    expect(compose(md, 'Release')).toEqual([]);
  });

  it('joins names the way each language does', () => {
    expect(joinNames('', ['A', 'B', 'C'], false, 'es')).toBe('A, B y C.');
    expect(joinNames('', ['A', 'B', 'C'], true, 'fr')).toBe('A, B, C et plus encore.');
    expect(joinNames('', ['新しいパネル', 'ショートカット'], true, 'ja')).toBe('新しいパネル、ショートカットなど。');
    expect(joinNames('标题', ['性能面板', '记录器'], false, 'zh')).toBe('标题：性能面板、记录器。');
  });
});
