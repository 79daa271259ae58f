import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { findField } from '../../../src/core/parse/fields';
import { parseFrontmatter } from '../../../src/core/parse/frontmatter';
import { setFieldEdits, SetFieldError } from '../../../src/core/frontmatter/set-field';
import { applyEdits, applyFixes } from '../../../src/core/fix';

const run = (text: string) => analyze(text, { preview: false, suggestions: false }).diagnostics;
const at = (text: string, ruleId: string) => run(text).filter((d) => d.ruleId === ruleId).map((d) => text.slice(d.start, d.end));

const TOML = [
  '+++',
  'title = "A very long title that goes on and on, far past what any search result will show"  # comment',
  'date = 2026-01-01',
  'draft = true',
  "tags = ['a',",
  "  'b']",
  '',
  '[seo]',
  'description = """',
  'Too short."""',
  '+++',
  '',
  'Body text.',
  '',
].join('\n');

const JSON_POST = ['{', '  "title": "Hello",', '  "date": "2026-01-01",', '  "draft": true,', '  "seo": { "description": "Too short" }', '}', '', '# Heading', ''].join('\n');

describe('TOML frontmatter (+++), as Hugo writes it', () => {
  it('is read into data, with dates as text like YAML gives them', () => {
    const fm = parseFrontmatter(TOML);
    expect(fm).toMatchObject({ present: true, closed: true, format: 'toml', errors: [] });
    expect(fm.data).toEqual({ title: expect.stringMatching(/^A very long/), date: '2026-01-01', draft: true, tags: ['a', 'b'], seo: { description: 'Too short.' } });
  });

  it('feeds the title, description and draft rules, pointing at the values', () => {
    expect(at(TOML, 'title-length')).toEqual(['"A very long title that goes on and on, far past what any search result will show"']);
    expect(at(TOML, 'description-length')).toEqual(['"""\nToo short."""']);
    expect(at(TOML, 'draft-flag')).toEqual(['true']);
    expect(run(TOML).filter((d) => d.ruleId === 'yaml-syntax' || d.ruleId === 'frontmatter-fence')).toEqual([]);
    // A value written over several lines is located whole.
    const loc = findField(parseFrontmatter(TOML), 'tags')!;
    expect(TOML.slice(loc.valueStart, loc.valueEnd)).toBe("['a',\n  'b']");
  });

  it('a TOML syntax error is reported at its line, and an unclosed block is explained', () => {
    const bad = '+++\ntitle = "x"\nbroken = = 1\n+++\n';
    const [d] = run(bad).filter((x) => x.ruleId === 'yaml-syntax');
    expect(d).toMatchObject({ line: 3 });
    expect(d!.message).toMatch(/^TOML error/);
    expect(run('+++\ntitle = "x"\n').find((x) => x.ruleId === 'frontmatter-fence')!.message).toMatch(/\+\+\+ but never closes/);
  });

  it('finds the addresses in its string values (tracking, http, redirect wrappers) and --fix cleans them as TOML', () => {
    const post = [
      '+++',
      'title = "Links in TOML"',
      'canonical = "https://site.test/post?utm_source=rss&id=3"  # comment',
      "image = 'http://cdn.test/a.png'",
      '[seo]',
      "share = 'https://l.facebook.com/l.php?u=https%3A%2F%2Fsite.test%2Fit%27s'",
      'via = "https://l.facebook.com/l.php?u=https%3A%2F%2Fsite.test%2Fa%22b"',
      'escaped = "https://site.test/\\u0041?utm_medium=x"',
      'long = """https://site.test/?utm_source=x"""',
      '+++',
      '',
      'Body.',
      '',
    ].join('\n');
    expect(at(post, 'tracking-params')).toEqual(['https://site.test/post?utm_source=rss&id=3']);
    expect(at(post, 'insecure-http')).toEqual(['http://cdn.test/a.png']);
    const wrappers = run(post).filter((d) => d.ruleId === 'redirect-wrapper');
    // A literal string ('…') has no escapes: a target holding ' can't be written there, so it is left to the author.
    expect(wrappers.map((d) => [post.slice(d.start, d.end).slice(0, 26), d.fix !== undefined])).toEqual([
      ['https://l.facebook.com/l.p', false],
      ['https://l.facebook.com/l.p', true],
    ]);
    const fixed = applyFixes(post, run(post).flatMap((d) => (d.fix ? [d.fix] : []))).text;
    expect(fixed).toContain('canonical = "https://site.test/post?id=3"  # comment');
    expect(fixed).toContain('via = "https://site.test/a\\"b"');
    const again = parseFrontmatter(fixed);
    expect(again.errors).toEqual([]);
    expect(again.data).toMatchObject({ canonical: 'https://site.test/post?id=3', seo: { via: 'https://site.test/a"b', escaped: 'https://site.test/A?utm_medium=x', long: 'https://site.test/?utm_source=x' } });
  });

  it('a link inside the markdown of a TOML text field is found and fixed in the string; written with escapes, left to the author in words that fit TOML', () => {
    const post = '+++\ntitle = "Links in a TOML summary"\nsummary = "See [the guide](https://site.test/guide?utm_source=x) for more."\n+++\n\nBody.\n';
    const [d] = run(post).filter((x) => x.ruleId === 'tracking-params');
    expect(applyFixes(post, [d!.fix!]).text).toBe(post.replace('?utm_source=x', ''));
    expect(d!.message).not.toContain('YAML');
    const escaped = '+++\ntitle = "T"\nsummary = "See [the guide](https:\\u002f\\u002fsite.test/guide?utm_source=x)."\n+++\n\nBody.\n';
    const [e] = run(escaped).filter((x) => x.ruleId === 'tracking-params');
    expect(e!.fix).toBeUndefined();
    expect(e!.message).toContain('https://site.test/guide');
    expect(e!.message).not.toContain('YAML');
  });

  it('does not write a redirect target holding a control character into a TOML string (the frontmatter would stop parsing)', () => {
    const post = '+++\ntitle = "T"\ncanonical = "https://www.google.com/url?q=https%3A%2F%2Fsite.test%2Fa%01b"\n+++\n\nBody.\n';
    const [d] = run(post).filter((x) => x.ruleId === 'redirect-wrapper');
    expect(d).toBeDefined();
    expect(d!.fix).toBeUndefined();
    const fixed = applyFixes(post, run(post).flatMap((x) => (x.fix ? [x.fix] : []))).text;
    expect(parseFrontmatter(fixed).errors).toEqual([]);
  });
});

