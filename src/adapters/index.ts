import type { AdapterDefinition } from './types';
import textarea from './textarea';

/**
 * Every editor the content script knows, most specific first: the first whose `detect`
 * finds an editor wins. MAIN-world editors (CodeMirror, Monaco, Decap) go before the plain
 * textarea, since some of them keep a hidden textarea next to their real editor.
 */
export const adapters: AdapterDefinition[] = [textarea];
