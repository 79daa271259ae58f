import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { applyEdits } from '../../../src/core/fix';
import { setFieldEdits } from '../../../src/core/frontmatter/set-field';
import { cleanLinksEdits } from '../../../src/core/links/clean-all';
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
}

/**
 * What a person does with a post: "Clean links", then "Use this" on the first suggestion, then
 * undo until the post is back. Each text is checked against what the core computes in Node;
 * throws at the first difference. Each step done is added to `done` (what a failure came after);
 * returns how many changes were written and undone.
 */
export async function cleanUseUndo(editor: LookEditor, start: string, done: string[]): Promise<number> {
  let text = start;
  let changes = 0;
  const write = async (label: string, selector: string, expected: string): Promise<void> => {
    await editor.click(selector);
    await waitUntil(async () => (await editor.text()) !== text, `${label} to reach the editor`).catch(() => undefined);
    const now = await editor.text();
    if (now !== expected) throw new Error(`${label}: ${difference(expected, now)}`);
    text = now;
    changes++;
  };

  const clean = cleanLinksEdits(analyze(text));
  if (clean.length) {
    await write('"Clean links"', '[data-action="clean-links"]', applyEdits(text, clean));
    done.push(`clean links (${start.length - text.length} characters)`);
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
      await write(`"Use this" (${path})`, '[data-suggestion="0"] [data-action="apply-description"]', expected);
      done.push(`use this (${path})`);
      await waitUntil(() => editor.panel(() => document.querySelector('[data-suggestion][aria-current="true"]') !== null, null), 'the used suggestion marked current');
    }
  }

  await editor.undo(changes);
  const back = await editor.text();
  if (back !== start) throw new Error(`undo ×${changes}: ${difference(start, back)}`);
  return changes;
}

/** Waits until the panel has checked `text` (as many tracking rows as the core finds in it). */
export async function settle(panel: Evaluate, text: string): Promise<void> {
  const rows = analyze(text).diagnostics.filter((d) => d.ruleId === 'tracking-params').length;
  await waitUntil(() => panel((n) => document.documentElement.dataset.state === 'ready' && document.querySelectorAll('.diag[data-rule="tracking-params"]').length === n, rows), 'the panel to check the text');
}

/** Where two texts first differ, with a little of each. */
function difference(expected: string, got: string): string {
  let i = 0;
  while (i < expected.length && expected[i] === got[i]) i++;
  return `differs at ${i} of ${expected.length} (expected ${JSON.stringify(expected.slice(i, i + 40))}, got ${JSON.stringify(got.slice(i, i + 40))})`;
}
