import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { tr } from '../../platform/locale';

/** Long posts can have thousands of links: render the first `limit` rows until asked for all (keeps typing fast). */
export const ROW_LIMIT = 100;

export function useRowLimit<T>(items: T[]): { shown: T[]; more: ComponentChildren } {
  const [all, setAll] = useState(false);
  if (all || items.length <= ROW_LIMIT) return { shown: items, more: null };
  return {
    shown: items.slice(0, ROW_LIMIT),
    more: (
      <button type="button" class="more" onClick={() => setAll(true)}>
        {tr('showAll', { count: items.length })}
      </button>
    ),
  };
}
