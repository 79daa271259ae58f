import type { AdapterDefinition } from '../types';
import { bridgedAdapter } from '../bridged';

/** CodeMirror 5: the page driver (./driver.ts) reads and edits it from the MAIN world. */
export const codemirror5: AdapterDefinition = bridgedAdapter('codemirror5');

export default codemirror5;
