/**
 * A laptop's sleep as the browser lives it: every process of its group stopped (SIGSTOP), its
 * timers and sockets with it, for `ms` while the clock moves on, then woken (SIGCONT). The
 * browsers are started in a process group of their own (Chromium by `launchPlain`, Firefox by
 * Puppeteer), so the group is the browser and all its helper and content processes.
 */
export async function sleepProcessGroup(pid: number, ms: number): Promise<void> {
  process.kill(-pid, 'SIGSTOP');
  try {
    await new Promise((r) => setTimeout(r, ms));
  } finally {
    process.kill(-pid, 'SIGCONT');
  }
}
