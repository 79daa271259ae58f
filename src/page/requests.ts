/**
 * The MAIN-world end's check of every request from the content script (src/protocol/bridge.ts):
 * one reader per request kind, applied once in src/page/main-world.ts before a handler runs.
 * The event names are secret, so a request is the content script's; it is still read with own
 * properties and saved built-ins only (a page getter on Object.prototype must learn nothing), and
 * what it asks is never executed.
 */
import type { TextEdit } from '../core/types';
import type { BridgeRequests, EditorTarget, RequestKind } from '../protocol/bridge';
import { builtins, nullProto, own } from './builtins';

/** A request that can't be answered: its message goes back to the content script. */
export class RequestError extends Error {}

export type Request = { [K in RequestKind]: { id: number; kind: K; body: BridgeRequests[K] } }[RequestKind];

/** Far longer than any frontmatter path a schema names. */
const MAX_FIELD_PATH = 500;

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && builtins.isSafeInteger(value) && value >= 0;
}

function readTarget(message: unknown): EditorTarget {
  const driver = own(message, 'driver');
  const key = own(message, 'key');
  if (typeof driver !== 'string' || typeof key !== 'string') throw new RequestError('driver and key must be strings');
  return nullProto({ driver, key });
}

function readEdits(value: unknown): TextEdit[] {
  if (!builtins.isArray(value)) throw new RequestError('edits must be an array');
  const list = value as unknown[];
  const edits: TextEdit[] = [];
  for (let i = 0; i < list.length; i++) {
    const item = own(list, String(i));
    const start = own(item, 'start');
    const end = own(item, 'end');
    const text = own(item, 'text');
    if (!isOffset(start) || !isOffset(end) || typeof text !== 'string') throw new RequestError(`edit ${i} is malformed`);
    edits.push({ start, end, text });
  }
  return edits;
}

const none = (): Record<never, never> => nullProto({});

/** A driver id to arm: a short lowercase name (the background injects only the bundles it knows). */
function readArm(message: unknown): BridgeRequests['arm'] {
  const driver = own(message, 'driver');
  if (typeof driver !== 'string' || driver.length === 0 || driver.length > 40) throw new RequestError('driver must be an editor id');
  for (let i = 0; i < driver.length; i++) {
    const c = driver.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) throw new RequestError('driver must be an editor id');
  }
  return nullProto({ driver });
}

/**
 * Plain property reads, no lookup by name: a page's patched Array.prototype.includes would see
 * what is asked. A literal `__proto__: null` rather than nullProto(): this object is made when
 * the module is evaluated, before the loader has adopted its saved built-ins.
 */
const BODIES = {
  __proto__: null,
  find: none,
  close: none,
  arm: readArm,
  disarm: readArm,
  schema: readTarget,
  apply(message: unknown) {
    const edits = readEdits(own(message, 'edits'));
    const expected = own(message, 'expected');
    if (typeof expected !== 'string') throw new RequestError('expected must be a string');
    return nullProto({ ...readTarget(message), edits, expected });
  },
  reveal(message: unknown) {
    const start = own(message, 'start');
    const end = own(message, 'end');
    if (!isOffset(start) || !isOffset(end)) throw new RequestError('start and end must be offsets');
    const field = own(message, 'field');
    if (field !== undefined && (typeof field !== 'string' || field.length > MAX_FIELD_PATH)) throw new RequestError('field must be a dotted path');
    return nullProto({ ...readTarget(message), start, end, ...(field === undefined ? {} : { field }) });
  },
} as unknown as { [K in RequestKind]: (message: unknown) => BridgeRequests[K] };

/**
 * The request in a parsed message: undefined when it is no request at all (dropped silently);
 * the id to answer and a RequestError when it is one but malformed or of an unknown kind.
 */
export function readRequest(message: unknown): Request | { id: number; error: RequestError } | undefined {
  const id = own(message, 'id');
  if (own(message, 'kind') !== 'request' || typeof id !== 'number' || !builtins.isSafeInteger(id)) return undefined;
  const kind = own(message, 'request');
  const read = typeof kind === 'string' && builtins.apply(builtins.hasOwn, BODIES, [kind]) ? BODIES[kind as RequestKind] : undefined;
  // Null-prototype results: the caller's `'error' in request` must not see a page's Object.prototype.error.
  if (!read) return nullProto({ id, error: new RequestError('unknown request') });
  try {
    return nullProto({ id, kind, body: read(message) }) as Request;
  } catch (error) {
    return nullProto({ id, error: error instanceof RequestError ? error : new RequestError('malformed request') });
  }
}
