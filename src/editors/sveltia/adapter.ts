import type { AdapterDefinition } from '../types';
import { bridgedAdapter } from '../bridged';
import signature from './signature';

/**
 * Sveltia CMS, content side: the MAIN-world driver (./driver.ts) presents the open entry as one
 * markdown file and writes fixes through the form. The collection's rules of config.yml
 * (`required`, `pattern`, min/max) come with the adapter, merged into the schema like Decap's.
 */
export const sveltia: AdapterDefinition = bridgedAdapter(signature, { withSchema: true });

export default sveltia;
