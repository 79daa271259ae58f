/**
 * A page script (run at document start in the page's own world) that does what a hostile
 * page could to the docked panel: posts forged pairing offers, each with a MessagePort of its
 * own, to every frame it can address, all the time, and listens for anything of ours on its
 * window. `window.__forged` counts what it sent and what it got back.
 */
export const FORGERY = `(() => {
  const forged = (window.__forged = { posted: 0, framesSeen: 0, received: 0, overheard: 0 });
  window.addEventListener('message', (e) => {
    if (typeof e.data?.type === 'string' && e.data.type.startsWith('post-preflight')) forged.overheard++;
  });
  const post = () => {
    forged.framesSeen = Math.max(forged.framesSeen, window.frames.length);
    for (let i = 0; i < window.frames.length; i++) {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => forged.received++;
      try {
        window.frames[i].postMessage({ type: 'post-preflight:pair', payload: { secret: (i % 2 ? 'a' : '0').repeat(64) } }, '*', [channel.port2]);
        forged.posted++;
      } catch {}
    }
  };
  setInterval(post, 20);
})();`;
