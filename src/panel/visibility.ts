import { useEffect, useMemo } from 'preact/hooks';
import { trackOwnVisibility } from '../platform/visibility';
import type { Connection } from './connection';
import { tr } from '../platform/locale';
import type { HiddenReason } from '../protocol/hidden-reason';

/**
 * Clickjacking guard (#10 item 8): a page can't read or script the docked panel, but it could
 * make it invisible and lure the user's clicks onto it. So before any change to the post, the
 * docked panel makes sure it is what the user sees: the browser's own verdict where it has one
 * (IntersectionObserver v2, Chromium), and always the content script's check of the host element
 * in the page (src/content/host-guard.ts). A panel in its own tab is a top-level page: no check.
 */
export type VisibilityVerdict = { ok: true } | { ok: false; message: string };

export interface VisibilityGate {
  check(): Promise<VisibilityVerdict>;
}

const FIRST_VERDICT_MS = 600;

/** Why nothing was changed, in the UI language; CSS names and values stay as they are (code). */
export function refusal(why: HiddenReason | 'hiddenCovered' | 'hiddenNotVisible'): string {
  const reason = typeof why === 'string' ? tr(why) : tr(why.say, { property: why.params?.property ?? '', value: why.params?.value ?? '', element: why.params?.element ?? '' });
  return tr('notChangedHidden', { reason });
}

export function visibilityGate(connection: Pick<Connection, 'visible'>, docked: boolean, signal: AbortSignal, doc: Document = document): VisibilityGate {
  // The browser's last word, also on the root for automation (as data-revision is): a test clicks once it says "seen".
  const root = doc.documentElement;
  const browserVerdict = docked ? trackOwnVisibility(root, signal, (seen) => (root.dataset.seen = String(seen))) : undefined;
  return {
    async check() {
      if (!docked) return { ok: true };
      if (browserVerdict) {
        // The first verdict comes ~100 ms after the observer starts.
        for (const end = Date.now() + FIRST_VERDICT_MS; browserVerdict() === undefined && Date.now() < end; ) await new Promise((r) => setTimeout(r, 25));
        if (browserVerdict() !== true) return { ok: false, message: refusal('hiddenCovered') };
      }
      const answer = await connection.visible();
      return answer.visible ? { ok: true } : { ok: false, message: refusal(answer.why ?? 'hiddenNotVisible') };
    },
  };
}

/** The gate for this panel, for as long as the component lives. */
export function useVisibilityGate(connection: Pick<Connection, 'visible'>, docked: boolean): VisibilityGate {
  const stop = useMemo(() => new AbortController(), []);
  useEffect(() => () => stop.abort(), [stop]);
  return useMemo(() => visibilityGate(connection, docked, stop.signal), [connection, docked, stop]);
}
