import { describe, expect, it } from 'vitest';
import { rules as coreRules } from '../../../src/core/index';
import { fixPost, MAX_FIX_PASSES } from '../../../src/cli/fix-loop';
import { dropUtm, oneTodoPerPass, pingToPong, pongToPing } from './test-rules';
import { fixture } from './helpers';

const post = (body: string, eol = '\n') => ['---', 'title: "A post"', 'date: 2026-01-01', '---', body, ''].join(eol);

describe('fixPost', () => {
  it('applies fixes and changes nothing else', () => {
    const text = post('See [the shop](https://shop.example/?b=2&utm_source=x&a=1#top) and <https://x.example/?utm_medium=y>.');
    const out = fixPost(text, {}, [dropUtm]);
    expect(out.text).toBe(post('See [the shop](https://shop.example/?b=2&a=1#top) and <https://x.example/>.'));
    expect(out).toMatchObject({ fixed: 2, passes: 1 });
  });

  it('repeats passes until no fix is left', () => {
    const out = fixPost(post('TODO one, TODO two, TODO three'), {}, [oneTodoPerPass]);
    expect(out.text).toBe(post('DONE one, DONE two, DONE three'));
    expect(out).toMatchObject({ fixed: 3, passes: 3 });
  });

  it('stops after the pass limit when rules keep undoing each other', () => {
    const out = fixPost(post('ping'), {}, [pingToPong, pongToPing]);
    expect(out.passes).toBe(MAX_FIX_PASSES);
  });

  it('keeps CRLF line endings and a BOM', () => {
    const crlf = fixture('crlf.md').toString('utf8');
    const fixedCrlf = fixPost(crlf, {}, [dropUtm]).text;
    expect(fixedCrlf).not.toContain('utm_');
    expect(fixedCrlf.split('\r\n').length).toBe(crlf.split('\r\n').length);
    expect(fixedCrlf.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);

    const bom = fixture('bom.md').toString('utf8');
    const fixedBom = fixPost(bom, {}, [dropUtm]).text;
    expect(fixedBom.startsWith('\uFEFF---')).toBe(true);
    expect(fixedBom).toContain('(https://mill.example/rye-flour?variant=dark&gclid=Cj0fakeclick#nutrition)');
  });

  it('honours the config: a rule set to off does not fix', () => {
    const text = post('TODO');
    expect(fixPost(text, { rules: { 'test-one-todo': 'off' } }, [oneTodoPerPass]).text).toBe(text);
  });

  it('leaves a post without fixable problems untouched with the real rules', () => {
    const text = fixture('yaml-error.md').toString('utf8');
    const out = fixPost(text, {}, coreRules);
    expect(out.text).toBe(text);
  });
});
