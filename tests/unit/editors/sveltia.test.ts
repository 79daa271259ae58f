// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseRoute, routeKey } from '../../../src/editors/sveltia/detect';
import { configUrl, parseConfig } from '../../../src/editors/sveltia/config';
import { readForm, writeField, fieldAt } from '../../../src/editors/sveltia/form';
import { sveltiaDriverFactory } from '../../../src/editors/sveltia/driver';

/*
 * The pure parts of the Sveltia driver, and the driver on a hand-written page shaped like
 * Sveltia 0.221's entry form (sections with data-key-path, inputs labelled by the section's
 * heading, the body's hidden markdown textarea). The real Sveltia is driven by
 * tests/e2e/sveltia-{chromium,firefox}.e2e.test.ts.
 */

const CONFIG = `
backend: { name: test-repo }
collections:
  - name: posts
    folder: posts
    fields:
      - { name: title, label: Title, widget: string }
      - name: seo
        widget: object
        fields:
          - { name: description, widget: text, pattern: ['^.{10,}$', 'Ten characters at least.'] }
      - { name: draft, widget: boolean, required: false }
      - { name: tags, widget: list, min: 1 }
      - { name: body, widget: markdown }
`;

let n = 0;
function section(path: string, type: string, control: string): string {
  const id = `c${++n}-label`;
  return `<section data-key-path="${path}" data-field-type="${type}"><header><h4 id="${id}">${path}</h4></header>${control.replaceAll('LABEL', id)}</section>`;
}

function renderForm(values: { title: string; description: string; draft: boolean; tags: string[]; body: string }): void {
  document.body.innerHTML = `<div data-entry-draft-root><div data-mode="edit">
    ${section('title', 'string', '<input aria-labelledby="LABEL">')}
    ${section('seo', 'object', section('seo.description', 'text', '<textarea aria-labelledby="LABEL"></textarea>'))}
    ${section('draft', 'boolean', `<button role="switch" aria-labelledby="LABEL" aria-checked="${values.draft}"></button>`)}
    ${section('tags', 'list', values.tags.map(() => '<input type="text">').join(''))}
    ${section('body', 'markdown', '<div aria-labelledby="LABEL" contenteditable></div><textarea aria-hidden="true" aria-labelledby="LABEL"></textarea>')}
  </div></div>`;
  const q = (p: string, sel: string) => document.querySelector(`section[data-key-path="${p}"] ${sel}`) as HTMLInputElement;
  q('title', 'input').value = values.title;
  q('seo.description', 'textarea').value = values.description;
  document.querySelectorAll<HTMLInputElement>('section[data-key-path="tags"] input').forEach((el, i) => (el.value = values.tags[i]!));
  q('body', 'textarea').value = values.body;
  // The switch flips itself like Sveltia's does.
  q('draft', 'button').addEventListener('click', (e) => {
    const b = e.currentTarget as HTMLElement;
    b.setAttribute('aria-checked', String(b.getAttribute('aria-checked') !== 'true'));
  });
}

const pane = () => document.querySelector('[data-mode="edit"]')!;
const fields = () => parseConfig(CONFIG).collections.get('posts')!;
const POST = { title: 'Hello', description: 'A long enough description.', draft: false, tags: ['a', 'b'], body: 'See [x](https://a.test/?utm_source=n&id=1).\n' };

describe('Sveltia detection and config', () => {
  it('parses its hash routes (entries and new), and rejects others', () => {
    expect(parseRoute('#/collections/posts/entries/my%20post')).toEqual({ collection: 'posts', slug: 'my post' });
    expect(parseRoute('#/collections/posts/new')).toEqual({ collection: 'posts' });
    expect(routeKey(parseRoute('#/collections/posts/new')!)).toBe('posts/(new)');
    expect(parseRoute('#/collections/posts')).toBeUndefined();
    expect(parseRoute('#/collections/posts/entries/%E0%A4%A')).toBeUndefined();
  });

  it('reads collection fields from config.yml and finds the config where Sveltia does', () => {
    const f = fields();
    expect(f.map((x) => x.name)).toEqual(['title', 'seo', 'draft', 'tags', 'body']);
    expect(fieldAt(f, 'seo.description')?.pattern).toEqual(['^.{10,}$', 'Ten characters at least.']);
    expect(() => parseConfig('not: [valid')).toThrow(); // loadedConfig catches it: no driver
    expect(parseConfig('collections: 3').collections.size).toBe(0);
    expect(configUrl(document)).toMatch(/\/config\.yml$/);
    document.head.innerHTML = '<link rel="cms-config-url" href="/cms/site.yml">';
    expect(configUrl(document)).toMatch(/\/cms\/site\.yml$/);
    document.head.innerHTML = '';
  });
});

