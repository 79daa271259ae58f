/// <reference types="vite/client" />
import type { DriverSignature } from './types';
import { inRegistryOrder } from './registry';

/**
 * Every editor whose driver lives in the page's MAIN world (a folder with `driver.ts` has a
 * `signature.ts`), in registry order. The content script injects an editor's driver bundle only
 * where its selector matches (each bridged adapter.ts imports its own); the background injects
 * only the bundles of the editors listed here.
 */
export const driverSignatures: readonly DriverSignature[] = inRegistryOrder(
  import.meta.glob<DriverSignature>('./*/signature.ts', { eager: true, import: 'default' }),
  'signature.ts',
  false,
);
