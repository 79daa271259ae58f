import type { SerializedEntry } from '../../core/decap/index';
import { closestFiber, type Imm } from './store';

/*
 * Jump to a frontmatter finding in Decap's form: the field's control (nested `seo.description`
 * included), scrolled into view and focused, with the finding's text selected in it when the
 * control is a text box.
 */

/** The dotted field path of a control element, from the field configs of the React controls above it. */
function controlPath(el: Element): string {
  const names: string[] = [];
  closestFiber(el, (f) => {
    const field = f.memoizedProps?.field as Imm | undefined;
    const name = typeof field?.get === 'function' ? field.get('name') : undefined;
    if (typeof name === 'string' && names[names.length - 1] !== name) names.push(name);
    return false;
  }, 400);
  return names.reverse().join('.');
}

/** The element Decap renders for a field's input (`<name>-field-<id>`), matched by its whole path. */
export function findFieldControl(doc: Document, path: string): HTMLElement | undefined {
  const leaf = path.slice(path.lastIndexOf('.') + 1);
  for (const el of doc.querySelectorAll<HTMLElement>(`[id^="${CSS.escape(leaf)}-field-"]`)) {
    if (controlPath(el) === path) return el;
  }
  return undefined;
}

/** Scrolls to and focuses the control of the field at `path`; undefined when the form has none. */
export function focusFieldControl(doc: Document, path: string): HTMLElement | undefined {
  const el = findFieldControl(doc, path);
  el?.scrollIntoView({ block: 'center', inline: 'nearest' });
  el?.focus({ preventScroll: true });
  return el;
}

/** Focuses the control of the field the finding at `[start, end)` is in; false when there is none. */
export function revealField(doc: Document, entry: SerializedEntry, start: number, end: number): boolean {
  // The innermost field whose lines hold the finding, then its parents if it has no control.
  const spans = entry.spans.filter((s) => s.start <= start && start <= s.end).sort((a, b) => b.path.length - a.path.length);
  for (const span of spans) {
    const el = focusFieldControl(doc, span.path);
    if (!el) continue;
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
      const found = entry.text.slice(start, end);
      const at = found && !found.includes('\n') ? el.value.indexOf(found) : -1;
      try {
        if (at >= 0) el.setSelectionRange(at, at + found.length);
        else el.select();
      } catch {
        // Inputs without a text selection (date, number): focused is as close as it gets.
      }
    }
    return true;
  }
  return false;
}
