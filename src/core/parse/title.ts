import type { RuleContext } from '../types';
import { getPath } from './fields';

/** The post's title from the first schema title path holding a non-empty string, else undefined. */
export function postTitle(ctx: Pick<RuleContext, 'frontmatter' | 'schema'>): string | undefined {
  for (const path of ctx.schema.titlePath) {
    const value = getPath(ctx.frontmatter.data, path);
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}
