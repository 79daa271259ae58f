import { bidiControlsIn, BIDI_CONTROL, deceptiveBidiInText, deceptiveHost, displayUrl, hostReason, writtenHost } from '../links/deceptive';
import { frontmatterUrls } from '../links/frontmatter-urls';
import { shortUrl, urlSites } from '../links/link-sites';
import type { Finding, Rule } from '../types';
import { t } from '../../i18n';

/**
 * Links that display as something they are not (#10 item 11): bidirectional-text controls in an
 * address or in link text (they reorder what the reader sees: `…/‮gpj.exe` reads `…/exe.jpg`),
 * and host names that mix look-alike scripts (`аpple.com` with a Cyrillic а). The address is
 * quoted as the panel's link list and the CLI show it: controls written out, the host in its
 * xn-- form. No automatic fix: only the author knows which address was meant.
 */
const rule: Rule = {
  id: 'deceptive-link',
  meta: {
    type: 'problem',
    docs: {
      description: 'Links show where they lead: no bidirectional-text controls in addresses or link text, no host names mixing look-alike scripts.',
      anchor: 'rule-deceptive-link',
    },
  },
  defaultSeverity: 'error',
  check({ links, frontmatter, text, options }) {
    const findings: Finding[] = [];
    const locale = options.locale;
    const sites = [
      ...urlSites(links).map((l) => ({ url: l.url, start: l.urlStart, end: l.urlEnd, where: t(locale, l.kind.includes('image') ? 'ruleWhereImage' : 'ruleWhereLink') })),
      ...frontmatterUrls(frontmatter, text).map((f) => ({ url: f.url, start: f.start, end: f.end, where: t(locale, 'ruleWhereField', { field: f.path }) })),
    ];
    for (const { url, start, end, where } of sites) {
      const shown = shortUrl(displayUrl(url), 120);
      if (BIDI_CONTROL.test(url)) {
        findings.push({
          start,
          end,
          message: t(locale, 'ruleDeceptiveBidi', { where, controls: bidiControlsIn(url).join(', '), shown }),
          data: { url, kind: 'bidi', shown },
        });
      }
      const host = writtenHost(url);
      const problem = host && deceptiveHost(host.host);
      if (problem) {
        findings.push({
          start,
          end,
          message: t(locale, 'ruleDeceptiveHost', { where, why: hostReason(locale, problem.reason), ascii: problem.ascii }),
          data: { url, kind: 'mixed-script', host: problem.unicode, ascii: problem.ascii, shown },
        });
      }
    }
    for (const link of links) {
      if (link.text === undefined || !deceptiveBidiInText(link.text)) continue;
      findings.push({
        start: link.start,
        end: link.end,
        message: t(locale, 'ruleDeceptiveText', { controls: bidiControlsIn(link.text).join(', ') }),
        severity: 'warning',
        data: { kind: 'bidi-text', text: link.text },
      });
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
export default rule;
