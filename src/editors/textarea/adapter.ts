import type { ApplyResult } from '../../protocol/apply-result';
import type { AdapterDefinition, EditorAdapter } from '../types';
import type { TextEdit } from '../../core/types';
import { applyEdits } from '../../core/fix';
import { caretTop, lineHeightOf } from './caret';

/**
 * A plain or framework-controlled `<textarea>` holding the whole post. Runs in the isolated
 * world: the textarea's value is readable there, and writes go through
 * `execCommand('insertText')`, which fires trusted beforeinput/input events (so React-style
 * controlled components update their state) and lands on the browser's own undo stack.
 */

/**
 * Which textarea holds the post: an explicit marker, else one whose text opens with a frontmatter
 * fence, YAML's `---` or TOML's `+++` (Hugo, Zola), as the core reads both.
 */
export function findPostTextarea(doc: Document): HTMLTextAreaElement | undefined {
  const marked = doc.querySelector<HTMLTextAreaElement>('textarea[data-post-preflight]');
  if (marked) return marked;
  const all = [...doc.querySelectorAll('textarea')];
  return all.find((t) => FRONTMATTER_FENCE.test(t.value));
}

/** A first line that is only a fence (trailing blanks allowed, as the core's parser allows them). */
const FRONTMATTER_FENCE = /^\uFEFF?(?:---|\+\+\+)[ \t]*\r?\n/;

/** Polling catches value changes made by scripts (no input event), e.g. a framework re-render. */
const POLL_MS = 400;

export function textareaAdapter(el: HTMLTextAreaElement): EditorAdapter {
  const doc = el.ownerDocument;
  const replace = (start: number, end: number, text: string): void => {
    el.focus();
    el.setSelectionRange(start, end);
    const canExec = typeof doc.execCommand === 'function';
    const done = canExec && (text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text));
    if (done) return;
    // execCommand unavailable (very old engines): no undo, but the page still hears an input event.
    el.setRangeText(text, start, end, 'end');
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  };

  return {
    id: 'textarea',
    read: () => el.value,
    subscribe(onChange, signal) {
      let last = el.value;
      const check = () => {
        if (el.value === last) return;
        last = el.value;
        onChange(last);
      };
      el.addEventListener('input', check, { signal });
      el.addEventListener('change', check, { signal });
      const timer = setInterval(check, POLL_MS);
      signal.addEventListener('abort', () => clearInterval(timer), { once: true });
    },
    async apply(edits: readonly TextEdit[], expected: string): Promise<ApplyResult> {
      if (el.value !== expected) return { ok: false, reason: 'stale', say: 'applyStale' };
      if (el.readOnly || el.disabled) return { ok: false, reason: 'read-only', say: 'applyReadOnly' };
      if (edits.length === 0) return { ok: true, text: el.value };
      let wanted: string;
      try {
        wanted = applyEdits(expected, edits);
      } catch (error) {
        return { ok: false, reason: 'failed', say: 'applyRejected', params: { detail: (error as Error).message } };
      }
      // One replacement spanning all edits = one undo step; the bytes between edits are re-inserted unchanged.
      const from = Math.min(...edits.map((e) => e.start));
      const to = Math.max(...edits.map((e) => e.end));
      const middle = wanted.slice(from, wanted.length - (expected.length - to));
      const { selectionStart, selectionEnd, scrollTop } = el;
      const shift = wanted.length - expected.length;
      const active = doc.activeElement as HTMLElement | null;
      replace(from, to, middle);
      // Keep the caret where the writer left it (moved by the length change when it was after the edit).
      const keep = (p: number) => (p <= from ? p : p >= to ? p + shift : from);
      el.setSelectionRange(keep(selectionStart), keep(selectionEnd));
      el.scrollTop = scrollTop;
      if (active && active !== el) active.focus();
      if (el.value !== wanted) return { ok: false, reason: 'failed', say: 'applyNotAccepted' };
      return { ok: true, text: el.value };
    },
    reveal(start, end) {
      el.focus({ preventScroll: true });
      el.setSelectionRange(start, end);
      revealInTextarea(el, start);
    },
  };
}

/**
 * Scrolls so the selection's first row sits about a third down the textarea, measured where the
 * text is really drawn (wrapped lines included), then brings that row into the window.
 */
export function revealInTextarea(el: HTMLTextAreaElement, start: number): void {
  const top = caretTop(el, start);
  const line = lineHeightOf(el);
  el.scrollTop = Math.max(0, top - el.clientHeight / 3);
  // The textarea itself may be partly off screen (a long page): scroll the window to the row.
  const win = el.ownerDocument.defaultView!;
  const box = el.getBoundingClientRect();
  const rowTop = box.top + el.clientTop + top - el.scrollTop;
  if (rowTop < 0 || rowTop + line > win.innerHeight) win.scrollBy({ top: rowTop - win.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
}

const textarea: AdapterDefinition = {
  id: 'textarea',
  async detect(doc) {
    const el = findPostTextarea(doc);
    return el ? textareaAdapter(el) : undefined;
  },
};

export default textarea;
