import { describeTarget, isUrlText, postLanguage, vagueText } from '../links/vague-text';
import type { Finding, Rule } from '../types';
import { t } from '../../i18n';

/**
 * "click here", "read more", "hier", "続きを読む"…: text that tells neither readers scanning links
 * nor search engines where it goes, in the post's language (its `lang`/`language` field, else the
 * language its prose is in). A web address used as the text is reported too: screen readers spell
 * it out and it says nothing about the page. The advice names the link's own destination.
 */
const rule: Rule = {
  id: 'vague-link-text',
  meta: { type: 'suggestion', docs: { description: 'Link text says where the link goes (not “click here”, “read more”, “here”, or the bare address).', anchor: 'rule-vague-link-text' } },
  defaultSeverity: 'warning',
  check({ links, frontmatter, body, options }) {
    let lang: string | undefined | null = null; // worked out once, on the first link that needs it
    const findings: Finding[] = [];
    for (const l of links) {
      if ((l.kind !== 'inline' && l.kind !== 'reference' && l.kind !== 'html') || l.text === undefined) continue;
      const text = l.text.trim();
      if (!text) continue;
      // The destination is worked out only for a link that is reported (most are not; this runs on every keystroke).
      if (isUrlText(text)) {
        const target = describeTarget(l.url, options.locale);
        findings.push({
          start: l.start,
          end: l.end,
          message: t(options.locale, 'ruleVagueLinkTextUrl', { text: shorten(text), target }),
          data: { url: l.url, text: l.text, urlAsText: true, suggestion: target },
        });
        continue;
      }
      if (lang === null) lang = postLanguage(frontmatter.data, body.text);
      const vague = vagueText(text, lang);
      if (!vague) continue;
      const target = describeTarget(l.url, options.locale);
      findings.push({
        start: l.start,
        end: l.end,
        message: t(options.locale, 'ruleVagueLinkText', { text, target }),
        data: { url: l.url, text: l.text, phrase: vague, lang, suggestion: target },
      });
    }
    return findings;
  },
};
export default rule;

function shorten(url: string): string {
  return url.length > 60 ? `${url.slice(0, 57)}…` : url;
}
