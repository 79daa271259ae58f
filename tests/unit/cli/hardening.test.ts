import { execFile } from 'node:child_process';
import { chmodSync, chownSync, linkSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main';
import { formatStylish } from '../../../src/cli/format/stylish';
import type { FileResult } from '../../../src/cli/result';
import type { Diagnostic, Rule } from '../../../src/core/index';
import { startLinkServer, type LinkServer } from '../../support/link-server';
import { BIN, cleanTempDirs, runCliAsync, tempDir } from './helpers';
import { dropUtm } from './test-rules';

/** Issue 10 items 1, 2, 4, 5 for the command line: nothing lost, nothing unbounded, nothing raw on the terminal. */
afterEach(cleanTempDirs);
vi.setConfig({ testTimeout: 60_000 });

let server: LinkServer;
beforeAll(async () => void (server = await startLinkServer()));
afterAll(() => server.close());

async function run(argv: string[], cwd: string, rules: Rule[] = [dropUtm]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) }, rules);
  return { code, stdout, stderr };
}

/** The built command with a deadline: an unbounded read must fail the test, not hang it. */
function runCliWithin(args: string[], cwd: string, ms: number): Promise<{ code: number | null; stdout: string; stderr: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const started = Date.now();
    execFile(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: ms, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const timedOut = Date.now() - started >= ms;
      resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr, timedOut });
    });
  });
}

const POST = '---\ntitle: Harbour notes\ndate: 2026-03-02\n---\nSee [the shop](https://shop.example/?utm_source=mail) today.\n';
const FIXED = POST.replace('?utm_source=mail', '');

