import type { Runtime } from 'webextension-polyfill';
import { nativeBrowser as browser, panelOrigins } from '../platform/native-browser';
import { PORT_POP_OUT_PREFIX } from '../protocol/messages';
import { isSecret, newPairingSecret } from '../protocol/pairing';

/** A pop-out that doesn't connect within this time must be asked for again. */
const SECRET_TTL_MS = 60_000;

/**
 * Pop-out panels: the docked panel asks, this content script makes a one-time secret, the
 * background opens `panel.html?popout=<this tab>&key=<secret>`, and that page connects here
 * with `tabs.connect`, naming the secret. A connection is accepted once per secret, only from
 * a page of this extension; a page that opens panel.html itself has no secret to name.
 */
export function popOutDoor(onPort: (port: Runtime.Port) => void, signal: AbortSignal) {
  const secrets = new Map<string, number>();
  const onConnect = (port: Runtime.Port) => {
    if (!port.name.startsWith(PORT_POP_OUT_PREFIX)) return;
    const secret = port.name.slice(PORT_POP_OUT_PREFIX.length);
    const expires = secrets.get(secret);
    const sender = port.sender;
    const fromPanelPage = sender?.id === browser.runtime.id && panelOrigins().some((o) => sender.url?.startsWith(`${o}/`));
    if (signal.aborted || !isSecret(secret) || expires === undefined || !fromPanelPage) return port.disconnect();
    secrets.delete(secret);
    if (Date.now() > expires) return port.disconnect();
    onPort(port);
  };
  browser.runtime.onConnect.addListener(onConnect);
  signal.addEventListener('abort', () => browser.runtime.onConnect.removeListener(onConnect), { once: true });
  return {
    /** A fresh secret for one pop-out. */
    issue(): string {
      const secret = newPairingSecret();
      secrets.set(secret, Date.now() + SECRET_TTL_MS);
      return secret;
    },
  };
}
