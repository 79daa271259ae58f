import type { AdapterDefinition } from '../types';
import { bridgedAdapter } from '../bridged';
import signature from './signature';

/**
 * Decap CMS: the page driver (./driver.ts) presents the entry's fields and body as
 * one markdown file and maps fixes back to the fields. Its schema (the collection's `required`,
 * `pattern`, min/max…) is loaded with the adapter, so Decap's own rules show in the panel.
 */
export const decap: AdapterDefinition = bridgedAdapter(signature, { withSchema: true });

export default decap;
