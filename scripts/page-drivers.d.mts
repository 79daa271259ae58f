export declare function driverEditors(): string[];
export declare function buildPageDrivers(options: { outDir: string; minify?: boolean; only?: string[] }): Promise<void>;
