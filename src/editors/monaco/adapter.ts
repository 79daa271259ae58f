import type { AdapterDefinition } from '../types';
import { bridgedAdapter } from '../bridged';

/** Monaco (VS Code's editor, e.g. GitLab's Web IDE): the page driver (./driver.ts) reads and edits it from the MAIN world. */
export const monaco: AdapterDefinition = bridgedAdapter('monaco');

export default monaco;
