import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { analyze, rules as coreRules } from '../core/index';
import type { Diagnostic, Report, Rule } from '../core/index';
import { version } from '../../package.json';
import { HELP, parseCliArgs, type CliArgs } from './args';
import { ConfigResolver } from './config/discover';
import { describeFsError, UsageError } from './errors';
import { expandPatterns } from './files';
import { fixPost } from './fix-loop';
import { formatJson } from './format/json';
import { formatStylish } from './format/stylish';
import type { FileResult } from './result';
import type { SiteConfig } from './config/validate';
import { withDiagnostics } from '../core/report';
import { DIRECTIVE_RULE } from '../core/directives';
import { applyLinkFixes, LINK_CHECK_RULE, startLinkChecks } from './links';

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
 */
export async function main(argv: readonly string[], io: CliIo = processIo, rules: readonly Rule[] = coreRules): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.command === 'check') return await check(args, io, rules);
    io.stdout(args.command === 'help' ? HELP + rulesHelp(rules) : `${version}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`post-preflight: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function check(args: CliArgs, io: CliIo, rules: readonly Rule[]): Promise<number> {
  const configs = new ConfigResolver([...rules.map((r) => r.id), LINK_CHECK_RULE, DIRECTIVE_RULE], args.config, io.cwd);
  const files = expandPatterns(args.patterns, io.cwd);
  // Read everything (and resolve every config) before writing anything: a usage problem
  // in the fifth file must not leave the first four fixed and the rest untouched.
  const inputs = files.map((filePath) => ({ filePath, ...readPost(filePath, io.cwd), config: configs.forFile(filePath).config }));

  const results: FileResult[] = inputs.map(({ filePath, text, exactUtf8, config }) => {
    let finalText = text;
    let fixed = 0;
    let notFixedReason: string | undefined;
    if (args.fix && exactUtf8) {
      ({ text: finalText, fixed } = fixPost(text, config, rules));
      if (finalText !== text) writePost(filePath, finalText, io.cwd);
    } else if (args.fix) {
      notFixedReason = 'the file is not valid UTF-8, and writing it back would change bytes no fix names';
    }
    // The preview HTML is never printed; the description suggestions only appear in JSON.
    const report = analyze(finalText, { ...config, preview: false, suggestions: args.format === 'json' }, rules);
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

  if (args.links) await checkLinksOnline(args, inputs, results, rules, io.cwd);

  io.stdout(args.format === 'json' ? formatJson(results) : formatStylish(results));
  const errors = results.reduce((n, r) => n + r.report.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.report.warningCount, 0);
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    io.stderr(`post-preflight: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${args.maxWarnings} allows.\n`);
    return 1;
  }
  return errors > 0 ? 1 : 0;
}

/**
 * `--links`: the network check on each post's final text. With `--fix`, permanent moves and
 * https upgrades are written too, and the post is analysed again (the cache makes the second
 * look free), so what is printed is what the file now holds.
 */
async function checkLinksOnline(args: CliArgs, inputs: readonly { filePath: string; config: SiteConfig; exactUtf8: boolean }[], results: FileResult[], rules: readonly Rule[], cwd: string): Promise<void> {
  const run = await startLinkChecks({ cachePath: args.linkCache, timeoutMs: args.linkTimeoutMs });
  try {
    for (const [i, result] of results.entries()) {
      const { config, exactUtf8, filePath } = inputs[i]!;
      let online = await run.check(result.text, result.report, config);
      if (args.fix && exactUtf8 && online.some((d) => d.fix)) {
        const fixed = applyLinkFixes(result.text, online);
        writePost(filePath, fixed.text, cwd);
        result.text = fixed.text;
        result.output = fixed.text;
        result.fixed += fixed.fixed;
        result.report = analyze(fixed.text, { ...config, preview: false, suggestions: args.format === 'json' }, rules);
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

/** Reads a post as UTF-8, noting whether the text writes back to the very same bytes. */
function readPost(filePath: string, cwd: string): { text: string; exactUtf8: boolean } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(filePath);
  } catch (error) {
    throw new UsageError(`cannot read "${relative(cwd, filePath) || filePath}": ${describeFsError(error)}.`);
  }
  const text = bytes.toString('utf8');
  return { text, exactUtf8: Buffer.from(text, 'utf8').equals(bytes) };
}

function writePost(filePath: string, text: string, cwd: string): void {
  try {
    writeFileSync(filePath, text, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot write the fixes to "${relative(cwd, filePath) || filePath}": ${describeFsError(error)}.`);
  }
}

/** The rules and what each checks, so a site owner can write the "rules" part of the config. */
function rulesHelp(rules: readonly Rule[]): string {
  const width = Math.max(0, ...rules.map((r) => r.id.length));
  return `\nRules (set each to off, info, warning or error in the config's "rules"):\n${rules.map((r) => `  ${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.description}`).join('\n')}\n`;
}
