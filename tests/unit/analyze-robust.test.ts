import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { applyEdits } from '../../src/core/fix';
import type { Report } from '../../src/core/types';

/** What must hold for any report, whatever the input. */
function expectSaneReport(text: string, report: Report) {
  for (const d of report.diagnostics) {
    expect(d.message).not.toMatch(/^Internal error/);
    expect(d.start).toBeGreaterThanOrEqual(0);
    expect(d.end).toBeLessThanOrEqual(text.length);
    expect(d.start).toBeLessThanOrEqual(d.end);
    // Every fix applies cleanly on its own (in range, no overlapping edits).
    if (d.fix) expect(() => applyEdits(text, d.fix!.edits)).not.toThrow();
  }
  for (const s of report.suggestions) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
  }
}

const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)); // lone surrogates included
const noise = fc.string({ unit: anyUnit, maxLength: 200 });
const fragment = fc.oneof(
  noise,
  fc.constantFrom(
    '---\n', '---\r\n', 'title: "x\n', 'title: [unclosed\n', ': : :\n', '\t- a: b\n  c\n', '```\n', '~~~js\n', '`', '<!--', '-->', '<!--StartFragment-->',
    '# H1\n', '###### h6\n', '####### not\n', '**', '__', '*', '[', '](', ')', '![', '<a href="', '<b style="font-weight:normal" id="docs-internal-guid-1">',
    '</b>', '<o:p>', '</o:p>', '<span style="x">', '</span>', '<p class="MsoNormal" style="mso-x:1">', '\u00a0', '\u00a0\u00a0', '\u200b', '\u200d', '\ufeff', '\u00ad',
    '\r', '\n', '\r\n', '\n\n', '> ', '* ', '1. ', '    code\n', '| a | b |\n|---|---|\n', '[ref]: <http://x', 'https://ex.test/?utm_source=a&gclid=b#f', '&amp;', '&#xD800;', '\\',
    'A sentence long enough to be considered for a description, with words about the harbour and its many boats.',
  ),
  fc.tuple(fc.constantFrom('x', ' ', '*', '`', '<', '[', '\u00a0', 'é', '🚣', '\n'), fc.integer({ min: 1, max: 4000 })).map(([c, n]) => c.repeat(n)),
);
const post = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

// Generous timeouts: the machine running CI may be busy; nothing here measures speed.
describe('analyze never throws', () => {
  it('on random and malformed posts (noise, broken fences, broken HTML, huge runs)', () => {
    fc.assert(
      fc.property(post, fc.boolean(), (text, withFrontmatter) => {
        const input = withFrontmatter ? `---\ntitle: Harbour\n---\n${text}` : text;
        expectSaneReport(input, analyze(input));
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it('on nesting deep enough to overflow marked’s stack (kept as plain text, and said)', () => {
    const cases: Array<[string, boolean]> = [[`${'*'.repeat(8000)}x${'*'.repeat(8000)}`, true], [`${'> '.repeat(10000)}quote`, true], [`${'['.repeat(8000)}a${'](b)'.repeat(8000)}`, false]];
    for (const [text, overflows] of cases) {
      const input = `---\ntitle: Harbour\n---\n${text}`;
      const report = analyze(input);
      expectSaneReport(input, report);
      expect(report.html.length).toBeGreaterThan(0);
      expect(report.diagnostics.filter((d) => d.ruleId === 'parser-limits').map((d) => [d.line, d.severity])).toEqual(overflows ? [[4, 'warning']] : []);
    }
  }, 60_000);

  it('on an unclosed code fence and an unclosed frontmatter fence', () => {
    for (const text of ['---\ntitle: x\n\n# Body\n', '---\ntitle: x\n---\n```js\nconst a = 1;\n# not a heading\n', '---', '---\n---', '```', '\ufeff---\r\ntitle: x\r\n---\r\n']) {
      expectSaneReport(text, analyze(text));
    }
  });

  it('on a single 1 MB line and on a 1 MB body of mixed prose and markup', () => {
    const line = `---\ntitle: x\n---\n${'word\u00a0[link](https://ex.test/?utm_source=1) **b** '.repeat(21_000)}`;
    expect(line.length).toBeGreaterThan(1_000_000);
    expectSaneReport(line, analyze(line));
    const block = 'A sentence about the harbour and its boats, long enough to count as prose. The crews row out every morning before the ferries start.\n\n**Label:**\n\n* item `code` <span style="a"></span>\n\n## H2\n\n#### H4\n\n';
    const big = `---\ntitle: Harbour boats\n---\n${block.repeat(Math.ceil(1_000_000 / block.length))}`;
    const report = analyze(big);
    expectSaneReport(big, report);
    expect(report.suggestions.length).toBeGreaterThan(0);
  }, 60_000);

  it('on binary noise of 1 MB', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        let x = seed;
        let text = '';
        const chunk: string[] = [];
        for (let i = 0; i < 1 << 20; i++) {
          x = (x * 1103515245 + 12345) & 0x7fffffff;
          chunk.push(String.fromCharCode(x >> 15 & 0xffff));
          if (chunk.length === 4096) {
            text += chunk.join('');
            chunk.length = 0;
          }
        }
        expectSaneReport(text, analyze(text));
      }),
      { numRuns: 2 },
    );
  }, 60_000);
});

describe('invisible characters by the thousand on one line', () => {
  it('are each judged without reading the whole line again (no timing assertion: that was quadratic, minutes at this size)', () => {
    const line = 'a\u200b'.repeat(150_000);
    const report = analyze(`---\ntitle: x\n---\n${line}\n`);
    expect(report.diagnostics.filter((d) => d.ruleId === 'pasted-artifacts').length).toBe(150_000);
  });
});
