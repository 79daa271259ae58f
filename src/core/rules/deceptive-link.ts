import { bidiControlsIn, BIDI_CONTROL, deceptiveBidiInText, deceptiveHost, displayUrl, writtenHost } from '../links/deceptive';
import { frontmatterUrls } from '../links/frontmatter-urls';
import { shortUrl, urlSites } from '../links/link-sites';
import type { Finding, Rule } from '../types';

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
  check({ links, frontmatter, text }) {
    const findings: Finding[] = [];
    const sites = [
      ...urlSites(links).map((l) => ({ url: l.url, start: l.urlStart, end: l.urlEnd, where: l.kind.includes('image') ? 'This image address' : 'This link' })),
      ...frontmatterUrls(frontmatter, text).map((f) => ({ url: f.url, start: f.start, end: f.end, where: `The frontmatter field “${f.path}”` })),
    ];
    for (const { url, start, end, where } of sites) {
      const shown = shortUrl(displayUrl(url), 120);
      if (BIDI_CONTROL.test(url)) {
        findings.push({
          start,
          end,
          message: `${where} contains invisible bidirectional-text controls (${bidiControlsIn(url).join(', ')}): they change the order in which the address is displayed, so it can read as another address. Written out, it is ${shown}. Remove them.`,
          data: { url, kind: 'bidi', shown },
        });
      }
      const host = writtenHost(url);
      const problem = host && deceptiveHost(host.host);
      if (problem) {
        findings.push({
          start,
          end,
          message: `${where} goes to a host that can pass for another site: ${problem.why}. Browsers show it as ${problem.ascii}. Check the address, and type it by hand if it should be a site you know.`,
          data: { url, kind: 'mixed-script', host: problem.unicode, ascii: problem.ascii, shown },
        });
      }
    }
    for (const link of links) {
      if (link.text === undefined || !deceptiveBidiInText(link.text)) continue;
      findings.push({
        start: link.start,
        end: link.end,
        message: `This link's text contains invisible bidirectional-text controls (${bidiControlsIn(link.text).join(', ')}) that change the order in which it is displayed. Remove them, unless right-to-left text needs them.`,
        severity: 'warning',
        data: { kind: 'bidi-text', text: link.text },
      });
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
export default rule;
