import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/relative-link';
import { lint, post } from './lint';

// Which links are flagged: tests/fixtures/rules/relative-link/.
const body = post('![hero](/img/oif-2.jpg) [next](../second-post/) <a href="notes.html">n</a> [r][d] [d]\n\n[d]: /docs/?page=2\n');

describe('relative-link', () => {
  it('shows each relative link and image resolved against the base URL', () => {
    const r = lint(rule, body, { baseUrl: 'https://blog.test/posts/first/' });
    expect(r.diagnostics.map((d) => d.data!.resolved)).toEqual(['https://blog.test/img/oif-2.jpg', 'https://blog.test/posts/second-post/', 'https://blog.test/posts/first/notes.html', 'https://blog.test/docs/?page=2']);
    expect(r.diagnostics[0]!.message).toContain('https://blog.test/img/oif-2.jpg');
  });

  it('says the site base URL can be set when there is none', () => {
    const r = lint(rule, body);
    expect(r.diagnostics).toHaveLength(4);
    for (const d of r.diagnostics) expect(d.message).toMatch(/Set the site base URL/);
  });
});
