import { describe, expect, it } from 'vitest';
import { SetFieldError, setFieldEdits } from '../../../src/core/frontmatter/set-field';
import { parseSchemaText } from '../../../src/protocol/settings';
import { t } from '../../../src/i18n';

/** "Use this" can fail to write the description: the reason reaches the panel in its language. */
const failing: [string, string][] = [
  ['---\ntitle: A\n---\n', 'seo..description'],
  ['{"title": "A"}\n', 'description'],
  ['+++\ntitle = "A"\n', 'description'],
  ['+++\ntitle = \n+++\n', 'description'],
  ['+++\nseo = "plain"\n+++\n', 'seo.description'],
  ['---\ntitle: A\n', 'description'],
  ['---\ntitle: [a\n---\n', 'description'],
  ['---\n- a\n- b\n---\n', 'description'],
  ['---\nseo: plain text\n---\n', 'seo.description'],
];

describe('set-field refusals in every language', () => {
  it.each(failing)('%j → %s', (text, path) => {
    let error: unknown;
    try {
      setFieldEdits(text, path, 'A new description.');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SetFieldError);
    const words = (error as SetFieldError).words!;
    expect(words).toBeDefined();
    expect(t('en', words.key, words.params).slice(0, 5)).toBe((error as SetFieldError).message.slice(0, 5));
    const de = t('de', words.key, words.params);
    expect(de).not.toBe((error as SetFieldError).message);
    expect(de).not.toMatch(/\$[a-z]+\$/);
    // A TOML post is not told about YAML, in any language.
    if (text.startsWith('+++')) for (const locale of ['en', 'de', 'es', 'fr', 'ja', 'pt_BR'] as const) expect(t(locale, words.key, words.params)).not.toMatch(/YAML/);
  });

  it('the options page’s schema errors have their keys', () => {
    for (const text of ['fields: [', 'fields: 3', '- a']) {
      const parsed = parseSchemaText(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(t('fr', parsed.key, { detail: parsed.detail ?? '' })).not.toBe(parsed.message);
    }
  });
});
