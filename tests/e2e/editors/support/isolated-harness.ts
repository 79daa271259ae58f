/*
 * Runs in an isolated world (like a content script) of the test page, at document start: opens
 * the page bridge and exposes the adapters to the test through `globalThis.harness`, which only
 * code evaluated in this same isolated world can see. Where the content script asks the
 * background to inject an editor's driver bundle, this asks the test (`__preflightInjectDriver`,
 * see support/browser.ts), which evaluates the bundle in the page's world and calls back
 * `harness.driverInjected`.
 */
import type { EditorAdapter } from '../../../../src/editors/types';
import type { TextEdit } from '../../../../src/core/types';
import { pageBridge, type BridgeEvent } from '../../../../src/editors/page-bridge';
import codemirror5 from '../../../../src/editors/codemirror5/adapter';
import codemirror6 from '../../../../src/editors/codemirror6/adapter';
import monaco from '../../../../src/editors/monaco/adapter';
import type { BridgedAdapter } from '../../../../src/editors/bridged';
import { adapters } from '../../../../src/editors/adapters';

const definitions = { codemirror5, codemirror6, monaco };
const stop = new AbortController();
const injections = new Map<string, (ok: boolean) => void>();
const injectDriver = (editor: string) =>
  new Promise<boolean>((resolve) => {
    injections.set(editor, resolve);
    const ask = (globalThis as unknown as { __preflightInjectDriver?: (editor: string) => unknown }).__preflightInjectDriver;
    if (typeof ask !== 'function') return resolve(false);
    ask(editor);
  });
const bridge = pageBridge(document, stop.signal, injectDriver);
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
  /** One detection pass of the content script over every editor, in registry order: the first found, or null. */
  async detectAny() {
    for (const def of adapters) {
      const found = await def.detect(document, stop.signal);
      if (found) return found.id;
    }
    return null;
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
  driverInjected(editor: string, ok: boolean) {
    injections.get(editor)?.(ok);
    injections.delete(editor);
  },
  reveal: (start: number, end: number) => adapter!.reveal?.(start, end),
};
