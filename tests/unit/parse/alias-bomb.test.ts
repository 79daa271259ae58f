import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index';

/** Issue 10 item 4: a YAML alias bomb is reported as what it is, not as an empty frontmatter ("no title"). */
describe('YAML alias bomb in the frontmatter', () => {
  const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (const [prev, name] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'g'], ['g', 'h']]) levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  const text = `---\ntitle: Harbour notes\ndate: 2026-03-02\ndescription: A post whose frontmatter hides a billion laughs.\n${levels.join('\n')}\n---\nBody.\n`;

  it('gives one clear yaml-syntax finding on the first alias, and no "missing field" findings', () => {
    const report = analyze(text, { preview: false, suggestions: false });
    const yaml = report.diagnostics.filter((d) => d.ruleId === 'yaml-syntax');
    expect(yaml).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringMatching(/aliases .* expand to too much data, so it was not read/) })]);
    expect(text.slice(yaml[0]!.start, yaml[0]!.end)).toBe('*a');
    expect(report.diagnostics.filter((d) => d.ruleId === 'required-fields')).toEqual([]);
  });

  it('ordinary alias use still reads normally', () => {
    const ok = '---\ntitle: Harbour notes\ndate: 2026-03-02\nauthor: &me Ana\neditor: *me\n---\nBody.\n';
    expect(analyze(ok, { preview: false, suggestions: false }).frontmatter.data).toMatchObject({ author: 'Ana', editor: 'Ana' });
  });
});
