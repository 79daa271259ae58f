import { browser, type Runtime } from '../platform/browser';
import { BACKGROUND_TO_PANEL_TYPES, dispatch, isEnvelopeOf, message, PORT_PANEL, type BackgroundToPanel, type PanelToBackground } from '../protocol/messages';

export type LinkCheckOutcome = BackgroundToPanel['link-results'];

/** A run is sent again this many times if the background stops under it (then the panel says so). */
export const MAX_RESUMES = 3;

interface Run {
  request: PanelToBackground['check-links'];
  resolve(outcome: LinkCheckOutcome): void;
  onProgress(done: number, total: number): void;
  resumes: number;
}

/**
 * The panel's line to the background, which runs link checks (it holds the host permissions).
 * The port is opened when a check starts. The background may be stopped at any moment (idle,
 * update, crash): a run it was working on is sent again on a new port, which starts it again;
 * what it had checked is in its storage.session cache, so the new run picks up where the old
 * one stopped. After MAX_RESUMES interruptions the run ends with an error the panel shows.
 */
export function linkCheckChannel(signal: AbortSignal) {
  let port: Runtime.Port | undefined;
  const runs = new Map<number, Run>();
  let nextRunId = 1;

  const fail = (runId: number, error: string) => {
    const run = runs.get(runId);
    runs.delete(runId);
    run?.resolve({ runId, results: [], notAllowed: [], error });
  };

  const handlers = (from: Runtime.Port) => ({
    'link-progress': ({ runId, done, total }: BackgroundToPanel['link-progress']) => {
      if (from === port) runs.get(runId)?.onProgress(done, total);
    },
    'link-results': (outcome: BackgroundToPanel['link-results']) => {
      if (from !== port) return;
      const run = runs.get(outcome.runId);
      runs.delete(outcome.runId);
      run?.resolve(outcome);
    },
  });

  const open = (): Runtime.Port => {
    const opened = browser.runtime.connect({ name: PORT_PANEL });
    const routes = handlers(opened);
    opened.onMessage.addListener((msg: unknown) => {
      if (!signal.aborted && isEnvelopeOf(msg, BACKGROUND_TO_PANEL_TYPES)) dispatch<BackgroundToPanel>(routes, msg);
    });
    opened.onDisconnect.addListener(() => {
      if (port !== opened || signal.aborted) return;
      port = undefined;
      // The background stopped mid-run: ask again (a new port wakes it).
      for (const [runId, run] of [...runs]) {
        if (run.resumes >= MAX_RESUMES) fail(runId, `the extension's background stopped ${MAX_RESUMES} times during the check, so it did not finish. Check again to finish it.`);
        else {
          run.resumes++;
          post('check-links', run.request);
        }
      }
    });
    return opened;
  };

  const post = <K extends keyof PanelToBackground>(type: K, payload: PanelToBackground[K]): boolean => {
    try {
      port ??= open();
      port.postMessage(message<PanelToBackground, K>(type, payload));
      return true;
    } catch {
      return false;
    }
  };

  signal.addEventListener('abort', () => {
    port?.disconnect();
    port = undefined;
    for (const runId of [...runs.keys()]) fail(runId, 'the panel closed.');
  }, { once: true });

  return {
    check(urls: string[], baseUrl: string | undefined, onProgress: (done: number, total: number) => void): Promise<LinkCheckOutcome> {
      return new Promise((resolve) => {
        const runId = nextRunId++;
        const request = { runId, urls, baseUrl };
        runs.set(runId, { request, resolve, onProgress, resumes: 0 });
        // Throws only when this extension is gone (updated or removed): the page's copy retires.
        if (!post('check-links', request)) fail(runId, 'Post Preflight was updated or removed; reload the page to check links.');
      });
    },
    cancel(): void {
      for (const runId of runs.keys()) post('cancel-link-check', { runId });
    },
  };
}
