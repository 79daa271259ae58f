import { applyFixes, type Diagnostic, type Report } from '../core/index';
import { checkPostLinks, createMemoryCache, linkFindingsToDiagnostics, type LinkCache } from '../core/linkcheck/index';
import { isInternalUrl } from '../core/linkcheck/internal-address';
import { createNodeFetch } from '../node/http-fetch';
import { LinkCacheFileError, openLinkCacheFile } from '../node/link-cache-file';
import type { SiteConfig } from './config/validate';
import { linkCheckRule } from '../core/rule-catalog';
import { describeFsError, UsageError, words } from './errors';
import { t, type Locale } from '../i18n';

/** The id under which network findings appear; a site config may set it like a rule's. */
export const LINK_CHECK_RULE = linkCheckRule.id;

export interface LinkCheckRun {
  /** Network findings for one post's text, with line/columns, severities per the site config. */
  check(text: string, report: Report, config: SiteConfig): Promise<Diagnostic[]>;
  close(): Promise<void>;
}

/**
 * One checker for the whole command: one keep-alive connection pool and one cache, so a URL
 * linked from several posts is fetched once, and with `--link-cache` not again for a day.
 * With `fix`, a cached result that would change the post (a permanent move) is not used: the
 * URL is checked again, so every fix written comes from a fresh answer of the site itself.
 */
export async function startLinkChecks(options: { cachePath?: string; timeoutMs?: number; fix?: boolean; locale?: Locale; warn?: (message: string) => void }): Promise<LinkCheckRun> {
  const locale = options.locale ?? 'en';
  const fetch = createNodeFetch();
  let cacheFile;
  try {
    cacheFile = options.cachePath ? await openLinkCacheFile(options.cachePath) : undefined;
  } catch (error) {
    if (error instanceof LinkCacheFileError) {
      const { kind, path, detail } = error;
      throw new UsageError(kind === 'not-a-cache' ? words('cliCacheNotCache', { file: path }) : words('cliCacheUnusable', { file: path, reason: describeFsError(detail) }));
    }
    throw error;
  }
  if (cacheFile?.ignored) options.warn?.(t(locale, 'cliCacheMalformed', { file: options.cachePath!, count: cacheFile.ignored }));
  const stored: LinkCache = cacheFile ?? createMemoryCache();
  const cache: LinkCache = options.fix
    ? {
        async get(key) {
          const entry = await stored.get(key);
          return entry?.result.replacementUrl ? undefined : entry;
        },
        set: (key, value) => stored.set(key, value),
      }
    : stored;
  return {
    async check(text, report, config) {
      const setting = config.rules?.[LINK_CHECK_RULE];
      if (setting === 'off') return [];
      const { diagnostics } = await checkPostLinks(report, { fetch, cache, baseUrl: config.baseUrl, timeoutMs: options.timeoutMs, locale });
      return linkFindingsToDiagnostics(text, diagnostics).map((d) => (setting ? { ...d, severity: setting } : d));
    },
    async close() {
      await cacheFile?.save();
      fetch.close();
    },
  };
}

/**
 * Applies the link checker's fixes (a link moved for good to the same address on https); returns the new text.
 * Belt and braces: a fix that would put an internal address into a post where the link was
 * public is dropped here too, whatever produced it.
 */
export function applyLinkFixes(text: string, diagnostics: readonly Diagnostic[]): { text: string; fixed: number } {
  const safe = diagnostics.flatMap((d) => {
    if (!d.fix) return [];
    const url = (d.data as { url?: unknown } | undefined)?.url;
    const wasInternal = typeof url === 'string' && isInternalUrl(url);
    return d.fix.edits.every((e) => wasInternal || !isInternalUrl(e.text.replace(/&amp;/g, '&'))) ? [d.fix] : [];
  });
  const { text: fixedText, applied } = applyFixes(text, safe);
  return { text: fixedText, fixed: applied };
}
