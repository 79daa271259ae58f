import { isBlank, fenceRange, isReadable } from '../frontmatter/readable';
import { findField, getPath } from '../parse/fields';
import type { FieldSchema, PostSchema } from '../schema/types';
import type { Finding, Frontmatter, Rule } from '../types';
import { t, type Locale } from '../../i18n';

/**
 * A title and a description may live at several paths (`title` or `seo.title`): any one of
 * them filled is enough. A site turns one of these off by listing one of its paths with
 * `required: false`; other schema fields are required one by one. A site (or its CMS: Decap
 * requires every field not marked `required: false`) that marks one of those paths
 * `required: true` means that very field: a filled `description` does not make Decap accept an
 * empty `seo.description`. That field is then reported on its own once its group is otherwise
 * filled (while the whole group is empty, the group's finding says it once).
 */
interface Requirement {
  paths: string[];
  /** A schema field's own requirement (one path), or the title or description group. */
  kind: 'title' | 'description' | FieldSchema;
  /** For a field required on its own that also belongs to the title or description group: that group. */
  group?: readonly string[];
}

function requirements(schema: PostSchema): Requirement[] {
  const grouped = new Set([...schema.titlePath, ...schema.descriptionPath]);
  const optedOut = (paths: string[]) => schema.fields.some((f) => paths.includes(f.path) && f.required === false);
  const out: Requirement[] = [];
  if (schema.titlePath.length && !optedOut(schema.titlePath)) out.push({ paths: schema.titlePath, kind: 'title' });
  if (schema.descriptionPath.length && !optedOut(schema.descriptionPath)) out.push({ paths: schema.descriptionPath, kind: 'description' });
  for (const f of schema.fields) {
    if (f.required && !grouped.has(f.path)) out.push({ paths: [f.path], kind: f });
  }
  for (const group of [schema.titlePath, schema.descriptionPath]) {
    for (const f of schema.fields) {
      if (f.required === true && group.includes(f.path)) out.push({ paths: [f.path], kind: f, group });
    }
  }
  return out;
}

/**
 * How the author writes the field in this post's frontmatter language, for the advice: `title:`
 * in YAML, `title = …` in TOML (dotted keys are TOML), `"title": …` in JSON; nested YAML and
 * JSON paths as one flow mapping, which both accept.
 */
export function fieldSyntax(format: Frontmatter['format'], path: string): string {
  const keys = path.split('.');
  if (format === 'toml') return `${path} = …`;
  if (format === 'json') return keys.reduceRight((inner, key) => `"${key}": ${inner === '' ? '…' : `{ ${inner} }`}`, '');
  if (keys.length === 1) return `${path}:`;
  return keys.reduceRight((inner, key) => (inner === '' ? `${key}:` : `${key}: { ${inner} }`), '');
}

function check(fm: Frontmatter, req: Requirement, locale: Locale | undefined): Finding | undefined {
  if (req.paths.some((p) => !isBlank(getPath(fm.data, p)))) return undefined;
  if (req.group && req.group.every((p) => isBlank(getPath(fm.data, p)))) return undefined;
  const emptyPath = req.paths.find((p) => getPath(fm.data, p) !== undefined);
  const loc = emptyPath ? findField(fm, emptyPath) : undefined;
  const { kind } = req;
  if (emptyPath && loc) {
    const field = fieldSyntax(fm.format, emptyPath);
    const message =
      kind === 'title' ? t(locale, 'ruleRequiredEmptyTitle', { path: emptyPath, field })
      : kind === 'description' ? t(locale, 'ruleRequiredEmptyDescription', { path: emptyPath, field })
      : kind.label ? t(locale, 'ruleRequiredEmptyLabelled', { path: emptyPath, label: kind.label, field })
      : t(locale, 'ruleRequiredEmptyField', { path: emptyPath, field });
    return { start: loc.keyStart, end: loc.keyEnd, message, data: { path: emptyPath, empty: true } };
  }
  const path = req.paths[0]!;
  const alternatives = req.paths.length > 1 ? t(locale, 'ruleRequiredAlternatives', { paths: req.paths.slice(1).map((p) => `\`${p}\``).join(t(locale, 'ruleRequiredOr')) }) : '';
  const field = fieldSyntax(fm.format, path);
  const message =
    kind === 'title' ? t(locale, 'ruleRequiredMissingTitle', { alternatives, field })
    : kind === 'description' ? t(locale, 'ruleRequiredMissingDescription', { alternatives, field })
    : kind.label ? t(locale, 'ruleRequiredMissingLabelled', { path, label: kind.label, field })
    : t(locale, 'ruleRequiredMissingField', { path, field });
  return { ...fenceRange(fm), message, data: { path, empty: false } };
}

const rule: Rule = {
  id: 'required-fields',
  meta: { type: 'problem', docs: { description: 'Required frontmatter fields (by default a title, a date and a description) are present and filled in.', anchor: 'rule-required-fields' } },
  defaultSeverity: 'error',
  check({ frontmatter, schema, options }) {
    if (!isReadable(frontmatter)) return [];
    return requirements(schema)
      .map((req) => check(frontmatter, req, options.locale))
      .filter((f): f is Finding => f !== undefined);
  },
};
export default rule;
