import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { loadIgnores, saveIgnores, watchIgnores } from '../platform/ignore-storage';
import { NO_IGNORES, type Ignores } from '../protocol/ignores';
import { postKey } from './ignores';

export interface IgnoreState {
  ignores: Ignores;
  /** Changes the post's ignores (shown at once, then stored). */
  update(change: (current: Ignores) => Ignores): void;
}

/** The ignores of the post at `pageUrl`, loaded from storage and kept in step with it. */
export function useIgnores(pageUrl: string | undefined): IgnoreState {
  const post = pageUrl === undefined ? undefined : postKey(pageUrl);
  const [state, setState] = useState<{ post?: string; ignores: Ignores }>({ ignores: NO_IGNORES });
  useEffect(() => {
    if (post === undefined) return;
    const stop = new AbortController();
    setState({ post, ignores: NO_IGNORES });
    void loadIgnores(post).then((ignores) => stop.signal.aborted || setState({ post, ignores }));
    watchIgnores(post, (ignores) => setState({ post, ignores }), stop.signal);
    return () => stop.abort();
  }, [post]);
  const ignores = state.post === post ? state.ignores : NO_IGNORES;
  const latest = useRef(ignores);
  latest.current = ignores;
  const update = useCallback(
    (change: (current: Ignores) => Ignores) => {
      if (post === undefined) return;
      const next = change(latest.current);
      latest.current = next;
      setState({ post, ignores: next });
      void saveIgnores(post, next);
    },
    [post],
  );
  return { ignores, update };
}
