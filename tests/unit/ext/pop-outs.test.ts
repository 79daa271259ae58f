import { describe, expect, it, vi } from 'vitest';

const listeners: ((port: unknown) => void)[] = [];
vi.mock('../../../src/platform/native-browser', () => ({
  nativeBrowser: {
    runtime: {
      id: 'abcdef',
      onConnect: { addListener: (l: (p: unknown) => void) => void listeners.push(l), removeListener: (l: (p: unknown) => void) => listeners.splice(listeners.indexOf(l), 1) },
    },
  },
  panelOrigins: () => ['chrome-extension://abcdef', 'chrome-extension://0507bcd1-ef47-4c05-bbc7-0f5ea5c9d34b'],
}));

const { popOutDoor } = await import('../../../src/content/pop-outs');
const { PORT_POP_OUT_PREFIX } = await import('../../../src/protocol/messages');

const POP_OUT = 'chrome-extension://abcdef/src/panel/panel.html?popout=7&key=';
function connect(name: string, sender: { id?: string; url?: string }) {
  let disconnected = false;
  const port = { name, sender, disconnect: () => void (disconnected = true) };
  for (const l of [...listeners]) l(port);
  return { port, disconnected: () => disconnected };
}

describe('pop-out panels connecting to the content script', () => {
  it('are accepted once per secret, from this extension\'s panel page only', () => {
    const accepted = vi.fn();
    const life = new AbortController();
    const door = popOutDoor(accepted, life.signal);
    const secret = door.issue();
    for (const [name, sender] of [
      [PORT_POP_OUT_PREFIX + 'f'.repeat(64), { id: 'abcdef', url: POP_OUT }], // a secret never issued
      [PORT_POP_OUT_PREFIX + secret, { id: 'other', url: POP_OUT }], // another extension
      [PORT_POP_OUT_PREFIX + secret, { id: 'abcdef', url: 'https://evil.example/panel.html' }],
      [PORT_POP_OUT_PREFIX + secret, { id: 'abcdef', url: 'chrome-extension://abcdefgh/src/panel/panel.html' }], // an origin that only starts alike
    ] as const) {
      expect(connect(name, sender).disconnected(), `${name} from ${sender.url}`).toBe(true);
    }
    const good = connect(PORT_POP_OUT_PREFIX + secret, { id: 'abcdef', url: POP_OUT + secret });
    expect(good.disconnected()).toBe(false);
    expect(accepted).toHaveBeenCalledWith(good.port);
    // One time only.
    expect(connect(PORT_POP_OUT_PREFIX + secret, { id: 'abcdef', url: POP_OUT + secret }).disconnected()).toBe(true);
    expect(accepted).toHaveBeenCalledTimes(1);
    life.abort();
  });

  it('refuses a secret after a minute, and everything once the session ended; leaves other ports alone', () => {
    vi.useFakeTimers();
    const accepted = vi.fn();
    const life = new AbortController();
    const door = popOutDoor(accepted, life.signal);
    const late = door.issue();
    vi.advanceTimersByTime(61_000);
    expect(connect(PORT_POP_OUT_PREFIX + late, { id: 'abcdef', url: POP_OUT }).disconnected()).toBe(true);
    expect(connect('something-else', { id: 'abcdef', url: POP_OUT }).disconnected()).toBe(false);
    const kept = door.issue();
    life.abort();
    expect(listeners).toHaveLength(0);
    expect(accepted).not.toHaveBeenCalled();
    void kept;
    vi.useRealTimers();
  });
});
