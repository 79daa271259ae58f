import { loadDockLayout, saveDockLayout, type DockLayout } from '../platform/dock-storage';
import { makeRoom } from './make-room';
import { placeDock, TAB_WIDTH, type DockPlacement } from './dock-layout';
import { guardHost, type DockVisibility, type HostGuard } from './host-guard';
import { nativeMessage, nativePlural } from '../platform/native-message';

/**
 * The panel's place in the page: a host element at the right edge holding a CLOSED shadow
 * root (page scripts get no reference into it, page CSS doesn't apply), which holds the panel
 * iframe (an extension page: cross-origin to the page). The page's own layout is narrowed by
 * the dock's width, so the editor's controls stay visible.
 */
export interface Dock {
  setCollapsed(collapsed: boolean): void;
  toggle(): void;
  setBadge(errors: number, warnings: number): void;
  /** The panel iframe, for the session to pair with the document it loads. */
  readonly frame: HTMLIFrameElement;
  /** Whether the panel is actually visible (the panel asks before any change to the post). */
  visibility(): DockVisibility;
}

const HOST_BOX: [string, string][] = [['position', 'fixed'], ['top', '0'], ['right', '0'], ['bottom', '0'], ['left', 'auto'], ['height', '100vh'], ['display', 'block'], ['z-index', '2147483646'], ['margin', '0'], ['padding', '0']];
const DEFAULT_LAYOUT: DockLayout = { width: 400, collapsed: false };

const STYLE = `
:host { all: initial; position: fixed; top: 0; right: 0; bottom: 0; z-index: 2147483646; display: block; }
/* Page rules for the host's pseudo-elements could lay a decoy over the panel: important rules of
   the shadow tree win over the page's (see host-guard.ts for the host itself). */
:host::before, :host::after { content: none !important; display: none !important; }
.dock { position: absolute; inset: 0; display: flex; background: Canvas; color: CanvasText; border-left: 1px solid #8888; box-shadow: -2px 0 6px #0002; }
iframe { flex: 1; border: 0; width: 100%; height: 100%; color-scheme: normal; }
.handle { width: 6px; cursor: col-resize; background: transparent; flex: none; }
.handle:hover, .handle:focus-visible { background: #1f5fbf55; outline: none; }
.tab { display: none; writing-mode: vertical-rl; font: 600 13px system-ui, sans-serif; border: 0; padding: 10px 0; width: 100%;
  background: #1f5fbf; color: #fff; cursor: pointer; align-items: center; gap: 6px; }
.tab:focus-visible { outline: 3px solid #ffbf00; }
.badge { writing-mode: horizontal-tb; background: #fff; color: #1a1a1a; border-radius: 9px; padding: 1px 6px; font-size: 11px; }
.collapsed .tab { display: flex; }
.collapsed iframe, .collapsed .handle { display: none; }
.overlay { box-shadow: -6px 0 18px #0005; }
`;