describe('lost updates: a file edited while the check runs is never overwritten', () => {
  it('keeps an edit made during `--fix --links` (slow link server), says so and exits 2', async () => {
    const o = server.origin;
    const before = `---\ntitle: Harbour notes\ndate: 2026-03-02\ndescription: What the harbour office did this week, with the moved ferry page and the slow archive.\n---\n\nThe [ferry page](${o}/moved?utm_source=mail) moved; the [archive](${o}/slow/archive?ms=3000) is slow.\n`;
    const dir = tempDir({ 'a.md': before });
    const running = runCliAsync(['check', 'a.md', '--fix', '--links'], dir);
    // The command is now waiting for the slow link: the author saves an edit meanwhile.
    await vi.waitFor(() => expect(server.count('/slow/archive')).toBeGreaterThan(0), { timeout: 30_000, interval: 20 });
    const edited = readFileSync(join(dir, 'a.md'), 'utf8') + '\nA line the author added while the check ran.\n';
    writeFileSync(join(dir, 'a.md'), edited);
    const { code, stderr } = await running;
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(edited);
    expect(stderr).toMatch(/a\.md: not fixed: the file was changed while it was being checked; nothing was written/);
    expect(code).toBe(2);
  });

  it('writes nothing when the path leads to another file by the time of writing (a symbolic link repointed during `--fix --links`), says so and exits 2', async () => {
    const o = server.origin;
    const post = `---\ntitle: Harbour notes\ndate: 2026-03-02\ndescription: What the harbour office did this week, with the moved ferry page and the slow archive.\n---\n\nThe [ferry page](${o}/ok?utm_source=mail) and the [archive](${o}/slow/relinked?ms=3000).\n`;
    const other = '---\ntitle: Another post\n---\nSee [the shop](https://shop.example/?utm_source=mail).\n';
    const dir = tempDir({ 'posts/real.md': post, 'posts/other.md': other });
    symlinkSync(join(dir, 'posts/real.md'), join(dir, 'link.md'));
    const running = runCliAsync(['check', 'link.md', '--fix', '--links'], dir);
    await vi.waitFor(() => expect(server.count('/slow/relinked')).toBeGreaterThan(0), { timeout: 30_000, interval: 20 });
    // Meanwhile the link is pointed at another post: its fixes must not land there.
    unlinkSync(join(dir, 'link.md'));
    symlinkSync(join(dir, 'posts/other.md'), join(dir, 'link.md'));
    const { code, stderr } = await running;
    expect(readFileSync(join(dir, 'posts/other.md'), 'utf8')).toBe(other);
    expect(readFileSync(join(dir, 'posts/real.md'), 'utf8')).toBe(post);
    expect(stderr).toMatch(/link\.md: not fixed: the path now leads to another file/);
    expect(code).toBe(2);
  });

  it('still writes the files that did not change', async () => {
    const dir = tempDir({ 'a.md': POST, 'b.md': POST });
    expect((await run(['check', '*.md', '--fix'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(FIXED);
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe(FIXED);
  });
});

describe('atomic writes keep what the file was', () => {
  it('keeps the mode, and writes through a symbolic link to its target, keeping the link', async () => {
    const dir = tempDir({ 'posts/real.md': POST });
    chmodSync(join(dir, 'posts/real.md'), 0o640);
    symlinkSync(join(dir, 'posts/real.md'), join(dir, 'link.md'));
    const { code } = await run(['check', 'link.md', '--fix'], dir);
    expect(code).toBe(0);
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'posts/real.md'), 'utf8')).toBe(FIXED);
    expect(statSync(join(dir, 'posts/real.md')).mode & 0o777).toBe(0o640);
    expect(readdirSync(join(dir, 'posts'))).toEqual(['real.md']);
  });

  it('keeps the owner and group (as root, a post owned by someone else stays theirs)', async () => {
    const dir = tempDir({ 'a.md': POST });
    const file = join(dir, 'a.md');
    // Root can give the post to another user, as on a shared site checkout; anyone else keeps their own.
    const [uid, gid] = process.getuid?.() === 0 ? [1234, 2345] : [statSync(file).uid, statSync(file).gid];
    chownSync(file, uid, gid);
    expect((await run(['check', 'a.md', '--fix'], dir)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(FIXED);
    expect([statSync(file).uid, statSync(file).gid]).toEqual([uid, gid]);
  });

  it('refuses to split a file with several hard links, with a clear message and exit 2', async () => {
    const dir = tempDir({ 'a.md': POST });
    linkSync(join(dir, 'a.md'), join(dir, 'same.md'));
    const { code, stderr } = await run(['check', 'a.md', '--fix'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/a\.md: not fixed: the file has 2 hard links/);
    // Running again would fail the same way: no advice to.
    expect(stderr).not.toMatch(/Run the command again/);
    expect(readFileSync(join(dir, 'same.md'), 'utf8')).toBe(POST);
  });

  it('leaves a read-only file as it is (replacing goes through the folder, which would ignore its mode)', async () => {
    const dir = tempDir({ 'ro.md': POST, 'rw.md': POST });
    chmodSync(join(dir, 'ro.md'), 0o444);
    const { code, stderr } = await run(['check', '*.md', '--fix'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/ro\.md: not fixed: the file is read-only; make it writable to let --fix change it; nothing was written\.\n/);
    expect(readFileSync(join(dir, 'ro.md'), 'utf8')).toBe(POST);
    expect(statSync(join(dir, 'ro.md')).mode & 0o777).toBe(0o444);
    expect(readFileSync(join(dir, 'rw.md'), 'utf8')).toBe(FIXED);
  });

  it('fixes a post named twice (a symbolic link and its target) once, under the first name', async () => {
    const dir = tempDir({ 'sl/real.md': POST });
    symlinkSync(join(dir, 'sl/real.md'), join(dir, 'sl/alias.md'));
    const { code, stdout, stderr } = await run(['check', 'sl', '--fix'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'sl/real.md'), 'utf8')).toBe(FIXED);
    expect(lstatSync(join(dir, 'sl/alias.md')).isSymbolicLink()).toBe(true);
    expect(stdout.match(/real\.md|alias\.md/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});

describe('bad and huge input', () => {
  it('refuses a post over --max-size (default 10 MB) with exit 2, and checks it when the limit is raised', async () => {
    const big = POST + 'Filler line of the archive.\n'.repeat(Math.ceil((10.5 * 1024 * 1024) / 28));
    const dir = tempDir({ 'big.md': big, 'small.md': POST });
    const refused = await run(['check', 'big.md', 'small.md'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/"big\.md" is larger than the 10 MB limit for a post \(it has 10\.5 MB\)\. .*--max-size/);
    expect(refused.stdout).toBe('');
    expect((await run(['check', 'big.md', '--max-size', '1'], dir)).code).toBe(2);
    // A limit under a megabyte reads as given, and so does a small file's size.
    expect((await run(['check', 'small.md', '--max-size', '0.00001'], dir)).stderr).toMatch(/is larger than the 0\.00000954 MB limit for a post \(it has 0\.000102 MB\)/);
    expect((await run(['check', 'big.md', '--max-size', '11'], dir)).code).toBe(0);
  });

  it('never reads a device like /dev/zero whole: refused after the cap, quickly', async () => {
    const r = await runCliWithin(['check', '/dev/zero'], tempDir(), 20_000);
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/dev\/zero" is larger than the 10 MB limit for a post \(it gave more than that without ending\)/);
  });

  it('prints 150,000 findings in one file (stylish) without running out of stack', () => {
    const d = (i: number): Diagnostic => ({ ruleId: 'bare-url', severity: 'warning', message: `Finding ${i}`, start: i, end: i + 1, line: i + 1, column: 1, endLine: i + 1, endColumn: 2 });
    const shown = Array.from({ length: 150_000 }, (_, i) => d(i));
    const result = { filePath: '/x/a.md', displayPath: 'a.md', text: '', report: { diagnostics: shown } as unknown as FileResult['report'], shown, fixed: 0 } as FileResult;
    const out = formatStylish([result]);
    expect(out.split('\n').filter((l) => l.startsWith('a.md:')).length).toBe(150_000);
    expect(out).toMatch(/150000 problems \(0 errors, 150000 warnings\)/);
  });

  it('an internal error exits 2 ("could not run"), never 1 ("the posts have errors")', async () => {
    // analyze() turns a throwing rule into a finding; a rule answering garbage breaks the code after it.
    const broken: Rule = { id: 'test-broken', meta: { type: 'problem', docs: { description: 'test: returns no list', anchor: 'rule-test-broken' } }, defaultSeverity: 'error', check: () => null as never };
    const { code, stderr } = await run(['check', 'a.md'], tempDir({ 'a.md': POST }), [broken]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^post-preflight: internal error, please report it: TypeError/);
  });
});

describe('terminal safety: nothing from a post, a link or a file name drives the terminal', () => {
  /** Anything a terminal acts on: C0 controls but tab and newline, DEL, C1, bidi controls. */
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
  const hostile = '\u001b]52;c;cm0gLXJmIH4=\u0007\u001b[2J\u009b31m\r\u202eevil';
  const quoting: Rule = {
    id: 'test-quote',
    meta: { type: 'problem', docs: { description: 'test: quotes the first line of the body', anchor: 'rule-test-quote' } },
    defaultSeverity: 'warning',
    check: ({ text }) => [{ start: 0, end: 1, message: `Quoted: ${text.split('\n').find((l) => l.startsWith('Q:'))}` }],
  };

  it('escapes control sequences in messages and file names (stylish and json), and in errors', async () => {
    const name = 'post\u001b[2J.md';
    const dir = tempDir({ [name]: `---\ntitle: x\n---\nQ: ${hostile}\n` });
    for (const format of ['stylish', 'json']) {
      const { stdout } = await run(['check', '*.md', '--format', format], dir, [quoting]);
      expect(stdout).not.toMatch(CONTROL);
      expect(stdout).toContain('\\u001b]52;c;');
      expect(stdout).toContain('\\u202eevil');
      if (format === 'json') expect((JSON.parse(stdout) as { messages: { message: string }[] }[])[0]!.messages[0]!.message).toContain(hostile);
    }
    const missing = await run(['check', `gone${hostile}.md`], dir, [quoting]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).not.toMatch(CONTROL);
    expect(missing.stderr).toContain('gone\\u001b]52');
  });

  it('escapes them in --fix notes too', async () => {
    const name = 'n\u001b]0;title\u0007.md';
    const dir = tempDir({ [name]: POST });
    linkSync(join(dir, name), join(dir, 'other.md')); // a file --fix refuses to replace, so a note is printed
    const { stderr } = await run(['check', name, '--fix'], dir);
    expect(stderr).toContain('n\\u001b]0;title\\u0007.md: not fixed');
    expect(stderr).not.toMatch(CONTROL);
  });
});
