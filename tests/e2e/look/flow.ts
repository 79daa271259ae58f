import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join, resolve } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { applyEdits } from '../../../src/core/fix';
import { setFieldEdits } from '../../../src/core/frontmatter/set-field';
import { cleanLinksEdits } from '../../../src/core/links/clean-all';
import { parseFrontmatter } from '../../../src/core/parse/frontmatter';
import '../../../src/i18n/all-catalogs';
import { groupFindings } from '../../../src/panel/finding-groups';
import { waitUntil, type Evaluate } from '../support/handles';
import { ROOT } from '../support/paths';

/** The posts a look run goes through: `LOOK_POSTS` (a folder), else the repository's own fixture posts. */
export function lookPosts(): Array<{ name: string; text: string }> {
  const folder = resolve(process.env.LOOK_POSTS ?? join(ROOT, 'tests/fixtures/posts'));
  return readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
}

/** One editor with the panel beside it, whatever the browser and the editor. */
export interface LookEditor {
  /** The text the editor holds. */
  text(): Promise<string>;
  /** Runs `fn` in the panel. */
  panel: Evaluate;
  /** A real click on the panel's element, once it is enabled. */
  click(selector: string): Promise<void>;
  /** Takes back the last `count` changes the way a person would in that editor. */
  undo(count: number): Promise<void>;
  /**
   * Where a written field may read other than the core writes it (Decap writes the frontmatter in
   * its own YAML style): whether `got` says what `expected` says. Else the texts must be equal.
   */
  sameField?(expected: string, got: string): boolean;
  /**
   * Where undo may leave a trace the editor cannot take back (Decap has no action that removes a
   * key "Use this" added: it stays, set to null): the trace, or undefined when `back` is not
   * `start` with such a trace. Else undo must give back `start` byte for byte.
   */
  undoneWith?(start: string, back: string): string | undefined;
}

/**
 * What a person does with a post: "Clean links", then "Use this" on the first suggestion, then
 * undo until the post is back. Each text is checked against what the core computes in Node;
 * throws at the first difference. Each step done is added to `done` (what a failure came after);
 * returns how many changes were written and undone.
 */
export async function cleanUseUndo(editor: LookEditor, start: string, done: string[], { fixAll = false } = {}): Promise<number> {
  let text = start;
  let changes = 0;
  const write = async (label: string, selector: string, expected: string, field = false): Promise<void> => {
    await editor.click(selector);
    await waitUntil(async () => (await editor.text()) !== text, `${label} to reach the editor`).catch(() => undefined);
    const now = await editor.text();
    const same = now === expected || (field && editor.sameField?.(expected, now) === true);
    if (!same) {
      const notice = await editor.panel(() => document.querySelector('p.notice')?.textContent ?? '', null);
      throw new Error(`${label}: ${difference(expected, now)}${notice ? ` (the panel said: ${notice})` : ''}`);
    }
    text = now;
    changes++;
  };

  const clean = cleanLinksEdits(analyze(text));
  if (clean.length) {
    await write('"Clean links"', '[data-action="clean-links"]', applyEdits(text, clean));
    done.push(`clean links (${start.length - text.length} characters)`);
    await settle(editor.panel, text);
  }

  // Each group's "Fix all" the panel offers (`fixAll`), as the panel groups the core's findings.
  for (let round = 0; fixAll && round < MAX_FIX_ALL; round++) {
    // The panel disables its buttons while a change is on its way to the editor.
    await waitUntil(() => editor.panel(() => document.querySelector('[data-action="fix-group"][disabled]') === null, null), 'the panel’s buttons');
    const rule = await editor.panel(() => document.querySelector('[data-action="fix-group"]')?.getAttribute('data-rule') ?? '', null);
    if (!rule) break;
    const bulk = groupFindings(analyze(text).diagnostics).find((g) => g.ruleId === rule)?.bulk;
    if (!bulk) throw new Error(`the panel offers "Fix all" for ${rule}, the core has no such group in the text`);
    await write(`"Fix all" (${rule})`, `[data-action="fix-group"][data-rule="${rule}"]`, applyEdits(text, bulk.edits), true);
    done.push(`fix all ${rule} (${bulk.count})`);
    await settle(editor.panel, text);
  }

  const suggestion = await editor.panel(() => document.querySelector('[data-suggestion="0"] .suggestion-text')?.textContent ?? '', null);
  if (suggestion) {
    const path = await editor.panel(() => [...document.querySelectorAll('p code')].find((c) => c.closest('p')?.textContent?.startsWith('Written to'))?.textContent ?? '', null);
    let expected: string | undefined;
    try {
      expected = applyEdits(text, setFieldEdits(text, path, suggestion));
    } catch {
      expected = undefined; // the panel refuses too, with the reason
    }
    if (expected === undefined) {
      await editor.click('[data-suggestion="0"] [data-action="apply-description"]');
      done.push(`use this refused (${path})`);
    } else {
      await write(`"Use this" (${path})`, '[data-suggestion="0"] [data-action="apply-description"]', expected, true);
      done.push(`use this (${path})`);
      await waitUntil(() => editor.panel(() => document.querySelector('[data-suggestion][aria-current="true"]') !== null, null), 'the used suggestion marked current');
    }
  }

  await editor.undo(changes);
  const back = await editor.text();
  if (back !== start) {
    const trace = editor.undoneWith?.(start, back);
    if (trace === undefined) throw new Error(`undo ×${changes}: ${difference(start, back)}`);
    done.push(`undone but for ${trace}`);
  }
  return changes;
}

/** "Fix all" buttons pressed at most (each takes its group away). */
const MAX_FIX_ALL = 6;

/** Waits until the panel has checked `text` (as many tracking rows as the core finds in it). */
export async function settle(panel: Evaluate, text: string): Promise<void> {
  const rows = analyze(text).diagnostics.filter((d) => d.ruleId === 'tracking-params').length;
  await waitUntil(() => panel((n) => document.documentElement.dataset.state === 'ready' && document.querySelectorAll('.diag[data-rule="tracking-params"]').length === n, rows), 'the panel to check the text');
}

/**
 * Whether two texts hold the same frontmatter data and the same body, byte for byte: how a CMS
 * that writes its own YAML style (Decap folds long strings, Sveltia does not) is checked.
 */
export function sameEntry(a: string, b: string): boolean {
  const fa = parseFrontmatter(a);
  const fb = parseFrontmatter(b);
  return fa.closed && fb.closed && isDeepStrictEqual(fa.data, fb.data) && a.slice(fa.end) === b.slice(fb.end);
}

/** Where two texts first differ, with a little of each. */
function difference(expected: string, got: string): string {
  let i = 0;
  while (i < expected.length && expected[i] === got[i]) i++;
  return `differs at ${i} of ${expected.length} (expected ${JSON.stringify(expected.slice(i, i + 40))}, got ${JSON.stringify(got.slice(i, i + 40))})`;
}
