import { describe, expect, it } from 'vitest';
import { postUrl, socialCard, stringAt } from '../../../src/panel/post-fields';

describe('post fields', () => {
  it('reads dotted paths, strings and numbers only', () => {
    const data = { seo: { description: 'D' }, n: 3, list: ['a'] };
    expect(stringAt(data, 'seo.description')).toBe('D');
    expect(stringAt(data, 'n')).toBe('3');
    expect(stringAt(data, 'list')).toBeUndefined();
    expect(stringAt(data, 'seo.missing.deep')).toBeUndefined();
  });

  it('builds the social card from Open Graph fields first, resolving the image', () => {
    const card = socialCard({ title: 'T', og: { title: 'OG T' }, seo: { description: 'SD' }, image: '/img/a.png', slug: 'my-post' }, 'seo.description', 'https://blog.example.org/posts/');
    expect(card).toEqual({ title: 'OG T', description: 'SD', image: 'https://blog.example.org/img/a.png', site: 'blog.example.org', url: 'https://blog.example.org/posts/my-post' });
  });

  it('has no site or absolute URL without a base URL', () => {
    expect(postUrl({ slug: 'x' }, undefined)).toBe('x');
    expect(socialCard({ title: 'T' }, 'description', undefined)).toMatchObject({ site: '', image: undefined });
  });
});
