import { realpathSync } from 'node:fs';
import { relative } from 'node:path';
import { analyze, rules as coreRules } from '../core/index';
import type { Diagnostic, Report, Rule } from '../core/index';
import { version } from '../../package.json';
import { helpText, localeOfArgv, parseCliArgs, wrap, type CliArgs } from './args';
import { ConfigResolver } from './config/discover';
import { describeFsError, UsageError, words, type Words } from './errors';
import { expandPatterns } from './files';
import { fixPost } from './fix-loop';
import { formatJson } from './format/json';
import { formatStylish } from './format/stylish';
import type { FileResult } from './result';
import type { SiteConfig } from './config/validate';
import { withDiagnostics } from '../core/report';
import { DIRECTIVE_RULE } from '../core/directives';
import { applyLinkFixes, LINK_CHECK_RULE, startLinkChecks } from './links';
import { defaultSeverityLabel, linkCheckRule, type RuleInfo } from '../core/rule-catalog';
import type { Key } from '../i18n';
import { escapeForTerminal, escapeInline } from './terminal';
import { t, type Locale } from '../i18n';
import { ruleDescription } from '../core/rule-descriptions';
import { changedSince, MB, megabytes, readFileSnapshot, TooLargeError, UnsafeWriteError, writeFileAtomic, type FileChange, type FileSnapshot } from '../node/safe-file';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

const processIo: CliIo = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  get cwd() {
    return process.cwd();
  },
};

/**
 * The whole command; returns the exit code instead of exiting, so tests can run it in-process
 * and the shim can let stdout drain. `rules` is injectable for tests of the fixer path.
 * Everything printed goes through `escapeForTerminal`: no text from a post, a link, a server or
 * a file name can send control sequences to the terminal.
 */
export async function main(argv: readonly string[], io: CliIo = processIo, rules: readonly Rule[] = coreRules): Promise<number> {
  const out: CliIo = { stdout: (t) => io.stdout(escapeForTerminal(t)), stderr: (t) => io.stderr(escapeForTerminal(t)), cwd: io.cwd };
  try {
    const args = parseCliArgs(argv);
    if (args.command === 'check') return await check(args, out, rules);
    out.stdout(args.command === 'help' ? helpText(args.locale) + rulesHelp(rules, args.locale) : `${version}\n`);
    return 0;
  } catch (error) {
    const locale = localeOfArgv(argv);
    if (error instanceof UsageError) {
      out.stderr(`post-preflight: ${error.say(locale)}\n`);
      return 2;
    }
    // A bug of ours is "the check could not run" (2), never "the posts have errors" (1).
    out.stderr(`post-preflight: ${t(locale, 'cliInternalError', { detail: (error as Error)?.stack ?? String(error) })}\n`);
    return 2;
  }
}

/**
 * Each file once, under the first name it was given: a symbolic link and its target (or two
 * links to one file) are one post. Fixed twice, the second write would find the file changed
 * by the first and fail the run.
 */
