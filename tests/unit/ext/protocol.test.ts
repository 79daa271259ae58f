import { describe, expect, it, vi } from 'vitest';
import { dispatch, isEnvelopeOf, PANEL_TO_CONTENT_TYPES, type Handlers, type PanelToContent } from '../../../src/protocol/messages';

describe('protocol dispatch', () => {
  const handlers = (): Handlers<PanelToContent> => ({ ready: vi.fn(), apply: vi.fn(), reveal: vi.fn(), status: vi.fn(), collapse: vi.fn(), 'pop-out': vi.fn(), 'visible?': vi.fn() });

  it('routes a well-formed message to its handler with the payload', () => {
    const h = handlers();
    expect(dispatch(h, { type: 'reveal', payload: { start: 3, end: 9 } })).toBe(true);
    expect(h.reveal).toHaveBeenCalledWith({ start: 3, end: 9 });
    expect(h.apply).not.toHaveBeenCalled();
  });

  it('drops unknown types, prototype keys and malformed envelopes', () => {
    const h = handlers();
    for (const bad of [null, 'reveal', { type: 'nope', payload: {} }, { type: 'toString', payload: {} }, { type: 'reveal' }, { type: 'reveal', payload: 'x' }, { type: 1, payload: {} }]) {
      expect(dispatch(h, bad)).toBe(false);
    }
    for (const fn of Object.values(h)) expect(fn).not.toHaveBeenCalled();
  });

  it('checks a direction by its runtime list of types', () => {
    expect(isEnvelopeOf({ type: 'apply', payload: {} }, PANEL_TO_CONTENT_TYPES)).toBe(true);
    expect(isEnvelopeOf({ type: 'draft', payload: {} }, PANEL_TO_CONTENT_TYPES)).toBe(false);
  });
});
