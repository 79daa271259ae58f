import { applyFixes, type Diagnostic, type Report } from '../core/index';
import { checkPostLinks, createMemoryCache, linkFindingsToDiagnostics, type LinkCache } from '../core/linkcheck/index';
import { createNodeFetch } from '../node/http-fetch';
import { openLinkCacheFile } from '../node/link-cache-file';
import type { SiteConfig } from './config/validate';
import { linkCheckRule } from '../core/rule-catalog';

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
 */
export async function startLinkChecks(options: { cachePath?: string; timeoutMs?: number }): Promise<LinkCheckRun> {
  const fetch = createNodeFetch();
  const cacheFile = options.cachePath ? await openLinkCacheFile(options.cachePath) : undefined;
  const cache: LinkCache = cacheFile ?? createMemoryCache();
  return {
    async check(text, report, config) {
      const setting = config.rules?.[LINK_CHECK_RULE];
      if (setting === 'off') return [];
      const { diagnostics } = await checkPostLinks(report, { fetch, cache, baseUrl: config.baseUrl, timeoutMs: options.timeoutMs });
      return linkFindingsToDiagnostics(text, diagnostics).map((d) => (setting ? { ...d, severity: setting } : d));
    },
    async close() {
      await cacheFile?.save();
      fetch.close();
    },
  };
}

/** Applies the link checker's fixes (permanent moves, https upgrades); returns the new text. */
export function applyLinkFixes(text: string, diagnostics: readonly Diagnostic[]): { text: string; fixed: number } {
  const { text: fixedText, applied } = applyFixes(text, diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])));
  return { text: fixedText, fixed: applied };
}
