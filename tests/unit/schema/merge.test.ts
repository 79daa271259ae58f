import { describe, expect, it } from 'vitest';
import { mergeSchemas } from '../../../src/core/schema/merge';
import { analyze } from '../../../src/core/analyze';

const cms = {
  fields: [
    { path: 'seo.description', type: 'text' as const, required: true, pattern: '^.{50,160}$', patternMessage: 'Write 50 to 160 characters.' },
    { path: 'author', type: 'string' as const, required: true },
  ],
};

describe('mergeSchemas', () => {
  it('keeps the CMS field rules when the user has no schema', () => {
    expect(mergeSchemas(cms)).toEqual({ fields: cms.fields });
    expect(mergeSchemas(cms, undefined).fields).toHaveLength(2);
  });

  it('lets the user override one key of a CMS field and keeps the rest of it', () => {
    const merged = mergeSchemas(cms, { fields: [{ path: 'author', required: false }], descriptionMaxLength: 140 });
    expect(merged.fields).toEqual([cms.fields[0], { path: 'author', type: 'string', required: false }]);
    expect(merged.descriptionMaxLength).toBe(140);
  });

  it('adds fields only the user names, and does not change its inputs', () => {
    const user = { fields: [{ path: 'tags', type: 'list' as const, min: 1 }] };
    const merged = mergeSchemas(cms, user);
    expect(merged.fields?.map((f) => f.path)).toEqual(['seo.description', 'author', 'tags']);
    expect(cms.fields).toHaveLength(2);
    expect(user.fields).toHaveLength(1);
  });

  it('feeds the CMS pattern into the analysis, and a user override can switch it off', () => {
    const post = '---\ntitle: Hello\ndate: 2026-11-20\nauthor: Robin\nseo:\n  description: Short news.\n---\nBody.\n';
    const withCms = analyze(post, { schema: mergeSchemas(cms) });
    const hit = withCms.diagnostics.find((d) => d.message.includes('Write 50 to 160 characters.'));
    expect(hit).toBeDefined();
    const relaxed = analyze(post, { schema: mergeSchemas(cms, { fields: [{ path: 'seo.description', pattern: '^.*$' }] }) });
    expect(relaxed.diagnostics.some((d) => d.message.includes('Write 50 to 160 characters.'))).toBe(false);
  });
});
