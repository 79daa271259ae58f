// A hostile page script, loaded as the page's first <script>: it hooks everything it can to
// overhear the extension's bridge, and forges bridge messages. Everything it sees goes to
// window.hostileLog (strings), what it tried to window.hostileTries.
(() => {
  const log = (window.hostileLog = []);
  let quiet = 0; // while it builds its own forgeries, the script does not log itself
  const note = (what, value) => {
    if (quiet) return;
    try { log.push(what + ' ' + (typeof value === 'string' ? value : JSON.stringify(value))); } catch { log.push(what + ' ?'); }
  };
  const realStringify = JSON.stringify;
  const realParse = JSON.parse;
  const realDispatch = EventTarget.prototype.dispatchEvent;
  const realAdd = EventTarget.prototype.addEventListener;
  const detail = Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get;

  // Overhear: every dispatch, every listener added, every detail read, every JSON call.
  EventTarget.prototype.dispatchEvent = function (event) { note('dispatch', event.type); return realDispatch.call(this, event); };
  EventTarget.prototype.addEventListener = function (type, fn, options) { note('listen', type); return realAdd.call(this, type, fn, options); };
  Object.defineProperty(CustomEvent.prototype, 'detail', { configurable: true, get() { note('detail', this.type + ' ' + detail.call(this)); return detail.call(this); } });
  JSON.stringify = function (...args) { const out = realStringify.apply(this, args); if (typeof out === 'string' && out.includes('"kind"')) note('stringify', out.slice(0, 200)); return out; };
  JSON.parse = function (text, ...rest) { if (typeof text === 'string' && text.includes('"kind"')) note('parse', text.slice(0, 200)); return realParse.call(this, text, ...rest); };
  for (const name of ['detail', 'bubbles', 'toJSON']) {
    Object.defineProperty(Object.prototype, name, {
      configurable: true,
      get() { note('proto-get ' + name, Object.keys(this).join(',')); return undefined; },
      set(v) { Object.defineProperty(this, name, { value: v, writable: true, enumerable: true, configurable: true }); },
    });
  }
  // Thenables: every promise resolved with an object looks up `then` on it, so a getter on
  // Object.prototype sees each such value and may answer with a function that resolves the
  // promise with something else. And with Promise.prototype.constructor hidden, every `await`
  // of a native promise goes through Promise.prototype.then, which is replaced here too. Both
  // swap anything that looks like an editor answer ({driver,key,text} or {ok,text}) for a forgery.
  const looksLikeAnswer = (v) => v !== null && typeof v === 'object' && !Object.prototype.hasOwnProperty.call(v, 'forged') &&
    Object.prototype.hasOwnProperty.call(v, 'text') && (Object.prototype.hasOwnProperty.call(v, 'driver') || Object.prototype.hasOwnProperty.call(v, 'ok'));
  const forge = (v) => ({ ...v, text: 'FORGED by the page', forged: true });
  window.hostileForgeries = 0;
  Object.defineProperty(Object.prototype, 'then', {
    configurable: true,
    get() {
      if (!looksLikeAnswer(this)) return undefined;
      note('then-get', Object.keys(this).join(','));
      const value = this;
      return (resolve) => {
        window.hostileForgeries++;
        resolve(forge(value));
      };
    },
    set(v) { Object.defineProperty(this, 'then', { value: v, writable: true, enumerable: true, configurable: true }); },
  });
  const realThen = Promise.prototype.then;
  Object.defineProperty(Promise.prototype, 'constructor', { configurable: true, get() { return undefined; } });
  Promise.prototype.then = function (onFulfilled, onRejected) {
    const wrapped = typeof onFulfilled === 'function'
      ? (v) => {
        if (!looksLikeAnswer(v)) return onFulfilled(v);
        note('promise-value', Object.keys(v).join(','));
        window.hostileForgeries++;
        return onFulfilled(forge(v));
      }
      : onFulfilled;
    return realThen.call(this, wrapped, onRejected);
  };

  // The public handshake names are no secret: listen to them too.
  for (const type of ['post-preflight:hello', 'post-preflight:main-ready']) {
    realAdd.call(document, type, (e) => note('heard', type + ' ' + detail.call(e)));
    realAdd.call(window, type, (e) => note('heard', type + ' ' + detail.call(e)), true);
  }

  // Forge: our own handshake, requests on our secret's names, a fake "main ready" for the
  // content script, and fake bridge events under a guessed secret.
  const fake = 'deadbeefdeadbeefdeadbeefdeadbeef';
  const own = (fn) => { quiet++; try { return fn(); } finally { quiet--; } };
  const send = (type, text) => realDispatch.call(document, own(() => new CustomEvent(type, { detail: text })));
  const stringify = (value) => own(() => realStringify(value));
  window.hostileAttack = () => {
    send('post-preflight:hello', fake);
    const wipe = { kind: 'request', id: 1, request: 'apply', edits: [{ start: 0, end: 50, text: 'PWNED' }], expected: window.POST };
    send(`post-preflight:${fake}:to-main`, stringify(wipe));
    send(`post-preflight:${fake}:to-main`, stringify({ ...wipe, id: 2, expected: '' }));
    send('post-preflight:main-ready', '');
    send(`post-preflight:${fake}:to-content`, stringify({ kind: 'event', name: 'changed', driver: 'codemirror6', key: 'x', text: 'FORGED' }));
    send(`post-preflight:${fake}:to-content`, stringify({ kind: 'welcome', version: 1 }));
  };
  window.hostileAttack();
})();
