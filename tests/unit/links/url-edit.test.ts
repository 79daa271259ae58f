import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fixPost } from '../../../src/cli/fix-loop';
import { writtenUrl } from '../../../src/core/links/url-edit';
import { findField } from '../../../src/core/parse/fields';
import { parseFrontmatter } from '../../../src/core/parse/frontmatter';
import { parsePost } from '../../../src/core/parse/post';
import type { LinkRef } from '../../../src/core/types';

const STYLES = ['PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const;

describe('links in frontmatter text fields, edited as YAML', () => {
  it('--fix cleans a link in a caption written in any style, and the YAML holds exactly the cleaned value', () => {
    const words = fc.array(fc.constantFrom('Photo', 'by', "it's", '"quoted"', 'back\\slash', 'café', 'on', 'the', 'harbour', '#tag', 'a:b', '-', '😀'), { maxLength: 8 }).map((w) => w.join(' '));
    const path = fc.constantFrom('/@ann', '/it\'s', '/a"b', '/p/1', '/x\\y', '/é');
    fc.assert(
      fc.property(words, path, words, fc.constantFrom(...STYLES), fc.integer({ min: 20, max: 80 }), (before, p, after, style, lineWidth) => {
        const url = `https://photos.example${p}?utm_source=blog&id=3`;
        const caption = `${before} [Ann](${url}) ${after}`.trim();
        const yaml = stringify({ title: 'T', image: { caption } }, { defaultStringType: style, lineWidth, minContentWidth: 10 });
        const text = `---\n${yaml}---\nBody.\n`;
        if (parseFrontmatter(text).errors.length) return;
        const fixed = fixPost(text, {}).text;
        const data = parseFrontmatter(fixed).data as { image: { caption: string } };
        expect(parseFrontmatter(fixed).errors).toEqual([]);
        expect(data.image.caption).toBe(caption.replace(url, `https://photos.example${p}?id=3`));
        // Only bytes inside the caption's value changed: the rest of the file is the same byte for byte.
        const value = findField(parseFrontmatter(text), 'image.caption')!;
        let head = 0;
        while (head < text.length && text[head] === fixed[head]) head++;
        let tail = 0;
        while (tail < text.length - head && text[text.length - 1 - tail] === fixed[fixed.length - 1 - tail]) tail++;
        expect(head).toBeGreaterThanOrEqual(value.valueStart);
        expect(text.length - tail).toBeLessThanOrEqual(value.valueEnd);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('writes a replacement URL with the value’s own quoting, or offers none when the URL is written with escapes', () => {
    const linkIn = (yaml: string): LinkRef => parsePost(`---\n${yaml}\n---\n`).links[0]!;
    expect(writtenUrl(linkIn("c: '[a](https://old.example/)'"), "https://new.example/it's")).toBe("https://new.example/it''s");
    expect(writtenUrl(linkIn('c: "[a](https://old.example/)"'), 'https://new.example/"q"')).toBe('https://new.example/\\"q\\"');
    expect(writtenUrl(linkIn('c: see [a](https://old.example/)'), 'https://new.example/')).toBe('https://new.example/');
    expect(writtenUrl(linkIn('c: "[a](https:\\/\\/old.example\\/)"'), 'https://new.example/')).toBeUndefined();
  });
});

describe('links in TOML frontmatter text fields (Hugo +++), edited as TOML', () => {
  const TOML_STYLES = ['basic', 'literal', 'multi-line basic', 'multi-line literal'] as const;
  const tomlString = (s: string, style: (typeof TOML_STYLES)[number]): string | undefined => {
    const escaped = s.replace(/[\\"]/g, (c) => `\\${c}`);
    if (style === 'basic') return `"${escaped}"`;
    if (style === 'literal') return s.includes("'") ? undefined : `'${s}'`;
    if (style === 'multi-line basic') return `"""\n${escaped}"""`;
    return s.includes("'''") || s.endsWith("'") ? undefined : `'''\n${s}'''`;
  };

  it('--fix cleans a link in a caption written in any TOML string form, and the TOML holds exactly the cleaned value', () => {
    const words = fc.array(fc.constantFrom('Photo', 'by', "it's", '"quoted"', 'back\\slash', 'café', 'on', 'the', 'harbour', '#tag', 'a = b', '-', '😀'), { maxLength: 8 }).map((w) => w.join(' '));
    const path = fc.constantFrom('/@ann', '/p/1', '/é', '/a-b');
    fc.assert(
      fc.property(words, path, words, fc.constantFrom(...TOML_STYLES), (before, p, after, style) => {
        const url = `https://photos.example${p}?utm_source=blog&id=3`;
        const caption = `${before} [Ann](${url}) ${after}`.trim();
        const written = tomlString(caption, style);
        if (!written) return;
        const text = `+++\ntitle = "T"\n[image]\ncaption = ${written}\n+++\nBody.\n`;
        expect(parseFrontmatter(text).errors).toEqual([]);
        const fixed = fixPost(text, {}).text;
        expect(parseFrontmatter(fixed).errors).toEqual([]);
        expect((parseFrontmatter(fixed).data as { image: { caption: string } }).image.caption).toBe(caption.replace(url, `https://photos.example${p}?id=3`));
        // Only the URL's own bytes changed.
        expect(fixed).toBe(text.replace(url, `https://photos.example${p}?id=3`));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('places a link written after escapes on its own characters, and writes a replacement with the string’s own quoting', () => {
    const linkIn = (toml: string): LinkRef => parsePost(`+++\n${toml}\n+++\n`).links[0]!;
    const escaped = '+++\nc = "\\u00e9t\\u00e9 \\"sun\\" [a](https://old.example/?utm_source=x&k=1)"\n+++\n';
    const link = parsePost(escaped).links[0]!;
    expect(escaped.slice(link.urlStart, link.urlEnd)).toBe('https://old.example/?utm_source=x&k=1');
    expect(fixPost(escaped, {}).text).toBe(escaped.replace('utm_source=x&', ''));
    expect(writtenUrl(linkIn('c = "[a](https://old.example/)"'), 'https://new.example/"q"')).toBe('https://new.example/\\"q\\"');
    // A literal string has no way to write a quote: no replacement is offered.
    expect(writtenUrl(linkIn("c = '[a](https://old.example/)'"), "https://new.example/it's")).toBeUndefined();
    expect(writtenUrl(linkIn("c = '[a](https://old.example/)'"), 'https://new.example/')).toBe('https://new.example/');
    // A URL written with escapes is reported, not rewritten.
    const withEscape = linkIn('c = "[a](https:\\u002f\\u002fold.example/?utm_source=x)"');
    expect(withEscape.url).toBe('https://old.example/?utm_source=x');
    expect(writtenUrl(withEscape, 'https://new.example/')).toBeUndefined();
  });
});
