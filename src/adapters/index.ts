import type { AdapterDefinition } from './types';
import codemirror5 from './codemirror5';
import codemirror6 from './codemirror6';
import decap from './decap';
import monaco from './monaco';
import textarea from './textarea';
import sveltia from '../editors/sveltia/adapter';

/**
 * Every editor the content script knows, most specific first: the first whose `detect`
 * finds an editor wins. MAIN-world editors (Decap, Monaco, CodeMirror) go before the plain
 * textarea, since some of them keep a hidden textarea next to their real editor; Decap first,
 * as a CMS may embed one of the plain editors.
 */
export const adapters: AdapterDefinition[] = [decap, sveltia, monaco, codemirror6, codemirror5, textarea];
