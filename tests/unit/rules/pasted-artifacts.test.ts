import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/pasted-artifacts';
import { lint, withTitle } from './lint';

// What is flagged and what --fix removes, byte for byte: tests/fixtures/rules/pasted-artifacts/.
const kinds = (text: string) => lint(rule, text).diagnostics.map((f) => f.data?.kind);

describe('pasted-artifacts', () => {
  it('says which invisible character it found', () => {
    expect(lint(rule, withTitle('Sail\u200bing\n')).diagnostics[0]!.message).toMatch(/zero-width space/);
  });

  it('tells the kinds of junk apart', () => {
    expect(kinds(withTitle('**Meetups**<!--StartFragment-->\n\nText<!-- EndFragment -->.\n'))).toEqual(['fragment-marker', 'fragment-marker']);
    expect(kinds(withTitle('har\u200dbour\n'))).toEqual(['zero-width']);
    expect(kinds(withTitle('<b style="font-weight:normal;" id="docs-internal-guid-1a2b3c"><span style="font-size:11pt">Hello <b>there</b></span></b>\n'))).toEqual(['docs-wrapper']);
    expect(kinds(withTitle('<p class="MsoNormal" style="margin:0; mso-line-height-rule:exactly; color:#333">Tide<o:p>&nbsp;</o:p></p>\n<p class="MsoListParagraph intro">x</p>\n'))).toEqual(['office-attributes', 'word-op', 'office-attributes']);
  });
});
