import type { RuleSetting } from '../types';
import { compileFieldPattern } from './pattern';
import type { PostSchema } from './types';

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

/**
 * Whether `field-constraints` reports the value at `path` for its length: its minLength or
 * maxLength, or a pattern that only counts characters, which fails for this value. Then the
 * snippet-length advice on the same field would say the same thing a second time, and the site's
 * rule is the one the CMS enforces. Counted exactly as `field-constraints` counts (the raw string),
 * and never when that rule is off or the pattern can't run (a broken schema gets its own message).
 */
export function siteLengthFails(schema: PostSchema, path: string, value: unknown, rules: Readonly<Record<string, RuleSetting>>): boolean {
  if (typeof value !== 'string' || rules['field-constraints'] === 'off') return false;
  const n = [...value].length;
  for (const f of schema.fields) {
    if (f.path !== path) continue;
    if ((f.minLength !== undefined && n < f.minLength) || (f.maxLength !== undefined && n > f.maxLength)) return true;
    if (f.pattern === undefined || !patternLength(f.pattern)) continue;
    const pattern = compileFieldPattern(f.pattern);
    if (!(pattern instanceof Error) && !pattern.test(value)) return true;
  }
  return false;
}
