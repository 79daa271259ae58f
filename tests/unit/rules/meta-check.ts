import type { RuleInfo } from '../../../src/core/rule-catalog';
import type { Rule } from '../../../src/core/types';
import { expectations, fixturesOf } from './lint';

/** Everything the meta-test looks at, gathered by the caller so a test can also feed it a made-up rule. */
export interface RuleSurface {
  /** Modules of src/core/rules/*.ts by file name without `.ts` (index excluded). */
  files: Record<string, { default?: unknown }>;
  registered: readonly Rule[];
  catalog: readonly RuleInfo[];
  readme: string;
  fixtureRoot: string;
  help: string;
  /** The rule ids the options page shows a setting for. */
  optionIds: readonly string[];
}

const TYPES = new Set(['problem', 'suggestion', 'layout']);

/** How the README's "Changes" column reads for a rule's meta. */
export function changesLabel(info: RuleInfo): string {
  return [info.meta.fixable && 'fix', info.meta.hasSuggestions && 'suggestion'].filter(Boolean).join(' + ') || '—';
}

export function defaultLabel(info: RuleInfo): string {
  return info.severityPerFinding ? 'per finding' : info.defaultSeverity;
}

/**
 * Everything wrong with how rules are registered, tested and documented, one sentence each
 * (refined-github's build/features.test.ts and markdownlint's README test do the same).
 */
export function ruleSurfaceProblems(s: RuleSurface): string[] {
  const problems: string[] = [];
  const registeredIds = new Set(s.registered.map((r) => r.id));
  const fileIds = new Set(Object.keys(s.files));

  for (const [file, mod] of Object.entries(s.files)) {
    const rule = mod.default as Rule | undefined;
    if (!rule || typeof rule !== 'object' || typeof rule.check !== 'function') {
      problems.push(`src/core/rules/${file}.ts has no default export that is a rule`);
      continue;
    }
    if (rule.id !== file) problems.push(`src/core/rules/${file}.ts: its id "${rule.id}" must equal the file name "${file}"`);
    if (!s.registered.includes(rule)) problems.push(`${file}: not registered in src/core/rules/index.ts`);
  }
  for (const r of s.registered) if (!fileIds.has(r.id)) problems.push(`${r.id}: registered but there is no src/core/rules/${r.id}.ts`);
  if (registeredIds.size !== s.registered.length) problems.push('two registered rules share an id');

  // A rule file counts whether or not it was registered: each missing piece is named.
  const fileRules = Object.values(s.files).map((m) => m.default as Rule).filter((r) => r && typeof r === 'object' && typeof r.check === 'function');
  const known: RuleInfo[] = [...s.catalog];
  for (const r of [...s.registered, ...fileRules]) {
    if (known.some((k) => k.id === r.id)) continue;
    problems.push(`${r.id}: missing from the rule catalog (src/core/rule-catalog.ts)`);
    known.push(r);
  }

  for (const info of known) {
    const id = info.id;
    const meta = info.meta as RuleInfo['meta'] | undefined;
    if (!meta || !TYPES.has(meta.type)) {
      problems.push(`${id}: meta.type must be problem, suggestion or layout`);
      continue;
    }
    if (!meta.docs?.description?.trim() || /\n/.test(meta.docs.description)) problems.push(`${id}: meta.docs.description must be one line`);
    if (meta.docs?.anchor !== `rule-${id}`) problems.push(`${id}: meta.docs.anchor must be "rule-${id}"`);

    if (!info.network) {
      const fixtures = fixturesOf(id, s.fixtureRoot);
      if (fixtures.length === 0) problems.push(`${id}: no fixture test (tests/fixtures/rules/${id}/*.md)`);
      else if (!fixtures.some((f) => expectations(f.text).some((e) => e.ruleId === id))) problems.push(`${id}: no fixture expects a finding of this rule`);
      if (meta.fixable && !fixtures.some((f) => f.fixed !== undefined && f.fixed !== f.text)) problems.push(`${id}: fixable, but no fixture shows its fix (a .fixed.md)`);
      if (meta.hasSuggestions && !fixtures.some((f) => f.suggested !== undefined && f.suggested !== f.text)) problems.push(`${id}: has suggestions, but no fixture shows one (a .suggested.md)`);
    }

    const row = readmeRow(s.readme, id);
    if (!row) problems.push(`${id}: no row in the README rules table`);
    else {
      if (row.description !== meta.docs.description) problems.push(`${id}: the README row says “${row.description}”, the rule says “${meta.docs.description}”`);
      if (row.severity !== defaultLabel(info)) problems.push(`${id}: the README row's default severity is ${row.severity}, the rule's ${defaultLabel(info)}`);
      if (row.changes !== changesLabel(info)) problems.push(`${id}: the README row's changes column is "${row.changes}", the rule's meta says "${changesLabel(info)}"`);
    }
    if (!s.optionIds.includes(id)) problems.push(`${id}: not in the options page`);
    if (!helpLines(s.help).some((line) => line.includes(` ${id} `) && line.includes(meta.docs.description))) problems.push(`${id}: not in --help`);
  }
  for (const id of readmeRowIds(s.readme)) if (!known.some((r) => r.id === id)) problems.push(`${id}: the README lists a rule that doesn't exist`);
  return problems;
}

const ROW = /^\| <a id="rule-([a-z0-9-]+)"><\/a>`([a-z0-9-]+)` \| (.*) \| (.*) \| (.*) \|$/;

function readmeRows(readme: string) {
  return readme.split('\n').flatMap((line) => {
    const m = ROW.exec(line);
    return m ? [{ anchorId: m[1]!, id: m[2]!, description: m[3]!, severity: m[4]!, changes: m[5]! }] : [];
  });
}

function readmeRow(readme: string, id: string) {
  return readmeRows(readme).find((r) => r.id === id && r.anchorId === id);
}

function readmeRowIds(readme: string): string[] {
  return readmeRows(readme).map((r) => r.id);
}

function helpLines(help: string): string[] {
  return help.split('\n').map((l) => `${l} `);
}
