import type { AdapterDefinition } from '../types';
import { bridgedAdapter } from '../bridged';
import signature from './signature';

/** CodeMirror 6 (e.g. GitHub's file editor): the page driver (./driver.ts) reads and edits it from the MAIN world. */
export const codemirror6: AdapterDefinition = bridgedAdapter(signature);

export default codemirror6;
