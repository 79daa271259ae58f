import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../../support/paths';
import { waitUntil, type Evaluate } from '../../support/handles';
import type { LinkServer } from '../../../support/link-server';

/** What the proof needs from a browser: the editor page, the docked panel, real keys and clicks. */
export interface LiveHandles {
  page: Evaluate;
  panel: Evaluate;
  /** Real key presses at the end of the textarea. */
  typeAtEnd(text: string): Promise<void>;
  clickInPanel(selector: string): Promise<void>;
}

/** The links fixture (tests/e2e/fixtures/links) as the page shows it, its links on `links`. */
export const linksPost = (links: LinkServer) => readFileSync(join(FIXTURES, 'links/post.md'), 'utf8').replaceAll('LINK_SERVER', links.origin);
export const linksPageUrl = (siteOrigin: string, links: LinkServer) => `${siteOrigin}/admin/links/?server=${encodeURIComponent(links.origin)}`;

const textarea = (h: LiveHandles) => h.page(() => document.querySelector('textarea')!.value, null);
const trackingRows = (h: LiveHandles) => h.panel(() => document.querySelectorAll('.diag[data-rule="tracking-params"]').length, null);
export const statuses = (h: LiveHandles) =>
  h.panel(() => [...document.querySelectorAll('.link')].map((li) => [li.querySelector('.link-url')!.textContent!.replace(/^.*:\d+/, ''), li.getAttribute('data-status')]), null);

/** The panel's draft revision unchanged for a second: the typing's last draft has been checked. */
async function panelSettled(h: LiveHandles): Promise<void> {
  const revision = () => h.panel(() => Number(document.documentElement.dataset.revision), null);
  let last = await revision();
  let since = Date.now();
  await waitUntil(async () => {
    const now = await revision();
    if (now !== last) [last, since] = [now, Date.now()];
    return Date.now() - since >= 1_000;
  }, 'the panel to check the last draft');
}

/** Docked: the host is in the page, and the panel in it shows this post (not another, not an empty one). */
export async function expectDocked(h: LiveHandles, text: string, what = 'the docked panel'): Promise<void> {
  await waitUntil(() => h.page(() => document.querySelectorAll('post-preflight-dock').length === 1 && document.querySelector('post-preflight-dock')!.getAttribute('data-state') === 'mounted', null), `${what}: the dock in the page`);
  await waitUntil(() => h.panel((t) => document.documentElement.dataset.state === 'ready' && document.body.innerText.includes(t), text), `${what}: the post in the panel`);
}

/**
 * The panel is docked, live and correct after whatever the background went through: typing
 * shows up, "Clean links" writes exactly the fix into the page, "Check links" gets every
 * link's status from the (woken) background. `tag` ([a-z0-9-]) keeps the typed link unique per call.
 */
export async function expectLive(h: LiveHandles, links: LinkServer, tag: string): Promise<void> {
  await expectDocked(h, 'Trail links worth a second look');
  const before = await textarea(h);
  const typed = `\nSee the [${tag} map](${links.origin}/ok?utm_source=${tag}&from=${tag}).\n`;
  const revision = await h.panel(() => Number(document.documentElement.dataset.revision), null);
  await h.typeAtEnd(typed);
  await waitUntil(async () => (await textarea(h)) === before + typed, 'the typing in the page');
  await waitUntil(async () => (await h.panel(() => Number(document.documentElement.dataset.revision), null)) > revision, 'a new draft in the panel');
  await waitUntil(async () => (await trackingRows(h)) === 1, 'the typed tracking link in the panel');
  // The last keystroke's draft, not one from the middle of the typing: the panel refuses a fix
  // computed on a text the page no longer has (CI, Firefox under load, clicked one draft early).
  await waitUntil(() => h.panel((t) => document.body.innerText.includes(t), `${tag} map.`), 'the last typed words in the panel');
  await panelSettled(h);

  await h.clickInPanel('[data-action="clean-links"]');
  const cleaned = before + typed.replace(`utm_source=${tag}&`, '');
  await waitUntil(async () => (await textarea(h)) === cleaned, '"Clean links" written into the page').catch(async (error: Error) => {
    // What the panel said (a refusal, an error) is the first thing to know when this fails.
    const notice = await h.panel(() => document.querySelector('.notice')?.textContent ?? '', null);
    throw new Error(`${error.message}; the panel says ${JSON.stringify(notice)}`);
  });
  await waitUntil(async () => (await trackingRows(h)) === 0, 'the panel to see the cleaned text');

  await h.clickInPanel('[data-action="check-links"]');
  const expected = (t: string) => {
    const rows = [['/ok', 'ok'], ['/moved', 'redirected'], ['/missing', 'broken'], ['/gone', 'broken'], ['mailto:desk@example.org', 'skipped'], ['#packing-list', 'ok']];
    // Every link typed by an earlier proof on this page, then this one.
    for (const m of t.matchAll(/\(http:\/\/127\.0\.0\.1:\d+(\/ok\?from=[a-z0-9-]+)\)/g)) rows.push([m[1]!, 'ok']);
    return rows;
  };
  const want = expected(cleaned);
  await waitUntil(async () => (await statuses(h)).filter(([, s]) => s).length === want.length, 'every link checked', 20_000).catch(async (error: Error) => {
    const seen = await h.panel(() => ({ notice: document.querySelector('[data-part="link-notice"]')?.textContent, progress: document.querySelector('[data-part="link-progress"]')?.textContent }), null);
    throw new Error(`${error.message}; the panel shows ${JSON.stringify({ ...seen, statuses: await statuses(h), want })}`);
  });
  expect(await statuses(h)).toEqual(want);
  // The new link was fetched by the background just now: it was running, not merely cached.
  expect(links.requests.some((r) => r.path === '/ok' && r.search === `?from=${tag}`)).toBe(true);
}