export async function mountDock(doc: Document, iframeSrc: string, onCollapse: (collapsed: boolean) => void, signal: AbortSignal): Promise<Dock> {
  const origin = doc.location.origin;
  let layout: DockLayout = (await loadDockLayout(origin).catch(() => undefined)) ?? DEFAULT_LAYOUT;

  const host = doc.createElement('post-preflight-dock');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const dock = doc.createElement('div');
  dock.className = 'dock';
  const handle = doc.createElement('div');
  handle.className = 'handle';
  handle.setAttribute('role', 'separator');
  handle.setAttribute('aria-orientation', 'vertical');
  handle.setAttribute('aria-label', nativeMessage('dockResize'));
  handle.tabIndex = 0;
  const tab = doc.createElement('button');
  tab.className = 'tab';
  tab.type = 'button';
  tab.setAttribute('aria-label', nativeMessage('dockOpen'));
  tab.append('Preflight');
  const badge = doc.createElement('span');
  badge.className = 'badge';
  badge.hidden = true;
  tab.append(badge);
  const iframe = doc.createElement('iframe');
  iframe.title = nativeMessage('panelTitle');
  iframe.src = iframeSrc;
  dock.append(handle, tab, iframe);
  shadow.append(style, dock);

  // The page keeps its own layout, narrowed by the dock: restored when the signal aborts.
  const root = doc.documentElement;
  const previousMargin = root.style.getPropertyValue('margin-right');
  const previousPriority = root.style.getPropertyPriority('margin-right');
  // A page layout that asks for more room than it had makes the dock place itself again.
  const room = makeRoom(doc, host, signal, () => queueMicrotask(apply));
  // Without a classic scrollbar (which the page keeps beside the dock).
  const viewportWidth = () => root.clientWidth || doc.defaultView!.innerWidth;
  // Opened from the tab in a window too narrow to dock: floats over the page until closed.
  let peek = false;
  let placement: DockPlacement = { mode: 'tab', width: TAB_WIDTH, pageMargin: TAB_WIDTH };
  let guard: HostGuard | undefined;
  const apply = () => {
    placement = placeDock(viewportWidth(), layout.width, layout.collapsed, peek, room.pageWants);
    if (placement.mode === 'docked') peek = false;
    const { width, pageMargin, mode } = placement;
    // Inline !important beats any page rule aimed at the host element itself; once mounted, the
    // guard keeps them (and every visual property) against page script too.
    const box: [string, string][] = [['width', `${width}px`], ...HOST_BOX];
    if (guard) guard.pin(box);
    else for (const [k, v] of box) host.style.setProperty(k, v, 'important');
    root.style.setProperty('margin-right', `${pageMargin}px`, 'important');
    room.set(pageMargin);
    dock.classList.toggle('collapsed', mode === 'tab');
    dock.classList.toggle('overlay', mode === 'overlay');
    host.setAttribute('data-mode', mode);
    handle.setAttribute('aria-valuenow', String(width));
  };
  const persist = () => void saveDockLayout(origin, layout).catch(() => undefined);

  const setCollapsed = (collapsed: boolean) => {
    if (collapsed === (placement.mode === 'tab')) return;
    if (collapsed && placement.mode === 'overlay') {
      // Closing an overlay only ends it: the remembered choice stays "open", so the panel
      // docks again by itself once the window is wide enough.
      peek = false;
    } else {
      peek = !collapsed;
      layout = { ...layout, collapsed };
      persist();
    }
    apply();
    onCollapse(collapsed);
    if (!collapsed) iframe.focus();
  };
  tab.addEventListener('click', () => setCollapsed(false), { signal });

  // Resizing: drag the handle, or arrow keys on it.
  handle.addEventListener(
    'pointerdown',
    (down) => {
      down.preventDefault();
      handle.setPointerCapture(down.pointerId);
      const drag = new AbortController();
      signal.addEventListener('abort', () => drag.abort(), { once: true, signal: drag.signal });
      // The iframe would swallow pointer events while dragging over it.
      iframe.style.pointerEvents = 'none';
      handle.addEventListener('pointermove', (move) => {
        layout = { ...layout, width: viewportWidth() - move.clientX };
        apply();
      }, { signal: drag.signal });
      const end = () => {
        drag.abort();
        iframe.style.pointerEvents = '';
        persist();
      };
      handle.addEventListener('pointerup', end, { signal: drag.signal });
      handle.addEventListener('pointercancel', end, { signal: drag.signal });
    },
    { signal },
  );
  handle.addEventListener(
    'keydown',
    (e) => {
      const step = e.key === 'ArrowLeft' ? 20 : e.key === 'ArrowRight' ? -20 : 0;
      if (!step) return;
      e.preventDefault();
      layout = { ...layout, width: placement.width + step };
      apply();
      persist();
    },
    { signal },
  );
  doc.defaultView!.addEventListener('resize', apply, { signal });

  signal.addEventListener('abort', () => {
    host.remove();
    root.style.setProperty('margin-right', previousMargin, previousPriority);
  }, { once: true });

  apply();
  // Marks the host for users' scripts and tests without exposing anything inside it.
  host.setAttribute('data-state', 'mounted');
  // For a newer version of the extension taking over this tab (see content/stale-ui.ts).
  host.setAttribute('data-page-margin-right', `${previousMargin}${previousPriority ? ' !important' : ''}`);
  (doc.body ?? root).append(host);
  guard = guardHost(host, signal);
  apply();

  return {
    frame: iframe,
    setCollapsed,
    toggle: () => setCollapsed(placement.mode !== 'tab'),
    setBadge(errors, warnings) {
      const total = errors + warnings;
      badge.hidden = total === 0;
      badge.textContent = String(total);
      tab.setAttribute('aria-label', nativeMessage('dockOpenCounts', [nativePlural('errors', errors), nativePlural('warnings', warnings)]));
    },
    visibility: () => guard!.visibility(),
  };
}
