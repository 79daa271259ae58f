import { describe, expect, it, vi } from 'vitest';

/**
 * Extension pages bundle English only and load their UI language's catalog on demand: a fresh
 * copy of the catalog module (no Node entry point registered the others) holds English alone
 * until `loadCatalog`, and `t` falls back to English until then.
 */
describe('catalogs loaded on demand', () => {
  it('holds English only until a language is loaded, then translates in it', async () => {
    vi.resetModules();
    const catalog = await import('../../../src/i18n/catalog');
    const { t } = await import('../../../src/i18n/index');
    expect(Object.keys(catalog.CATALOGS)).toEqual(['en']);
    expect(t('de', 'undoButton')).toBe('Undo');
    await catalog.loadCatalog('de');
    expect(Object.keys(catalog.CATALOGS).sort()).toEqual(['de', 'en']);
    expect(t('de', 'undoButton')).not.toBe('Undo');
    expect(t('de', 'errors', { count: 2 })).toMatch(/^2 /);
  });
});
