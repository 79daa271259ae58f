import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ROOT } from './paths';
import { waitUntil, type Handles } from './handles';

export const POST = readFileSync(join(FIXTURES, 'admin/post.md'), 'utf8');
export const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

const NEW_LINK = '\nSee the [pass map](https://maps.example.com/pass?q=ridge&utm_campaign=fall) too.\n';

/** The text after "Clean links": exactly the tracking parameters gone, every other byte kept. */
export function cleaned(text: string): string {
  return text
    .replace('?utm_source=newsletter&utm_medium=email&section=north', '?section=north')
    .replace('?id=7&fbclid=AbC123xyz', '?id=7')
    .replace('?q=ridge&utm_campaign=fall', '?q=ridge');
}

const textarea = (h: Handles) => h.page(() => (document.querySelector('textarea') as HTMLTextAreaElement).value, null);
const panelHas = (h: Handles, selector: string) => h.panel((s) => document.querySelectorAll(s).length, selector);
const revision = (h: Handles) => h.panel(() => Number(document.documentElement.dataset.revision ?? 0), null);

/** Waits for "Use this" to change the text from `before`; when it doesn't, the failure says what the panel said instead. */
async function descriptionWritten(h: Handles, before: string): Promise<void> {
  await waitUntil(async () => (await textarea(h)) !== before, 'the description written').catch(async (error: Error) => {
    throw new Error(`${error.message}; the panel says: "${await h.panel(() => document.querySelector('.notice')?.textContent ?? '', null)}"`);
  });
}

/**
 * The proof, as one ordered story on the textarea editor page. `controlled` says the
 * page is the controlled-component page (state must keep every write).
 */
