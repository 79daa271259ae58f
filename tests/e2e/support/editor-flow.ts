import { expect } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { applyEdits } from '../../../src/core/fix';
import { cleanLinksEdits } from '../../../src/core/links/clean-all';
import { longPost, trackingEdits } from '../editors/support/post';
import { waitUntil, type Evaluate } from './handles';

/** A post short enough for a quick panel, with every kind of tracking link of the editors' tests. */
export const EDITOR_POST_LINES = 60;
export const EDITOR_POST = longPost(EDITOR_POST_LINES);

/** The editor test pages (src/editors/<id>/site), at the path the extension's manifest matches. */
export const EDITOR_PAGES = { codemirror6: 'cm6.html', codemirror5: 'cm5.html', monaco: 'monaco.html' } as const;
export const editorPageUrl = (base: string, id: keyof typeof EDITOR_PAGES) => `${base}/admin/editors/${EDITOR_PAGES[id]}`;

export interface EditorHandles {
  /** The editor page's own world (its test hooks: editorText, setEditorSelection, hostChanges). */
  page: Evaluate;
  /** The panel document. */
  panel: Evaluate;
  clickInPanel(selector: string): Promise<void>;
  type(text: string): Promise<void>;
  undoKey(): Promise<void>;
}

const TYPED = ' Zinnias';
const trackingRows = (h: EditorHandles) => h.panel(() => document.querySelectorAll('.diag[data-rule="tracking-params"]').length, null);
const editorText = (h: EditorHandles) => h.page(() => (window as unknown as { editorText(): string }).editorText(), null);
const hostChanges = (h: EditorHandles) => h.page(() => (window as unknown as { hostChanges: number }).hostChanges, null);
const focusAt = (h: EditorHandles, at: number) => h.page((a) => (window as unknown as { setEditorSelection(a: number, b: number): void }).setEditorSelection(a, a), at);
const panelShows = (h: EditorHandles, s: string) => h.panel((x) => document.documentElement.dataset.state === 'ready' && document.body.innerText.includes(x), s);

/** Reads the post, follows typing, writes "Clean links" (exactly the tracking bytes) and Ctrl+Z undoes it exactly. */
export async function readTypeCleanUndo(h: EditorHandles, { typing = true } = {}): Promise<void> {
  await waitUntil(() => h.page(() => (window as unknown as { editorReady?: boolean }).editorReady === true, null), 'the editor');
  const rows = analyze(EDITOR_POST).diagnostics.filter((d) => d.ruleId === 'tracking-params').length;
  expect(rows).toBeGreaterThan(5);
  await waitUntil(async () => (await trackingRows(h)) === rows, 'the panel to read the post from the editor');

  let before = EDITOR_POST;
  if (typing) {
    const at = EDITOR_POST.indexOf('# Field notes') + '# Field notes'.length;
    await focusAt(h, at);
    await h.type(TYPED);
    before = EDITOR_POST.slice(0, at) + TYPED + EDITOR_POST.slice(at);
    await waitUntil(async () => (await editorText(h)) === before, 'the typing in the editor');
    await waitUntil(() => panelShows(h, `Field notes${TYPED}`), 'the panel to follow the typing');
    // Typing and the fix must be separate undo steps (editors group keystrokes by time).
    await new Promise((r) => setTimeout(r, 700));
  }

  // What "Clean links" must do: one edit per tracked URL, computed independently of the panel.
  const cleaned = applyEdits(before, trackingEdits(before));
  expect(applyEdits(before, cleanLinksEdits(analyze(before)))).toBe(cleaned);
  const hostBefore = await hostChanges(h);
  await h.clickInPanel('[data-action="clean-links"]');
  await waitUntil(async () => (await editorText(h)) === cleaned, '"Clean links" to reach the editor');
  expect(await hostChanges(h)).toBeGreaterThan(hostBefore);
  await waitUntil(async () => (await trackingRows(h)) === 0, 'the panel to see the cleaned links');

  // The editor's own undo takes the fix back, byte for byte, and the panel follows.
  await focusAt(h, 0);
  await h.undoKey();
  await waitUntil(async () => (await editorText(h)) === before, 'Ctrl+Z to restore the text');
  expect(await editorText(h)).toBe(before);
  await waitUntil(async () => (await trackingRows(h)) === rows, 'the panel to see the undo');
}

/**
 * The editor page with the hostile script first (tests/e2e/editors/pages/hostile.js): getters on
 * Object.prototype (`then` among them) and a replaced Promise.prototype.then swap every editor
 * answer they see for "FORGED by the page". The panel must show and clean the editor's real text.
 */
export async function hostilePageKeepsPanelHonest(h: EditorHandles): Promise<void> {
  await waitUntil(() => h.page(() => (window as unknown as { editorReady?: boolean }).editorReady === true, null), 'the editor');
  const rows = analyze(EDITOR_POST).diagnostics.filter((d) => d.ruleId === 'tracking-params').length;
  await waitUntil(async () => (await trackingRows(h)) === rows, 'the panel to read the post from the editor');
  const forged = () => h.panel(() => document.body.innerText.includes('FORGED'), null);
  expect(await forged()).toBe(false);
  await h.clickInPanel('[data-action="clean-links"]');
  const cleaned = applyEdits(EDITOR_POST, trackingEdits(EDITOR_POST));
  await waitUntil(async () => (await editorText(h)) === cleaned, '"Clean links" to reach the editor');
  await waitUntil(async () => (await trackingRows(h)) === 0, 'the panel to see the cleaned links');
  expect(await forged()).toBe(false);
  expect(await h.page(() => (window as unknown as { hostileForgeries: number }).hostileForgeries, null)).toBe(0);
  expect(await h.page(() => (window as unknown as { hostileLog: string[] }).hostileLog.filter((l) => /^(then-get|promise-value)/.test(l)), null)).toEqual([]);
}
