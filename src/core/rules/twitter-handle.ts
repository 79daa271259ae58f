import { fieldFix } from '../frontmatter/field-fix';
import { isReadable } from '../frontmatter/readable';
import { fieldRange, walkFields, type FieldEntry } from '../parse/fields';
import type { Finding, Fix, Rule } from '../types';
import { t } from '../../i18n';

/** `twitter`, `twitterUsername`, `twitter_handle`, `twitterCreator`… (any depth, any case). */
const HANDLE_KEY = /^twitter[_-]?(handle|user(name)?|site|creator|account)?$/i;
/** Keys inside a `twitter:` group, as in `twitter: {site: "@x", creator: "@y"}`. */
const NESTED_KEY = /^(site|creator|handle|user(name)?|account)$/i;
const HANDLE = /^@?[A-Za-z0-9_]{1,15}$/;
const PROFILE_URL = /^https?:\/\/(?:(?:www|mobile)\.)?(?:twitter|x)\.com\/@?([A-Za-z0-9_]{1,15})\/?(?:[?#].*)?$/i;

function isHandleField(f: FieldEntry): boolean {
  const key = f.parts[f.parts.length - 1]!;
  const parent = f.parts[f.parts.length - 2];
  return HANDLE_KEY.test(key) || (parent !== undefined && /^twitter$/i.test(parent) && NESTED_KEY.test(key));
}

const rule: Rule = {
  id: 'twitter-handle',
  meta: { type: 'problem', hasSuggestions: true, docs: { description: 'X (Twitter) handle fields hold a valid handle: @ and 1–15 letters, digits or underscores.', anchor: 'rule-twitter-handle' } },
  defaultSeverity: 'warning',
  check({ frontmatter, text, options }) {
    if (!isReadable(frontmatter)) return [];
    const findings: Finding[] = [];
    for (const f of walkFields(frontmatter)) {
      if (!isHandleField(f) || (typeof f.value !== 'string' && typeof f.value !== 'number')) continue;
      const value = String(f.value).trim();
      if (value === '' || HANDLE.test(value)) continue;
      const profile = PROFILE_URL.exec(value);
      if (profile) {
        const handle = `@${profile[1]}`;
        findings.push({
          ...fieldRange(f),
          severity: 'info',
          message: t(options.locale, 'ruleTwitterProfile', { path: f.path, handle }),
          // Templates may build the profile address from the value: the author decides.
          ...suggestion(fieldFix(text, f, handle, t(options.locale, 'ruleTwitterFix', { handle }))),
          data: { path: f.path, handle },
        });
        continue;
      }
      const tooLong = value.replace(/^@/, '').length > 15;
      findings.push({ ...fieldRange(f), message: t(options.locale, tooLong ? 'ruleTwitterTooLong' : 'ruleTwitterChars', { path: f.path, value }), data: { path: f.path } });
    }
    return findings;
  },
};
function suggestion(fix: Fix | undefined): Pick<Finding, 'suggestions'> {
  return fix ? { suggestions: [fix] } : {};
}
export default rule;
