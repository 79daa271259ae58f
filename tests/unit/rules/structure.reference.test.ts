import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { applyEdits } from '../../../src/core/fix';

const lines = (body: string, ruleId: string) => {
  const text = `---\ntitle: T\n---\n${body}\n`;
  const report = analyze(text, { preview: false, suggestions: false });
  return report.diagnostics.filter((d) => d.ruleId === ruleId).map((d) => d.line - 3);
};

describe('emphasis-as-heading agrees with markdownlint MD036', () => {
  it('still flags a short bold or italic line', () => {
    expect(lines('\n**Section one**\n\nText.', 'emphasis-as-heading')).toEqual([2]);
  });

  it('not in blockquotes, not on emphasised images, not across hard line breaks, not with a comment inside', () => {
    expect(lines('\n> **Quoted label**\n\n> _Text text_', 'emphasis-as-heading')).toEqual([]);
    expect(lines('\n*![A chart of build times](chart.png)*\n\n**![Logo](logo.png)**', 'emphasis-as-heading')).toEqual([]);
    expect(lines('\n*hard  \nbreak*\n\n*hard\\\nbreak*', 'emphasis-as-heading')).toEqual([]);
    expect(lines('\n*Section <!-- note --> six*', 'emphasis-as-heading')).toEqual([]);
    // MD036 flags plain text only: words with a link are a caption or a pointer, not a label.
    expect(lines('\n_See this example in the [playground](https://play.test/#x)_\n\n**Notes on [v2](https://v.test)**', 'emphasis-as-heading')).toEqual([]);
  });

  it('not text ending in CJK sentence punctuation', () => {
    for (const end of ['。', '！', '？', '；', '，']) expect(lines(`\n**これは見出しではありません${end}**`, 'emphasis-as-heading'), end).toEqual([]);
    expect(lines('\n**見出しのような行**', 'emphasis-as-heading')).toEqual([2]);
  });
});

describe('image-alt agrees with markdownlint MD045', () => {
  it('accepts <img aria-hidden="true"> without alt (any case, multi-line tag), not aria-hidden="false"', () => {
    expect(lines('\n<img src="a.png" aria-hidden="true"/>\n<img src="b.png" ARIA-HIDDEN="TRUE" />\n<img\n  src="c.png"\n  aria-hidden="true"\n/>', 'image-alt')).toEqual([]);
    expect(lines('\n<img src="d.png" aria-hidden="false"/>', 'image-alt')).toEqual([2]);
  });
});

describe('bare-url agrees with markdownlint MD034', () => {
  it('ignores URLs shown as code: <code>, <pre>, inline code', () => {
    expect(lines('\nText <code>https://example.com/pass</code> text.\n\nNot <pre>https://example.com</pre> bare.\n\nAnd `https://example.com/code`.', 'bare-url')).toEqual([]);
    expect(lines('\nText <code>https://example.com/pass</code> text https://example.com/fail text.', 'bare-url')).toEqual([2]);
  });
});

describe('reversed-link (markdownlint MD011)', () => {
  it('reports (text)[url] with a fix that swaps the brackets, not in code, footnotes, escapes or before a link', () => {
    const body = '\nGo to (this website)[https://www.example.com].\n\n`a(b)[0]`\n\n(note)[^1]\n\nGo to (this)[website](https://example.com)\n\nxxx\\(xxx)[xxx] and xxx(xxx)[xxx\\]';
    const text = `---\ntitle: T\n---\n${body}\n`;
    const found = analyze(text, { preview: false, suggestions: false }).diagnostics.filter((d) => d.ruleId === 'reversed-link');
    expect(found.map((d) => d.line - 3)).toEqual([2]);
    expect(applyEdits(text, found[0]!.fix!.edits)).toContain('Go to [this website](https://www.example.com).');
    // The URL inside is not also reported as a bare URL.
    expect(lines(body, 'bare-url')).toEqual([]);
  });

  it('offers the swap as a suggestion, not a fix, when the bracketed part is not an address', () => {
    const found = analyze('(see the table)[figure 3] and (see below)[1] and (docs)[docs.example.org/start]\n', { preview: false, suggestions: false }).diagnostics.filter((d) => d.ruleId === 'reversed-link');
    expect(found).toHaveLength(3);
    expect(found.map((d) => d.fix !== undefined)).toEqual([false, false, true]);
    expect(found.map((d) => d.suggestions?.[0]?.edits[0]?.text)).toEqual(['[see the table](figure 3)', '[see below](1)', undefined]);
  });
});

describe('empty-link-text: links that go nowhere (markdownlint MD042)', () => {
  it('reports [text](), [text](<>), [text](#) and references to [x]: #', () => {
    const body = '\n[a]() [b](<>) [c](#) [d]( # "title")\n\n[e][frag] [frag]\n\n[frag]: #\n\n[fine](#frag) [also](https://example.org)';
    const text = `---\ntitle: T\n---\n${body}\n`;
    const found = analyze(text, { preview: false, suggestions: false }).diagnostics.filter((d) => d.ruleId === 'empty-link-text');
    expect(found.map((d) => text.slice(d.start, d.end))).toEqual(['[a]()', '[b](<>)', '[c](#)', '[d]( # "title")', '[e][frag]', '[frag]']);
    expect(found.every((d) => d.data?.emptyDestination === true)).toBe(true);
    expect(found[0]!.message).toMatch(/goes nowhere/);
  });
});