function sameFileOnce(files: readonly string[]): string[] {
  const seen = new Set<string>();
  return files.filter((file) => {
    let real = file;
    try {
      real = realpathSync(file);
    } catch {
      // unreadable: reading it says why
    }
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}

interface Input {
  filePath: string;
  text: string;
  exactUtf8: boolean;
  snapshot: FileSnapshot;
  config: SiteConfig;
}

async function check(args: CliArgs, io: CliIo, rules: readonly Rule[]): Promise<number> {
  // Said, not silently ignored: a CI script that meant to check links would otherwise pass without doing so.
  if (!args.links && (args.linkCache !== undefined || args.linkTimeoutMs !== undefined)) io.stderr(`post-preflight: ${t(args.locale, 'cliLinkOptionsWithoutLinks')}\n`);
  const configs = new ConfigResolver([...rules.map((r) => r.id), LINK_CHECK_RULE, DIRECTIVE_RULE], args.config, io.cwd, args.maxBytes);
  const files = sameFileOnce(expandPatterns(args.patterns, io.cwd));
  // Read everything (and resolve every config) before writing anything: a usage problem
  // in the fifth file must not leave the first four fixed and the rest untouched.
  const inputs: Input[] = files.map((filePath) => ({ filePath, ...readPost(filePath, io.cwd, args.maxBytes), config: configs.forFile(filePath).config }));
  const analyzeFinal = (text: string, config: SiteConfig) => analyze(text, { ...config, preview: false, suggestions: args.format === 'json', locale: args.locale }, rules);

  // Fixes are made in memory; files are written once, at the end (after the link check).
  const results: FileResult[] = inputs.map(({ filePath, text, exactUtf8, config }) => {
    let finalText = text;
    let fixed = 0;
    let notFixedReason: string | undefined;
    if (args.fix && exactUtf8) {
      ({ text: finalText, fixed } = fixPost(text, config, rules));
    } else if (args.fix) {
      notFixedReason = t(args.locale, 'cliNotUtf8');
    }
    // The preview HTML is never printed; the description suggestions only appear in JSON.
    const report = analyzeFinal(finalText, config);
    return {
      filePath,
      displayPath: relative(io.cwd, filePath) || filePath,
      text: finalText,
      report,
      shown: shownDiagnostics(report, args.quiet),
      fixed,
      output: finalText !== text ? finalText : undefined,
      notFixedReason,
    };
  });

  if (args.links) await checkLinksOnline(args, io, inputs, results, analyzeFinal);

  let unwritten = 0;
  if (args.fix) {
    for (const [i, result] of results.entries()) {
      if (result.output === undefined) continue;
      const input = inputs[i]!;
      const problem = writePost(input.filePath, input.snapshot, result.output);
      if (!problem) continue;
      unwritten++;
      // "Run the command again" only when it can help: the file changed while it was being checked.
      io.stderr(`post-preflight: ${t(args.locale, problem.retry ? 'cliNotWritten' : 'cliNotWrittenFinal', { path: escapeInline(result.displayPath), problem: problem.words(args.locale) })}\n`);
      // What is printed must describe the file as it was read, not fixes that never landed.
      result.text = input.text;
      result.output = undefined;
      result.fixed = 0;
      result.report = analyzeFinal(input.text, input.config);
      result.shown = shownDiagnostics(result.report, args.quiet);
    }
  }

  io.stdout(args.format === 'json' ? formatJson(results) : formatStylish(results, args.locale));
  if (unwritten > 0) return 2;
  const errors = results.reduce((n, r) => n + r.report.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.report.warningCount, 0);
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    io.stderr(`post-preflight: ${t(args.locale, 'cliTooManyWarnings', { warnings: t(args.locale, 'warnings', { count: warnings }), max: args.maxWarnings })}\n`);
    return 1;
  }
  return errors > 0 ? 1 : 0;
}

/**
 * `--links`: the network check on each post's final text. With `--fix`, a link moved for good to
 * the same address on https is updated too (other moves are suggestions: the new address may not
 * be what the author meant to link; in memory, written with the rest), and the post is analysed
 * again (the cache makes the second look free), so what is printed is what the file will hold.
 */
async function checkLinksOnline(args: CliArgs, io: CliIo, inputs: readonly Input[], results: FileResult[], analyzeFinal: (text: string, config: SiteConfig) => Report): Promise<void> {
  const run = await startLinkChecks({ cachePath: args.linkCache, timeoutMs: args.linkTimeoutMs, fix: args.fix, locale: args.locale, warn: (m) => io.stderr(`post-preflight: ${m}\n`) });
  try {
    for (const [i, result] of results.entries()) {
      const { config, exactUtf8, text: original } = inputs[i]!;
      let online = await run.check(result.text, result.report, config);
      if (args.fix && exactUtf8 && online.some((d) => d.fix)) {
        const fixed = applyLinkFixes(result.text, online);
        result.text = fixed.text;
        result.output = fixed.text !== original ? fixed.text : undefined;
        result.fixed += fixed.fixed;
        result.report = analyzeFinal(fixed.text, config);
        online = await run.check(fixed.text, result.report, config);
      }
      result.report = withDiagnostics(result.report, online);
      result.shown = shownDiagnostics(result.report, args.quiet);
    }
  } finally {
    await run.close();
  }
}

/** What is printed: every diagnostic, or only the errors with `--quiet`. */
function shownDiagnostics(report: Report, quiet: boolean): Diagnostic[] {
  return quiet ? report.diagnostics.filter((d) => d.severity === 'error') : report.diagnostics;
}

/** Reads a post as UTF-8 (at most `maxBytes`), noting whether the text writes back to the very same bytes. */
function readPost(filePath: string, cwd: string, maxBytes: number): { text: string; exactUtf8: boolean; snapshot: FileSnapshot } {
  const shown = escapeInline(relative(cwd, filePath) || filePath);
  let read: ReturnType<typeof readFileSnapshot>;
  try {
    read = readFileSnapshot(filePath, maxBytes);
  } catch (error) {
    if (error instanceof TooLargeError) {
      const size = error.size === undefined ? words('cliTooLargeEndless') : words('cliTooLargeSize', { mb: megabytes(error.size) });
      throw new UsageError(words('cliTooLarge', { file: shown, limit: megabytes(maxBytes), size }));
    }
    throw new UsageError(words('cliCannotRead', { file: shown, reason: describeFsError(error) }));
  }
  const text = read.bytes.toString('utf8');
  return { text, exactUtf8: Buffer.from(text, 'utf8').equals(read.bytes), snapshot: read.snapshot };
}

/** Writes the fixed text if the file is still what was read; returns why not otherwise. */
function writePost(filePath: string, snapshot: FileSnapshot, text: string): { words: Words; retry: boolean } | undefined {
  const changed = changedSince(filePath, snapshot);
  if (changed) return { words: words(FILE_CHANGE_KEY[changed]), retry: true };
  try {
    writeFileAtomic(snapshot, text);
    return undefined;
  } catch (error) {
    if (error instanceof UnsafeWriteError) return { words: words(error.reason.key, error.reason.params), retry: false };
    const code = (error as NodeJS.ErrnoException).code;
    return { words: code ? words('cliCannotWrite', { reason: describeFsError(error) }) : () => (error as Error).message, retry: false };
  }
}

const FILE_CHANGE_KEY = {
  'removed-or-renamed': 'fsRemovedOrRenamed',
  'path-moved': 'fsPathMoved',
  removed: 'fsRemoved',
  replaced: 'fsReplaced',
  changed: 'fsChanged',
} as const satisfies Record<FileChange, Key>;

/**
 * The rules and what each checks, so a site owner can write the "rules" part of the config:
 * id, default severity, whether --fix fixes it ("fix") or it only offers suggestions ("suggest").
 */
function rulesHelp(rules: readonly Rule[], locale: Locale): string {
  const all: RuleInfo[] = [...rules, linkCheckRule];
  const width = Math.max(0, ...all.map((r) => r.id.length));
  const changes = (r: RuleInfo) => [r.meta.fixable && 'fix', r.meta.hasSuggestions && 'suggest'].filter(Boolean).join('+');
  // Severities, "fix" and "suggest" are the config's own tokens: the same in every language.
  const rows = all.map((r) => `  ${r.id.padEnd(width)}  ${defaultSeverityLabel(r).padEnd(11)}  ${changes(r).padEnd(11)}  ${ruleDescription(locale, r)}`);
  return `\n${wrap(t(locale, 'cliHelpRules'), 92).join('\n')}\n${rows.join('\n')}\n`;
}
