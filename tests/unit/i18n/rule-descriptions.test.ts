import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../../src/core/rule-catalog';
import { RULE_DESCRIPTION_KEYS, ruleDescription } from '../../../src/core/rule-descriptions';
import { LOCALES, t } from '../../../src/i18n';

/** The options page and `--help` describe every rule in the UI language, from one message per rule id. */
describe('rule descriptions', () => {
  it('every configurable rule id has its message, and no other id does', () => {
    expect(Object.keys(RULE_DESCRIPTION_KEYS).sort()).toEqual(ruleCatalog.map((r) => r.id).sort());
  });

  it('the English message is the rule’s own meta.docs.description (README, docs)', () => {
    for (const r of ruleCatalog) expect(ruleDescription('en', r), r.id).toBe(r.meta.docs.description);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s: every description is translated', (locale) => {
    for (const r of ruleCatalog) expect(ruleDescription(locale, r), r.id).not.toBe(t('en', RULE_DESCRIPTION_KEYS[r.id]!));
  });
});
