import type { AdapterDefinition } from '../types';
import { bridgedAdapter } from '../bridged';

/** CodeMirror 6 (e.g. GitHub's file editor): the page driver (./driver.ts) reads and edits it from the MAIN world. */
export const codemirror6: AdapterDefinition = bridgedAdapter('codemirror6');

export default codemirror6;
