import { describe, expect, it, vi } from 'vitest';
import { portRouter, type RouterPort } from '../../../src/background/ports';
import { PORT_CONTENT, PORT_PANEL } from '../../../src/protocol/messages';

const EXT = 'chrome-extension://abcdef/';

function fakePort(name: string, sender: RouterPort['sender']) {
  const listeners: ((m: unknown) => void)[] = [];
  const gone: (() => void)[] = [];
  const sent: unknown[] = [];
  let disconnected = false;
  const port: RouterPort = {
    name,
    sender,
    postMessage: (m) => void sent.push(m),
    disconnect: () => void (disconnected = true),
    onMessage: { addListener: (l) => void listeners.push(l) },
    onDisconnect: { addListener: (l) => void gone.push(l) },
  };
  return { port, sent, disconnected: () => disconnected, receive: (m: unknown) => listeners.forEach((l) => l(m)), drop: () => gone.forEach((l) => l()) };
}

function router() {
  const content = { status: vi.fn(), 'open-pop-out': vi.fn() };
  const panel = { 'check-links': vi.fn(), 'cancel-link-check': vi.fn(), 'link-check-waiting': vi.fn() };
  const connect = portRouter({ extensionId: 'abcdef', isExtensionPage: (u) => !!u?.startsWith(EXT), content, panel }, new AbortController().signal);
  return { connect, content, panel };
}

const contentScript = { id: 'abcdef', url: 'https://cms.example/admin/', frameId: 0, tab: { id: 7 } as never };
const dockedPanel = { id: 'abcdef', url: `${EXT}src/panel/panel.html?pair=x`, frameId: 4, tab: { id: 7 } as never };

describe('the background\'s one port router', () => {
  it('routes each message by type to the one handler of its direction, with the tab the browser named', () => {
    const { connect, content, panel } = router();
    const c = fakePort(PORT_CONTENT, contentScript);
    const p = fakePort(PORT_PANEL, dockedPanel);
    connect(c.port);
    connect(p.port);
    c.receive({ type: 'status', payload: { errors: 1, warnings: 2 } });
    p.receive({ type: 'check-links', payload: { runId: 1, urls: [] } });
    expect(content.status).toHaveBeenCalledTimes(1);
    expect(content.status.mock.calls[0]![0]).toEqual({ errors: 1, warnings: 2 });
    expect(content.status.mock.calls[0]![1].tabId).toBe(7);
    expect(panel['check-links']).toHaveBeenCalledTimes(1);
    // A message of the other direction is not taken from a port.
    c.receive({ type: 'check-links', payload: { runId: 2, urls: [] } });
    p.receive({ type: 'status', payload: { errors: 0, warnings: 0 } });
    p.receive({ type: 'open-pop-out', payload: { secret: 'x' } });
    expect(panel['check-links']).toHaveBeenCalledTimes(1);
    expect(content.status).toHaveBeenCalledTimes(1);
    expect(content['open-pop-out']).not.toHaveBeenCalled();
  });

  it('refuses ports whose sender is not what their name claims', () => {
    const { connect, content, panel } = router();
    const refused = [
      fakePort(PORT_CONTENT, { ...contentScript, frameId: 3 }), // a subframe
      fakePort(PORT_CONTENT, { ...contentScript, url: `${EXT}src/options/options.html` }), // an extension page posing as a content script
      fakePort(PORT_CONTENT, { ...contentScript, tab: undefined }), // no tab
      fakePort(PORT_CONTENT, { ...contentScript, id: 'other' }), // another extension
      fakePort(PORT_PANEL, { ...dockedPanel, url: 'https://cms.example/src/panel/panel.html' }), // a web page
      fakePort(PORT_PANEL, { ...dockedPanel, id: 'other' }),
      fakePort('post-preflight:something-else', contentScript),
      fakePort('toString', contentScript),
    ];
    for (const r of refused) {
      connect(r.port);
      r.receive({ type: 'status', payload: { errors: 1, warnings: 0 } });
      r.receive({ type: 'check-links', payload: { runId: 1, urls: [] } });
      expect(r.disconnected()).toBe(true);
    }
    expect(content.status).not.toHaveBeenCalled();
    expect(panel['check-links']).not.toHaveBeenCalled();
  });

  it('tells a service when a port is gone, once, and gives each port its own key', () => {
    const { connect, panel } = router();
    const a = fakePort(PORT_PANEL, dockedPanel);
    const b = fakePort(PORT_PANEL, dockedPanel);
    connect(a.port);
    connect(b.port);
    a.receive({ type: 'check-links', payload: { runId: 1, urls: [] } });
    a.receive({ type: 'check-links', payload: { runId: 2, urls: [] } });
    b.receive({ type: 'check-links', payload: { runId: 1, urls: [] } });
    const peers = panel['check-links'].mock.calls.map((c) => c[1]);
    expect(peers[0].key).toBe(peers[1].key);
    expect(peers[0].key).not.toBe(peers[2].key);
    const gone = vi.fn();
    peers[0].onGone(gone);
    a.drop();
    a.drop();
    expect(gone).toHaveBeenCalledTimes(1);
    peers[0].post('link-progress', { runId: 1, done: 1, total: 2 });
    expect(a.sent).toEqual([{ type: 'link-progress', payload: { runId: 1, done: 1, total: 2 } }]);
  });
});
