import { describe, expect, it } from 'vitest';
import rule from '../../../src/core/rules/pasted-artifacts';
import { check, fixed, fixedAll, withoutTitle, withTitle } from './body-context';

const NBSP = '\u00a0';
const kinds = (text: string) => check(rule, text).map((f) => f.data?.kind);

describe('pasted-artifacts: clipboard markers and invisible characters', () => {
  it('removes <!--StartFragment--> and <!--EndFragment--> exactly', () => {
    const text = withTitle('**Meetups**<!--StartFragment-->\n\nText<!-- EndFragment -->.\n');
    const found = check(rule, text);
    expect(found.map((f) => f.data?.kind)).toEqual(['fragment-marker', 'fragment-marker']);
    expect(fixedAll(text, found)).toBe(withTitle('**Meetups**\n\nText.\n'));
  });

  it('removes zero-width spaces, word joiners and a BOM inside the text, one finding per run', () => {
    const text = withTitle('Sail\u200b\u200bing to the\u2060 island.\ufeff\n');
    const found = check(rule, text);
    expect(found).toHaveLength(3);
    expect(found[0]!.message).toMatch(/zero-width space/);
    expect(fixedAll(text, found)).toBe(withTitle('Sailing to the island.\n'));
  });

  it('keeps a BOM at the very start of the file', () => {
    expect(check(rule, '\ufeffJust text without frontmatter.\n')).toEqual([]);
  });

  it('keeps joiners that build emoji and that Persian or Indic words need', () => {
    expect(check(rule, withTitle('Crew: 👩\u200d💻 and 👨🏽\u200d🚀.\n\nمی\u200cخواهم and क्\u200dष.\n'))).toEqual([]);
    // …but a joiner between Latin letters is junk.
    expect(kinds(withTitle('har\u200dbour\n'))).toEqual(['zero-width']);
  });

  it('removes soft hyphens', () => {
    const text = withTitle('light\u00adhouse keepers\n');
    const [f] = check(rule, text);
    expect(f!.severity).toBe('info');
    expect(fixed(text, f!)).toBe(withTitle('lighthouse keepers\n'));
  });
});

describe('pasted-artifacts: non-breaking spaces', () => {
  it('flags NBSP glued to a pasted link and at a line end; replaces or removes it', () => {
    const text = withTitle(`Read the${NBSP}[timetable](https://t.test)${NBSP}before you go.${NBSP}\n`);
    const found = check(rule, text);
    expect(found).toHaveLength(3);
    expect(fixedAll(text, found)).toBe(withTitle('Read the [timetable](https://t.test) before you go.\n'));
  });

  it('flags NBSP runs and NBSP next to an ordinary space, keeping CRLF', () => {
    const text = withTitle(`Two${NBSP}${NBSP}gaps and one ${NBSP}more.\r\nEnd${NBSP}\r\n`, '\r\n');
    const found = check(rule, text);
    expect(found).toHaveLength(3);
    expect(fixedAll(text, found)).toBe(withTitle('Two gaps and one more.\r\nEnd\r\n', '\r\n'));
  });

  it('leaves typographic NBSP alone: numbers with units, French quotes and punctuation, initials', () => {
    const text = withTitle(`A 10${NBSP}km walk. «${NBSP}Bonjour${NBSP}» dit-il${NBSP}! M.${NBSP}Dupont paid 5${NBSP}€.\n`);
    expect(check(rule, text)).toEqual([]);
  });
});

describe('pasted-artifacts: Word and Google Docs markup', () => {
  it('unwraps the Google Docs <b style="font-weight:normal" id="docs-internal-guid-…"> wrapper, keeping its text', () => {
    const text = withTitle('<b style="font-weight:normal;" id="docs-internal-guid-1a2b3c"><span style="font-size:11pt">Hello <b>there</b></span></b>\n');
    const found = check(rule, text);
    expect(found.map((f) => f.data?.kind)).toEqual(['docs-wrapper']);
    expect(fixed(text, found[0]!)).toBe(withTitle('<span style="font-size:11pt">Hello <b>there</b></span>\n'));
  });

  it('removes Mso classes, mso- styles and <o:p> but keeps the rest of the tag', () => {
    const text = withTitle('<p class="MsoNormal" style="margin:0; mso-line-height-rule:exactly; color:#333">Tide<o:p>&nbsp;</o:p></p>\n<p class="MsoListParagraph intro">x</p>\n');
    const found = check(rule, text);
    expect(found.map((f) => f.data?.kind)).toEqual(['office-attributes', 'word-op', 'office-attributes']);
    expect(fixedAll(text, found)).toBe(withTitle('<p style="margin:0; color:#333">Tide&nbsp;</p>\n<p class="intro">x</p>\n'));
  });

  it('removes an empty styled span and a docs-internal-guid id on another tag', () => {
    const text = withTitle('<p id="docs-internal-guid-99" dir="ltr">A<span style="font-size:11pt"> </span>B</p>\n');
    const found = check(rule, text);
    expect(fixedAll(text, found)).toBe(withTitle('<p dir="ltr">A B</p>\n'));
  });

  it('leaves alone ordinary HTML, real bold, spans with content and code', () => {
    const text = withoutTitle(
      [
        '<p class="note" style="color:red">Keep <b>this</b> <span style="color:blue">and this</span>.</p>',
        '',
        '`<!--StartFragment-->` and `a\u200bb` in a code span.',
        '',
        '```html',
        '<p class="MsoNormal">sample<o:p></o:p></p>',
        `zero\u200bwidth and${NBSP}${NBSP}nbsp in code`,
        '```',
        '',
        '    indented <o:p></o:p> code\u00ad',
      ].join('\n'),
    );
    expect(check(rule, text)).toEqual([]);
  });

  it('leaves code spans alone inside list items, quotes and tables too, but still cleans the text around them', () => {
    const text = withTitle(`* fenced in a list:\n\n  \`\`\`\n  <o:p>x</o:p> \u200b\n  \`\`\`\n\n* item \`a\u200bb\`\n  continued \`c${NBSP}${NBSP}d\`\n\n> quote \`<o:p>\`\n\n| col |\n|---|\n| \`x\u200by\` |\n\nafter\u200b\n`);
    const found = check(rule, text);
    expect(found).toHaveLength(1);
    expect(fixedAll(text, found)).toBe(text.replace('after\u200b', 'after'));
  });

  it('fixes change only the junk bytes: applying all fixes twice equals applying them once', () => {
    const text = withTitle(`Ferry${NBSP}${NBSP}times<!--StartFragment-->\u200b <p class="MsoNormal">x<o:p></o:p></p>\n`);
    const once = fixedAll(text, check(rule, text));
    expect(check(rule, once)).toEqual([]);
    expect(once).toBe(withTitle('Ferry times <p>x</p>\n'));
  });
});
