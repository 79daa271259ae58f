// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findPostTextarea, textareaAdapter } from '../../../src/editors/textarea/adapter';

const POST = '---\ntitle: A\n---\nSee [x](https://a.test/?utm_source=n&id=1).\n';

function setup(value = POST) {
  document.body.innerHTML = '<textarea id="other">notes</textarea><textarea id="post"></textarea>';
  const el = document.getElementById('post') as HTMLTextAreaElement;
  el.value = value;
  const inputs: string[] = [];
  el.addEventListener('input', () => inputs.push(el.value));
  return { el, inputs };
}

describe('textarea adapter', () => {
  it('finds the textarea holding a post (marker first, else a frontmatter fence)', () => {
    const { el } = setup();
    expect(findPostTextarea(document)).toBe(el);
    document.getElementById('other')!.setAttribute('data-post-preflight', '');
    expect(findPostTextarea(document)!.id).toBe('other');
    setup('no fence here');
    expect(findPostTextarea(document)).toBeUndefined();
  });

  it('finds a post whose frontmatter is TOML (Hugo, Zola: +++), with a BOM, CRLF or blanks after the fence', () => {
    for (const value of ['+++\ntitle = "A"\n+++\nBody.\n', '\uFEFF+++\r\ntitle = "A"\r\n+++\r\n', '---  \ntitle: A\n---\n']) {
      const { el } = setup(value);
      expect(findPostTextarea(document), JSON.stringify(value)).toBe(el);
    }
    // A fence must be the whole first line: a diff, a horizontal rule's neighbours or a "+++ b/file" header are not posts.
    for (const value of ['+++ b/posts/a.md\n', '++++\ntitle = "A"\n', '----\n', 'text\n---\n']) {
      setup(value);
      expect(findPostTextarea(document), JSON.stringify(value)).toBeUndefined();
    }
  });

  it('refuses a stale edit and changes nothing', async () => {
    const { el, inputs } = setup();
    const result = await textareaAdapter(el).apply([{ start: 0, end: 3, text: '' }], POST + 'typed since');
    expect(result).toMatchObject({ ok: false, reason: 'stale' });
    expect(el.value).toBe(POST);
    expect(inputs).toEqual([]);
  });

  it('applies edits as one replacement and tells the page through an input event', async () => {
    const { el, inputs } = setup();
    const start = POST.indexOf('utm_source=n&');
    const result = await textareaAdapter(el).apply([{ start, end: start + 'utm_source=n&'.length, text: '' }], POST);
    const expected = POST.replace('utm_source=n&', '');
    expect(result).toEqual({ ok: true, text: expected });
    expect(el.value).toBe(expected);
    expect(inputs).toEqual([expected]);
  });

  it('refuses to write into a read-only textarea', async () => {
    const { el } = setup();
    el.readOnly = true;
    expect(await textareaAdapter(el).apply([{ start: 0, end: 0, text: 'x' }], POST)).toMatchObject({ ok: false, reason: 'read-only' });
  });

  it('reports programmatic changes (no input event) through its poll, until aborted', async () => {
    const { el } = setup();
    const seen: string[] = [];
    const ac = new AbortController();
    textareaAdapter(el).subscribe((t) => seen.push(t), ac.signal);
    el.value = POST + 'x';
    await new Promise((r) => setTimeout(r, 450));
    ac.abort();
    el.value = POST + 'y';
    await new Promise((r) => setTimeout(r, 450));
    expect(seen).toEqual([POST + 'x']);
  });
});
