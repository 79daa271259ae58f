/// <reference types="vite/client" />
import type { AdapterDefinition } from './types';
import { inRegistryOrder } from './registry';

/**
 * Content script side: every editor's `adapter.ts`, in the registry's order (./registry.ts); the
 * first whose `detect` finds an editor wins.
 */
export const adapters: readonly AdapterDefinition[] = inRegistryOrder(
  import.meta.glob<AdapterDefinition>('./*/adapter.ts', { eager: true, import: 'default' }),
  'adapter.ts',
  true,
);
