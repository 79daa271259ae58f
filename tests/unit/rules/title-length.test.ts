import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/title-length';
import { textWidth } from '../../../src/core/text/pixel-width';
import { pointed, runRule } from './run-rule';

const post = (title: string) => `---\ntitle: "${title}"\ndate: 2025-01-01\n---\nBody`;

describe('title-length', () => {
  it('leaves a short title alone, and 60 narrow characters too', () => {
    expect(runRule(rule, post('Inside Open Infrastructure: October 2025'))).toEqual([]);
    expect(runRule(rule, post('il'.repeat(30)))).toEqual([]);
  });

  it('flags a title of 60 wide capitals by width, saying where results cut it', () => {
    const title = 'WWWWW MMMMM '.repeat(5).trim(); // 59 characters, far over 600 px
    const text = post(title);
    const [d] = runRule(rule, text);
    expect(d!.severity).toBe('warning');
    expect(pointed(text, d!)).toBe(`"${title}"`);
    expect(d!.message).toMatch(/^The title is about \d+ px wide, more than the 600 px search results show\. Search results would cut it to “WWWWW MMMMM .*…”\./);
    const visible = d!.data!.visible as string;
    expect(title.startsWith(visible)).toBe(true);
    expect(textWidth(visible + '…', 20)).toBeLessThanOrEqual(600);
    expect(text.slice(0, d!.data!.cutOffset as number).endsWith(visible)).toBe(true);
  });

  it('has no character cap by default (width decides), but honours a site cap', () => {
    const title = 'il '.repeat(22).trim(); // 65 narrow characters
    expect(runRule(rule, post(title))).toEqual([]);
    const [d] = runRule(rule, post(title), { schema: { titleMaxLength: 60 } });
    expect(d!.message).toBe('The title is 65 characters (this site allows at most 60). Shorten it and put the words people search for first.');
  });

  it('reads the first configured title path and honours site limits', () => {
    const text = '---\nseo:\n  title: A fairly ordinary title\n---\n';
    expect(runRule(rule, text)).toEqual([]);
    expect(runRule(rule, text, { schema: { titleMaxLength: 10 } })[0]!.data!.path).toBe('seo.title');
    expect(runRule(rule, text, { schema: { titleMaxPixels: 100 } })[0]!.data!.visible).toBe('A fairly');
  });

  it('does not crash on odd titles', () => {
    expect(runRule(rule, '---\ntitle: [a, b]\n---\n')).toEqual([]);
    expect(runRule(rule, '---\ntitle: 12345\n---\n')).toEqual([]);
    expect(runRule(rule, '---\ntitle:\n---\n')).toEqual([]);
    expect(runRule(rule, '---\ntitle: |\n  ' + 'W'.repeat(80) + '\n---\n')[0]!.data!.cutOffset).toBeTypeOf('number');
  });
});
