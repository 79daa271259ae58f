import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/bare-url';
import { post, runRule } from './run-link-rule';

describe('bare-url', () => {
  it('catches URLs pasted into prose', () => {
    const r = runRule(rule, post('Go to https://ex.test/page, or www.ex.test/other.\n\n- item http://list.test/\n'));
    expect(r.diagnostics.map(r.at)).toEqual(['https://ex.test/page', 'www.ex.test/other', 'http://list.test/']);
    expect(r.diagnostics[0]!.severity).toBe('info');
  });

  it('leaves links with words, autolinks, e-mail addresses and code alone', () => {
    const r = runRule(rule, post('[words](https://a.test/) <https://b.test/> write to me@ex.test `https://code.test/`\n\n```\nhttps://block.test/\n```\n'));
    expect(r.diagnostics).toEqual([]);
  });
});
