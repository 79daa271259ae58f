import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/replacement-character';
import { lint, post } from './lint';

describe('replacement-character', () => {
  it('one finding per post, at the first “�”, counting every one outside code', () => {
    const r = lint(rule, post('Caf\uFFFD and mus\uFFFD\uFFFDe, `\uFFFD` in code.\n\n    indented \uFFFD\n\nr\uFFFDsum\uFFFD\n', 'title: A post'));
    expect(r.diagnostics).toHaveLength(1);
    const [d] = r.diagnostics;
    expect(r.at(d!)).toBe('\uFFFD');
    expect(d!.line).toBe(4);
    expect(d!.message).toBe('“�” stands for a character lost to a wrong encoding, 5 times in this post (the file was not saved as UTF-8, or the text was pasted from a broken page). Convert the file to UTF-8, or type the characters again.');
  });

  it('a single one is named in the singular, and in the post’s UI language', () => {
    const one = lint(rule, post('Caf\uFFFD.\n'));
    expect(one.diagnostics[0]!.message).toMatch(/^“�” stands for a character lost to a wrong encoding \(/);
    expect(lint(rule, post('Caf\uFFFD, mus\uFFFDe.\n'), { locale: 'de' }).diagnostics[0]!.message).toContain('2-mal');
  });

  it('nothing to say about ordinary accents, or a “�” only in code', () => {
    expect(lint(rule, post('Café, crêpes, naïve.\n\n```\ncaf\uFFFD\n```\n')).diagnostics).toEqual([]);
  });

  it('has no fix: the lost characters cannot be known', () => {
    const r = lint(rule, post('Caf\uFFFD.\n'));
    expect(r.fixed()).toBe(r.text);
    expect(r.diagnostics[0]!.suggestions ?? []).toEqual([]);
  });
});
