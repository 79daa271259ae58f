import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { changelogSection, manifestVersionProblem, unreleasedEntries } from '../../../scripts/release-lib.mjs';

describe('manifestVersionProblem', () => {
  it('accepts what both stores accept', () => {
    for (const v of ['1', '0.1.0', '1.2.3.4', '65535.0.0']) expect(manifestVersionProblem(v)).toBeUndefined();
  });
  it('refuses pre-releases, leading zeros, too many parts and out-of-range numbers, saying why', () => {
    expect(manifestVersionProblem('1.0.0-beta.1')).toMatch(/no pre-release suffix/);
    expect(manifestVersionProblem('1.02.0')).toMatch(/leading zero/);
    expect(manifestVersionProblem('1.2.3.4.5')).toMatch(/1 to 4 dot-separated numbers/);
    expect(manifestVersionProblem('70000.0')).toMatch(/at most 65535/);
  });
});

describe('changelogSection', () => {
  const log = '# Changelog\n\n## [1.1.0] – 2026-12-01\n\n- New thing.\n- Other.\n\n## 1.0.0\n\nFirst.\n';
  it('returns the body of the version section, up to the next one', () => {
    expect(changelogSection(log, '1.1.0')).toBe('- New thing.\n- Other.');
    expect(changelogSection(log, '1.0.0')).toBe('First.');
  });
  it('is undefined for a missing or empty section, and never matches a longer version', () => {
    expect(changelogSection(log, '1.0')).toBeUndefined();
    expect(changelogSection(log, '2.0.0')).toBeUndefined();
    expect(changelogSection('## 3.0.0\n\n## 2.0.0\nx', '3.0.0')).toBeUndefined();
  });
});

describe('unreleasedEntries', () => {
  it('finds entries no version describes yet, above the last release', () => {
    expect(unreleasedEntries('# Changelog\n\n## Unreleased (0.2.x)\n\n- A fix.\n\n## 0.2.0\n\nFirst.\n')).toBe('- A fix.');
    expect(unreleasedEntries('## [Unreleased]\n- x\n')).toBe('- x');
  });
  it('is undefined without such a section, or when it is empty', () => {
    expect(unreleasedEntries('## 0.3.0\n\n- A fix.\n')).toBeUndefined();
    expect(unreleasedEntries('## Unreleased\n\n## 0.3.0\n- A fix.\n')).toBeUndefined();
  });
});
