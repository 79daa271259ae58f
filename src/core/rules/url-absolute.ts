import { fieldFix } from '../frontmatter/field-fix';
import { isReadable } from '../frontmatter/readable';
import { fieldRange, walkFields, type FieldEntry } from '../parse/fields';
import type { Finding, Rule, RuleContext } from '../types';
import { t } from '../../i18n';

/** Keys that by convention hold the post's public address. `permalink` is often a pattern (`/blog/:slug/`), so only a full-looking one is checked. */
const URL_KEYS = new Set(['url', 'canonical', 'canonicalurl', 'canonical_url']);

function isUrlField(f: FieldEntry, schemaPaths: Set<string>): boolean {
  if (schemaPaths.has(f.path)) return true;
  const key = f.parts[f.parts.length - 1]!.toLowerCase();
  if (URL_KEYS.has(key)) return true;
  return key === 'permalink' && typeof f.value === 'string' && f.value.includes('://');
}

/** What is wrong, as a kind; `check` words it. */
function problem(value: string): { message: 'relative' | 'invalid' | 'scheme' | 'no-host'; relative: boolean; protocol?: string } | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    const relative = !/^[a-z][a-z0-9+.-]*:/i.test(value);
    return relative ? { relative, message: 'relative' } : { relative, message: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { relative: false, message: 'scheme', protocol: url.protocol };
  if (!url.hostname) return { relative: false, message: 'no-host' };
  return undefined;
}

function check(ctx: RuleContext, f: FieldEntry): Finding | undefined {
  if (typeof f.value !== 'string' || f.value.trim() === '') return undefined;
  const value = f.value.trim();
  const p = problem(value);
  if (!p) return undefined;
  const locale = ctx.options.locale;
  let fix;
  if (p.relative && ctx.options.baseUrl) {
    try {
      const absolute = new URL(value, ctx.options.baseUrl).href;
      fix = fieldFix(ctx.text, f, absolute, t(locale, 'ruleUrlAbsoluteFix', { url: absolute }));
    } catch {
      fix = undefined; // an unusable base URL: no fix rather than a wrong one
    }
  }
  const params = { path: f.path, value };
  const message =
    p.message === 'relative' ? (fix ? t(locale, 'ruleUrlAbsoluteRelativeFix', { ...params, fix: fix.description }) : t(locale, 'ruleUrlAbsoluteRelative', params))
    : p.message === 'invalid' ? t(locale, 'ruleUrlAbsoluteInvalid', params)
    : p.message === 'scheme' ? t(locale, 'ruleUrlAbsoluteScheme', { ...params, protocol: p.protocol ?? '' })
    : t(locale, 'ruleUrlAbsoluteNoHost', params);
  // The site may resolve the address differently than the base URL suggests: the author decides.
  return { ...fieldRange(f), message, ...(fix && { suggestions: [fix] }), data: { path: f.path } };
}

const rule: Rule = {
  id: 'url-absolute',
  meta: { type: 'problem', hasSuggestions: true, docs: { description: 'Address fields in the frontmatter (url, canonical…, and url-typed schema fields) are absolute https:// addresses.', anchor: 'rule-url-absolute' } },
  defaultSeverity: 'error',
  check(ctx) {
    if (!isReadable(ctx.frontmatter)) return [];
    const schemaPaths = new Set(ctx.schema.fields.filter((f) => f.type === 'url').map((f) => f.path));
    return walkFields(ctx.frontmatter)
      .filter((f) => isUrlField(f, schemaPaths))
      .map((f) => check(ctx, f))
      .filter((f): f is Finding => f !== undefined);
  },
};
export default rule;
