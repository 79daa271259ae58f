import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/title-length';
import { textWidth } from '../../../src/core/text/pixel-width';
import { lint } from './lint';

// Which titles are flagged: tests/fixtures/rules/title-length/.
const post = (title: string) => `---\ntitle: "${title}"\ndate: 2025-01-01\n---\nBody`;

describe('title-length', () => {
  it('says where search results cut a title of 60 wide capitals', () => {
    const title = 'WWWWW MMMMM '.repeat(5).trim(); // 59 characters, far over 600 px
    const text = post(title);
    const [d] = lint(rule, text).diagnostics;
    expect(d!.message).toMatch(/^The title is about \d+ px wide, more than the 600 px search results show\. Search results would cut it to “WWWWW MMMMM .*…”\./);
    const visible = d!.data!.visible as string;
    expect(title.startsWith(visible)).toBe(true);
    expect(textWidth(visible + '…', 20)).toBeLessThanOrEqual(600);
    expect(text.slice(0, d!.data!.cutOffset as number).endsWith(visible)).toBe(true);
  });

  it('has no character cap by default (width decides), but honours a site cap', () => {
    const title = 'il '.repeat(22).trim(); // 65 narrow characters
    expect(lint(rule, post(title)).diagnostics).toEqual([]);
    const [d] = lint(rule, post(title), { schema: { titleMaxLength: 60 } }).diagnostics;
    expect(d!.message).toBe('The title is 65 characters (this site allows at most 60). Shorten it and put the words people search for first.');
  });

  it('reads the first configured title path and honours site limits', () => {
    const text = '---\nseo:\n  title: A fairly ordinary title\n---\n';
    expect(lint(rule, text).diagnostics).toEqual([]);
    expect(lint(rule, text, { schema: { titleMaxLength: 10 } }).diagnostics[0]!.data!.path).toBe('seo.title');
    expect(lint(rule, text, { schema: { titleMaxPixels: 100 } }).diagnostics[0]!.data!.visible).toBe('A fairly');
  });

  it('does not crash on odd titles', () => {
    expect(lint(rule, '---\ntitle: 12345\n---\n').diagnostics).toEqual([]);
    expect(lint(rule, '---\ntitle:\n---\n').diagnostics).toEqual([]);
    expect(lint(rule, '---\ntitle: |\n  ' + 'W'.repeat(80) + '\n---\n').diagnostics[0]!.data!.cutOffset).toBeTypeOf('number');
  });
});
