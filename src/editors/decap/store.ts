/**
 * Decap CMS's Redux store and Immutable.js values, as reached from the page's MAIN world.
 * Everything here is page data: shapes are checked before use and nothing is trusted to be
 * what it claims beyond the few methods called.
 */

/** The few Immutable.js methods the driver calls (Map and List share them). */
export interface Imm {
  get(key: string | number): unknown;
  getIn(path: (string | number)[]): unknown;
  set(key: string | number, value: unknown): Imm;
  push(value: unknown): Imm;
  clear(): Imm;
  toList(): Imm;
  toJS(): unknown;
  withMutations(fn: (mutable: Imm) => unknown): Imm;
  find(pred: (v: unknown) => boolean): unknown;
}

export interface DecapStore {
  getState(): unknown;
  dispatch(action: unknown): unknown;
  subscribe(listener: () => void): () => void;
}

export function isImm(v: unknown): v is Imm {
  return !!v && typeof v === 'object' && typeof (v as Imm).get === 'function' && typeof (v as Imm).toJS === 'function' && typeof (v as Imm).set === 'function';
}

function isStore(v: unknown): v is DecapStore {
  const s = v as DecapStore | null;
  return !!s && typeof s.getState === 'function' && typeof s.dispatch === 'function' && typeof s.subscribe === 'function';
}

interface Fiber {
  child: Fiber | null;
  sibling: Fiber | null;
  return: Fiber | null;
  memoizedProps?: Record<string, unknown> | null;
  stateNode?: unknown;
}

const found = new WeakMap<Element, DecapStore>();

/**
 * The store react-redux's Provider holds, found by walking React's fiber tree from Decap's
 * root element (Decap exposes no API for it). The Provider sits near the top, so a
 * depth-first walk reaches it after a few nodes; the walk is bounded anyway.
 */
export function findStore(doc: Document): DecapStore | undefined {
  const early = capturedStore(doc.defaultView);
  if (early && isImm((early.getState() as Record<string, unknown> | null)?.entryDraft)) return early;
  return findStoreByFiber(doc);
}

export function findStoreByFiber(doc: Document): DecapStore | undefined {
  const root = doc.getElementById('nc-root');
  if (!root) return undefined;
  const cached = found.get(root);
  if (cached) return cached;
  const key = Object.keys(root).find((k) => k.startsWith('__reactContainer$'));
  const start = key ? ((root as unknown as Record<string, unknown>)[key] as Fiber | undefined) : undefined;
  const stack: (Fiber | null | undefined)[] = [start];
  for (let steps = 0; stack.length && steps < 5000; steps++) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    const store = node.memoizedProps?.store;
    if (isStore(store) && isImm((store.getState() as Record<string, unknown> | null)?.entryDraft)) {
      found.set(root, store);
      return store;
    }
    stack.push(node.sibling, node.child);
  }
  return undefined;
}

/** Fiber of a DOM node rendered by React (`__reactFiber$…`). */
export function fiberOf(el: Element): Fiber | undefined {
  const key = Object.keys(el).find((k) => k.startsWith('__reactFiber$'));
  return key ? ((el as unknown as Record<string, unknown>)[key] as Fiber) : undefined;
}

/** Walks up from a DOM node to the first ancestor fiber that satisfies `test`. */
export function closestFiber(el: Element, test: (f: Fiber) => boolean, limit = 60): Fiber | undefined {
  let f = fiberOf(el) ?? null;
  for (let i = 0; f && i < limit; i++, f = f.return) if (test(f)) return f;
  return undefined;
}

/** Builds Immutable values of the page's own Immutable.js from plain data, starting from one of its empty Maps. */
export function toImmutable(value: unknown, emptyMap: Imm): unknown {
  if (Array.isArray(value)) {
    return emptyMap.toList().withMutations((list) => {
      for (const item of value) list.push(toImmutable(item, emptyMap));
    });
  }
  if (value && typeof value === 'object') {
    return emptyMap.withMutations((map) => {
      for (const [k, v] of Object.entries(value)) map.set(k, toImmutable(v, emptyMap));
    });
  }
  return value;
}

type Enhancer = (next: (...args: unknown[]) => unknown) => (...args: unknown[]) => unknown;
const captured = new WeakMap<Window, DecapStore>();

/**
 * Alternative to the fiber walk that does not depend on React internals: Decap builds its store
 * with `window.__REDUX_DEVTOOLS_EXTENSION_COMPOSE__ || compose`. Defining that hook before
 * Decap's bundle runs (a MAIN-world script at document_start) hands us the store as it is
 * created. A real Redux DevTools hook already present is kept and wrapped.
 */
export function captureStoreAtStart(win: Window): void {
  const w = win as unknown as { __REDUX_DEVTOOLS_EXTENSION_COMPOSE__?: (...fns: Enhancer[]) => Enhancer };
  const original = w.__REDUX_DEVTOOLS_EXTENSION_COMPOSE__;
  // Called either as compose(options) → compose, or directly with enhancers (both are Redux's API).
  const composeEnhancers = (...fns: unknown[]): unknown => {
    if (fns.length === 1 && fns[0] && typeof fns[0] === 'object') return composeEnhancers;
    const enhancers = fns.filter((f): f is Enhancer => typeof f === 'function');
    const composed: Enhancer = original ? original(...enhancers) : (next) => enhancers.reduceRight((acc, e) => e(acc as never) as never, next);
    return ((createStore: (...args: unknown[]) => unknown) =>
      (...args: unknown[]) => {
        const store = composed(createStore)(...args);
        if (isStore(store) && !captured.has(win)) captured.set(win, store);
        return store;
      }) as Enhancer;
  };
  w.__REDUX_DEVTOOLS_EXTENSION_COMPOSE__ = composeEnhancers as never;
}

/** The store caught by `captureStoreAtStart`, if it ran early enough and Decap built one. */
export function capturedStore(win: Window | null | undefined): DecapStore | undefined {
  return win ? captured.get(win) : undefined;
}