describe('JSON frontmatter, as Hugo reads it', () => {
  it('is read with positions; the body starts after the closing brace', () => {
    const fm = parseFrontmatter(JSON_POST);
    expect(fm).toMatchObject({ format: 'json', closed: true, data: { title: 'Hello', draft: true } });
    expect(at(JSON_POST, 'draft-flag')).toEqual(['true']);
    expect(at(JSON_POST, 'description-length')).toEqual(['"Too short"']);
    // The title is the page's H1, so a # heading in the body is a second one.
    expect(at(JSON_POST, 'single-h1')).toEqual(['# Heading\n']);
  });

  it('reports bad JSON, and still reads a near miss (trailing comma) for the title', () => {
    const trailing = '{\n  "title": "Hello",\n  "tags": ["a"],\n}\n\n# Heading\n';
    expect(run(trailing).find((d) => d.ruleId === 'yaml-syntax')!.message).toMatch(/^JSON error/);
    expect(parseFrontmatter(trailing).data).toEqual({ title: 'Hello', tags: ['a'] });
  });

  it('says so when text follows the closing } on its line (typing there threw before), keeping the data', () => {
    for (const text of ['{"title": "x"} trailing\n\nBody.\n', '{"title":"Boats"}<!-- c -->\nBody', '{"title": "x", } more\n']) {
      const diagnostics = run(text);
      expect(diagnostics.filter((d) => d.ruleId === 'yaml-syntax').map((d) => d.message).join(' ')).toMatch(/closing \} must end its line/);
    }
    expect(parseFrontmatter('{"title": "x"} trailing\n\nBody.\n').data).toEqual({ title: 'x' });
  });

  it('is not confused with a body that starts with a Hugo shortcode', () => {
    expect(parseFrontmatter('{{< youtube id >}}\n\nText.\n').present).toBe(false);
  });
});

