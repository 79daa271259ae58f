import type { AdapterDefinition, EditorAdapter } from '../editors/types';

/**
 * Resolves with the first editor any adapter finds, trying again as the page changes (CMSs
 * render their editor late, after login or a route change). Never rejects; stays pending
 * if the signal aborts first.
 */
export function findEditor(doc: Document, adapters: readonly AdapterDefinition[], signal: AbortSignal): Promise<EditorAdapter> {
  return new Promise((resolve) => {
    let busy = false;
    let again = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => schedule());
    // Some editors fill in their text without touching the DOM tree (a textarea's value):
    // a slow poll catches those.
    const poll = setInterval(() => schedule(), 1000);
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
      clearInterval(poll);
    };
    signal.addEventListener('abort', stop, { once: true });

    const attempt = async () => {
      if (busy) return void (again = true);
      busy = true;
      for (const def of adapters) {
        if (signal.aborted) return;
        const found = await def.detect(doc, signal).catch(() => undefined);
        if (found) {
          stop();
          return resolve(found);
        }
      }
      busy = false;
      if (again) {
        again = false;
        schedule();
      }
    };
    // Coalesce bursts of DOM mutations into one detection pass. A throttle, not a debounce:
    // a page that mutates constantly (a clock, a re-render loop) must not starve detection.
    const schedule = () => {
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        void attempt();
      }, 250);
    };
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    void attempt();
  });
}
