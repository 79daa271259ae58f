/**
 * Monaco bundled by a host app (webpack, vite) exposes no `monaco` global. Its code-editor
 * service, which lists every editor, is stored in a Map when Monaco's dependency injection
 * creates it; a document_start script can see that one `Map.prototype.set` call. The hook is
 * removed as soon as the service is caught.
 */
interface CodeEditorService {
  listCodeEditors(): unknown[];
}

let captured: CodeEditorService | undefined;

export function capturedCodeEditorService(): CodeEditorService | undefined {
  return captured;
}

function isService(value: unknown): value is CodeEditorService {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return typeof (value as CodeEditorService).listCodeEditors === 'function';
  } catch {
    return false; // a Proxy or a throwing getter: not Monaco's service
  }
}

/** Installs the hook; call once, at document_start, before page scripts run. */
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
