import type { AdapterDefinition } from '../types';
import { bridgedAdapter } from '../bridged';
import signature from './signature';

/** CodeMirror 5: the page driver (./driver.ts) reads and edits it from the MAIN world. */
export const codemirror5: AdapterDefinition = bridgedAdapter(signature);

export default codemirror5;
