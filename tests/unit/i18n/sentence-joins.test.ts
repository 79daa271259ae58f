import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { thenSentence } from '../../../src/i18n';

describe('sentences put one after the other', () => {
  it('take no space after a CJK full stop, one after any other', () => {
    expect(thenSentence('リンクに追跡パラメーターがあります。', '削除してください。')).toBe('リンクに追跡パラメーターがあります。削除してください。');
    expect(thenSentence('The link carries utm_source.', 'Remove it.')).toBe('The link carries utm_source. Remove it.');
  });

  it('a Japanese tracking-parameter message reads without a stray space', () => {
    const report = analyze('---\ntitle: x\n---\n[港](https://harbour.example/?utm_source=a)\n', { locale: 'ja' });
    const message = report.diagnostics.find((d) => d.ruleId === 'tracking-params')!.message;
    expect(message).not.toMatch(/。 /);
  });
});
