import type { TextEdit } from '../core/types';
import type { PostSchema } from '../core/schema/types';
import type { ApplyResult } from '../protocol/apply-result';
import type { AdapterDefinition, DriverSignature, EditorAdapter } from './types';
import { pageBridge, type BridgeEvent, type PageBridge } from './page-bridge';
import type { EditorInfo, EditorTarget } from '../protocol/bridge';

/*
 * Editors that live in the page's MAIN world (CodeMirror, Monaco, Decap, Sveltia), seen through
 * the page bridge. An editor's driver is loaded into the MAIN world only once its signature
 * (src/editors/<id>/signature.ts) matches the page. The adapter keeps the last text the page
 * reported so `read()` stays synchronous.
 */

const CONNECT_TIMEOUT_MS = 1500;
/*
 * One detection pass tries every bridged adapter in turn: they share one wait for the
 * handshake and one "find" request to the page, instead of one each.
 */
const FIND_REUSE_MS = 200;
const firstWait = new WeakMap<PageBridge, Promise<boolean>>();
const lastFind = new WeakMap<PageBridge, { at: number; found: Promise<EditorInfo | null> }>();
/** The drivers known to be in the MAIN world, per bridge. */
const loadedDrivers = new WeakMap<PageBridge, Set<string>>();

async function findInPage(bridge: PageBridge, doc: Document, { id, selector }: DriverSignature): Promise<EditorInfo | null> {
  // Not this editor's page: its driver is not loaded, and the page is not asked.
  if (!doc.querySelector(selector)) return null;
  let wait = firstWait.get(bridge);
  if (!wait) firstWait.set(bridge, (wait = bridge.whenConnected(CONNECT_TIMEOUT_MS)));
  await wait;
  // A MAIN-world script injected later may still connect: ask `connected`, not the first wait.
  if (!bridge.connected) return null;
  let known = loadedDrivers.get(bridge);
  if (!known) loadedDrivers.set(bridge, (known = new Set()));
  if (!known.has(id)) {
    if (!(await bridge.loadDriver(id))) return null;
    known.add(id);
    lastFind.delete(bridge); // asked before this driver was there: ask again
  }
  const recent = lastFind.get(bridge);
  if (recent && Date.now() - recent.at < FIND_REUSE_MS) return recent.found;
  const found = bridge.request('find', {}).catch(() => null);
  lastFind.set(bridge, { at: Date.now(), found });
  return found;
}

export class BridgedAdapter implements EditorAdapter {
  private text: string;
  private cachedSchema: Partial<PostSchema> | undefined;
  private gone = false;
  private readonly life = new AbortController();
  private readonly subscribers = new Set<(text: string) => void>();
  private readonly lostListeners = new Set<() => void>();

  constructor(
    private readonly bridge: PageBridge,
    readonly id: string,
    /** The document this adapter is for; when the page reports another, this adapter is done. */
    readonly key: string,
    text: string,
    signal: AbortSignal,
  ) {
    this.text = text;
    // Bridge events stop with the caller's signal, or once this adapter's document is gone.
    signal.addEventListener('abort', () => this.life.abort(), { once: true, signal: this.life.signal });
    bridge.onEvent((event) => this.onEvent(event), this.life.signal);
  }

  /** True once the editor went away or opened another document; re-run detection then. */
  get lost(): boolean {
    return this.gone;
  }

  onLost(fn: () => void, signal: AbortSignal): void {
    if (signal.aborted) return;
    this.lostListeners.add(fn);
    signal.addEventListener('abort', () => this.lostListeners.delete(fn), { once: true });
  }

  async loadSchema(): Promise<void> {
    this.cachedSchema = await this.bridge.request('schema', this.target());
  }

  read(): string {
    return this.text;
  }

  subscribe(onChange: (text: string) => void, signal: AbortSignal): void {
    if (signal.aborted) return;
    this.subscribers.add(onChange);
    signal.addEventListener('abort', () => this.subscribers.delete(onChange), { once: true });
  }

  async apply(edits: readonly TextEdit[], expected: string): Promise<ApplyResult> {
    if (this.gone) return { ok: false, reason: 'stale', say: 'applyEditorGone' };
    try {
      const result = await this.bridge.request('apply', { ...this.target(), edits: [...edits], expected });
      if (result.ok) this.update(result.text);
      return result;
    } catch (e) {
      return { ok: false, reason: 'failed', say: 'applySendFailed', params: { detail: (e as Error).message } };
    }
  }

  reveal(start: number, end: number, field?: string): void {
    if (this.gone) return;
    this.bridge.request('reveal', { ...this.target(), start, end, ...(field === undefined ? {} : { field }) }).catch(() => undefined);
  }

  schema(): Partial<PostSchema> | undefined {
    return this.cachedSchema;
  }

  private target(): EditorTarget {
    return { driver: this.id, key: this.key };
  }

  private update(text: string): void {
    if (text === this.text) return;
    this.text = text;
    for (const fn of [...this.subscribers]) fn(text);
  }

  private onEvent(event: BridgeEvent): void {
    if (this.gone) return;
    const mine = event.driver === this.id && event.key === this.key;
    if (mine) {
      if (event.name === 'editor-lost') this.lose();
      else if (event.text !== undefined) this.update(event.text);
    } else if (event.name === 'editor-found') {
      // Another editor or document: nothing of this one may leak into the next.
      this.lose();
    }
  }

  private lose(): void {
    this.gone = true;
    lastFind.delete(this.bridge); // the next detection must ask the page afresh
    for (const fn of [...this.lostListeners]) fn();
    this.life.abort();
  }
}

/**
 * An AdapterDefinition for a MAIN-world driver: its editor's signature (src/editors/<id>/signature.ts)
 * says where the driver is worth loading.
 */
export function bridgedAdapter(signature: DriverSignature, options: { withSchema?: boolean } = {}): AdapterDefinition {
  const { id } = signature;
  return {
    id,
    async detect(doc: Document, signal: AbortSignal): Promise<EditorAdapter | undefined> {
      const bridge = pageBridge(doc);
      const found = await findInPage(bridge, doc, signature);
      if (!found || found.driver !== id || signal.aborted) return undefined;
      const adapter = new BridgedAdapter(bridge, id, found.key, found.text, signal);
      if (options.withSchema) await adapter.loadSchema().catch(() => undefined);
      return adapter;
    },
  };
}
