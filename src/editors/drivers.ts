/// <reference types="vite/client" />
import type { PageDriverFactory } from '../page/driver';
import { inRegistryOrder } from './registry';

/**
 * MAIN-world side: every editor's `driver.ts` (editors reachable from the isolated world, like
 * the textarea, have none), in the registry's order (./registry.ts), tried on each DOM change;
 * the first that finds an editor is attached.
 */
export const driverFactories: readonly PageDriverFactory[] = inRegistryOrder(
  import.meta.glob<PageDriverFactory>('./*/driver.ts', { eager: true, import: 'default' }),
  'driver.ts',
  false,
);
