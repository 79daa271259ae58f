/**
 * Puts the caret after a Slate block's last character the way a user's click would (Slate
 * follows the DOM selection) and says whether Slate's own model has taken it yet. Slate reads
 * the DOM selection on a throttled `selectionchange`; right after a re-render (Decap's markdown
 * switch) typing before it has done so lands at the click point instead, so callers poll this
 * until it answers true. Self-contained: it runs in the page (Playwright or puppeteer evaluate).
 */
export function caretToBlockEndInPage(block: Element): boolean {
  const strings = block.querySelectorAll('[data-slate-string]');
  const text = strings[strings.length - 1]?.firstChild;
  if (!text) return false;
  const end = text.textContent?.length ?? 0;
  const selection = getSelection();
  if (selection?.focusNode !== text || selection.focusOffset !== end || !selection.isCollapsed) selection?.collapse(text, end);
  const root = block.closest('[data-slate-editor="true"]');
  const key = root && Object.keys(root).find((k) => k.startsWith('__reactFiber$'));
  type Point = { path: number[]; offset: number };
  type Fiber = { return: Fiber | null; memoizedProps?: { editor?: { selection: { anchor: Point; focus: Point } | null; children: unknown[] } } };
  let fiber = key ? ((root as unknown as Record<string, Fiber>)[key] ?? null) : null;
  while (fiber && !fiber.memoizedProps?.editor) fiber = fiber.return;
  const model = fiber?.memoizedProps?.editor?.selection;
  if (!model) return false;
  let node: unknown = { children: fiber!.memoizedProps!.editor!.children };
  for (const i of model.focus.path) node = (node as { children?: unknown[] }).children?.[i];
  const leaf = (node as { text?: string } | undefined)?.text;
  return leaf === text.textContent && model.focus.offset === end && model.anchor.offset === end;
}
