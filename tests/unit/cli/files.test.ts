import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/cli/errors';
import { expandPatterns } from '../../../src/cli/files';
import { cleanTempDirs, tempDir } from './helpers';

afterEach(cleanTempDirs);

const tree = () =>
  tempDir({
    'posts/b.md': 'b',
    'posts/a.md': 'a',
    'posts/2025/c.markdown': 'c',
    'posts/notes.txt': 'not a post',
    'node_modules/pkg/README.md': 'installed package',
    'posts/node_modules/x.md': 'nested install',
    'weird[1].md': 'literal brackets',
  });

describe('expandPatterns', () => {
  it('expands globs to sorted absolute paths and never enters node_modules', () => {
    const cwd = tree();
    expect(expandPatterns(['**/*.md'], cwd)).toEqual([join(cwd, 'posts/a.md'), join(cwd, 'posts/b.md'), join(cwd, 'weird[1].md')]);
  });

  it('takes existing files literally, even when the name looks like a glob', () => {
    const cwd = tree();
    expect(expandPatterns(['weird[1].md'], cwd)).toEqual([join(cwd, 'weird[1].md')]);
  });

  it('expands a directory to the posts inside it', () => {
    const cwd = tree();
    expect(expandPatterns(['posts'], cwd)).toEqual([join(cwd, 'posts/2025/c.markdown'), join(cwd, 'posts/a.md'), join(cwd, 'posts/b.md')]);
  });

  it('lists each file once, in argument order', () => {
    const cwd = tree();
    expect(expandPatterns(['posts/b.md', 'posts/*.md'], cwd)).toEqual([join(cwd, 'posts/b.md'), join(cwd, 'posts/a.md')]);
  });

  it('makes a missing file and a glob matching nothing usage errors', () => {
    const cwd = tree();
    expect(() => expandPatterns(['posts/missing.md'], cwd)).toThrow(/^cannot read "posts\/missing\.md": no such file\.$/);
    expect(() => expandPatterns(['drafts/**/*.md'], cwd)).toThrow(/^no files match "drafts\/\*\*\/\*\.md"\.$/);
    expect(() => expandPatterns(['node_modules/**/*.md'], cwd)).toThrow(UsageError);
  });
});
