import { parse } from 'yaml';
import type { AnalyzeOptions, RuleSetting } from '../core/types';
import type { PostSchema } from '../core/schema/types';

/**
 * Images, video and audio from other sites in the preview: 'ask' holds them back until "Load for
 * this post", 'load' fetches them all.
 */
export type RemoteMedia = 'ask' | 'load';

/** What the options page stores in storage.sync (small: sync quota is ~100 KB). */
export interface Settings {
  /** Per site origin (e.g. `http://localhost:8080`): the public base URL of the blog. */
  sites: Record<string, { baseUrl?: string }>;
  /** Frontmatter schema as YAML or JSON text, the same format as the CLI config's `schema`. */
  schemaText: string;
  rules: Record<string, RuleSetting>;
  extraTrackingParams: string[];
  /** Parameters never removed as tracking (`name`, `prefix_*`, `host:name`), e.g. one a site needs. */
  keepTrackingParams: string[];
  /** Origins the user allowed beyond the built-in editor URLs. */
  allowedSites: string[];
  /** Check links added since the last check while typing (sites already granted only). Off by default. */
  autoCheckLinks: boolean;
  /**
   * Images, video and audio the preview fetches from other sites: 'ask' (default) holds them back
   * until "Load for this post" (the site's own base URL and the editor's page always load); 'load'
   * fetches them all.
   */
  remoteMedia: RemoteMedia;
}

export const DEFAULT_SETTINGS: Settings = { sites: {}, schemaText: '', rules: {}, extraTrackingParams: [], keepTrackingParams: [], allowedSites: [], autoCheckLinks: false, remoteMedia: 'ask' };

/** Fills in missing keys of whatever was stored (older versions, hand-edited sync data). */
export function normalizeSettings(stored: unknown): Settings {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Settings>;
  return {
    sites: typeof s.sites === 'object' && s.sites !== null ? s.sites : {},
    schemaText: typeof s.schemaText === 'string' ? s.schemaText : '',
    rules: typeof s.rules === 'object' && s.rules !== null ? s.rules : {},
    extraTrackingParams: Array.isArray(s.extraTrackingParams) ? s.extraTrackingParams.filter((p) => typeof p === 'string') : [],
    keepTrackingParams: Array.isArray(s.keepTrackingParams) ? s.keepTrackingParams.filter((p) => typeof p === 'string') : [],
    allowedSites: Array.isArray(s.allowedSites) ? s.allowedSites.filter((p) => typeof p === 'string') : [],
    autoCheckLinks: s.autoCheckLinks === true,
    remoteMedia: s.remoteMedia === 'load' ? 'load' : 'ask',
  };
}

/** A failure carries its English `message` and the catalog's `key` (and the YAML parser's `detail`) for the options page. */
export type SchemaParse = { ok: true; schema: Partial<PostSchema> | undefined } | { ok: false; message: string; key: 'schemaNotMapping' | 'schemaFieldsNotList' | 'schemaNotYaml'; detail?: string };

/** Parses the schema text the user typed; empty text means "use the defaults". */
export function parseSchemaText(text: string): SchemaParse {
  if (!text.trim()) return { ok: true, schema: undefined };
  try {
    const value: unknown = parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, message: 'The schema must be a mapping, e.g. "fields:" followed by a list of fields.', key: 'schemaNotMapping' };
    const fields = (value as { fields?: unknown }).fields;
    if (fields !== undefined && !Array.isArray(fields)) return { ok: false, message: '"fields" must be a list of fields, each with a "path".', key: 'schemaFieldsNotList' };
    return { ok: true, schema: value as Partial<PostSchema> };
  } catch (error) {
    return { ok: false, message: `The schema is not valid YAML: ${(error as Error).message}`, key: 'schemaNotYaml', detail: (error as Error).message };
  }
}

/** The analysis options for a page: settings of its origin, merged with the CMS's own field rules. */
export function analyzeOptionsFor(settings: Settings, pageUrl: string): AnalyzeOptions {
  let site: { baseUrl?: string } | undefined;
  try {
    const url = new URL(pageUrl);
    // The exact origin first; a site entry without a port covers every port of that host
    // (local CMS dev servers move between ports).
    site = settings.sites[url.origin] ?? settings.sites[`${url.protocol}//${url.hostname}`];
  } catch {
    // An unparsable page URL just gets no per-site settings.
  }
  const parsed = parseSchemaText(settings.schemaText);
  return {
    baseUrl: site?.baseUrl || undefined,
    schema: parsed.ok ? parsed.schema : undefined,
    rules: settings.rules,
    extraTrackingParams: settings.extraTrackingParams,
    keepTrackingParams: settings.keepTrackingParams,
  };
}
