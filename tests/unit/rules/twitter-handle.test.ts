import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/core/parse/frontmatter';
import rule from '../../../src/core/rules/twitter-handle';
import { lint } from './lint';

// Which fields are flagged, and the suggested handles: tests/fixtures/rules/twitter-handle/.
describe('twitter-handle', () => {
  it('says why a handle is invalid', () => {
    const found = lint(rule, '---\nseo:\n  twitterUsername: "@open infra"\nauthors:\n  - twitterHandle: "@abcdefghijklmnop"\n---\n').diagnostics;
    expect(found[0]!.message).toBe('`seo.twitterUsername`: “@open infra” is not a valid X (Twitter) handle: it may only use letters, digits and underscores. Write it like @yourname.');
    expect(found[1]!.message).toContain('longer than 15 characters');
    expect(found[1]!.data!.path).toBe('authors.0.twitterHandle');
  });

  it('suggests the handle for a profile address (the value changes, so never in --fix)', () => {
    const r = lint(rule, '---\ntitle: T\nseo:\n  twitterUsername: https://x.com/openinfradev # ours\n---\n');
    const [d] = r.diagnostics;
    expect(d!.message).toBe('`seo.twitterUsername` holds a profile address; cards and meta tags expect just the handle. Write @openinfradev.');
    expect(d!.fix).toBeUndefined();
    expect(r.fixed()).toBe(r.text);
    expect(parseFrontmatter(r.suggested()).data).toEqual({ title: 'T', seo: { twitterUsername: '@openinfradev' } });
    expect(lint(rule, '---\ntwitter: https://twitter.com/someone/\n---\n').diagnostics[0]!.data!.handle).toBe('@someone');
  });
});
