import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { applyEdits } from '../../../src/core/fix';
import { setFieldEdits } from '../../../src/core/frontmatter/set-field';
import { getPath } from '../../../src/core/parse/fields';
import { parseFrontmatter } from '../../../src/core/parse/frontmatter';

/** Strings that YAML treats specially somewhere: indicators, booleans, numbers, dates, comments. */
const tricky = fc.constantFrom(
  '', ' ', '"', "'", ':', ': ', ' #', '#', '- ', '-', '?', '@', '*', '&', '!', '%', '|', '>', '{', '}', '[', ']', ',', '`',
  'yes', 'no', 'No', 'on', 'off', 'y', 'n', 'null', '~', 'true', 'False', '1.0', '0x1F', '1e3', '1_000', '1:20', '.inf', '.NaN',
  '2025-01-01', '2025-02-30T10:00:00Z', '<<', '=', '\n', '\r\n', '\t', '\\', '\u2028', '\u0085', '\ufeff', '\u00a0', 'é', '日本', '😀', '---', '...',
);
const value = fc.oneof(
  fc.array(fc.oneof(tricky, fc.string({ maxLength: 6 })), { maxLength: 6 }).map((xs) => xs.join('')),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

/** Posts in the shapes CMSs write, LF and CRLF, with the field present in each style or missing. */
const posts = [
  '---\ntitle: T\ndescription: plain # c\n---\nBody\n',
  '---\ntitle: T\ndescription: "double"\n---\nBody\n',
  "---\ntitle: T\ndescription: 'single'\n---\nBody\n",
  '---\ntitle: T\ndescription: >-\n  folded\n  text\ntags: [a]\n---\n',
  '---\ntitle: T\ndescription:\n---\n',
  '---\ntitle: T\nseo:\n  title: S\n---\nBody',
  '---\nseo: {title: S}\n---\n',
  '---\r\ntitle: T\r\nseo:\r\n  description: "x"\r\n---\r\nBody\r\n',
  '---\r\ntitle: T\r\n---\r\n',
  'No frontmatter\n',
  '---\n# only a comment\n---\n',
];
const paths = ['description', 'seo.description', 'seo.og.description'];

describe('setFieldEdits properties', () => {
  it('always writes exactly the given string, read back by yaml and by gray-matter (js-yaml)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...posts), fc.constantFrom(...paths), value, (post, path, v) => {
        const parent = getPath(parseFrontmatter(post).data, path.split('.').slice(0, -1).join('.'));
        fc.pre(path === 'description' || parent === undefined || (typeof parent === 'object' && parent !== null));
        const out = applyEdits(post, setFieldEdits(post, path, v));
        const fm = parseFrontmatter(out);
        expect(fm.errors).toEqual([]);
        expect(getPath(fm.data, path)).toBe(v);
        expect(getPath(matter(out, {}).data, path)).toBe(v);
      }),
      { numRuns: 600 },
    );
  }, 60_000);

  it('changes nothing outside the edited ranges and keeps the other fields', () => {
    fc.assert(
      fc.property(fc.constantFrom(...posts), value, (post, v) => {
        const edits = setFieldEdits(post, 'description', v);
        const out = applyEdits(post, edits);
        const first = Math.min(...edits.map((e) => e.start));
        const last = Math.max(...edits.map((e) => e.end));
        expect(out.startsWith(post.slice(0, first))).toBe(true);
        expect(out.endsWith(post.slice(last))).toBe(true);
        const before = parseFrontmatter(post).data;
        const after = parseFrontmatter(out).data;
        expect({ ...after, description: undefined }).toEqual({ ...before, description: undefined });
        // A CRLF post gets no lone \n from the insertion.
        if (post.includes('\r\n')) expect(out.replace(/\r\n/g, '').replace(/\\n|\\r/g, '')).not.toMatch(/[\r\n]/);
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('writes into random documents in every YAML style, block or flow, LF or CRLF', () => {
    const key = fc.constantFrom('title', 'description', 'seo', 'og', 'tags', 'x y', 'a:b');
    const leaf = fc.oneof(value, fc.integer(), fc.boolean(), fc.constant(null));
    const data = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(leaf, { maxLength: 3 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
    })).node;
    const style = fc.record({
      defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED') as fc.Arbitrary<'PLAIN'>,
      collectionStyle: fc.constantFrom('any', 'block', 'flow') as fc.Arbitrary<'any'>,
      indent: fc.integer({ min: 2, max: 4 }),
      crlf: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.dictionary(key, data, { maxKeys: 5 }), style, fc.constantFrom(...paths, 'og.title', 'x y'), value, (doc, { crlf, ...opts }, path, v) => {
        let yaml = stringify(doc, opts);
        if (yaml.trim() === '{}') yaml = '';
        let post = `---\n${yaml}---\nBody\n`;
        if (crlf) post = post.replace(/\n/g, '\r\n');
        const fm = parseFrontmatter(post);
        fc.pre(fm.errors.length === 0);
        // Only paths whose parents are maps (or missing) can be written.
        const parts = path.split('.');
        fc.pre(parts.slice(0, -1).every((_, i) => {
          const p = getPath(fm.data, parts.slice(0, i + 1).join('.'));
          return p === undefined || p === null || (typeof p === 'object' && !Array.isArray(p));
        }));
        const edits = setFieldEdits(post, path, v);
        const out = applyEdits(post, edits);
        const after = parseFrontmatter(out);
        expect(after.errors).toEqual([]);
        expect(getPath(after.data, path)).toBe(v);
        expect(out.slice(out.length - post.length + Math.max(...edits.map((e) => e.end)))).toBe(post.slice(Math.max(...edits.map((e) => e.end))));
        if (crlf) expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
