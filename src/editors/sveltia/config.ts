import { parse } from 'yaml';
import { toFieldConfigs, type DecapField } from '../../core/decap/index';

/**
 * Sveltia reads the same `config.yml` as Decap, but keeps the parsed config out of reach of
 * other scripts. The driver fetches the file Sveltia itself loads (a `<link rel="cms-config-url">`,
 * or `config.yml` next to the page) once per page, and keeps each collection's field list.
 * Everything in it is page data: it is checked by `toFieldConfigs` like Decap's store values.
 */
export interface SveltiaConfig {
  collections: Map<string, DecapField[]>;
}

/** Where Sveltia looks for its config: the first `cms-config-url` link, else `config.yml` beside the page. */
export function configUrl(doc: Document): string {
  const link = doc.querySelector<HTMLLinkElement>('link[rel="cms-config-url"]');
  if (link?.href) return link.href;
  return new URL('config.yml', doc.baseURI).href;
}

/** The collections of a config.yml text; folder and file collections' `fields` alike. */
export function parseConfig(text: string): SveltiaConfig {
  const collections = new Map<string, DecapField[]>();
  const raw = parse(text, { maxAliasCount: 100 }) as { collections?: unknown } | null;
  const list = Array.isArray(raw?.collections) ? raw.collections : [];
  for (const c of list.slice(0, 500)) {
    if (!c || typeof c !== 'object') continue;
    const { name, fields } = c as { name?: unknown; fields?: unknown };
    if (typeof name === 'string' && Array.isArray(fields)) collections.set(name, toFieldConfigs(fields));
  }
  return { collections };
}

const MAX_CONFIG_CHARS = 2_000_000;
const loads = new WeakMap<Document, { config?: SveltiaConfig }>();

/**
 * The config once loaded, else undefined (and a load is started: the driver is found on a later
 * DOM change). A config that can't be fetched or parsed leaves the editor unsupported.
 */
export function loadedConfig(doc: Document): SveltiaConfig | undefined {
  let state = loads.get(doc);
  if (!state) {
    const s: { config?: SveltiaConfig } = {};
    loads.set(doc, (state = s));
    void (async () => {
      try {
        const response = await fetch(configUrl(doc), { credentials: 'same-origin' });
        const text = response.ok ? await response.text() : '';
        if (text.length <= MAX_CONFIG_CHARS) s.config = parseConfig(text);
      } catch {
        // No config we can read: the driver stays away from this page.
      }
    })();
  }
  return state.config;
}
