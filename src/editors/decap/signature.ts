import type { DriverSignature } from '../types';

/** Decap CMS renders into `#nc-root` (its driver then finds the store and the open entry). */
export default { id: 'decap', selector: '#nc-root' } satisfies DriverSignature;
