import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../src/core/fix';
import { parseFrontmatter } from '../../../src/core/parse/frontmatter';
import rule from '../../../src/core/rules/twitter-handle';
import { pointed, runRule } from './run-rule';

describe('twitter-handle', () => {
  it('accepts valid handles with or without @, in any of the usual keys', () => {
    const text = '---\ntwitter: "@openinfradev"\nseo:\n  twitterUsername: open_infra\n  TWITTER_HANDLE: "@a"\ntwitter_site: x\nauthor:\n  twitterHandle: "@abcdefghijklmno"\n---\n';
    expect(runRule(rule, text)).toEqual([]);
  });

  it('flags invalid handles at any depth with the reason', () => {
    const text = '---\nseo:\n  twitterUsername: "@open infra"\nauthors:\n  - twitterHandle: "@abcdefghijklmnop"\n---\n';
    const found = runRule(rule, text);
    expect(found.map((d) => pointed(text, d))).toEqual(['"@open infra"', '"@abcdefghijklmnop"']);
    expect(found[0]!.message).toBe('`seo.twitterUsername`: “@open infra” is not a valid X (Twitter) handle: it may only use letters, digits and underscores. Write it like @yourname.');
    expect(found[1]!.message).toContain('longer than 15 characters');
    expect(found[1]!.data!.path).toBe('authors.0.twitterHandle');
  });

  it('checks site/creator inside a twitter group but not unrelated site keys', () => {
    const text = '---\nsite: my blog\ntwitter:\n  card: summary\n  site: "@ok"\n  creator: "not ok!"\n---\n';
    const found = runRule(rule, text);
    expect(found.map((d) => d.data!.path)).toEqual(['twitter.creator']);
  });

  it('accepts a twitter.com or x.com profile address with an info and a fix to the handle', () => {
    const text = '---\ntitle: T\nseo:\n  twitterUsername: https://x.com/openinfradev # ours\n---\n';
    const [d] = runRule(rule, text);
    expect(d!.severity).toBe('info');
    expect(d!.message).toBe('`seo.twitterUsername` holds a profile address; cards and meta tags expect just the handle. Write @openinfradev.');
    const fixed = applyFixes(text, [d!.fix!]).text;
    expect(fixed).toBe('---\ntitle: T\nseo:\n  twitterUsername: "@openinfradev" # ours\n---\n');
    expect(parseFrontmatter(fixed).data).toEqual({ title: 'T', seo: { twitterUsername: '@openinfradev' } });
    expect(runRule(rule, '---\ntwitter: https://twitter.com/someone/\n---\n')[0]!.data!.handle).toBe('@someone');
  });

  it('ignores empty values, maps and lists', () => {
    expect(runRule(rule, '---\ntwitter:\ntwitterHandle: [a, b]\n---\n')).toEqual([]);
  });
});
