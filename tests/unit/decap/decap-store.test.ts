import { fromJS, List, Map as IMap } from 'immutable';
import { describe, expect, it } from 'vitest';
import { captureStoreAtStart, capturedStore, findStore, isImm, toImmutable, type Imm } from '../../../src/editors/decap/store';

/** A document whose #nc-root carries a React container key, like Decap's. */
function docWithFiberTree(tree: unknown): Document {
  const root = { ['__reactContainer$test']: tree } as unknown as Element;
  return { getElementById: (id: string) => (id === 'nc-root' ? root : null) } as unknown as Document;
}

const store = (state: unknown) => ({ getState: () => state, dispatch: () => undefined, subscribe: () => () => undefined });

describe('toImmutable (builds values of the page’s own Immutable.js from one of its Maps)', () => {
  it('turns nested plain data into equal Immutable Maps and Lists', () => {
    const empty = IMap() as unknown as Imm;
    const plain = { title: 'T', tags: ['a', 'b'], seo: { description: 'D' }, authors: [{ name: 'A' }], n: 1, b: false, none: null };
    const value = toImmutable(plain, empty);
    expect(IMap.isMap(value)).toBe(true);
    expect(List.isList((value as IMap<string, unknown>).get('tags'))).toBe(true);
    expect((value as IMap<string, unknown>).equals(fromJS(plain))).toBe(true);
  });

  it('passes scalars through', () => {
    expect(toImmutable('x', IMap() as unknown as Imm)).toBe('x');
    expect(isImm(IMap())).toBe(true);
    expect(isImm({ get: 1 })).toBe(false);
  });
});

describe('findStore (the page is untrusted)', () => {
  it('finds the store below the root through child and sibling links', () => {
    // Decap's state is a plain object of reducer slices, each an Immutable value.
    const real = store({ entryDraft: IMap() });
    const tree = { child: { sibling: null, child: { sibling: { memoizedProps: { store: real }, child: null, sibling: null }, child: null } }, sibling: null };
    expect(findStore(docWithFiberTree(tree))).toBe(real);
  });

  it('ignores objects that only look like a store, and pages without Decap', () => {
    const fake = store({ entryDraft: { get: 'not a function' } });
    expect(findStore(docWithFiberTree({ memoizedProps: { store: fake }, child: null, sibling: null }))).toBeUndefined();
    expect(findStore({ getElementById: () => null } as unknown as Document)).toBeUndefined();
  });
});

describe('captureStoreAtStart (store caught as Decap creates it)', () => {
  it('hands over the store Redux builds through the devtools compose hook, middleware intact', async () => {
    const { applyMiddleware, createStore } = await import('redux');
    const win = {} as Window & { __REDUX_DEVTOOLS_EXTENSION_COMPOSE__?: (...a: unknown[]) => never };
    captureStoreAtStart(win);
    const seen: string[] = [];
    const logger = () => (next: (a: { type: string }) => unknown) => (action: { type: string }) => (seen.push(action.type), next(action));
    const compose = win.__REDUX_DEVTOOLS_EXTENSION_COMPOSE__!;
    const reducer = (s: { entryDraft: unknown } = { entryDraft: IMap() }) => s;
    const created = createStore(reducer, compose(applyMiddleware(logger as never)));
    expect(capturedStore(win)).toBe(created);
    created.dispatch({ type: 'PING' });
    expect(seen).toEqual(['PING']);
    expect(capturedStore({} as Window)).toBeUndefined();
  });

  it('keeps a Redux DevTools hook that was already there', async () => {
    const { createStore } = await import('redux');
    let devtoolsUsed = false;
    const win = {
      __REDUX_DEVTOOLS_EXTENSION_COMPOSE__: (...fns: ((n: unknown) => unknown)[]) => (next: unknown) => ((devtoolsUsed = true), fns.reduceRight((acc, f) => f(acc), next)),
    } as unknown as Window & { __REDUX_DEVTOOLS_EXTENSION_COMPOSE__: (...a: unknown[]) => never };
    captureStoreAtStart(win);
    const created = createStore((s = 0) => s, win.__REDUX_DEVTOOLS_EXTENSION_COMPOSE__());
    expect(devtoolsUsed).toBe(true);
    expect(capturedStore(win)).toBe(created);
  });
});
