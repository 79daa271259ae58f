import { afterAll, beforeAll, expect, it } from 'vitest';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from '../support/server';
import { launchChromium, type ChromiumWithExtension } from '../support/chromium';
import { DIST_CHROME, FIXTURES } from '../support/paths';
import { resolve } from 'node:path';
import { waitUntil } from '../support/handles';
import { bigPost } from '../support/big-post';

/**
 * Keystroke → panel update, end to end in Chromium: the page stamps each keydown, the panel
 * stamps each data-revision change; both clocks are performance.timeOrigin + now() on the
 * same machine. One key at a time, each waited for, so nothing is coalesced away.
 * Prints median and p95; no thresholds (timings are never asserted).
 * BENCH_BASELINE=<another dist/chrome> measures that build too, in the same run, alternating
 * with this one (e.g. a build of main, to compare side by side).
 */
const KEYS = Number(process.env.BENCH_KEYS ?? 40);
const BUILDS: [string, string][] = [['this build', DIST_CHROME], ...(process.env.BENCH_BASELINE ? [['baseline', resolve(process.env.BENCH_BASELINE)] as [string, string]] : [])];
let server: StaticServer;
const chromes = new Map<string, ChromiumWithExtension>();

beforeAll(async () => {
  server = await serveStatic({ '/admin/': join(FIXTURES, 'admin') });
  for (const [name, dir] of BUILDS) chromes.set(name, await launchChromium(dir));
});
afterAll(async () => {
  for (const chrome of chromes.values()) await chrome.close();
  await server?.close();
});

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

for (const kb of [10, 200]) for (const [name] of BUILDS) {
  it(`keystroke-to-panel latency on a ${kb} KB post (${name})`, async () => {
    const page = await chromes.get(name)!.context.newPage();
    await page.goto(`${server.origin}/admin/textarea.html`);
    const frame = await waitUntil(async () => page.frames().find((f) => f.url().includes('/src/panel/panel.html')), 'the panel frame');
    await waitUntil(() => frame.evaluate(() => document.documentElement.dataset.state === 'ready'), 'panel ready');
    const post = bigPost(kb * 1024);
    // Load the big post as if pasted, then let the panel settle.
    await page.evaluate((text) => {
      const el = document.querySelector('textarea')!;
      el.focus();
      el.select();
      document.execCommand('insertText', false, text);
      el.setSelectionRange(el.value.length, el.value.length);
    }, post);
    await waitUntil(() => frame.evaluate(() => document.querySelector('.link-url') !== null && document.body.textContent!.includes('Day 2')), 'the big post analysed', 30_000);
    await frame.evaluate(() => {
      const w = window as unknown as { __shown: Record<string, number> };
      w.__shown = {};
      new MutationObserver(() => {
        w.__shown[document.documentElement.dataset.revision!] = performance.timeOrigin + performance.now();
      }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-revision'] });
    });
    await page.evaluate(() => {
      const w = window as unknown as { __keys: number[] };
      w.__keys = [];
      document.addEventListener('keydown', () => w.__keys.push(performance.timeOrigin + performance.now()), { capture: true });
    });
    const latencies: number[] = [];
    for (let i = 0; i < KEYS; i++) {
      const before = await frame.evaluate(() => Number(document.documentElement.dataset.revision));
      await page.keyboard.press(i % 10 === 9 ? 'Enter' : 'KeyA');
      const shownAt = await waitUntil(() => frame.evaluate((rev) => {
        const shown = (window as unknown as { __shown: Record<string, number> }).__shown;
        const later = Object.keys(shown).map(Number).filter((r) => r > rev).sort((a, b) => a - b)[0];
        return later === undefined ? 0 : shown[later]!;
      }, before), 'the panel update', 15_000);
      const keyAt = await page.evaluate((n) => (window as unknown as { __keys: number[] }).__keys[n]!, i);
      latencies.push(shownAt - keyAt);
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    console.log(`panel latency (${name}), ${kb} KB post (${(post.length / 1024).toFixed(0)} KB, ${KEYS} keystrokes): median ${quantile(sorted, 0.5).toFixed(1)} ms, p95 ${quantile(sorted, 0.95).toFixed(1)} ms, max ${sorted[sorted.length - 1]!.toFixed(1)} ms`);
    expect(latencies).toHaveLength(KEYS);
    await page.close();
  });
}
