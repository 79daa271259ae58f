/**
 * The entry of one editor's driver bundle (scripts/page-drivers.mjs builds one IIFE per
 * `src/editors/<id>/driver.ts`, with this as its entry). The background injects it into the
 * MAIN world only once the content script saw that editor's signature, and only after the
 * content script armed the loader for it (src/page/main-world.ts). It hands the driver over
 * through the loader's hook; it captures no global itself: everything it uses of the page's
 * built-ins comes from the loader, saved before any page script ran.
 */
import { DRIVER_HOOK } from '../protocol/bridge';
import { adoptBuiltins } from './builtins';
import type { LoaderGifts, PageDriverFactory, PageDriverModule } from './driver';
import { adoptCodeEditorService } from '../editors/monaco/capture';

export function offerDriver(factory: PageDriverFactory): void {
  const mod: PageDriverModule = {
    id: factory.id,
    start(gifts: LoaderGifts) {
      adoptBuiltins(gifts.builtins);
      adoptCodeEditorService(gifts.codeEditorService);
      return factory;
    },
  };
  // The loader's setter takes it (or ignores it when it was not armed for this editor).
  (globalThis as unknown as Record<string, unknown>)[DRIVER_HOOK] = mod;
}
