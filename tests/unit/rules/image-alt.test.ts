import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/image-alt';
import { lint, post } from './lint';

// Which images are flagged: tests/fixtures/rules/image-alt/.
describe('image-alt', () => {
  it('tells an HTML image how to mark itself decorative', () => {
    const r = lint(rule, post('![](/a.png) <img src="/c.png">\n'));
    expect(r.diagnostics[0]!.message).toContain('![what the image shows]');
    expect(r.diagnostics[1]!.message).toContain('alt=""');
  });
});
