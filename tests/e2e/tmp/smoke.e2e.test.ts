import { test } from "vitest";
import { serveStatic } from '../support/server';
import { launchChromium } from '../support/chromium';
test("smoke", async () => {
const srv = await serveStatic({ '/admin/': '/work/wt/ext/tests/e2e/fixtures/admin' });
const b = await launchChromium();
const page = await b.context.newPage();
page.on('console', m => console.log('page:', m.text()));
b.context.serviceWorkers()[0]?.on('console', m => console.log('sw:', m.text()));
await page.goto(srv.origin + '/admin/textarea.html');
await page.waitForSelector('post-preflight-dock', { timeout: 10000 });
await page.waitForTimeout(2000);
for (const f of page.frames()) console.log('frame', f.url());
const panel = page.frames().find(f => f.url().includes('panel.html'));
console.log(await panel?.evaluate(() => document.body.innerText.slice(0, 1500)));
await page.screenshot({ path: '/tmp/smoke.png' });
await b.close(); await srv.close();
}, 60000);
