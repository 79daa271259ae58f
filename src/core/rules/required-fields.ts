import { isBlank, fenceRange, isReadable } from '../frontmatter/readable';
import { findField, getPath } from '../parse/fields';
import type { FieldSchema, PostSchema } from '../schema/types';
import type { Finding, Frontmatter, Rule } from '../types';

/**
 * A title and a description may live at several paths (`title` or `seo.title`): any one of
 * them filled is enough. A site turns one of these off by listing one of its paths with
 * `required: false`; other schema fields are required one by one.
 */
interface Requirement {
  paths: string[];
  what: string;
}

function requirements(schema: PostSchema): Requirement[] {
  const grouped = new Set([...schema.titlePath, ...schema.descriptionPath]);
  const optedOut = (paths: string[]) => schema.fields.some((f) => paths.includes(f.path) && f.required === false);
  const out: Requirement[] = [];
  if (schema.titlePath.length && !optedOut(schema.titlePath)) out.push({ paths: schema.titlePath, what: 'a title' });
  if (schema.descriptionPath.length && !optedOut(schema.descriptionPath)) out.push({ paths: schema.descriptionPath, what: 'a description' });
  for (const f of schema.fields) {
    if (f.required && !grouped.has(f.path)) out.push({ paths: [f.path], what: label(f) });
  }
  return out;
}

function label(f: FieldSchema): string {
  return f.label ? `“${f.label}” (${f.path})` : `a \`${f.path}\``;
}

function check(fm: Frontmatter, req: Requirement): Finding | undefined {
  if (req.paths.some((p) => !isBlank(getPath(fm.data, p)))) return undefined;
  const emptyPath = req.paths.find((p) => getPath(fm.data, p) !== undefined);
  const loc = emptyPath ? findField(fm, emptyPath) : undefined;
  if (emptyPath && loc) {
    return { start: loc.keyStart, end: loc.keyEnd, message: `\`${emptyPath}\` is empty: this post needs ${req.what}. Write it after \`${emptyPath}:\`.`, data: { path: emptyPath, empty: true } };
  }
  const alternatives = req.paths.length > 1 ? ` (or ${req.paths.slice(1).map((p) => `\`${p}\``).join(' or ')})` : '';
  return { ...fenceRange(fm), message: `This post has no ${req.what.replace(/^a /, '')}: add a \`${req.paths[0]}:\` field${alternatives} to the frontmatter.`, data: { path: req.paths[0], empty: false } };
}

const rule: Rule = {
  id: 'required-fields',
  meta: { type: 'problem', docs: { description: 'Required frontmatter fields (by default a title, a date and a description) are present and filled in.', anchor: 'rule-required-fields' } },
  defaultSeverity: 'error',
  check({ frontmatter, schema }) {
    if (!isReadable(frontmatter)) return [];
    return requirements(schema)
      .map((req) => check(frontmatter, req))
      .filter((f): f is Finding => f !== undefined);
  },
};
export default rule;
