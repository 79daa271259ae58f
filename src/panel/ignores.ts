import { severityCounts } from '../core/report';
import type { Diagnostic, Report } from '../core/types';
import { excerpt } from './excerpt';
import { splitMessage } from './finding-groups';
import { isEmpty, type Ignores } from '../protocol/ignores';

/**
 * "Ignore for this post": the author's choice, kept in this browser's extension storage
 * (storage.local) under the post's identity. It never writes into the post; to turn a check off
 * for everyone, including the command line and CI, the post takes a directive comment instead
 * (`<!-- post-preflight-disable-next-line … -->`, see src/core/directives.ts), which the panel
 * honours too.
 *
 * A finding is identified by its rule and the text it is about (or its message when it is about
 * no text, e.g. a missing field), never by offsets: typing elsewhere in the post moves every
 * offset, and an ignored finding must stay ignored. The same rule on the same text elsewhere in
 * the post counts as the same finding.
 */

/**
 * The post's identity: the editor page's address without what doesn't name the post. A hash is
 * kept when it is an app route (Decap: `#/collections/blog/entries/my-post`), dropped when it is
 * an in-page anchor. The query is kept: some CMSs name the post there (`post.php?post=12`).
 */
export function postKey(pageUrl: string): string {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return pageUrl;
  }
  const route = /^#[!/]/.test(url.hash) ? url.hash : '';
  return `${url.origin}${url.pathname}${url.search}${route}`;
}

const MAX_SUBJECT = 300;

/** Rule + the text the finding is about; long texts are cut and hashed, so keys stay small. */
export function findingKey(d: Pick<Diagnostic, 'ruleId' | 'start' | 'end' | 'message'>, text: string): string {
  let subject = d.end > d.start ? text.slice(d.start, d.end) : `message:${d.message}`;
  if (subject.length > MAX_SUBJECT) subject = `${subject.slice(0, MAX_SUBJECT)}…${subject.length}:${fnv1a(subject)}`;
  return `${d.ruleId}\u241f${subject}`;
}

/** What the list of ignored findings shows for one. */
export function findingLabel(d: Diagnostic, text: string): string {
  const { match } = excerpt(text, d.start, d.end);
  const lead = splitMessage(d.message).lead;
  return match.trim() ? `${lead} — “${match}”` : lead;
}

export function ignoreFinding(ignores: Ignores, d: Diagnostic, text: string): Ignores {
  const key = findingKey(d, text);
  if (ignores.findings.some((f) => f.key === key)) return ignores;
  return { ...ignores, findings: [...ignores.findings, { key, ruleId: d.ruleId, label: findingLabel(d, text) }] };
}

export function ignoreRule(ignores: Ignores, ruleId: string): Ignores {
  if (ignores.rules.includes(ruleId)) return ignores;
  return { ...ignores, rules: [...ignores.rules, ruleId] };
}

export function restoreFinding(ignores: Ignores, key: string): Ignores {
  return { ...ignores, findings: ignores.findings.filter((f) => f.key !== key) };
}

export function restoreRule(ignores: Ignores, ruleId: string): Ignores {
  return { ...ignores, rules: ignores.rules.filter((r) => r !== ruleId) };
}

/** The report without the ignored findings (counts redone), and those findings. */
export function applyIgnores(report: Report, ignores: Ignores, text: string): { report: Report; ignored: Diagnostic[] } {
  if (isEmpty(ignores)) return { report, ignored: [] };
  const keys = new Set(ignores.findings.map((f) => f.key));
  const rules = new Set(ignores.rules);
  const shown: Diagnostic[] = [];
  const ignored: Diagnostic[] = [];
  for (const d of report.diagnostics) (rules.has(d.ruleId) || (keys.size > 0 && keys.has(findingKey(d, text))) ? ignored : shown).push(d);
  if (ignored.length === 0) return { report, ignored };
  return { report: { ...report, diagnostics: shown, ...severityCounts(shown) }, ignored };
}

/** 32-bit FNV-1a, hex: enough to tell two long texts apart in a key. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16);
}
