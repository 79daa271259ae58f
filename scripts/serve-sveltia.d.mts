export declare const SVELTIA_SITE: string;
export declare const SVELTIA_DIST: string;
export declare function sveltiaMounts(prefix?: string): [string, string][];
export declare function serveSveltia(options?: { port?: number; prefix?: string; replaced?: Record<string, () => string> }): Promise<{ origin: string; url: string; close(): Promise<void> }>;
