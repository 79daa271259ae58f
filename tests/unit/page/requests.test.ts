// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readRequest, RequestError } from '../../../src/page/requests';
import { REQUEST_KINDS } from '../../../src/protocol/bridge';
import { adoptBuiltins, captureBuiltins } from '../../../src/page/builtins';

adoptBuiltins(captureBuiltins());

const target = { driver: 'codemirror6', key: 'file:///a.md' };
const request = (fields: Record<string, unknown>) => ({ kind: 'request', id: 7, ...fields });
const errorOf = (value: unknown) => (value && typeof value === 'object' && 'error' in value ? (value as { error: RequestError }).error.message : undefined);

describe('bridge requests, read once at the MAIN-world boundary (src/protocol/bridge.ts)', () => {
  it('reads each kind into its typed body, and nothing else of the message', () => {
    expect(readRequest(request({ request: 'find', extra: 'ignored' }))).toEqual({ id: 7, kind: 'find', body: {} });
    expect(readRequest(request({ request: 'schema', ...target, more: 1 }))).toEqual({ id: 7, kind: 'schema', body: target });
    expect(readRequest(request({ request: 'arm', driver: 'decap', more: 1 }))).toEqual({ id: 7, kind: 'arm', body: { driver: 'decap' } });
    expect(readRequest(request({ request: 'reveal', ...target, start: 2, end: 5 }))).toEqual({ id: 7, kind: 'reveal', body: { ...target, start: 2, end: 5 } });
    expect(readRequest(request({ request: 'reveal', ...target, start: 0, end: 3, field: 'seo.description' }))).toEqual({ id: 7, kind: 'reveal', body: { ...target, start: 0, end: 3, field: 'seo.description' } });
    const edits = [{ start: 0, end: 3, text: 'x' }];
    expect(readRequest(request({ request: 'apply', ...target, edits, expected: 'abc' }))).toEqual({ id: 7, kind: 'apply', body: { ...target, edits, expected: 'abc' } });
    expect(REQUEST_KINDS).not.toContain('read');
    expect(REQUEST_KINDS).not.toContain('undo'); // the panel's Undo sends inverse edits through 'apply'
  });

  it('answers a malformed or unknown request with its id and a reason', () => {
    expect(errorOf(readRequest(request({ request: 'read' })))).toBe('unknown request'); // the dead 'read' is gone
    expect(errorOf(readRequest(request({ request: 'toString' })))).toBe('unknown request'); // no prototype lookups
    expect(errorOf(readRequest(request({ request: 'schema' })))).toBe('driver and key must be strings');
    expect(errorOf(readRequest(request({ request: 'undo', ...target })))).toBe('unknown request');
    for (const driver of [undefined, '', 'Decap', '__proto__', '../x', 'a'.repeat(41), 7]) expect(errorOf(readRequest(request({ request: 'arm', driver })))).toBe('driver must be an editor id');
    expect(errorOf(readRequest(request({ request: 'reveal', ...target, start: -1, end: 2 })))).toBe('start and end must be offsets');
    for (const field of [7, null, 'x'.repeat(501)]) expect(errorOf(readRequest(request({ request: 'reveal', ...target, start: 0, end: 3, field })))).toBe('field must be a dotted path');
    expect(errorOf(readRequest(request({ request: 'apply', ...target, edits: [{ start: 0, end: 1 }], expected: 'a' })))).toBe('edit 0 is malformed');
    expect(errorOf(readRequest(request({ request: 'apply', ...target, edits: {}, expected: 'a' })))).toBe('edits must be an array');
    expect(errorOf(readRequest(request({ request: 'apply', ...target, edits: [], expected: 3 })))).toBe('expected must be a string');
    expect(readRequest(request({ request: 'schema' }))).toMatchObject({ id: 7 });
  });

  it('drops what is no request at all, and reads own properties only', () => {
    expect(readRequest(null)).toBeUndefined();
    expect(readRequest({ kind: 'response', id: 1 })).toBeUndefined();
    expect(readRequest({ kind: 'request', id: 1.5, request: 'find' })).toBeUndefined();
    const inherited = Object.assign(Object.create({ driver: 'codemirror6', key: 'k' }) as object, { kind: 'request', id: 1, request: 'schema' });
    expect(errorOf(readRequest(inherited))).toBe('driver and key must be strings');
  });
});
