import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../src/protocol/settings';

describe('autoCheckLinks setting', () => {
  it('is off by default and for anything stored that is not exactly true', () => {
    expect(DEFAULT_SETTINGS.autoCheckLinks).toBe(false);
    expect(normalizeSettings({}).autoCheckLinks).toBe(false);
    expect(normalizeSettings({ autoCheckLinks: 'yes' }).autoCheckLinks).toBe(false);
    expect(normalizeSettings({ autoCheckLinks: true }).autoCheckLinks).toBe(true);
  });
});
