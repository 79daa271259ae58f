import { LINK_CLEANING_RULES } from '../core/links/clean-all';
import type { Diagnostic, LinkRef, Report, Severity, TextEdit } from '../core/types';

export const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

export function groupBySeverity(diagnostics: readonly Diagnostic[]): { severity: Severity; items: Diagnostic[] }[] {
  return SEVERITY_ORDER.map((severity) => ({ severity, items: diagnostics.filter((d) => d.severity === severity) })).filter((g) => g.items.length > 0);
}

export interface LinkRow {
  link: LinkRef;
  /** Diagnostics that sit on this link (tracking parameters, broken anchors, …). */
  flags: Diagnostic[];
  /** The link-cleaning fix for this link (tracking parameters, redirect wrapper), when it has one. */
  cleanFix?: TextEdit[];
}

const overlaps = (d: Diagnostic, l: LinkRef) => d.start < l.end && l.start < d.end || (d.start === d.end && d.start >= l.start && d.start <= l.end);

export function linkRows(report: Pick<Report, 'links' | 'diagnostics'>): LinkRow[] {
  return report.links.map((link) => {
    const flags = report.diagnostics.filter((d) => overlaps(d, link));
    const tracking = flags.find((d) => LINK_CLEANING_RULES.includes(d.ruleId) && d.fix);
    return { link, flags, cleanFix: tracking?.fix?.edits };
  });
}
