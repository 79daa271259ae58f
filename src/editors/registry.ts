/// <reference types="vite/client" />
/**
 * THE list of editors: one line per folder `src/editors/<id>/`, most specific first. Both worlds
 * read it: the content script takes each folder's `adapter.ts` in this order (./adapters.ts), the
 * MAIN-world script each folder's `driver.ts`, where there is one (./drivers.ts). The first editor
 * found wins, so CMSs (a CMS may embed one of the plain editors) go first, and the plain
 * `<textarea>` last (CodeMirror and Monaco keep hidden textareas next to their real editor).
 * tests/unit/editors/registry.test.ts checks every folder is here, documented and tested.
 */
export const EDITOR_IDS = [
  'decap',
  'sveltia',
  'monaco',
  'codemirror6',
  'codemirror5',
  'textarea',
] as const;

export type EditorId = (typeof EDITOR_IDS)[number];

/**
 * The modules of one kind (`adapter.ts`, `driver.ts`) from an `import.meta.glob` over the
 * folders, in registry order. A folder missing from the registry is an error: it would be
 * silently left out. `required`: every registered editor must have one. The checks run in
 * development and tests (the meta-test tests/unit/editors/registry.test.ts runs them over the
 * real folders); a production build leaves their messages out of the content script, which
 * runs on every matching page (15 KB gz budget).
 */
export function inRegistryOrder<T extends { readonly id: string }>(modules: Record<string, T>, file: string, required: boolean): T[] {
  const check = import.meta.env.DEV;
  const byId = new Map<string, T>();
  for (const [path, mod] of Object.entries(modules)) {
    const id = /^\.\/([^/]+)\//.exec(path)?.[1];
    if (check && (!id || !(EDITOR_IDS as readonly string[]).includes(id))) throw new Error(`src/editors/${id}/ is not in src/editors/registry.ts`);
    if (check && mod.id !== id) throw new Error(`src/editors/${id}/${file} has the id "${mod.id}"; it must be its folder's name`);
    if (id) byId.set(id, mod);
  }
  const ordered: T[] = [];
  for (const id of EDITOR_IDS) {
    const mod = byId.get(id);
    if (mod) ordered.push(mod);
    else if (check && required) throw new Error(`src/editors/${id}/${file} is missing`);
  }
  return ordered;
}
