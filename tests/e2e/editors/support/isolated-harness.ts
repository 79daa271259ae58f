/*
 * Runs in an isolated world (like a content script) of the test page, at document start: opens
 * the page bridge and exposes the adapters to the test through `globalThis.harness`, which only
 * code evaluated in this same isolated world can see.
 */
import type { EditorAdapter } from '../../../../src/editors/types';
import type { TextEdit } from '../../../../src/core/types';
import { pageBridge, type BridgeEvent } from '../../../../src/content/page-bridge';
import codemirror5 from '../../../../src/editors/codemirror5/adapter';
import codemirror6 from '../../../../src/editors/codemirror6/adapter';
import monaco from '../../../../src/editors/monaco/adapter';
import type { BridgedAdapter } from '../../../../src/editors/bridged';

const definitions = { codemirror5, codemirror6, monaco };
const stop = new AbortController();
const bridge = pageBridge(document, stop.signal);
const events: { name: string; driver: string; key: string; text?: string }[] = [];
const changes: string[] = [];
const changeTimes: number[] = [];
/** Keydown times, seen from this world (same clock as the page's). */
const keyTimes: number[] = [];
document.addEventListener('keydown', () => keyTimes.push(performance.now()), { capture: true, signal: stop.signal });
let adapter: EditorAdapter | undefined;

bridge.onEvent((e: BridgeEvent) => events.push(e), stop.signal);

(globalThis as Record<string, unknown>).harness = {
  connected: () => bridge.connected,
  events: () => events.map(({ name, driver, key, text }) => ({ name, driver, key, length: text?.length })),
  async detect(id: keyof typeof definitions) {
    adapter = await definitions[id].detect(document, stop.signal);
    adapter?.subscribe((text) => {
      changes.push(text);
      changeTimes.push(performance.now());
    }, stop.signal);
    return adapter ? { id: adapter.id, text: adapter.read() } : null;
  },
  read: () => adapter!.read(),
  /** A fresh "find" request to the MAIN world, which reads the editor again (not the adapter's last known text). */
  readFromPage: async () => {
    const found = await bridge.request('find', {});
    if (!found) throw new Error('no text');
    return found.text;
  },
  lost: () => (adapter as BridgedAdapter).lost,
  changeCount: () => changes.length,
  /** Median time from a keydown to the adapter hearing the new text (a figure, never asserted). */
  keyToChangeMs() {
    const lags = keyTimes.map((k) => (changeTimes.find((c) => c >= k) ?? NaN) - k).filter((n) => n >= 0).sort((a, b) => a - b);
    return lags.length ? lags[Math.floor(lags.length / 2)] : null;
  },
  lastChange: () => changes[changes.length - 1],
  anyChangeContains: (needle: string) => changes.some((t) => t.includes(needle)) || events.some((e) => e.text?.includes(needle)),
  apply: (edits: TextEdit[], expected: string) => adapter!.apply(edits, expected),
  /** Figures for the report (printed, never asserted): a fix round trip, and a whole-text round trip. */
  async timed(edits: TextEdit[], expected: string) {
    const t0 = performance.now();
    const result = await adapter!.apply(edits, expected);
    const t1 = performance.now();
    await bridge.request('find', {});
    const t2 = performance.now();
    return { result, applyMs: t1 - t0, readMs: t2 - t1 };
  },
  undo: () => adapter!.undoLast(),
  reveal: (start: number, end: number) => adapter!.reveal?.(start, end),
};
