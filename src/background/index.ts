import { init as initRelay } from './relay';
import { init as initAction } from './action';
import { init as initSites } from './sites';
import { init as initLinkCheck } from './link-check-init';

// The background lives as long as the extension; listeners are registered synchronously at
// start so a woken service worker sees the event that woke it.
const lifetime = new AbortController();
initRelay(lifetime.signal);
initAction(lifetime.signal);
initSites(lifetime.signal);
initLinkCheck(lifetime.signal);
