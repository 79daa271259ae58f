import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { UsageError, words } from './errors';

/** Extensions a directory argument expands to. */
const POST_EXTENSIONS = '{md,markdown,mdx}';
/** Never checked: installed packages carry their own READMEs and changelogs. */
const IGNORE = ['**/node_modules/**'];

/**
 * Turns the command's file arguments into absolute paths, in argument order, each once.
 * A path that exists is taken as is (even if it looks like a glob); a directory means the
 * posts inside it; anything else is a glob. A glob matching no file, or a missing file,
 * is a usage error: in CI a typo in the pattern must not pass as "no problems".
 */
export function expandPatterns(patterns: readonly string[], cwd: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      out.push(file);
    }
  };
  for (const pattern of patterns) {
    const kind = pathKind(resolve(cwd, pattern));
    if (kind === 'file') {
      add(resolve(cwd, pattern));
      continue;
    }
    const glob = kind === 'directory' ? `${escapeForGlob(pattern)}/**/*.${POST_EXTENSIONS}` : pattern;
    if (kind === 'missing' && !isDynamicPattern(pattern)) throw new UsageError(words('cliCannotRead', { file: pattern, reason: words('fsNoSuchFile') }));
    const matches = globSync(glob, { cwd, absolute: true, onlyFiles: true, ignore: IGNORE, expandDirectories: false }).sort();
    if (matches.length === 0) {
      throw new UsageError(kind === 'directory' ? words('cliNoPostsInDir', { dir: pattern }) : words('cliNoMatch', { pattern }));
    }
    matches.forEach((m) => add(resolve(m)));
  }
  return out;
}

function pathKind(path: string): 'file' | 'directory' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

/** A directory name may itself contain glob characters (`posts[2025]`); they must match literally. */
function escapeForGlob(path: string): string {
  return path.replace(/\\/g, '/').replace(/[*?[\]{}()!]/g, '\\$&').replace(/\/+$/, '');
}
