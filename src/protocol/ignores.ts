/**
 * Findings the author ignored for one post, as storage.local holds them (the panel decides what
 * to ignore, src/platform/ignore-storage.ts keeps it): the shape, its key and its check.
 */
export interface IgnoredFinding {
  key: string;
  ruleId: string;
  /** What the author saw, for the list of ignored findings ("tracking-params: …?si=…"). */
  label: string;
}

export interface Ignores {
  /** Rules ignored for the whole post. */
  rules: string[];
  findings: IgnoredFinding[];
}

export const NO_IGNORES: Ignores = Object.freeze({ rules: [], findings: [] }) as Ignores;

export const storageKey = (post: string) => `ignored:${post}`;

export const isEmpty = (ignores: Ignores) => ignores.rules.length === 0 && ignores.findings.length === 0;

/** What storage holds, checked: anything malformed is dropped rather than trusted. */
export function normalizeIgnores(raw: unknown): Ignores {
  if (!raw || typeof raw !== 'object') return NO_IGNORES;
  const r = raw as { rules?: unknown; findings?: unknown };
  const rules = Array.isArray(r.rules) ? r.rules.filter((x): x is string => typeof x === 'string') : [];
  const findings = Array.isArray(r.findings)
    ? r.findings.flatMap((f) => {
        const x = f as Partial<IgnoredFinding> | null;
        return x && typeof x.key === 'string' && typeof x.ruleId === 'string' && typeof x.label === 'string' ? [{ key: x.key, ruleId: x.ruleId, label: x.label }] : [];
      })
    : [];
  return { rules: [...new Set(rules)], findings };
}
