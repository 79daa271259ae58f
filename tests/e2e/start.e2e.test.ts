import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './support/paths';
import { waitUntil } from './support/handles';

/**
 * `npm start` as the README has it, on a machine with a display (a real X server, Xvfb): the
 * demo server comes up, Chromium opens with the extension, and only then is success claimed —
 * as root too, where Chromium needs --no-sandbox. A browser that can't start is reported with
 * its own reason, never as a success.
 */
const XVFB = '/usr/bin/Xvfb';

const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => ok(port));
    });
  });

/** Runs scripts/start.mjs (what `npm start` runs after its build) and collects its output. */
function start(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let out = '';
  const child = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs')], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
  return { child, output: () => out, exited };
}

const demoChromiums = () => spawnSync('pgrep', ['-f', 'chromium-demo-profile'], { encoding: 'utf8' }).stdout.trim();

let xvfb: ChildProcess;
const DISPLAY = `:${90 + (process.pid % 9)}`;

beforeAll(async () => {
  if (!existsSync(XVFB)) throw new Error('These tests need an X server: apt-get install -y xvfb (.ci/run installs it).');
  expect(existsSync(join(ROOT, 'dist/chrome/manifest.json')), 'npm run build:ext first').toBe(true);
  xvfb = spawn(XVFB, [DISPLAY, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  await waitUntil(async () => existsSync(`/tmp/.X11-unix/X${DISPLAY.slice(1)}`), 'the X server');
});
afterAll(() => {
  xvfb?.kill();
});

describe('npm start', () => {
  it('with a display, opens Chromium with the extension and says so only once it is up, serves the demo and a real Decap CMS; Ctrl+C closes both cleanly', async () => {
    const profile = join(ROOT, '.cache/chromium-demo-profile');
    rmSync(profile, { recursive: true, force: true });
    const port = await freePort();
    const run = start({ DISPLAY, PORT: String(port) });
    try {
      await waitUntil(async () => /Chromium is open with the extension loaded \(id [a-p]{32}\)/.test(run.output()), 'the success line', 60_000).catch((error: Error) => {
        throw new Error(`${error.message}\n--- npm start said:\n${run.output()}`);
      });
      const said = run.output();
      expect(said).toMatch(/^Demo editor: http:\/\/127\.0\.0\.1:\d+\/preflight-demo\/$/m);
      expect(said).toMatch(/^Decap CMS: +http:\/\/127\.0\.0\.1:\d+\/admin\/ /m);
      expect(said).toMatch(/^Sveltia CMS: http:\/\/127\.0\.0\.1:\d+\/admin\/sveltia\/ /m);
      // What those URLs serve: the demo editor, the Decap site and Decap's own bundle.
      for (const [path, marker] of [['/preflight-demo/', '<textarea'], ['/admin/', '/decap/decap-cms.js'], ['/decap/decap-cms.js', 'CMS'], ['/admin/sveltia/', 'seed.js'], ['/admin/sveltia/config.yml', 'collections'], ['/admin/sveltia/dist/sveltia-cms.js', 'sveltia']] as const) {
        const res = await fetch(`http://127.0.0.1:${port}${path}`);
        expect(res.status, path).toBe(200);
        expect(await res.text(), path).toContain(marker);
      }
      // A file the demo does not have (an image a post links, Decap's media folder): 404, and the
      // server goes on. It used to write 200 first, throw on the 404, and stop the whole demo.
      for (const path of ['/admin/uploads/garden.jpg', '/preflight-demo/missing.png', '/admin/sveltia/missing.png']) {
        expect((await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(5000) })).status, path).toBe(404);
      }
      expect((await fetch(`http://127.0.0.1:${port}/preflight-demo/`)).status).toBe(200);
      if (process.getuid?.() === 0) expect(said).toContain('Running as root: Chromium is started with --no-sandbox');
      expect(said).not.toContain('Could not open Chromium');
      expect(demoChromiums()).not.toBe('');
    } finally {
      run.child.kill('SIGINT');
    }
    expect(await run.exited).toBe(0);
    await waitUntil(async () => demoChromiums() === '', 'Chromium closed with it');
    // Closed, not killed: the next `npm start` shows no "Chromium didn't shut down correctly".
    const prefs = JSON.parse(readFileSync(join(profile, 'Default/Preferences'), 'utf8')) as { profile?: { exit_type?: string } };
    expect(prefs.profile?.exit_type).toBe('Normal');
  });

  it('when Chromium cannot start, it says why (in Chromium\'s words) and how to load the extension by hand, and never claims success', async () => {
    // A display name with no server behind it: Chromium exits at once.
    const run = start({ DISPLAY: ':59', PORT: String(await freePort()) });
    try {
      await waitUntil(async () => run.output().includes('Press Ctrl+C to stop the demo server.'), 'the fallback instructions', 60_000);
      const said = run.output();
      expect(said).toContain('Could not open Chromium with the extension: Chromium exited before it was ready (exit code');
      expect(said).toContain('Missing X server or $DISPLAY');
      expect(said).toContain('Load unpacked');
      expect(said).not.toContain('Chromium is open');
    } finally {
      run.child.kill('SIGINT');
    }
    expect(await run.exited).toBe(0);
  });
});
