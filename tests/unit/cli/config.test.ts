import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigResolver } from '../../../src/cli/config/discover';
import { parseJsonWithPosition } from '../../../src/cli/config/json';
import { loadConfigFile } from '../../../src/cli/config/load';
import { validateConfig } from '../../../src/cli/config/validate';
import { UsageError } from '../../../src/cli/errors';
import { cleanTempDirs, tempDir } from './helpers';

afterEach(cleanTempDirs);
const RULES = ['frontmatter-fence', 'yaml-syntax', 'tracking-params'];

describe('parseJsonWithPosition', () => {
  it('parses good JSON, ignoring a leading BOM', () => {
    expect(parseJsonWithPosition('\uFEFF{"rules": {}}')).toEqual({ ok: true, value: { rules: {} } });
  });

  it.each([
    ['{\n  "rules": {},\n}', 3, 1], // trailing comma: V8 gives a position
    ['{\n  "baseUrl": "x"\n  "rules": {}\n}', 3, 3], // missing comma
    ['[1,\n 2,]', 2, 4], // V8 gives no position here: found by bisection
    ['{"rules": {"a": "off"}', 1, 23], // ends too early
  ])('points at the line and column of a syntax error in %j', (text, line, column) => {
    expect(parseJsonWithPosition(text)).toMatchObject({ ok: false, line, column });
  });

  it('names the character found, without quoting the whole file', () => {
    const result = parseJsonWithPosition('{"rules": {"yaml-syntax": off}}');
    expect(result).toMatchObject({ ok: false, line: 1, column: 27, message: `Unexpected token 'o' (found "o")` });
    // Other languages quote V8's English reason as a technical detail.
    expect(!result.ok && result.say('de')).toBe(`Syntaxfehler bei "o" (Meldung des JSON-Parsers: „Unexpected token 'o'“)`);
  });

  it('explains an empty file', () => {
    expect(parseJsonWithPosition('  \n')).toMatchObject({ ok: false, message: expect.stringMatching(/empty/) });
  });
});

describe('validateConfig', () => {
  it('accepts a full, correct config and returns it as is', () => {
    const config = {
      schema: { fields: [{ path: 'seo.description', type: 'string', required: true, minLength: 50, pattern: '^[A-Z]', enum: ['a'] }], descriptionPath: ['seo.description'], titleMaxLength: 70 },
      rules: { 'tracking-params': 'error', 'yaml-syntax': 'off' },
      baseUrl: 'https://example.org/blog/',
      extraTrackingParams: ['ref', 'example.org:campaign'],
    };
    expect(validateConfig(config, RULES)).toMatchObject({ config, issues: [] });
  });

  it('lists every problem with its path, and suggests the name meant', () => {
    const { issues } = validateConfig(
      {
        rule: {},
        rules: { 'tracking-param': 'warning', 'yaml-syntax': 'warn' },
        baseUrl: '/blog/',
        extraTrackingParams: 'ref',
        schema: { fields: [{ type: 'strng', required: 'yes', pattern: '(' }, 'title'], titleMaxLength: -1, descriptionpath: ['x'] },
      },
      RULES,
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^"rule" is not a known setting \(did you mean "rules"\?\)/),
        '"rules.tracking-param": there is no rule "tracking-param" (did you mean "tracking-params"?)',
        '"rules.yaml-syntax" must be one of "off", "info", "warning", "error", not "warn"',
        expect.stringMatching(/^"baseUrl" must be an absolute http\(s\) address/),
        expect.stringMatching(/^"extraTrackingParams" must be a list of strings/),
        expect.stringMatching(/^"schema.fields\[0\].path" is needed/),
        expect.stringMatching(/^"schema.fields\[0\].type" must be one of string, text, date/),
        '"schema.fields[0].required" must be true or false, not string "yes"',
        expect.stringMatching(/^"schema.fields\[0\].pattern" is not a valid regular expression/),
        expect.stringMatching(/^"schema.fields\[1\]" must be an object/),
        '"schema.titleMaxLength" must be a number of 0 or more, not -1',
        expect.stringMatching(/^"schema.descriptionpath" is not a known setting \(did you mean "descriptionPath"\?\)/),
      ]),
    );
    expect(issues).toHaveLength(12);
  });

  it('lists the rules when an unknown id is not a near miss', () => {
    expect(validateConfig({ rules: { spelling: 'off' } }, RULES).issues).toEqual(['"rules.spelling": there is no rule "spelling"; the rules are: frontmatter-fence, yaml-syntax, tracking-params']);
  });

  it('refuses a config that is not an object', () => {
    expect(validateConfig(['rules'], RULES).issues).toEqual(['the config must be a JSON object, not a list']);
  });
});

