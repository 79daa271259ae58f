import { adapters } from '../adapters/index';
import { findEditor } from './detect';
import { startSession } from './session';

/**
 * The small script that runs on every matching page: finds an editor, then mounts the panel.
 * The core (parser, rules, preview) is NOT imported here; it runs in the panel.
 */
export function init(signal: AbortSignal): void {
  void findEditor(document, adapters, signal).then((adapter) => {
    if (!signal.aborted) return startSession(adapter, signal);
  }).catch((error: unknown) => console.error('Post Preflight could not start:', error));
}

// The toolbar button may inject this file into a page that already runs it: start once.
const flag = '__postPreflightStarted';
const scope = globalThis as typeof globalThis & Record<typeof flag, boolean | undefined>;
if (!scope[flag]) {
  scope[flag] = true;
  init(new AbortController().signal);
}
