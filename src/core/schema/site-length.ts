import type { FieldSchema, PostSchema } from './types';

/** Bounds in characters; `max` is Infinity when only a minimum is asked. */
export interface LengthBounds {
  min: number;
  max: number;
}

/**
 * A pattern that only counts characters, the way CMS configs ask for a length
 * (Decap: `pattern: ['^.{50,160}$', 'Write 50 to 160 characters']`). Without both anchors the
 * pattern matches any longer text too, so it sets a minimum only.
 */
const LENGTH_ONLY = /^(\^?)(?:\.|\[\\s\\S\]|\[\\S\\s\]|\[\^\])\{(\d+)(?:(,)(\d*))?\}(\$?)$/;

export function patternLength(source: string): LengthBounds | undefined {
  const m = LENGTH_ONLY.exec(source);
  if (!m) return undefined;
  const min = Number(m[2]);
  const max = !m[3] ? min : m[4] ? Number(m[4]) : Infinity;
  return { min, max: m[1] && m[5] ? max : Infinity };
}

/** The length the site's own schema asks of the field at `path`, from its minLength/maxLength and a length-only pattern. */
export function siteLength(schema: PostSchema, path: string): LengthBounds | undefined {
  let bounds: LengthBounds | undefined;
  for (const f of schema.fields) {
    if (f.path !== path) continue;
    for (const b of boundsOf(f)) bounds = { min: Math.max(bounds?.min ?? 0, b.min), max: Math.min(bounds?.max ?? Infinity, b.max) };
  }
  return bounds;
}

function boundsOf(f: FieldSchema): LengthBounds[] {
  const out: LengthBounds[] = [];
  if (f.minLength !== undefined || f.maxLength !== undefined) out.push({ min: f.minLength ?? 0, max: f.maxLength ?? Infinity });
  const fromPattern = f.pattern === undefined ? undefined : patternLength(f.pattern);
  if (fromPattern) out.push(fromPattern);
  return out;
}

/**
 * Whether the site's own length rule (reported by `field-constraints`, as an error) already
 * fails for this value: then the snippet advice on the same field would be a second message
 * about the same thing, and the site's rule is the one the CMS enforces.
 */
export function siteLengthFails(schema: PostSchema, path: string, chars: number): boolean {
  const b = siteLength(schema, path);
  return b !== undefined && (chars < b.min || chars > b.max);
}
