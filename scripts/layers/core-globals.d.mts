export interface HostGlobalUse {
  file: string;
  line: number;
  column: number;
  name: string;
}
/** Every use of a browser or Node global in the .ts/.tsx files under `dir`. */
export function findHostGlobals(dir: string): HostGlobalUse[];
