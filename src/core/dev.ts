/**
 * True under vitest and the vite dev server (`import.meta.env.DEV`), false in every build we ship
 * (vite replaces it with `false`) and in plain Node. Used to make contract breaches loud in tests
 * and development while the shipped product degrades safely.
 */
export const DEV: boolean = readDev();

function readDev(): boolean {
  try {
    return (import.meta as unknown as { env?: { DEV?: unknown } }).env?.DEV === true;
  } catch {
    return false;
  }
}