describe('loadConfigFile', () => {
  it('names the file, line and column of bad JSON', () => {
    const dir = tempDir({ '.preflightrc.json': '{\n  "rules": {\n    "yaml-syntax": "off",\n  }\n}\n' });
    const path = join(dir, '.preflightrc.json');
    expect(() => loadConfigFile(path, RULES)).toThrow(new RegExp(`^config "${path}" is not valid JSON at line 4, column 3: `));
  });

  it('reads only the "postPreflight" key of a package.json', () => {
    const dir = tempDir({ 'a/package.json': '{"name": "site"}', 'b/package.json': '{"name": "site", "postPreflight": {"rules": {"yaml-syntax": "warning"}}}' });
    expect(loadConfigFile(join(dir, 'a/package.json'), RULES)).toBeUndefined();
    expect(loadConfigFile(join(dir, 'b/package.json'), RULES)).toEqual({ rules: { 'yaml-syntax': 'warning' } });
  });

  it('refuses a package.json without the key when it is named with -c (found on the way up, it is just a package)', () => {
    const dir = tempDir({ 'package.json': '{"name": "site"}' });
    expect(() => new ConfigResolver(RULES, 'package.json', dir)).toThrow(/^".*package\.json" has no "postPreflight" key, so it holds no Post Preflight settings\. Add the key, or name a \.preflightrc\.json with -c\.$/);
    expect(new ConfigResolver(RULES, undefined, dir).forFile(join(dir, 'post.md')).config).toEqual({});
  });

  it('says which problems a config has', () => {
    const dir = tempDir({ 'package.json': '{"postPreflight": {"rules": {"nope": "off"}}}' });
    expect(() => loadConfigFile(join(dir, 'package.json'), RULES)).toThrow(/^the "postPreflight" key of ".*package.json" has a problem:\n {2}- "rules.nope": there is no rule "nope"/);
  });

  it('reports an unreadable config as a usage error', () => {
    expect(() => loadConfigFile('/nonexistent/site.json', RULES)).toThrow(UsageError);
    expect(() => loadConfigFile('/nonexistent/site.json', RULES)).toThrow(/^cannot read config "\/nonexistent\/site\.json": no such file\.$/);
  });
});

describe('ConfigResolver', () => {
  const site = () =>
    tempDir({
      'package.json': JSON.stringify({ name: 'site', postPreflight: { baseUrl: 'https://root.example/' } }),
      'content/blog/.preflightrc.json': JSON.stringify({ baseUrl: 'https://blog.example/' }),
      'content/blog/2026/post.md': '',
      'content/pages/about.md': '',
      'content/pages/package.json': JSON.stringify({ name: 'no-config-here' }),
      'other.json': JSON.stringify({ baseUrl: 'https://explicit.example/' }),
    });

  it('uses the nearest config above each post, skipping package.json files without the key', () => {
    const dir = site();
    const resolver = new ConfigResolver(RULES, undefined, dir);
    expect(resolver.forFile(join(dir, 'content/blog/2026/post.md'))).toEqual({ config: { baseUrl: 'https://blog.example/' }, source: join(dir, 'content/blog/.preflightrc.json') });
    expect(resolver.forFile(join(dir, 'content/pages/about.md'))).toEqual({ config: { baseUrl: 'https://root.example/' }, source: join(dir, 'package.json') });
  });

  it('prefers .preflightrc.json over package.json in the same directory', () => {
    const dir = tempDir({ 'package.json': JSON.stringify({ postPreflight: { baseUrl: 'https://pkg.example/' } }), '.preflightrc.json': '{"baseUrl": "https://rc.example/"}' });
    expect(new ConfigResolver(RULES, undefined, dir).forFile(join(dir, 'post.md')).config).toEqual({ baseUrl: 'https://rc.example/' });
  });

  it('lets --config win for every post, resolved from the working directory', () => {
    const dir = site();
    const resolver = new ConfigResolver(RULES, 'other.json', dir);
    expect(resolver.forFile(join(dir, 'content/blog/2026/post.md'))).toEqual({ config: { baseUrl: 'https://explicit.example/' }, source: join(dir, 'other.json') });
  });

  it('falls back to the defaults when no config is found up to the filesystem root', () => {
    const dir = tempDir({ 'post.md': '' });
    expect(new ConfigResolver(RULES, undefined, dir).forFile(join(dir, 'post.md'))).toEqual({ config: {} });
  });
});