describe('writing a field into TOML frontmatter ("Use this" on a Hugo post)', () => {
  const write = (text: string, path: string, value: string) => applyEdits(text, setFieldEdits(text, path, value));
  const NEW = 'Six volunteers, two weekends: the greenhouse is sealed, "heated" and ready for winter.';

  it('replaces a value where it stands, a multi-line string included, and keeps every other byte', () => {
    const after = write(TOML, 'seo.description', NEW);
    expect(after).toBe(TOML.replace('"""\nToo short."""', JSON.stringify(NEW)));
    expect(parseFrontmatter(after).data).toMatchObject({ seo: { description: NEW }, tags: ['a', 'b'], draft: true });
  });

  it('adds a new top-level key after the last one, before the first [table] (where TOML reads it as top-level)', () => {
    const after = write(TOML, 'description', NEW);
    expect(after).toBe(TOML.replace("  'b']\n", `  'b']\ndescription = ${JSON.stringify(NEW)}\n`));
    expect(parseFrontmatter(after).data).toMatchObject({ description: NEW, seo: { description: 'Too short.' } });
  });

  it('adds a key to its [table], indented like the table’s keys, and a new [table] at the end of the block', () => {
    const post = '+++\ntitle = "A"\n\n[params]\n  author = "B"\n+++\nBody.\n';
    expect(write(post, 'params.description', 'xxx')).toBe('+++\ntitle = "A"\n\n[params]\n  author = "B"\n  description = "xxx"\n+++\nBody.\n');
    expect(write('+++\ntitle = "A"\n+++\nBody.\n', 'seo.description', 'D')).toBe('+++\ntitle = "A"\n\n[seo]\ndescription = "D"\n+++\nBody.\n');
    expect(write('+++\r\ntitle = "A"\r\n+++\r\n', 'description', 'D')).toBe('+++\r\ntitle = "A"\r\ndescription = "D"\r\n+++\r\n');
    // A dotted key is the field too.
    expect(write('+++\nseo.description = "old"\n+++\n', 'seo.description', 'D')).toBe('+++\nseo.description = "D"\n+++\n');
  });

  it('escapes what a TOML basic string must (quotes, backslashes, control characters)', () => {
    const value = 'Say "hi" \\ tab\there, bell\u0007, del\u007f, 東京 😀';
    const after = write('+++\ntitle = "A"\n+++\n', 'description', value);
    expect(parseFrontmatter(after).data.description).toBe(value);
    expect(after).toContain('\\u0007');
  });

  it('leaves a parent written another way to the author, with the reason; refuses broken or unclosed TOML and JSON frontmatter', () => {
    for (const [text, path] of [
      ['+++\nseo = { title = "T" }\n+++\n', 'seo.description'],
      ['+++\nseo.title = "T"\n+++\n', 'seo.description'],
      ['+++\nseo = "plain"\n+++\n', 'seo.description'],
      ['+++\n[[seo]]\ntitle = "T"\n+++\n', 'seo.description'],
    ] as const) {
      expect(() => setFieldEdits(text, path, 'D'), text).toThrow(/TOML form that can’t be edited safely; edit it by hand/);
    }
    expect(() => setFieldEdits('+++\ntitle = "A"\n', 'description', 'D')).toThrow(/no closing \+\+\+ line/);
    expect(() => setFieldEdits('+++\ntitle = \n+++\n', 'description', 'D')).toThrow(/has a TOML error/);
    expect(() => setFieldEdits(JSON_POST, 'seo.description', 'x')).toThrow(/writes fields only into YAML and TOML/);
  });

  it('round trip: any value written into any of these posts reads back as written, every other field as before', () => {
    const posts = [TOML, '+++\n+++\n', '+++\n# only a comment\n+++\n', '+++\n[seo]\n+++\n', '+++\ntitle = "A"\n\n[seo]\ntitle = "T"\n\n[[authors]]\nname = "N"\n+++\n'];
    const values = ['Plain.', 'Quotes " and \' and \\ and #', 'Line\nbreak', '\u0000\u001f\u007f', '   spaced   ', ''];
    let written = 0;
    for (const post of posts) {
      for (const path of ['description', 'seo.description', 'params.seo.description']) {
        for (const value of values) {
          let after: string;
          try {
            after = write(post, path, value);
          } catch (error) {
            // Refusing is allowed only with the by-hand reason (a parent written another way).
            expect((error as Error).message, `${path} in ${JSON.stringify(post)}`).toMatch(/edit it by hand/);
            continue;
          }
          written++;
          const before = parseFrontmatter(post).data;
          const read = parseFrontmatter(after);
          expect(read.errors, JSON.stringify(after)).toEqual([]);
          expect(path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], read.data)).toBe(value);
          expect(after.endsWith(post.slice(post.lastIndexOf('+++')))).toBe(true);
          for (const key of Object.keys(before)) if (key !== path.split('.')[0]) expect(read.data[key]).toEqual(before[key]);
        }
      }
    }
    expect(written).toBeGreaterThanOrEqual(70);
  });
});

describe('writing into TOML: what a blind review found (session 16)', () => {
  const write = (text: string, path: string, value: string) => applyEdits(text, setFieldEdits(text, path, value));

  it('a basic multi-line string ending in an escaped backslash is replaced alone: the comments after it stay', () => {
    const post = '+++\na = """C:\\\\"""  # a trailing """ comment\n# x """\n# keep me too\nb = 1\n+++\n';
    expect(write(post, 'a', 'new')).toBe(post.replace('"""C:\\\\"""', '"new"'));
  });

  it('a literal multi-line string inside an array ends the array where TOML ends it: a new key goes right after it', () => {
    const post = "+++\na = ['''it's''']\n# x ']\n+++\n";
    expect(write(post, 'description', 'D')).toBe("+++\na = ['''it's''']\ndescription = \"D\"\n# x ']\n+++\n");
  });

  it('an inline table or an array is not replaced by a text (as a [table] is not)', () => {
    for (const post of ['+++\nseo = { title = "a", description = "b" }\n+++\n', '+++\ntags = [\n  "a",\n  "b",\n]\n+++\n']) {
      const path = post.includes('seo') ? 'seo' : 'tags';
      expect(() => setFieldEdits(post, path, 'new'), post).toThrow(/edit it by hand/);
    }
  });

  it('a field under an existing [params] table gets its own [params.seo] table', () => {
    const post = '+++\ntitle = "A"\n\n[params]\nauthor = "B"\n+++\n';
    const after = write(post, 'params.seo.description', 'D');
    expect(after).toBe('+++\ntitle = "A"\n\n[params]\nauthor = "B"\n\n[params.seo]\ndescription = "D"\n+++\n');
    expect(parseFrontmatter(after).data).toEqual({ title: 'A', params: { author: 'B', seo: { description: 'D' } } });
  });
});
