import { isReadable } from '../frontmatter/readable';
import { fieldRange, findField } from '../parse/fields';
import type { Finding, Rule } from '../types';
import { t } from '../../i18n';

/** `"true"` and `yes` count too: YAML 1.1 readers (js-yaml in older setups) and many templates treat them as on. */
const ON = new Set(['true', 'yes', 'on']);

const rule: Rule = {
  id: 'draft-flag',
  meta: { type: 'suggestion', docs: { description: 'Flags such as draft or hidePost that keep the post off the site are pointed out.', anchor: 'rule-draft-flag' } },
  defaultSeverity: 'info',
  check({ frontmatter, schema, text, options }) {
    if (!isReadable(frontmatter)) return [];
    const findings: Finding[] = [];
    for (const flag of schema.draftFlags) {
      const loc = findField(frontmatter, flag);
      if (!loc) continue;
      const v = loc.value;
      if (v !== true && !(typeof v === 'string' && ON.has(v.trim().toLowerCase()))) continue;
      const written = text.slice(loc.keyStart, loc.valueEnd);
      findings.push({ ...fieldRange(loc), message: t(options.locale, 'ruleDraftFlag', { written, flag }), data: { path: flag } });
    }
    return findings;
  },
};
export default rule;