export function editorScenario(get: () => Handles, opts: { controlled: boolean }) {
  it('shows the panel with the diagnostics of the post', async () => {
    const h = get();
    await waitUntil(() => h.page(() => document.querySelector('post-preflight-dock')?.getAttribute('data-state') === 'mounted', null), 'the dock host');
    await waitUntil(() => h.panel(() => document.documentElement.dataset.state === 'ready', null), 'panel ready');
    await waitUntil(() => panelHas(h, '[data-rule="yaml-syntax"]'), 'the YAML error row');
    await waitUntil(() => panelHas(h, '.diag[data-rule="tracking-params"]'), 'tracking-parameter rows');
    expect(await panelHas(h, '.diag[data-rule="tracking-params"]')).toBe(2);
    // The page gives the dock room instead of being covered by it.
    const margin = await h.page(() => getComputedStyle(document.documentElement).marginRight, null);
    expect(parseFloat(margin)).toBeGreaterThanOrEqual(260);
  });

  it('keeps the page out: closed shadow root, cross-origin frame, no panel text in the page', async () => {
    const h = get();
    const seen = await h.page(() => {
      const host = document.querySelector('post-preflight-dock') as HTMLElement;
      // Frames inside a shadow root may or may not be listed in window.frames; none may be readable.
      let readableFrames = 0;
      for (let i = 0; i < window.frames.length; i++) {
        try {
          if ((window.frames[i] as Window).document.body.innerText.includes('Clean links')) readableFrames++;
        } catch {
          // Cross-origin: the extension page is not readable from the page.
        }
      }
      const frames = [...document.querySelectorAll('iframe')].length;
      return { shadow: host.shadowRoot === null, frames, readableFrames, text: document.body.innerText.includes('Clean links'), hostText: host.innerHTML };
    }, null);
    expect(seen).toEqual({ shadow: true, frames: 0, readableFrames: 0, text: false, hostText: '' });
  });

  it('renders the preview without running the planted <script> or onerror payload', async () => {
    const h = get();
    // An off-screen preview is filled at the next idle moment.
    await waitUntil(() => h.panel(() => document.querySelectorAll('[data-part="post-preview"] h2').length === 2, null), 'the rendered post');
    const inPanel = await h.panel(() => {
      const post = document.querySelector('[data-part="post-preview"]')!;
      return {
        scripts: post.querySelectorAll('script').length,
        handlers: [...post.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
        images: post.querySelectorAll('img').length,
        headings: post.querySelectorAll('h2').length,
        pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
      };
    }, null);
    expect(inPanel).toEqual({ scripts: 0, handlers: 0, images: 2, headings: 2, pwned: null });
    const inPage = await h.page(() => ({ messages: (window as unknown as { __editorLog: { messages: string[] } }).__editorLog.messages.filter((m) => m.includes('pwned')), pwned: (window as unknown as { __pwned?: string }).__pwned ?? null }), null);
    expect(inPage).toEqual({ messages: [], pwned: null });
  });

  it('has no accessibility violations (axe-core in the panel)', async () => {
    const h = get();
    const violations = await h.panel(async (source) => {
      // Evaluated by the automation protocol, so the extension page's CSP doesn't block it.
      (0, eval)(source);
      const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => (n as { html: string }).html)).slice(0, 300)}`);
    }, AXE);
    expect(violations, JSON.stringify(violations)).toEqual([]);
  });

  it('updates live: a typed tracking link shows up in the panel', async () => {
    const h = get();
    const before = await revision(h);
    await h.page(() => {
      const el = document.querySelector('textarea') as HTMLTextAreaElement;
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
    }, null);
    await h.type(NEW_LINK);
    await waitUntil(async () => (await revision(h)) > before, 'a new revision');
    await waitUntil(() => h.panel(() => [...document.querySelectorAll('.link-url')].some((e) => e.textContent!.includes('maps.example.com/pass?q=ridge&utm_campaign=fall')), null), 'the new link in the panel');
    await waitUntil(async () => (await panelHas(h, '.diag[data-rule="tracking-params"]')) === 3, 'three tracking rows');
    expect(await textarea(h)).toBe(POST + NEW_LINK);
  });

  it('selects the range in the editor when a check is clicked', async () => {
    const h = get();
    await h.clickInPanel('.diag[data-rule="yaml-syntax"] .diag-go');
    const selected = await waitUntil(() => h.page(() => {
      const el = document.querySelector('textarea') as HTMLTextAreaElement;
      return el.selectionEnd > el.selectionStart ? el.value.slice(el.selectionStart, el.selectionEnd) : '';
    }, null), 'a selection in the textarea');
    expect(POST).toContain(selected);
  });

  it('"Clean links" removes exactly the tracking parameters, through the page\'s own input events', async () => {
    const h = get();
    const before = await textarea(h);
    const inputsBefore = await h.page(() => (window as unknown as { __editorLog: { inputs: number } }).__editorLog.inputs, null);
    await h.clickInPanel('[data-action="clean-links"]');
    await waitUntil(async () => (await textarea(h)) !== before, 'the cleaned text');
    expect(await textarea(h)).toBe(cleaned(before));
    expect(await h.page(() => (window as unknown as { __editorLog: { inputs: number } }).__editorLog.inputs, null)).toBeGreaterThan(inputsBefore);
    if (opts.controlled) {
      // The app state took the write, so its next render keeps it.
      await h.page(() => (window as unknown as { __rerender(): void }).__rerender(), null);
      await new Promise((r) => setTimeout(r, 450));
      const state = await h.page(() => (window as unknown as { __appState: { value: string } }).__appState.value, null);
      expect(state).toBe(cleaned(before));
      expect(await textarea(h)).toBe(cleaned(before));
    }
    await waitUntil(async () => (await panelHas(h, '.diag[data-rule="tracking-params"]')) === 0, 'no tracking rows left');
  });

  it('"Undo" puts back exactly what the last fix changed, one fix per click; once the post changed after it, Undo is refused and nothing changes', async () => {
    const h = get();
    const cleanedText = await textarea(h);
    await h.clickInPanel('[data-action="undo"]');
    const restored = await waitUntil(async () => {
      const t = await textarea(h);
      return t !== cleanedText ? t : undefined;
    }, 'the text before "Clean links"');
    expect(cleaned(restored)).toBe(cleanedText);
    expect(restored).not.toBe(cleanedText);
    await waitUntil(async () => (await panelHas(h, '.diag[data-rule="tracking-params"]')) === 3, 'the tracking rows back');
    // One link cleaned, then "Clean links" for the rest: two fixes, taken back in two clicks.
    await h.clickInPanel('[data-action="clean-link"]');
    const oneCleaned = await waitUntil(async () => {
      const t = await textarea(h);
      return t !== restored ? t : undefined;
    }, 'one link cleaned');
    await waitUntil(async () => (await panelHas(h, '.diag[data-rule="tracking-params"]')) === 2, 'two tracking rows left');
    await h.clickInPanel('[data-action="clean-links"]');
    await waitUntil(async () => (await textarea(h)) === cleanedText, 'the rest cleaned');
    await waitUntil(async () => (await panelHas(h, '.diag[data-rule="tracking-params"]')) === 0, 'no tracking rows');
    await h.clickInPanel('[data-action="undo"]');
    await waitUntil(async () => (await textarea(h)) === oneCleaned, 'the first Undo: back to one link cleaned');
    await waitUntil(async () => (await panelHas(h, '.diag[data-rule="tracking-params"]')) === 2, 'two tracking rows back');
    await h.clickInPanel('[data-action="undo"]');
    await waitUntil(async () => (await textarea(h)) === restored, 'the second Undo: back to the text before both');
    await waitUntil(async () => (await panelHas(h, '[data-action="undo"]')) === 0, 'nothing left to undo');
    // Clean again, then type: Undo would take the typing with it, so it refuses.
    await waitUntil(async () => (await panelHas(h, '.diag[data-rule="tracking-params"]')) === 3, 'the tracking rows back again');
    await h.clickInPanel('[data-action="clean-links"]');
    await waitUntil(async () => (await textarea(h)) === cleanedText, 'cleaned again');
    await h.page(() => {
      const el = document.querySelector('textarea') as HTMLTextAreaElement;
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
    }, null);
    // A new line at the end (the next test starts a paragraph there): any typing counts.
    await h.type('\n');
    await waitUntil(async () => (await textarea(h)) === `${cleanedText}\n`, 'the typing');
    await waitUntil(async () => (await h.panel(() => document.body.innerText, null)).includes('Undo'), 'the Undo button');
    await h.clickInPanel('[data-action="undo"]');
    await waitUntil(() => h.panel(() => (document.querySelector('.notice')?.textContent ?? '').startsWith('The post changed after this fix'), null), 'Undo refused');
    expect(await textarea(h)).toBe(`${cleanedText}\n`);
  });

  it('a heading change is a per-finding suggestion: "Clean links" leaves it, its own button applies only it', async () => {
    const h = get();
    await h.page(() => {
      const el = document.querySelector('textarea') as HTMLTextAreaElement;
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
    }, null);
    await h.type('\n**Packing list**\n\nA tent and a stove.\n');
    await waitUntil(() => panelHas(h, '.diag[data-rule="emphasis-as-heading"] [data-action="suggestion"]'), 'a suggestion button on the bold line');
    const before = await textarea(h);
    // Nothing left for "Clean links" to do, and it never takes a suggestion.
    expect(await panelHas(h, '[data-action="clean-links"]:not([disabled])')).toBe(0);
    await h.clickInPanel('.diag[data-rule="emphasis-as-heading"] [data-action="suggestion"]');
    await waitUntil(async () => (await textarea(h)) !== before, 'the suggestion written');
    const after = await textarea(h);
    const heading = /^#{2,6} Packing list$/m.exec(after)?.[0];
    expect(heading, after.slice(-80)).toBeDefined();
    expect(after).toBe(before.replace('**Packing list**', heading!));
    await waitUntil(async () => (await panelHas(h, '.diag[data-rule="emphasis-as-heading"]')) === 0, 'the finding gone');
  });

  it('"Use this" writes a suggestion into the description', async () => {
    const h = get();
    // Close the broken flow sequence first (a real keystroke): a broken frontmatter is not edited.
    await h.page(() => {
      const el = document.querySelector('textarea') as HTMLTextAreaElement;
      const at = el.value.indexOf('gear') + 'gear'.length;
      el.focus();
      el.setSelectionRange(at, at);
    }, null);
    await h.type(']');
    await waitUntil(async () => (await panelHas(h, '[data-rule="yaml-syntax"]')) === 0, 'the YAML error gone');
    const suggestion = await waitUntil(() => h.panel(() => document.querySelector('.suggestion-text')?.textContent ?? '', null), 'a suggestion');
    const before = await textarea(h);
    await h.clickInPanel('[data-action="apply-description"]');
    await descriptionWritten(h, before);
    const after = await textarea(h);
    const line = after.split('\n').find((l) => l.startsWith('description:'))!;
    expect(line.slice('description:'.length).trim().replace(/^["']|["']$/g, '')).toBe(suggestion);
    // Everything outside the description line is unchanged.
    const strip = (t: string) => t.split('\n').filter((l) => !l.startsWith('description:')).join('\n');
    expect(strip(after)).toBe(strip(before));
    // The panel's own search-result preview shows it whole: it measures with the limits the suggestion was made for.
    const shown = await waitUntil(async () => {
      const desc = await h.panel(() => {
        const el = document.querySelector('[data-part="search-snippet"] .snippet-desc');
        return el ? { text: el.textContent ?? '', truncated: el.getAttribute('data-truncated') } : null;
      }, null);
      return desc?.text === suggestion ? desc : null;
    }, 'the used suggestion in the search-result preview');
    expect(shown.truncated).toBe('false');
  });
}

export const HUGO_POST = readFileSync(join(FIXTURES, 'admin/hugo-post.md'), 'utf8');

/**
 * A Hugo post (TOML frontmatter between `+++` lines) in a textarea the page does not mark: the
 * panel finds it by its fence, "Clean links" removes exactly the tracking bytes, and "Use this"
 * writes a TOML string into `description`, every other line kept.
 */
export function tomlPostScenario(get: () => Handles) {
  it('a Hugo post (TOML +++ frontmatter) in an unmarked textarea: the panel docks; "Clean links" and "Use this" write into it', async () => {
    const h = get();
    await waitUntil(() => h.page(() => document.querySelector('post-preflight-dock')?.getAttribute('data-state') === 'mounted', null), 'the dock on a +++ post');
    await waitUntil(() => h.panel(() => document.documentElement.dataset.state === 'ready', null), 'panel ready');
    await waitUntil(() => panelHas(h, '.diag[data-rule="tracking-params"]'), 'the tracking-parameter row');
    expect(await textarea(h)).toBe(HUGO_POST);

    await h.clickInPanel('[data-action="clean-links"]');
    await waitUntil(async () => (await textarea(h)) !== HUGO_POST, 'the links cleaned');
    const cleanedPost = HUGO_POST.replace('?utm_source=newsletter&utm_medium=email&shift=winter', '?shift=winter');
    expect(await textarea(h)).toBe(cleanedPost);

    // The panel has read the cleaned text (its button is enabled again) before "Use this".
    await waitUntil(() => panelHas(h, '[data-suggestion="0"] [data-action="apply-description"]:not([disabled])'), 'the first suggestion ready to use');
    const suggestion = await h.panel(() => document.querySelector('[data-suggestion="0"] .suggestion-text')?.textContent ?? '', null);
    await h.clickInPanel('[data-suggestion="0"] [data-action="apply-description"]');
    await descriptionWritten(h, cleanedPost);
    const after = await textarea(h);
    const line = after.split('\n').find((l) => l.startsWith('description = '))!;
    // A TOML basic string: JSON's quoting is a valid one for any text without control characters.
    expect([JSON.stringify(suggestion), `'${suggestion}'`]).toContain(line.slice('description = '.length));
    const strip = (t: string) => t.split('\n').filter((l) => !l.startsWith('description = ')).join('\n');
    expect(strip(after)).toBe(strip(cleanedPost));
    await waitUntil(() => h.panel(() => document.querySelector('[data-suggestion][aria-current="true"]') !== null, null), 'the used suggestion marked current');
  });
}
