import { browser, type Runtime } from '../platform/browser';
import { tr } from '../platform/locale';
import { BACKGROUND_TO_PANEL_TYPES, dispatch, isEnvelopeOf, message, PORT_PANEL, type BackgroundToPanel, type PanelToBackground } from '../protocol/messages';

export type LinkCheckOutcome = BackgroundToPanel['link-results'];

/** A run is given up after the background stopped under it this many times in a row without getting further. */
export const MAX_STALLS = 3;
/**
 * While a run is in flight the panel tells the background it is still waiting, this often.
 * A message received resets both browsers' idle timers (30 s by default), and an event page's
 * fetches alone don't in Firefox: a long check is not cut short by the idle timeout. The
 * background is kept awake only while someone waits for its answer.
 */
export const WAITING_EVERY_MS = 10_000;

interface Run {
  request: PanelToBackground['check-links'];
  resolve(outcome: LinkCheckOutcome): void;
  onProgress(done: number, total: number): void;
  /** Links done in the current attempt, and the most any earlier attempt got to. */
  done: number;
  best: number;
  stalls: number;
}

/**
 * The panel's line to the background, which runs link checks (it holds the host permissions).
 * The port is opened when a check starts. The background may be stopped at any moment (idle,
 * update, crash): a run it was working on is sent again on a new port, which starts it again;
 * what it had checked is in its storage.session cache, so the new run picks up where the old
 * one stopped. A run that stops MAX_STALLS times in a row without getting further ends with
 * an error the panel shows.
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
      const run = runs.get(runId);
      if (from !== port || !run) return;
      run.done = Math.max(run.done, done);
      run.onProgress(done, total);
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
      // The background stopped mid-run: ask again (a new port wakes it; done links come from its cache).
      for (const [runId, run] of [...runs]) {
        run.stalls = run.done > run.best ? 0 : run.stalls + 1;
        run.best = Math.max(run.best, run.done);
        run.done = 0;
        if (run.stalls >= MAX_STALLS) fail(runId, tr('failStalled', { times: MAX_STALLS, done: run.best, total: run.request.urls.length }));
        else post('check-links', run.request);
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

  const waiting = setInterval(() => {
    for (const runId of runs.keys()) post('link-check-waiting', { runId });
  }, WAITING_EVERY_MS);
  signal.addEventListener('abort', () => {
    clearInterval(waiting);
    port?.disconnect();
    port = undefined;
    for (const runId of [...runs.keys()]) fail(runId, tr('failPanelClosed'));
  }, { once: true });

  return {
    check(urls: string[], baseUrl: string | undefined, onProgress: (done: number, total: number) => void): Promise<LinkCheckOutcome> {
      return new Promise((resolve) => {
        const runId = nextRunId++;
        const request = { runId, urls, baseUrl };
        runs.set(runId, { request, resolve, onProgress, done: 0, best: 0, stalls: 0 });
        // Throws only when this extension is gone (updated or removed): the page's copy retires.
        if (!post('check-links', request)) fail(runId, tr('failUpdated'));
      });
    },
    cancel(): void {
      for (const runId of runs.keys()) post('cancel-link-check', { runId });
    },
  };
}
