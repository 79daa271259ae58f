// Opens Chromium with the unpacked extension for `npm start`, and only says it worked once it
// did: the browser is asked over its DevTools pipe (file descriptors 3 and 4, nothing listens on
// the network) until the extension's service worker shows up. If Chromium exits first, the
// reason is taken from what it printed.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Chromium refuses to start as root with its sandbox on ("Running as root without --no-sandbox is not supported"). */
export const runningAsRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

export function findChromium(env = process.env) {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  return candidates.find((p) => p && existsSync(p));
}

/**
 * @returns {Promise<{ ok: true, child: import('node:child_process').ChildProcess, extensionId: string, close: (graceMs?: number) => Promise<void> } | { ok: false, reason: string }>}
 */
export function launchChromium({ executable, extensionDir, profile, urls, timeoutMs = 30_000, asRoot = runningAsRoot() }) {
  const args = [
    `--user-data-dir=${profile}`,
    `--load-extension=${extensionDir}`,
    `--disable-extensions-except=${extensionDir}`,
    // Branded Chrome 137+ ignores --load-extension unless this feature is off; Chromium takes it either way.
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    '--no-first-run',
    '--no-default-browser-check',
    // The demo profile is a throwaway: no "Restore pages?" bubble after an X server went away.
    '--hide-crash-restore-bubble',
    '--remote-debugging-pipe',
    ...(asRoot ? ['--no-sandbox'] : []),
    ...urls,
  ];
  // Its own process group: Ctrl+C in the terminal reaches only `npm start`, which then closes the
  // browser the way its window's close button would (see close()), so the profile is left clean.
  const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'], detached: true });
  const stderr = [];
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    stderr.push(...chunk.split('\n').filter(Boolean));
    if (stderr.length > 200) stderr.splice(0, stderr.length - 200);
  });
  const toBrowser = child.stdio[3];
  const fromBrowser = child.stdio[4];
  toBrowser.on('error', () => {}); // a browser that died closes the pipe; the exit handler reports it

  return new Promise((resolve) => {
    let settled = false;
    let buffered = '';
    let nextId = 1;
    let poll;
    const finish = (result) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      clearTimeout(timer);
      resolve(result);
    };
    fromBrowser.setEncoding('utf8');
    fromBrowser.on('data', (chunk) => {
      buffered += chunk;
      let end;
      while ((end = buffered.indexOf('\0')) >= 0) {
        const message = buffered.slice(0, end);
        buffered = buffered.slice(end + 1);
        let parsed;
        try {
          parsed = JSON.parse(message);
        } catch {
          continue;
        }
        const worker = parsed.result?.targetInfos?.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
        if (worker) finish({ ok: true, child, extensionId: new URL(worker.url).host, close });
      }
    });
    fromBrowser.on('error', () => {});
    const send = (method) => toBrowser.writable && toBrowser.write(`${JSON.stringify({ id: nextId++, method })}\0`);
    const ask = () => send('Target.getTargets');
    /**
     * Closes the browser cleanly (DevTools' Browser.close, as closing its last window would), so
     * the next start shows no "Chromium didn't shut down correctly"; killed if it hangs.
     */
    const close = (graceMs = 10_000) =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        if (!send('Browser.close')) child.kill();
        setTimeout(() => child.kill('SIGKILL'), graceMs).unref();
      });
    poll = setInterval(ask, 250);
    ask();
    child.on('error', (error) => finish({ ok: false, reason: `could not start ${executable}: ${error.message}` }));
    child.on('exit', (code, signal) => finish({ ok: false, reason: `Chromium exited before it was ready (${signal ? `signal ${signal}` : `exit code ${code}`})${explain(stderr)}` }));
    const timer = setTimeout(() => {
      finish({ ok: false, reason: `Chromium started, but the extension did not come up within ${Math.round(timeoutMs / 1000)} s${explain(stderr)}` });
      child.kill();
    }, timeoutMs);
  });
}

/** The lines of Chromium's output that say why, without its routine noise. */
function explain(lines) {
  const telling = lines.filter((l) => /(FATAL|ERROR:|Missing X server|cannot open display|not supported|Opening in existing browser session|Failed to load extension|Manifest)/i.test(l) && !/dbus|gpu|viz|gcm|fontconfig|bus\.cc|object_proxy/i.test(l));
  const shown = (telling.length ? telling : lines).slice(-4).map((l) => `\n    ${l.trim()}`).join('');
  return shown ? `:${shown}` : '.';
}
