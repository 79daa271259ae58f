import { checkDate } from '../frontmatter/dates';
import { isReadable } from '../frontmatter/readable';
import { fieldRange, findField } from '../parse/fields';
import type { Finding, Rule } from '../types';
import { t } from '../../i18n';

/** Keys that hold dates in common site generators and CMSs (Hugo, Jekyll, Eleventy, Astro, Decap). */
const PUBLISH_KEYS = ['date', 'publishDate', 'pubDate', 'published', 'publishedAt', 'published_at', 'datePublished'];
const OTHER_KEYS = ['lastmod', 'lastModified', 'updated', 'updatedAt', 'updated_at', 'modified', 'dateModified', 'expiryDate', 'expirationDate'];

const rule: Rule = {
  id: 'date-valid',
  meta: { type: 'problem', docs: { description: 'Frontmatter dates are real dates in a form site generators read (YYYY-MM-DD or ISO 8601).', anchor: 'rule-date-valid' } },
  defaultSeverity: 'error',
  check({ frontmatter, schema, options }) {
    if (!isReadable(frontmatter)) return [];
    const paths = new Set([...schema.fields.filter((f) => f.type === 'date').map((f) => f.path), ...PUBLISH_KEYS, ...OTHER_KEYS]);
    const findings: Finding[] = [];
    for (const path of paths) {
      const loc = findField(frontmatter, path);
      // Only text is read here: `published: true` is a flag, and a wrong type is field-type's to report.
      if (!loc || typeof loc.value !== 'string' || loc.value.trim() === '') continue;
      const range = fieldRange(loc);
      const result = checkDate(loc.value, options.locale);
      if (!result.ok) {
        findings.push({
          ...range,
          severity: result.loose ? 'warning' : 'error',
          message: result.loose ? t(options.locale, 'ruleDateLoose', { path, value: loc.value }) : t(options.locale, 'ruleDateInvalid', { path, value: loc.value, reason: result.reason }),
          data: { path },
        });
        continue;
      }
      if (options.now !== undefined && PUBLISH_KEYS.includes(path) && isFuture(result, options.now)) {
        findings.push({ ...range, severity: 'info', message: t(options.locale, 'ruleDateFuture', { path, value: loc.value.trim() }), data: { path, future: true } });
      }
    }
    return findings;
  },
};

/** A date without a time is "today" all day long, wherever the editor is. */
function isFuture(d: { time: number; dateOnly: boolean; ymd: string }, now: number): boolean {
  if (d.dateOnly) return d.ymd > new Date(now).toISOString().slice(0, 10);
  return d.time > now;
}
export default rule;
