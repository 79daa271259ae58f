import { RE2JS } from 're2js';
import { BoundedMap } from '../text/bounded-map';

/**
 * Site and CMS field patterns (`schema.fields[].pattern`, Decap's `pattern: [regex, message]`
 * read from the page) run on RE2, whose matching time is linear in the input: a pattern like
 * `^(a+)+$` that takes a backtracking engine seconds on 30 characters can't freeze the panel or
 * the CLI. RE2 has no lookaround and no backreferences; such a pattern gets a clear message
 * instead of running.
 */
export interface FieldPattern {
  test(value: string): boolean;
}

/** Patterns are compiled once per source text (the panel re-checks on every keystroke). */
const MAX_CACHED = 200;
const compiled = new BoundedMap<string, FieldPattern | Error>(MAX_CACHED);

/** A matcher, or an Error whose message says in plain words why the pattern can't be used. */
export function compileFieldPattern(source: string): FieldPattern | Error {
  const hit = compiled.get(source);
  if (hit) return hit;
  const made = compile(source);
  compiled.set(source, made);
  return made;
}

function compile(source: string): FieldPattern | Error {
  // A JavaScript pattern that is invalid even for JavaScript gets JavaScript's own message.
  try {
    new RegExp(source, 'u');
  } catch (error) {
    return error as Error;
  }
  try {
    const re = RE2JS.compile(RE2JS.translateRegExp(source));
    return { test: (value) => re.test(value) };
  } catch (error) {
    // Not a SyntaxError: the pattern is valid JavaScript, just not runnable in linear time.
    return Object.assign(new Error(`it uses something only a backtracking engine runs (lookahead or lookbehind like (?=…), or a backreference like \\1), and patterns are run in linear time so none can freeze the check (${(error as Error).message})`), { name: 'UnsupportedPattern' });
  }
}
