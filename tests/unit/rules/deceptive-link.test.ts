import { describe, expect, it } from 'vitest';
import { domainToASCII, domainToUnicode } from 'node:url';
import rule from '../../../src/core/rules/deceptive-link';
import { rules } from '../../../src/core/rules/index';
import { analyze } from '../../../src/core/analyze';
import { deceptiveHost, displayUrl, escapeBidi, punycodeDecode, scriptsOf } from '../../../src/core/links/deceptive';
import { lint as runRule, post } from './lint';

const RLO = '\u202e';
const CYRILLIC_A = '\u0430';

describe('deceptive-link', () => {
  it('is registered, with ESLint-style meta', () => {
    expect(rules).toContain(rule);
    expect(rule.meta).toEqual({ type: 'problem', docs: { description: expect.any(String), anchor: 'rule-deceptive-link' } });
  });

  it('flags bidi controls in addresses (links, images, definitions, frontmatter) and shows them written out', () => {
    const bad = `https://files.example.org/invoice-${RLO}fdp.exe`;
    const r = runRule(rule, post(`[invoice](${bad}) ![i](https://img.example.org/a\u2066b.png)\n\n[d]: https://d.example.org/\u200fx\n\n[use][d]\n`, `title: T\ncanonical: "https://c.example.org/\u202dx"`));
    expect(r.diagnostics.map((d) => [d.severity, (d.data as { kind: string }).kind, escapeBidi(r.at(d))])).toEqual([
      ['error', 'bidi', 'https://c.example.org/[U+202D]x'],
      ['error', 'bidi', 'https://files.example.org/invoice-[U+202E]fdp.exe'],
      ['error', 'bidi', 'https://img.example.org/a[U+2066]b.png'],
      ['error', 'bidi', 'https://d.example.org/[U+200F]x'],
    ]);
    const invoice = r.diagnostics[1]!;
    expect(invoice.fix).toBeUndefined();
    expect(invoice.message).toContain('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(invoice.message).toContain('Written out, it is https://files.example.org/invoice-[U+202E]fdp.exe.');
    // The message itself carries no control character (it reaches terminals and the panel as is).
    for (const d of r.diagnostics) expect(d.message).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });

  it('flags link text reordered by overrides or isolates, and stray marks, but not marks in right-to-left text', () => {
    const r = runRule(rule, post(`[safe${RLO}exe.txt](https://a.example.org/) [x\u200ey](https://b.example.org/) [שלום \u200eABC](https://c.example.org/) [مرحبا](https://d.example.org/)\n`));
    expect(r.diagnostics.map((d) => [d.severity, (d.data as { text: string }).text, r.at(d).startsWith('[')])).toEqual([
      ['warning', `safe${RLO}exe.txt`, true],
      ['warning', 'x\u200ey', true],
    ]);
  });

  it('flags hosts mixing look-alike scripts, all-look-alike labels and fake delimiters; shows the xn-- form browsers show', () => {
    const r = runRule(rule, post(`[Apple](https://${CYRILLIC_A}pple.com/login) <https://\u0440\u0430\u0443\u0440\u0430\u04cf.com/> [x](https://xn--pple-43d.com/) [s](https://example.com\u2044evil.test/)\n`));
    const found = r.diagnostics.map((d) => (d.data as { ascii: string }).ascii);
    expect(found).toEqual([domainToASCII(`${CYRILLIC_A}pple.com`), domainToASCII('\u0440\u0430\u0443\u0440\u0430\u04cf.com'), 'xn--pple-43d.com', domainToASCII('example.com\u2044evil.test')]);
    expect(r.diagnostics[0]!.message).toBe(
      'This link goes to a host that can pass for another site: “аpple” mixes Cyrillic and Latin letters. Browsers show it as xn--pple-43d.com. Check the address, and type it by hand if it should be a site you know.',
    );
    expect(r.diagnostics[1]!.message).toContain('is written only with Cyrillic letters that look like Latin ones');
    expect(r.diagnostics[3]!.message).toContain('looks like a “/”, “.”, “:” or “-”');
  });

  it('leaves ordinary international domain names alone (one script, CJK with Latin, a Cyrillic word under a Cyrillic TLD)', () => {
    const hosts = ['bücher.de', 'münchen.example', 'яндекс.рф', 'пример.испытание', 'книга.com', '例え.テスト', 'ドメイン名例.jp', '한국어.kr', 'abc中文.cn', 'ελληνικά.gr', 'παράδειγμα.δοκιμή', 'xn--bcher-kva.de', 'ไทย.th', 'example.com', '127.0.0.1', '[::1]'];
    for (const host of hosts) expect(deceptiveHost(host), host).toBeUndefined();
    const r = runRule(rule, post(hosts.map((h) => `[x](https://${h}/)`).join(' ') + '\n'));
    expect(r.diagnostics).toEqual([]);
  });

  it('runs through analyze with the other rules', () => {
    const report = analyze(`---\ntitle: T\n---\n\n[Apple](https://${CYRILLIC_A}pple.com/)\n`);
    expect(report.diagnostics.filter((d) => d.ruleId === 'deceptive-link')).toHaveLength(1);
  });
});

describe('deceptive addresses, the parts', () => {
  it('decodes punycode as Node does (RFC 3492)', () => {
    for (const host of ['xn--pple-43d.com', 'xn--bcher-kva.de', 'xn--r8jz45g.xn--zckzah', 'xn--80aswg.xn--p1ai', 'xn--wgv71a119e.jp', 'xn--3e0b707e.kr']) {
      expect(host.split('.').map((l) => (l.startsWith('xn--') ? punycodeDecode(l.slice(4)) : l)).join('.')).toBe(domainToUnicode(host));
    }
    expect(() => punycodeDecode('99999999999999999999')).toThrow();
  });

  it('names the scripts of a label, leaving digits and hyphens out', () => {
    expect([...scriptsOf(`${CYRILLIC_A}pple-2`)].sort()).toEqual(['Cyrillic', 'Latin']);
    expect([...scriptsOf('例え')].sort()).toEqual(['Han', 'Hiragana']);
  });

  it('displayUrl writes controls out and puts deceptive hosts in their xn-- form, leaving honest ones as written', () => {
    expect(displayUrl(`https://user@${CYRILLIC_A}pple.com:8443/p?q=${RLO}1`)).toBe('https://user@xn--pple-43d.com:8443/p?q=[U+202E]1');
    expect(displayUrl('https://bücher.de/a')).toBe('https://bücher.de/a');
    expect(displayUrl('/relative/path')).toBe('/relative/path');
  });
});

describe('deceptive-link in the CLI output', () => {
  it('prints the address written out and punycoded, never the raw controls', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { main } = await import('../../../src/cli/main');
    const dir = mkdtempSync(join(tmpdir(), 'preflight-deceptive-'));
    try {
      writeFileSync(join(dir, 'post.md'), `---\ntitle: T\ndate: 2025-01-01\ndescription: A post.\n---\n\n[Apple](https://${CYRILLIC_A}pple.com/) [bill](https://x.example.org/bill-${RLO}fdp.exe)\n`);
      let out = '';
      await main(['check', join(dir, 'post.md')], { stdout: (t: string) => void (out += t), stderr: () => {}, cwd: dir });
      const lines = out.split('\n').filter((l) => l.includes('deceptive-link'));
      expect(lines).toHaveLength(2);
      expect(lines[0]).toContain('Browsers show it as xn--pple-43d.com.');
      expect(lines[1]).toContain('https://x.example.org/bill-[U+202E]fdp.exe');
      expect(out).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('deceptive-link on its fixtures (tests/fixtures/rules/deceptive-link)', () => {
  it('finds what each line is marked to expect, and nothing in the honest post', async () => {
    const { readFileSync } = await import('node:fs');
    const dir = new URL('../../fixtures/rules/deceptive-link/', import.meta.url);
    const deceptive = readFileSync(new URL('deceptive.md', dir), 'utf8');
    const r = runRule(rule, deceptive);
    const lineOf = (offset: number) => deceptive.slice(0, offset).split('\n').length;
    const marked = deceptive.split('\n').flatMap((line, i) => (/expect: deceptive-link/.test(line) ? [i + 1] : []));
    expect(r.diagnostics.map((d) => lineOf(d.start))).toEqual(marked);
    expect(runRule(rule, readFileSync(new URL('honest.md', dir), 'utf8')).diagnostics).toEqual([]);
  });
});
