/**
 * Monaco bundled by a host app (webpack, vite) exposes no `monaco` global. Its code-editor
 * service, which lists every editor, is stored in a Map when Monaco's dependency injection
 * creates it; a document_start script can see that one `Map.prototype.set` call. The hook is
 * installed by the MAIN-world loader (it must be there before Monaco loads, and Monaco's driver
 * bundle comes later, only on a page where Monaco was seen) and removed as soon as the service
 * is caught; the loader hands what it caught to the driver bundle (`adoptCodeEditorService`).
 */
interface CodeEditorService {
  listCodeEditors(): unknown[];
}

let captured: CodeEditorService | undefined;
/** In a driver bundle: asks the loader, which holds the service caught at document_start. */
let fromLoader: (() => unknown) | undefined;

export function capturedCodeEditorService(): CodeEditorService | undefined {
  if (captured) return captured;
  const service = fromLoader?.();
  return isService(service) ? service : undefined;
}

export function adoptCodeEditorService(get: () => unknown): void {
  fromLoader = get;
}

function isService(value: unknown): value is CodeEditorService {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return typeof (value as CodeEditorService).listCodeEditors === 'function';
  } catch {
    return false; // a Proxy or a throwing getter: not Monaco's service
  }
}

/** Installs the hook; call once, at document_start, before page scripts run (the loader does). */
export function watchForMonacoService(): void {
  const proto = Map.prototype;
  const original = proto.set;
  const call = Reflect.apply;
  const hooked = function set(this: Map<unknown, unknown>, key: unknown, value: unknown) {
    if (!captured && isService(value)) {
      captured = value;
      if (proto.set === hooked) proto.set = original;
    }
    return call(original, this, [key, value]);
  };
  proto.set = hooked;
}
