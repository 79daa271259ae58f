import type { AdapterDefinition } from '../types';
import { bridgedAdapter } from '../bridged';
import signature from './signature';

/** Monaco (VS Code's editor, e.g. GitLab's Web IDE): the page driver (./driver.ts) reads and edits it from the MAIN world. */
export const monaco: AdapterDefinition = bridgedAdapter(signature);

export default monaco;
