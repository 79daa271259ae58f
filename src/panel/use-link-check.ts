import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from '../platform/browser';
import { tr, uiLocale } from '../platform/locale';
import type { Connection } from './connection';
import { addressesToCheck, autoCheckPlan, localOrigins, mergeOutcome, nothingReachable, outcomeSummary, permissionPatterns, unreachableSummary, type KnownLink } from './link-results';
import type { Report } from '../core/types';

/** Typing pauses this long before new links are checked automatically (when the option is on). */
export const AUTO_CHECK_DELAY_MS = 1500;

export interface LinkCheckState {
  known: ReadonlyMap<string, KnownLink>;
  progress: { done: number; total: number } | null;
  notice: string;
  /** The browser couldn't prompt from this panel (Firefox, docked frame): offer the panel in its own tab. */
  promptBlocked: boolean;
  /** The "Check links" click: asks for the sites' permission right away (the click is the user gesture), then checks. */
  check(): void;
  cancel(): void;
}

export function useLinkCheck(connection: Connection, report: Report | undefined, baseUrl: string | undefined, autoCheck: boolean): LinkCheckState {
  const [known, setKnown] = useState<ReadonlyMap<string, KnownLink>>(new Map());
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [notice, setNotice] = useState('');
  const [promptBlocked, setPromptBlocked] = useState(false);
  // The run whose progress is shown; a manual check replaces an automatic one (the background
  // keeps one run per tab and cancels the replaced one).
  const current = useRef<{ automatic: boolean } | null>(null);
  // Local-network sites the author has checked by a click: automatic checks may visit them too (autoCheckable).
  const consentedLocal = useRef(new Set<string>());

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
      if (outcome.cancelled) return void (automatic || setNotice(tr('linkCheckCancelled')));
      if (outcome.error) return setNotice(tr('linkCheckFailed', { reason: outcome.error }));
      if (nothingReachable(outcome, typeof navigator === 'undefined' || navigator.onLine !== false)) {
        // The network, not the links: keep only what needed no visit (email links, refusals), mark nothing broken.
        const kept = urls.flatMap((url, i) => (outcome.results[i]?.status === 'skipped' ? [i] : []));
        setKnown((prev) => mergeOutcome(prev, kept.map((i) => urls[i]!), { ...outcome, results: kept.map((i) => outcome.results[i]!) }, baseUrl));
        if (!automatic) setPromptBlocked(false);
        return setNotice(unreachableSummary(outcome, uiLocale));
      }
      setKnown((prev) => mergeOutcome(prev, urls, outcome, baseUrl));
      const blocked = problem !== '' && outcome.notAllowed.length > 0;
      if (!automatic) setPromptBlocked(blocked);
      if (!automatic || outcome.notAllowed.length) setNotice(`${blocked ? `${problem} ` : ''}${outcomeSummary(outcome, uiLocale)}`);
    },
    [connection, baseUrl],
  );

  const check = () => {
    if (!report || (current.current && !current.current.automatic)) return;
    const urls = addressesToCheck(report);
    if (urls.length === 0) return setNotice(tr('noLinksToCheck'));
    const origins = permissionPatterns(urls, baseUrl);
    for (const origin of localOrigins(urls, baseUrl)) consentedLocal.current.add(origin);
    // Nothing may be awaited before the request: it must run inside the click (user gesture).
    // A refusal still checks the sites granted before. In Firefox's docked frame the call throws
    // (seen in the e2e test): the same happens, and the panel offers itself in a tab, where it can ask.
    const asked = origins.length ? requestNow(origins).then(() => '', (error: Error) => promptFailed(error)) : Promise.resolve('');
    void asked.then((problem) => run(urls, false, problem));
  };

  // Automatic checks: only links not known yet; the background checks those on granted sites
  // and reports the others as not allowed (no prompt while typing, and they aren't retried).
  useEffect(() => {
    if (!autoCheck || !report) return;
    const { visit: fresh, waiting } = autoCheckPlan(addressesToCheck(report), baseUrl, known, consentedLocal.current);
    if (waiting.length) setKnown((prev) => new Map([...prev, ...waiting.map(([url, host]): [string, KnownLink] => [url, { waitsForClick: host }])]));
    if (fresh.length === 0) return;
    const timer = setTimeout(() => {
      if (!current.current) void run(fresh, true);
    }, AUTO_CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [autoCheck, report, known, baseUrl, run]);

  return { known, progress, notice, promptBlocked, check, cancel: () => connection.cancelLinkCheck() };
}

/**
 * Some browsers can't show the permission prompt from every page (Firefox wants a user input
 * handler it can see, and a window to anchor the prompt). Say so, and where else to grant it.
 */
function promptFailed(error: Error): string {
  // The browser's own message (English in Chromium) stays as it is, in parentheses.
  return tr('promptFailed', { detail: error?.message ?? tr('noPrompt') });
}

/** permissions.request, called synchronously (in the gesture); a synchronous throw becomes a rejection. */
function requestNow(origins: string[]): Promise<boolean> {
  try {
    return browser.permissions.request({ origins });
  } catch (error) {
    return Promise.reject(error);
  }
}
