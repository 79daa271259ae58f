export const DECAP_VERSION: string;
export const DECAP_DIST: string;
export class DecapUnavailable extends Error {}
export function ensureDecap(options?: { log?: (message: string) => void }): string;
