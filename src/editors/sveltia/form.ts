import type { DecapField, EntryData, PlainValue } from '../../core/decap/index';

/**
 * Sveltia's entry form, read and written through the DOM: Sveltia keeps its draft in Svelte state
 * that no other script can reach, but every field is a `section[data-key-path]` whose input is
 * labelled (`aria-labelledby`) by the section's heading, and the markdown body always has a hidden
 * `<textarea>` holding its markdown, whichever mode (rich text/Lexical or plain) is shown.
 * Writes go through those same elements with the events a user's typing fires, so Sveltia's own
 * bindings take the value: the entry turns dirty, the preview and the Lexical editor update.
 */

function section(pane: Element, path: string): Element | undefined {
  for (const sec of pane.querySelectorAll('section[data-key-path]')) if (sec.getAttribute('data-key-path') === path) return sec;
  return undefined;
}

/** The element labelled by the section's own heading (not a nested field's); `aria-labelledby` may list several ids. */
function labelled(sec: Element, selector: string): HTMLElement | undefined {
  const label = sec.querySelector(':scope > header [id]');
  if (!label?.id) return undefined;
  for (const el of sec.querySelectorAll<HTMLElement>(`${selector}[aria-labelledby]`)) {
    if (el.getAttribute('aria-labelledby')!.split(/\s+/).includes(label.id)) return el;
  }
  return undefined;
}

const TEXT_INPUT = 'input, textarea';

/** Converts a `datetime-local` input's value (local time, no zone) to the ISO string Sveltia stores. */
function localToIso(value: string): string | undefined {
  const date = new Date(value);
  return value && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}

function readField(pane: Element, field: DecapField, path: string): PlainValue | undefined {
  const sec = section(pane, path);
  if (!sec) return undefined;
  const widget = field.widget ?? 'string';
  switch (widget) {
    case 'object': {
      const out: Record<string, PlainValue> = {};
      for (const sub of field.fields ?? []) {
        const v = readField(pane, sub, `${path}.${sub.name}`);
        if (v !== undefined) out[sub.name] = v;
      }
      return out;
    }
    case 'boolean': {
      const sw = labelled(sec, 'button[role="switch"]');
      return sw ? sw.getAttribute('aria-checked') === 'true' : undefined;
    }
    case 'list': {
      if (field.fields || field.field) return undefined; // lists of objects: not read (yet)
      const items = [...sec.querySelectorAll<HTMLInputElement>('input:not([type]), input[type="text"]')].map((i) => i.value);
      return items;
    }
    case 'number': {
      const input = labelled(sec, 'input');
      const n = input ? Number((input as HTMLInputElement).value) : NaN;
      return input && (input as HTMLInputElement).value !== '' && Number.isFinite(n) ? n : undefined;
    }
    case 'datetime': {
      const input = labelled(sec, 'input') as HTMLInputElement | undefined;
      if (!input) return undefined;
      return input.type === 'datetime-local' ? localToIso(input.value) : input.value || undefined;
    }
    case 'markdown': {
      const ta = labelled(sec, 'textarea') as HTMLTextAreaElement | undefined;
      return ta?.value;
    }
    case 'string':
    case 'text':
    case 'date':
    case 'code':
    case 'color': {
      const input = labelled(sec, TEXT_INPUT) as HTMLInputElement | HTMLTextAreaElement | undefined;
      if (!input) return undefined;
      // Sveltia leaves an empty optional field out of the file.
      return input.value === '' && field.required === false ? undefined : input.value;
    }
    default:
      return undefined; // widgets the driver can't read faithfully stay out of the text
  }
}

/** The entry's data as the form shows it, in the collection's field order. */
export function readForm(pane: Element, fields: readonly DecapField[]): EntryData {
  const data: EntryData = {};
  for (const f of fields) {
    const v = readField(pane, f, f.name);
    if (v !== undefined) data[f.name] = v;
  }
  return data;
}

/** The field config at a dotted path (`seo.description`). */
export function fieldAt(fields: readonly DecapField[], path: string): DecapField | undefined {
  let list: readonly DecapField[] | undefined = fields;
  let found: DecapField | undefined;
  for (const name of path.split('.')) {
    found = list?.find((f) => f.name === name);
    if (!found) return undefined;
    list = found.fields;
  }
  return found;
}

/** Sets a value the way typing does: the prototype's setter (a framework may shadow `value`), then `input`. */
function setValue(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Writes one leaf value into the form. Returns an error message when this widget can't be
 * written this way (the caller then changes nothing more and reports it).
 */
export function writeField(pane: Element, field: DecapField, path: string, value: PlainValue): string | undefined {
  const sec = section(pane, path);
  if (!sec) return `the field ${path} is not on the form`;
  const widget = field.widget ?? 'string';
  if (widget === 'boolean' && typeof value === 'boolean') {
    const sw = labelled(sec, 'button[role="switch"]');
    if (!sw) return `no switch for ${path}`;
    if ((sw.getAttribute('aria-checked') === 'true') !== value) sw.click();
    return undefined;
  }
  const selector = widget === 'markdown' ? 'textarea' : ['string', 'text', 'date', 'code', 'color', 'number'].includes(widget) ? TEXT_INPUT : undefined;
  if (!selector || (typeof value !== 'string' && typeof value !== 'number')) return `Sveltia CMS fields of type "${widget}" can't be changed from the panel yet; change ${path} in the form`;
  const el = labelled(sec, selector) as HTMLInputElement | HTMLTextAreaElement | undefined;
  if (!el) return `no input for ${path}`;
  if (el.readOnly || el.disabled || el.getAttribute('aria-readonly') === 'true') return `${path} is read-only`;
  setValue(el, String(value));
  return undefined;
}
