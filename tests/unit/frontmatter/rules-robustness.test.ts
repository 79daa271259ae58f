import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { analyze } from '../../../src/core/analyze';
import { parsePost } from '../../../src/core/parse/post';
import { rules } from '../../../src/core/rules/index';
import { resolveSchema } from '../../../src/core/schema/defaults';
import type { RuleContext } from '../../../src/core/types';

const FRONTMATTER_RULES = ['required-fields', 'field-type', 'field-constraints', 'title-length', 'description-length', 'date-valid', 'url-absolute', 'twitter-handle', 'draft-flag'];
const mine = rules.filter((r) => FRONTMATTER_RULES.includes(r.id));

/** A schema that switches on every check for the keys the generator uses. */
const schema = resolveSchema({
  fields: [
    { path: 'title', type: 'string', required: true, minLength: 2, maxLength: 70, pattern: '^[A-Z]' },
    { path: 'date', type: 'date', required: true },
    { path: 'tags', type: 'list', min: 1, max: 3, enum: ['a', 'b'] },
    { path: 'draft', type: 'boolean' },
    { path: 'weight', type: 'number', min: 0, max: 9 },
    { path: 'seo', type: 'object' },
    { path: 'seo.url', type: 'url' },
    { path: 'bad', pattern: '(' },
  ],
  descriptionPath: ['seo.description', 'description'],
});

const keys = fc.constantFrom('title', 'date', 'description', 'seo', 'url', 'canonical', 'twitter', 'twitterUsername', 'draft', 'hidePost', 'tags', 'weight', 'bad', 'permalink', 'updated');
const leaf = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom('2025-02-30', 'https://x.com/a', '/rel', '@h', 'yes'));
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(keys, tie('node'), { maxKeys: 3 })),
})).node;
const yamlishChars = fc.constantFrom('-', ':', ' ', '\n', '[', ']', '{', '}', '&a', '*a', '!!', '"', "'", '#', '|', '>', 'title', 'seo', '\t', '?', ',', '\r\n', 'x');

function ctxFor(text: string): RuleContext {
  return { ...parsePost(text), schema, options: { rules: {}, extraTrackingParams: [], now: Date.UTC(2026, 0, 1) } };
}

describe('frontmatter rules never throw', () => {
  it('on any data written as YAML (lists where maps are expected, nulls, numbers as titles…)', () => {
    fc.assert(
      fc.property(fc.dictionary(keys, value, { maxKeys: 8 }), (data) => {
        const ctx = ctxFor(`---\n${stringify(data)}---\nBody\n`);
        for (const rule of mine) expect(() => rule.check(ctx)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('on random YAML-looking noise, aliases and anchors included', () => {
    fc.assert(
      fc.property(fc.array(yamlishChars, { maxLength: 40 }), (parts) => {
        const text = `---\n${parts.join('')}\n---\n`;
        const ctx = ctxFor(text);
        for (const rule of mine) expect(() => rule.check(ctx)).not.toThrow();
        const report = analyze(text, { schema, preview: false, suggestions: false });
        expect(report.diagnostics.filter((d) => d.message.startsWith('Internal error'))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('on alias bombs and self-referencing anchors', () => {
    const bomb = '---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\ntitle: *c\nseo: *c\n---\n';
    const cyclic = '---\nseo: &s\n  self: *s\n  twitter: "bad handle"\n---\n';
    for (const text of [bomb, cyclic]) for (const rule of mine) expect(() => rule.check(ctxFor(text))).not.toThrow();
  });
});
