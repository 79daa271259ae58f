import { browser, isExtensionUrl } from '../platform/browser';
import { init as initAction } from './action';
import { init as initSites } from './sites';
import { badgeRoutes } from './badge';
import { popOutRoutes } from './pop-out';
import { linkCheckService } from './link-check-init';
import { portRouter } from './ports';

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
