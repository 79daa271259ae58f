import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from '../platform/browser';
import { webOrigin } from '../background/link-check';
import { originPattern } from '../options/settings';
import type { Connection } from './connection';
import { addressesToCheck, mergeOutcome, outcomeSummary, permissionPatterns, type KnownLink } from './link-results';
import type { Report } from '../core/types';

/** Typing pauses this long before new links are checked automatically (when the option is on). */
export const AUTO_CHECK_DELAY_MS = 1500;

export interface LinkCheckState {
  known: ReadonlyMap<string, KnownLink>;
  progress: { done: number; total: number } | null;
  notice: string;
  /** The "Check links" click: asks for the sites' permission right away (the click is the user gesture), then checks. */
  check(): void;
  cancel(): void;
}

export function useLinkCheck(connection: Connection, report: Report | undefined, baseUrl: string | undefined, autoCheck: boolean): LinkCheckState {
  const [known, setKnown] = useState<ReadonlyMap<string, KnownLink>>(new Map());
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [notice, setNotice] = useState('');
  // The run whose progress is shown; a manual check replaces an automatic one (the background
  // keeps one run per tab and cancels the replaced one).
  const current = useRef<{ automatic: boolean } | null>(null);

  // Relative links resolve differently under another base URL: what was known no longer holds.
  useEffect(() => setKnown(new Map()), [baseUrl]);

  const run = useCallback(
    async (urls: string[], automatic: boolean, problem = '') => {
      const me = { automatic };
      current.current = me;
      setProgress({ done: 0, total: urls.length });
      const outcome = await connection.checkLinks(urls, baseUrl, (done, total) => current.current === me && setProgress({ done, total }));
      if (current.current !== me) return; // replaced by a newer run, which now owns the progress
      current.current = null;
      setProgress(null);
      if (outcome.cancelled) return void (automatic || setNotice('Link check cancelled.'));
      if (outcome.error) return setNotice(`The link check failed: ${outcome.error}`);
      setKnown((prev) => mergeOutcome(prev, urls, outcome, baseUrl));
      if (!automatic || outcome.notAllowed.length) setNotice(`${problem}${outcomeSummary(outcome)}`);
    },
    [connection, baseUrl],
  );

  const check = () => {
    if (!report || (current.current && !current.current.automatic)) return;
    const urls = addressesToCheck(report);
    if (urls.length === 0) return setNotice('This post has no links to check.');
    const origins = permissionPatterns(urls, baseUrl);
    // Nothing may be awaited before the request: it must run inside the click (user gesture).
    // A refusal (or a browser that can't prompt here) still checks the sites granted before.
    const asked = origins.length ? requestNow(origins).then(() => '', (error: Error) => promptFailed(error)) : Promise.resolve('');
    void asked.then((problem) => run(urls, false, problem));
  };

  // Automatic checks: only links not known yet, only on sites already granted (no prompt while typing).
  useEffect(() => {
    if (!autoCheck || !report) return;
    const fresh = addressesToCheck(report).filter((u) => !known.has(u) && webOrigin(u, baseUrl));
    if (fresh.length === 0) return;
    let stale = false;
    const timer = setTimeout(async () => {
      const granted: string[] = [];
      for (const url of fresh) {
        const origin = webOrigin(url, baseUrl)!;
        if (await browser.permissions.contains({ origins: [originPattern(origin)] }).catch(() => false)) granted.push(url);
      }
      if (!stale && !current.current && granted.length) void run(granted, true);
    }, AUTO_CHECK_DELAY_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [autoCheck, report, known, baseUrl, run]);

  return { known, progress, notice, check, cancel: () => connection.cancelLinkCheck() };
}

/**
 * Some browsers can't show the permission prompt from every page (Firefox wants a user input
 * handler it can see, and a window to anchor the prompt). Say so, and where else to grant it.
 */
function promptFailed(error: Error): string {
  return `The browser could not ask for permission here (${error?.message ?? 'no prompt'}); allow the sites in the browser's extension settings for Post Preflight. `;
}

/** permissions.request, called synchronously (in the gesture); a synchronous throw becomes a rejection. */
function requestNow(origins: string[]): Promise<boolean> {
  try {
    return browser.permissions.request({ origins });
  } catch (error) {
    return Promise.reject(error);
  }
}
