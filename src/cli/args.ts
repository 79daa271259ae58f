import { parseArgs } from 'node:util';
import { UsageError } from './errors';
import { localeFromEnv, type Locale } from '../i18n';

export type OutputFormat = 'stylish' | 'json';

export interface CliArgs {
  command: 'check' | 'help' | 'version';
  patterns: string[];
  format: OutputFormat;
  fix: boolean;
  config?: string;
  quiet: boolean;
  /** `undefined` means no limit. */
  maxWarnings?: number;
  /** Check every link over the network (`--links`). */
  links: boolean;
  /** JSON file that keeps link results between runs (`--link-cache`). */
  linkCache?: string;
  /** Per-request timeout of the link check (`--link-timeout`, seconds on the command line). */
  linkTimeoutMs?: number;
  /** Largest post (and config) read, in bytes (`--max-size`, megabytes on the command line). */
  maxBytes: number;
  /** Language of the messages: `--locale`, else LC_ALL / LC_MESSAGES / LANG, else English. */
  locale: Locale;
}

/** 10 MB: a long real post is well under 1 MB; past this it is most likely not a post. */
export const DEFAULT_MAX_MB = 10;

const FORMATS: readonly OutputFormat[] = ['stylish', 'json'];

/** Parses `argv` (without node and script) into what `main` needs; throws UsageError on misuse. */
export function parseCliArgs(argv: readonly string[], env: Record<string, string | undefined> = process.env): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        quiet: { type: 'boolean', short: 'q' },
        'max-warnings': { type: 'string' },
        links: { type: 'boolean' },
        'link-cache': { type: 'string' },
        'link-timeout': { type: 'string' },
        'max-size': { type: 'string' },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // node:util's messages already name the flag ("Unknown option '--fxi'"); add the way out.
    throw new UsageError(`${(error as Error).message.split('. To specify')[0]}. Run "post-preflight --help" for the options.`);
  }
  const { values, positionals } = parsed;
  const base = { patterns: [], format: 'stylish' as const, fix: false, quiet: false, links: false, maxBytes: DEFAULT_MAX_MB * 1024 * 1024, locale: localeFromEnv(values.locale, env) };
  if (values.help) return { ...base, command: 'help' };
  if (values.version) return { ...base, command: 'version' };

  const [command, ...patterns] = positionals;
  if (command === undefined) throw new UsageError('no command given. Usage: post-preflight check <files or globs…> (see --help).');
  if (command === 'help') return { ...base, command: 'help' };
  if (command !== 'check') throw new UsageError(`unknown command "${command}". The only command is "check", e.g. post-preflight check "content/**/*.md".`);
  if (patterns.length === 0) throw new UsageError('"check" needs at least one file or glob, e.g. post-preflight check "content/**/*.md".');

  const format = values.format ?? 'stylish';
  if (!FORMATS.includes(format as OutputFormat)) throw new UsageError(`unknown format "${format}"; use one of: ${FORMATS.join(', ')}.`);
  return {
    command: 'check',
    patterns,
    format: format as OutputFormat,
    fix: values.fix ?? false,
    config: values.config,
    quiet: values.quiet ?? false,
    maxWarnings: parseMaxWarnings(values['max-warnings']),
    links: values.links ?? false,
    linkCache: values['link-cache'],
    linkTimeoutMs: parseSeconds(values['link-timeout']),
    maxBytes: parseMegabytes(values['max-size']) ?? base.maxBytes,
    locale: base.locale,
  };
}

function parseMegabytes(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const mb = Number(raw.replace(/\s*mb$/i, ''));
  if (!/^\d+(\.\d+)?\s*(mb)?$/i.test(raw) || !(mb > 0) || mb > 4096) throw new UsageError(`--max-size needs a number of megabytes above 0 and up to 4096, e.g. --max-size 25, got "${raw}".`);
  return Math.floor(mb * 1024 * 1024);
}

function parseMaxWarnings(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw new UsageError(`--max-warnings needs a whole number of 0 or more, got "${raw}".`);
  return Number(raw);
}

function parseSeconds(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const seconds = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || seconds <= 0 || seconds > 600) throw new UsageError(`--link-timeout needs a number of seconds between 0 and 600, got "${raw}".`);
  return Math.round(seconds * 1000);
}

export const HELP = `Usage: post-preflight check <files or globs…> [options]

Checks blog posts (markdown with YAML frontmatter): frontmatter, links, body.

Options:
  -f, --format <name>    Output format: stylish (default) or json (ESLint's JSON shape)
      --fix              Apply the safe fixes in place (only the bytes each fix names change)
  -c, --config <file>    Site config (JSON); otherwise the nearest .preflightrc.json or
                         "postPreflight" key in package.json above each post is used
  -q, --quiet            Report errors only
      --max-warnings <n> Exit with 1 when there are more than n warnings
      --links            Also check every link over the network (broken, redirected,
                         unreachable); with --fix, permanent moves are written too
      --link-cache <f>   Keep link results in this JSON file between runs (1 day)
      --link-timeout <s> Seconds to wait for each link (default 10)
      --max-size <MB>    Largest post read, in megabytes (default 10); a bigger file
                         is refused with exit code 2, never read whole
      --locale <tag>     Language of the messages (en, de, es, fr, ja, pt-BR);
                         default from LC_ALL, LC_MESSAGES or LANG, else English
  -h, --help             Show this help
  -v, --version          Show the version

Exit codes: 0 no errors, 1 errors remain (or too many warnings), 2 the check could not run
(bad options or input, an internal error, or a --fix that could not be written safely, e.g.
because the file was edited while it was being checked).
`;
