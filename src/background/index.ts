import { browser, isExtensionUrl } from '../platform/browser';
import { init as initAction } from './action';
import { init as initSites } from './sites';
import { badgeRoutes } from './badge';
import { popOutRoutes } from './pop-out';
import { linkCheckService } from './link-check-init';
import { portRouter } from './ports';
import { contentRequestListener } from './page-drivers';
import { driverSignatures } from '../editors/signatures';

// The background may be stopped at any moment (Chrome stops an idle service worker, Firefox
// unloads an idle background): it keeps nothing that matters in memory, and every listener is
// registered synchronously at start so a woken worker sees the event that woke it.
const lifetime = new AbortController();
const onConnect = portRouter(
  { extensionId: browser.runtime.id, isExtensionPage: isExtensionUrl, content: { ...badgeRoutes, ...popOutRoutes }, panel: linkCheckService().routes },
  lifetime.signal,
);
browser.runtime.onConnect.addListener(onConnect);
initAction(lifetime.signal);
initSites(lifetime.signal);
browser.runtime.onMessage.addListener(
  contentRequestListener({
    extensionId: browser.runtime.id,
    isExtensionPage: isExtensionUrl,
    editors: driverSignatures.map((s) => s.id),
    inject: (tabId, frameId, file) => browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, world: 'MAIN', files: [file], injectImmediately: true }),
  }),
);
