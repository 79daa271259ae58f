import type { TextEdit } from '../core/types';
import type { PostSchema } from '../core/schema/types';
import type { AdapterDefinition, ApplyResult, EditorAdapter } from './types';
import { pageBridge, type BridgeEvent, type PageBridge } from '../content/page-bridge';
import type { EditorInfo } from '../page/protocol';

/*
 * Editors that live in the page's MAIN world (CodeMirror, Monaco, Decap), seen through the page
 * bridge. The adapter keeps the last text the page reported so `read()` stays synchronous.
 */

const CONNECT_TIMEOUT_MS = 1500;
const REASONS = ['stale', 'read-only', 'unsupported', 'failed'] as const;

function fail(what: string): never {
  throw new Error(what);
}

export function validateEditorInfo(value: unknown): EditorInfo | null {
  if (value === null) return null;
  if (typeof value !== 'object') fail('not an object');
  const { driver, key, text } = value as Record<string, unknown>;
  if (typeof driver !== 'string' || typeof key !== 'string' || typeof text !== 'string') fail('driver, key and text must be strings');
  return { driver, key, text };
}

export function validateApplyResult(value: unknown): ApplyResult {
  if (typeof value !== 'object' || value === null) fail('not an object');
  const v = value as Record<string, unknown>;
  if (v.ok === true && typeof v.text === 'string') return { ok: true, text: v.text };
  if (v.ok === false && REASONS.includes(v.reason as (typeof REASONS)[number]) && typeof v.message === 'string') {
    return { ok: false, reason: v.reason as (typeof REASONS)[number], message: v.message.slice(0, 500) };
  }
  fail('not an apply result');
}

const validateBoolean = (value: unknown): boolean => (typeof value === 'boolean' ? value : fail('not a boolean'));

function validateSchema(value: unknown): Partial<PostSchema> | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) fail('not an object');
  const fields = (value as { fields?: unknown }).fields;
  if (fields !== undefined && !Array.isArray(fields)) fail('fields must be a list');
  return value as Partial<PostSchema>;
}

export class BridgedAdapter implements EditorAdapter {
  private text: string;
  private cachedSchema: Partial<PostSchema> | undefined;
  private gone = false;
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
    bridge.onEvent((event) => this.onEvent(event), signal);
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
    this.cachedSchema = await this.bridge.request('schema', this.target(), validateSchema);
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
    if (this.gone) return { ok: false, reason: 'stale', message: 'The editor this fix was made for is no longer open.' };
    try {
      const result = await this.bridge.request('apply', { ...this.target(), edits, expected }, validateApplyResult);
      if (result.ok) this.update(result.text);
      return result;
    } catch (e) {
      return { ok: false, reason: 'failed', message: `The fix could not be sent to the editor: ${(e as Error).message}.` };
    }
  }

  async undoLast(): Promise<boolean> {
    if (this.gone) return false;
    try {
      return await this.bridge.request('undo', this.target(), validateBoolean);
    } catch {
      return false;
    }
  }

  reveal(start: number, end: number): void {
    if (this.gone) return;
    this.bridge.request('reveal', { ...this.target(), start, end }, validateBoolean).catch(() => undefined);
  }

  schema(): Partial<PostSchema> | undefined {
    return this.cachedSchema;
  }

  private target() {
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
    for (const fn of [...this.lostListeners]) fn();
  }
}

/** An AdapterDefinition for the MAIN-world driver `id`. */
export function bridgedAdapter(id: string, options: { withSchema?: boolean } = {}): AdapterDefinition {
  return {
    id,
    async detect(doc: Document, signal: AbortSignal): Promise<EditorAdapter | undefined> {
      const bridge = pageBridge(doc);
      if (!(await bridge.whenConnected(CONNECT_TIMEOUT_MS)) || signal.aborted) return undefined;
      const found = await bridge.request('find', {}, validateEditorInfo).catch(() => null);
      if (!found || found.driver !== id || signal.aborted) return undefined;
      const adapter = new BridgedAdapter(bridge, id, found.key, found.text, signal);
      if (options.withSchema) await adapter.loadSchema().catch(() => undefined);
      return adapter;
    },
  };
}
