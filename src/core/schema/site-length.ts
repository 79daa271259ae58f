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
