import { describe, expect, it } from 'vitest';
import { originPattern } from '../../../src/protocol/origins';
import { analyzeOptionsFor, DEFAULT_SETTINGS, normalizeSettings, parseSchemaText } from '../../../src/protocol/settings';

describe('settings', () => {
  it('fills in what storage lacks and drops wrong types', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ extraTrackingParams: ['ref', 3], allowedSites: 'x', rules: { 'bare-url': 'off' } })).toEqual({ ...DEFAULT_SETTINGS, extraTrackingParams: ['ref'], rules: { 'bare-url': 'off' } });
  });

  it('remote media in the preview: held back until asked unless "load" was chosen', () => {
    expect(DEFAULT_SETTINGS.remoteMedia).toBe('ask');
    expect(normalizeSettings({ remoteMedia: 'load' }).remoteMedia).toBe('load');
    expect(normalizeSettings({ remoteMedia: 'always' }).remoteMedia).toBe('ask');
  });

  it('parses a YAML schema and explains a broken one', () => {
    expect(parseSchemaText('')).toEqual({ ok: true, schema: undefined });
    expect(parseSchemaText('fields:\n  - path: title\n    required: true\n')).toEqual({ ok: true, schema: { fields: [{ path: 'title', required: true }] } });
    const bad = parseSchemaText('fields: [');
    expect(bad.ok).toBe(false);
    expect(parseSchemaText('fields: 3')).toMatchObject({ ok: false, message: expect.stringContaining('list') });
  });

  it('gives a page the base URL of its own origin only', () => {
    const s = { ...DEFAULT_SETTINGS, sites: { 'http://localhost:1313': { baseUrl: 'https://blog.example.org/' } }, extraTrackingParams: ['ref'] };
    expect(analyzeOptionsFor(s, 'http://localhost:1313/admin/#/x')).toMatchObject({ baseUrl: 'https://blog.example.org/', extraTrackingParams: ['ref'] });
    expect(analyzeOptionsFor(s, 'http://localhost:8080/admin/').baseUrl).toBeUndefined();
    expect(analyzeOptionsFor(s, 'not a url').baseUrl).toBeUndefined();
    // A host entry without a port covers all its ports; an exact origin wins over it.
    const byHost = { ...s, sites: { 'http://127.0.0.1': { baseUrl: 'https://a.example/' }, 'http://127.0.0.1:9000': { baseUrl: 'https://b.example/' } } };
    expect(analyzeOptionsFor(byHost, 'http://127.0.0.1:4000/admin/').baseUrl).toBe('https://a.example/');
    expect(analyzeOptionsFor(byHost, 'http://127.0.0.1:9000/admin/').baseUrl).toBe('https://b.example/');
  });

  it('makes a one-site match pattern (any port, that host only)', () => {
    expect(originPattern('https://cms.example.org:8443')).toBe('https://cms.example.org/*');
  });
});
