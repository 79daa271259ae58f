import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/draft-flag';
import { pointed, runRule } from './run-rule';

describe('draft-flag', () => {
  it('reports hidePost: true and draft: true as info at the value', () => {
    const text = '---\ntitle: T\nhidePost: true\ndraft: "yes"\n---\n';
    const found = runRule(rule, text);
    expect(found.map((d) => [d.severity, pointed(text, d)])).toEqual([
      ['info', 'true'],
      ['info', '"yes"'],
    ]);
    expect(found[0]!.message).toBe('This post is hidden/unpublished (hidePost: true): the site won’t show it. Set hidePost to false when it should go live.');
  });

  it('leaves false flags, other keys and odd values alone', () => {
    expect(runRule(rule, '---\ndraft: false\nhidden: no\nprivate: [true]\nunpublished:\nfeatured: true\n---\n')).toEqual([]);
  });

  it('uses the site’s own list of flags', () => {
    const text = '---\nstatus_hidden: true\ndraft: true\n---\n';
    expect(runRule(rule, text, { schema: { draftFlags: ['status_hidden'] } }).map((d) => d.data!.path)).toEqual(['status_hidden']);
  });
});
