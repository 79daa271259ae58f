import type { DriverSignature } from '../types';
import { EDITOR_ROOT } from './detect';

/** Sveltia CMS's entry editor; its driver then reads the route and the form. */
export default { id: 'sveltia', selector: EDITOR_ROOT } satisfies DriverSignature;