describe('Sveltia form', () => {
  it('reads every supported field from its labelled input, nested and body included', () => {
    renderForm(POST);
    expect(readForm(pane(), fields())).toEqual({ title: 'Hello', seo: { description: POST.description }, draft: false, tags: ['a', 'b'], body: POST.body });
  });

  it('writes with input events, clicks switches, and refuses widgets it cannot write', () => {
    renderForm(POST);
    const seen: string[] = [];
    document.addEventListener('input', (e) => seen.push((e.target as HTMLTextAreaElement).value), { capture: true });
    expect(writeField(pane(), fieldAt(fields(), 'seo.description')!, 'seo.description', 'Another description.')).toBeUndefined();
    expect(writeField(pane(), fieldAt(fields(), 'draft')!, 'draft', true)).toBeUndefined();
    expect(seen).toEqual(['Another description.']);
    expect(readForm(pane(), fields())).toMatchObject({ seo: { description: 'Another description.' }, draft: true });
    expect(writeField(pane(), fieldAt(fields(), 'tags')!, 'tags', ['c'])).toMatch(/can't be changed/);
  });
});

describe('Sveltia driver (hand-made form)', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(CONFIG)));
    vi.stubGlobal('requestAnimationFrame', (fn: FrameRequestCallback) => setTimeout(() => fn(0), 0));
    location.hash = '#/collections/posts/entries/hello';
  });
  afterEach(() => vi.unstubAllGlobals());

  async function driver() {
    renderForm(POST);
    await vi.waitFor(() => expect(sveltiaDriverFactory.find(document)).toBeDefined());
    return sveltiaDriverFactory.find(document)!;
  }

  it('reads the entry as one markdown file with the config rules, applies a body fix, refuses stale edits', async () => {
    const d = await driver();
    expect(d.key()).toBe('posts/hello');
    const text = d.read();
    expect(text).toBe('---\ntitle: Hello\nseo:\n  description: A long enough description.\ndraft: false\ntags:\n  - a\n  - b\n---\nSee [x](https://a.test/?utm_source=n&id=1).\n');
    expect(d.schema?.()?.fields).toContainEqual(expect.objectContaining({ path: 'seo.description', pattern: '^.{10,}$', patternMessage: 'Ten characters at least.' }));

    const start = text.indexOf('utm_source=n&');
    expect(await d.apply([{ start, end: start + 'utm_source=n&'.length, text: '' }], text + 'x')).toMatchObject({ ok: false, reason: 'stale' });
    const result = await d.apply([{ start, end: start + 'utm_source=n&'.length, text: '' }], text);
    expect(result).toEqual({ ok: true, text: text.replace('utm_source=n&', '') });
    const bodyArea = document.querySelector('section[data-key-path="body"] textarea') as HTMLTextAreaElement;
    expect(bodyArea.value).toBe('See [x](https://a.test/?id=1).\n');
  });

  it("resolves its answers without a `then` lookup: a page getter on Object.prototype neither sees nor swaps them", async () => {
    const d = await driver();
    const text = d.read();
    const start = text.indexOf('utm_source=n&');
    const seen: string[] = [];
    Object.defineProperty(Object.prototype, 'then', {
      configurable: true,
      get() {
        seen.push(Object.keys(this).join(','));
        return undefined;
      },
    });
    try {
      const stale = await d.apply([{ start, end: start + 1, text: '' }], text + 'x');
      const done = await d.apply([{ start, end: start + 'utm_source=n&'.length, text: '' }], text);
      expect(seen.filter((keys) => /\b(ok|text|error)\b/.test(keys))).toEqual([]);
      expect(stale).toMatchObject({ ok: false, reason: 'stale' });
      expect(done).toEqual({ ok: true, text: text.replace('utm_source=n&', '') });
    } finally {
      delete (Object.prototype as Record<string, unknown>).then;
    }
  });

  it('maps a frontmatter fix to the field, and refuses one on a list', async () => {
    const d = await driver();
    const text = d.read();
    const at = text.indexOf('Hello');
    expect(await d.apply([{ start: at, end: at + 5, text: 'Hi' }], text)).toMatchObject({ ok: true });
    expect((document.querySelector('section[data-key-path="title"] input') as HTMLInputElement).value).toBe('Hi');
    const now = d.read();
    const tag = now.indexOf('  - b\n');
    expect(await d.apply([{ start: tag, end: tag + 6, text: '' }], now)).toMatchObject({ ok: false, reason: 'unsupported' });
    expect(d.read()).toBe(now);
  });

  it('starts over on another entry (new key, only once the form shows it) and is gone without the editor', async () => {
    const d = await driver();
    const before = d.read();
    location.hash = '#/collections/posts/entries/other';
    // Sveltia swaps the values in place a moment after the route: until then nothing is open,
    // so the previous entry's text is never presented as the next one's.
    expect(d.key()).toBe('');
    expect(sveltiaDriverFactory.find(document)).toBeUndefined();
    renderForm({ ...POST, title: 'Other', body: 'Other body.\n' });
    expect(d.key()).toBe('posts/other');
    expect(d.read()).not.toBe(before);
    expect(d.read()).toContain('Other body.');
    location.hash = '#/collections/posts';
    expect(sveltiaDriverFactory.find(document)).toBeUndefined();
  });
});
