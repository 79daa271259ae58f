import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/draft-flag';
import { lint } from './lint';

// Which flags are reported: tests/fixtures/rules/draft-flag/.
describe('draft-flag', () => {
  it('quotes the flag as written and says how to publish', () => {
    const [d] = lint(rule, '---\ntitle: T\nhidePost: true\n---\n').diagnostics;
    expect(d!.message).toBe('This post is hidden/unpublished (hidePost: true): the site won’t show it. Set hidePost to false when it should go live.');
  });

  it('uses the site’s own list of flags', () => {
    expect(lint(rule, '---\nstatus_hidden: true\ndraft: true\n---\n', { schema: { draftFlags: ['status_hidden'] } }).diagnostics.map((d) => d.data!.path)).toEqual(['status_hidden']);
  });
});
