import { describe, expect, it } from 'vitest';
import { DOCK_BREAKPOINT, MIN_WIDTH, PAGE_MIN, TAB_WIDTH, WANTS_SLACK, placeDock } from '../../../src/content/dock-layout';

describe('placeDock: the panel narrows, then collapses, so the editor keeps a usable width', () => {
  it('docks at its preferred width in a wide window', () => {
    expect(placeDock(1280, 400, false, false)).toEqual({ mode: 'docked', width: 400, pageMargin: 400 });
    expect(placeDock(1024, 400, false, false)).toEqual({ mode: 'docked', width: 400, pageMargin: 400 });
  });

  it('narrows so the page keeps PAGE_MIN, down to MIN_WIDTH', () => {
    expect(placeDock(900, 400, false, false)).toEqual({ mode: 'docked', width: 900 - PAGE_MIN, pageMargin: 900 - PAGE_MIN });
    expect(placeDock(DOCK_BREAKPOINT, 400, false, false)).toEqual({ mode: 'docked', width: MIN_WIDTH, pageMargin: MIN_WIDTH });
  });

  it('shows only the tab below the breakpoint, and the page gets the rest (600 px: 564 px for the editor)', () => {
    for (const w of [DOCK_BREAKPOINT - 1, 700, 600, 360]) {
      const p = placeDock(w, 400, false, false);
      expect(p).toEqual({ mode: 'tab', width: TAB_WIDTH, pageMargin: TAB_WIDTH });
      expect(w - p.pageMargin).toBeGreaterThanOrEqual(w - TAB_WIDTH);
    }
  });

  it('opened from the tab in a narrow window, floats over the page without narrowing it', () => {
    expect(placeDock(600, 400, false, true)).toEqual({ mode: 'overlay', width: 400, pageMargin: TAB_WIDTH });
    expect(placeDock(300, 400, false, true)).toEqual({ mode: 'overlay', width: 276, pageMargin: TAB_WIDTH });
    // In a wide window a stale "peek" means nothing: it docks.
    expect(placeDock(1280, 400, false, true).mode).toBe('docked');
  });

  it('the user’s collapse wins at any width', () => {
    expect(placeDock(1920, 400, true, false).mode).toBe('tab');
    expect(placeDock(1920, 400, true, true).mode).toBe('tab');
  });

  it('never takes more than 70 % of the window, nor less than MIN_WIDTH', () => {
    expect(placeDock(1280, 5000, false, false).width).toBe(Math.min(1280 - PAGE_MIN, 896));
    expect(placeDock(3000, 5000, false, false).width).toBe(2100);
    expect(placeDock(1280, 10, false, false).width).toBe(MIN_WIDTH);
  });

  it('honours a page layout’s own min-width (Decap: 800 px) by narrowing, and by the tab where even MIN_WIDTH would squeeze it', () => {
    expect(placeDock(1280, 400, false, false, 800)).toMatchObject({ mode: 'docked', width: 400 });
    expect(placeDock(1100, 400, false, false, 800)).toMatchObject({ mode: 'docked', width: 300 });
    // 1024: the panel at its narrowest leaves 764 px, within the slack.
    expect(placeDock(1024, 400, false, false, 800)).toMatchObject({ mode: 'docked', width: MIN_WIDTH });
    expect(1024 - MIN_WIDTH).toBeGreaterThanOrEqual(800 - WANTS_SLACK);
    expect(placeDock(900, 400, false, false, 800).mode).toBe('tab');
  });
});
