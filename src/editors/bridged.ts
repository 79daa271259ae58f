import type { TextEdit } from '../core/types';
import type { FieldSchema, FieldType, PostSchema } from '../core/schema/types';
import type { AdapterDefinition, ApplyResult, EditorAdapter } from './types';
import { field as own, pageBridge, record, type BridgeEvent, type PageBridge } from '../content/page-bridge';
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

/*
 * Validators of answers from the page's world: own properties only, and the results are fresh
 * null-prototype records (they resolve promises; see page-bridge.ts `field` and `record`).
 */
export function validateEditorInfo(value: unknown): EditorInfo | null {
  if (value === null) return null;
  if (typeof value !== 'object') fail('not an object');
  const [driver, key, text] = [own(value, 'driver'), own(value, 'key'), own(value, 'text')];
  if (typeof driver !== 'string' || typeof key !== 'string' || typeof text !== 'string') fail('driver, key and text must be strings');
  return record({ driver, key, text });
}

export function validateApplyResult(value: unknown): ApplyResult {
  if (typeof value !== 'object' || value === null) fail('not an object');
  const [ok, text, reason, message] = [own(value, 'ok'), own(value, 'text'), own(value, 'reason'), own(value, 'message')];
  if (ok === true && typeof text === 'string') return record({ ok: true, text });
  if (ok === false && REASONS.includes(reason as (typeof REASONS)[number]) && typeof message === 'string') {
    return record({ ok: false, reason: reason as (typeof REASONS)[number], message: message.slice(0, 500) });
  }
  fail('not an apply result');
}

const validateBoolean = (value: unknown): boolean => (typeof value === 'boolean' ? value : fail('not a boolean'));

const FIELD_TYPES = ['string', 'text', 'date', 'boolean', 'number', 'list', 'object', 'url', 'image'];
const MAX_FIELDS = 200;
/** A CMS pattern is compiled by the panel: a page must not hand it a huge expression. */
const MAX_PATTERN_CHARS = 500;

const short = (v: unknown, max = 200): string | undefined => (typeof v === 'string' && v.length <= max ? v : undefined);
const count = (v: unknown): number | undefined => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined);

/** Keeps only well-typed field rules: the schema comes from the page, the panel trusts what we pass. */
function validateField(value: unknown): FieldSchema | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const path = short(own(value, 'path'));
  if (!path) return undefined;
  const field: FieldSchema = record({ path });
  const [type, required, enumValues] = [own(value, 'type'), own(value, 'required'), own(value, 'enum')];
  if (FIELD_TYPES.includes(type as string)) field.type = type as FieldType;
  if (typeof required === 'boolean') field.required = required;
  for (const k of ['minLength', 'maxLength', 'min', 'max'] as const) {
    const n = count(own(value, k));
    if (n !== undefined) field[k] = n;
  }
  const pattern = short(own(value, 'pattern'), MAX_PATTERN_CHARS);
  if (pattern !== undefined) field.pattern = pattern;
  const patternMessage = short(own(value, 'patternMessage'), 500);
  if (patternMessage !== undefined) field.patternMessage = patternMessage;
  const label = short(own(value, 'label'));
  if (label !== undefined) field.label = label;
  if (Array.isArray(enumValues)) field.enum = enumValues.filter((e): e is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof e)).slice(0, 200);
  return field;
}

export function validateSchema(value: unknown): Partial<PostSchema> | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) fail('not an object');
  const fields = own(value, 'fields');
  if (fields === undefined) return undefined;
  if (!Array.isArray(fields)) fail('fields must be a list');
  // Only field rules: where the title/description live and the length limits stay the user's.
  return record({ fields: fields.slice(0, MAX_FIELDS).map(validateField).filter((f): f is FieldSchema => f !== undefined) });
}

/*
 * One detection pass tries every bridged adapter in turn: they share one wait for the
 * handshake and one "find" request to the page, instead of one each.
 */
const FIND_REUSE_MS = 200;
const firstWait = new WeakMap<PageBridge, Promise<boolean>>();
const lastFind = new WeakMap<PageBridge, { at: number; found: Promise<EditorInfo | null> }>();

async function findInPage(bridge: PageBridge): Promise<EditorInfo | null> {
  let wait = firstWait.get(bridge);
  if (!wait) firstWait.set(bridge, (wait = bridge.whenConnected(CONNECT_TIMEOUT_MS)));
  await wait;
  // A MAIN-world script injected later may still connect: ask `connected`, not the first wait.
  if (!bridge.connected) return null;
  const recent = lastFind.get(bridge);
  if (recent && Date.now() - recent.at < FIND_REUSE_MS) return recent.found;
  const found = bridge.request('find', {}, validateEditorInfo).catch(() => null);
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
    lastFind.delete(this.bridge); // the next detection must ask the page afresh
    for (const fn of [...this.lostListeners]) fn();
    this.life.abort();
  }
}

/** An AdapterDefinition for the MAIN-world driver `id`. */
export function bridgedAdapter(id: string, options: { withSchema?: boolean } = {}): AdapterDefinition {
  return {
    id,
    async detect(doc: Document, signal: AbortSignal): Promise<EditorAdapter | undefined> {
      const bridge = pageBridge(doc);
      const found = await findInPage(bridge);
      if (!found || found.driver !== id || signal.aborted) return undefined;
      const adapter = new BridgedAdapter(bridge, id, found.key, found.text, signal);
      if (options.withSchema) await adapter.loadSchema().catch(() => undefined);
      return adapter;
    },
  };
}
