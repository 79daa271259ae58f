import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { safeLex } from '../../../src/core/parse/safe-markdown';
import rule from '../../../src/core/rules/parser-limits';
import type { Finding, RuleContext } from '../../../src/core/types';
import { fixPost } from '../../../src/cli/fix-loop';
import { lint, RULE_FIXTURES } from './lint';

const fixture = (name: string) => readFileSync(join(RULE_FIXTURES, 'parser-limits', name), 'utf8');

/**
 * marked fails on a block it can't read with a RangeError (call stack or regex stack). The real
 * failures need megabytes, so this instance fails the same way, on purpose, on any block longer
 * than LIMIT characters and on inline text starting with `!!BOOM`.
 */
const LIMIT = 2000;
const failing = new Marked({
  gfm: true,
  extensions: [
    {
      name: 'too-long',
      level: 'block',
      tokenizer(src: string) {
        const blank = src.indexOf('\n\n');
        if ((blank < 0 ? src.length : blank) > LIMIT) throw new RangeError('Maximum call stack size exceeded');
        return undefined;
      },
    },
    {
      name: 'boom',
      level: 'inline',
      start: (src: string) => src.indexOf('!!BOOM'),
      tokenizer(src: string) {
        if (src.startsWith('!!BOOM')) throw new RangeError('Maximum call stack size exceeded');
        return undefined;
      },
    },
  ],
});

function hrefs(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  const walk = (list: readonly Token[]) => {
    for (const t of list) {
      if (t.type === 'link') out.push((t as Tokens.Link).href);
      const children = (t as { tokens?: Token[] }).tokens;
      if (children) walk(children);
      if (t.type === 'list') for (const item of (t as Tokens.List).items) walk(item.tokens);
    }
  };
  walk(tokens);
  return out;
}

const line = (i: number) => `Line ${i} of the long paragraph with [link ${i}](https://harbour.test/${i}).`;

describe('safeLex on input marked cannot read whole', () => {
  it('reads a paragraph too long to lex at once in pieces: every link kept, the split said', () => {
    const paragraph = Array.from({ length: 100 }, (_, i) => line(i)).join('\n');
    const text = `Intro with [a](https://harbour.test/intro).\n\n${paragraph}\n\n[ref]: https://harbour.test/ref\n\nOutro [b][ref].\n`;
    const { tokens, notices } = safeLex(failing, text, 500);
    expect(hrefs(tokens)).toEqual(['https://harbour.test/intro', ...Array.from({ length: 100 }, (_, i) => `https://harbour.test/${i}`), 'https://harbour.test/ref']);
    expect(notices).toEqual([{ start: text.indexOf('Line 0'), end: text.indexOf('\n\n[ref]') + 2, kind: 'split' }]);
  });

  it('keeps only a line that fails on its own as text, and reads the blocks and lines around it', () => {
    const long = `A single line of ${'x'.repeat(LIMIT)} with [lost](https://harbour.test/lost)`;
    const text = `Before [a](https://harbour.test/a).\n\n${long}\n\nAfter [b](https://harbour.test/b).\n`;
    const { tokens, notices } = safeLex(failing, text, 500);
    expect(hrefs(tokens)).toEqual(['https://harbour.test/a', 'https://harbour.test/b']);
    expect(notices).toEqual([{ start: text.indexOf('A single'), end: text.indexOf('\n\nAfter'), kind: 'unread' }]);
  });

  it('halves inline text that fails between lines: the other lines of the paragraph keep their links', () => {
    const text = 'One [a](https://harbour.test/a)\n!!BOOM [lost](https://harbour.test/lost)\nThree [c](https://harbour.test/c)\n';
    const { tokens, notices } = safeLex(failing, text);
    expect(hrefs(tokens)).toEqual(['https://harbour.test/a', 'https://harbour.test/c']);
    const at = text.indexOf('!!BOOM');
    expect(notices).toEqual([{ start: at, end: text.indexOf('\nThree'), kind: 'unread' }]);
  });

  it('reads what it can read whole without a notice', () => {
    expect(safeLex(failing, 'Short [a](https://harbour.test/a).\n')).toMatchObject({ notices: [] });
  });
});

describe('parser-limits', () => {
  it('names the line that was not read and says its links went unchecked; the rest of the post is checked and fixed', () => {
    const text = fixture('deep-quote.md');
    const r = lint(rule, text);
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0]!;
    expect(d.line).toBe(6);
    expect(d.message).toMatch(/^Line 6 \(20 thousand characters\) could not be read by the markdown parser: too long, or nested too deeply\. The links, headings and formatting in it were not checked/);
    const all = analyze(text, { preview: false, suggestions: false });
    const tracking = all.diagnostics.filter((x) => x.ruleId === 'tracking-params').map((x) => x.line);
    expect(tracking).toEqual([4, 8]);
    const fixed = fixPost(text).text;
    expect(fixed).toBe(text.replaceAll('?utm_source=mail)', ')').replace('map)', 'map?utm_source=mail)'));
  }, 60_000); // each read overflows marked's stack on purpose (~0.3 s alone, seconds under load)

  it('says a block read in pieces was checked whole (an info)', () => {
    const text = `---\ntitle: Big\n---\n${Array.from({ length: 100 }, (_, i) => line(i)).join('\n')}\n`;
    const notices = [{ start: text.indexOf('Line 0'), end: text.length, kind: 'split' as const }];
    const [d] = rule.check({ text, notices } as unknown as RuleContext) as Finding[];
    expect(d).toMatchObject({ severity: 'info', start: text.indexOf('Line 0'), end: text.indexOf('\nLine 1') });
    expect(d!.message).toMatch(/^Lines 4–103 \(\d+ thousand characters\) form one block too long for the markdown parser to read at once\. It was read in pieces, so everything in it was checked/);
  });
});
