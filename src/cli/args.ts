import { parseArgs } from 'node:util';
import { UsageError, words } from './errors';
import { localeFromEnv, t, type Key, type Locale } from '../i18n';

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
    // node:util's message is English; other languages quote it as a technical detail.
    throw new UsageError(words('cliBadOption', { detail: (error as Error).message.split('. To specify')[0]! }));
  }
  const { values, positionals } = parsed;
  const base = { patterns: [], format: 'stylish' as const, fix: false, quiet: false, links: false, maxBytes: DEFAULT_MAX_MB * 1024 * 1024, locale: localeFromEnv(values.locale, env) };
  if (values.help) return { ...base, command: 'help' };
  if (values.version) return { ...base, command: 'version' };

  const [command, ...patterns] = positionals;
  if (command === undefined) throw new UsageError(words('cliNoCommand'));
  if (command === 'help') return { ...base, command: 'help' };
  if (command !== 'check') throw new UsageError(words('cliUnknownCommand', { command }));
  if (patterns.length === 0) throw new UsageError(words('cliCheckNeedsFiles'));

  const format = values.format ?? 'stylish';
  if (!FORMATS.includes(format as OutputFormat)) throw new UsageError(words('cliUnknownFormat', { format, formats: FORMATS.join(', ') }));
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
  if (!/^\d+(\.\d+)?\s*(mb)?$/i.test(raw) || !(mb > 0) || mb > 4096) throw new UsageError(words('cliBadMaxSize', { value: raw }));
  return Math.floor(mb * 1024 * 1024);
}

function parseMaxWarnings(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw new UsageError(words('cliBadMaxWarnings', { value: raw }));
  return Number(raw);
}

function parseSeconds(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const seconds = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || seconds <= 0 || seconds > 600) throw new UsageError(words('cliBadLinkTimeout', { value: raw }));
  return Math.round(seconds * 1000);
}

/**
 * The language for messages about the command line itself, found even when the arguments don't
 * parse: the last `--locale X` / `--locale=X`, else the environment, as `parseCliArgs` would.
 */
export function localeOfArgv(argv: readonly string[], env: Record<string, string | undefined> = process.env): Locale {
  let flag: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--locale' && argv[i + 1] !== undefined) flag = argv[i + 1];
    else if (arg.startsWith('--locale=')) flag = arg.slice('--locale='.length);
  });
  return localeFromEnv(flag, env);
}

/** Each option's flags (as typed) and the message that says what it does. */
const OPTIONS: readonly (readonly [string, Key])[] = [
  ['-f, --format <name>', 'cliOptFormat'],
  ['    --fix', 'cliOptFix'],
  ['-c, --config <file>', 'cliOptConfig'],
  ['-q, --quiet', 'cliOptQuiet'],
  ['    --max-warnings <n>', 'cliOptMaxWarnings'],
  ['    --links', 'cliOptLinks'],
  ['    --link-cache <f>', 'cliOptLinkCache'],
  ['    --link-timeout <s>', 'cliOptLinkTimeout'],
  ['    --max-size <MB>', 'cliOptMaxSize'],
  ['    --locale <tag>', 'cliOptLocale'],
  ['-h, --help', 'cliOptHelp'],
  ['-v, --version', 'cliOptVersion'],
];
const HELP_WIDTH = 92;

/** The `--help` text in `locale`, option descriptions wrapped at spaces (a long run without spaces, as Japanese has, is left to the terminal). */
export function helpText(locale: Locale): string {
  const flagsWidth = Math.max(...OPTIONS.map(([flags]) => flags.length)) + 1;
  const options = OPTIONS.map(([flags, key]) => `  ${flags.padEnd(flagsWidth)}${wrap(t(locale, key), HELP_WIDTH - flagsWidth - 2).join(`\n${' '.repeat(flagsWidth + 2)}`)}`);
  return [t(locale, 'cliHelpUsage'), '', t(locale, 'cliHelpAbout'), '', t(locale, 'cliHelpOptions'), ...options, '', wrap(t(locale, 'cliHelpExit'), HELP_WIDTH).join('\n'), ''].join('\n');
}

/** Columns a terminal gives `text`: CJK and full-width characters take two. */
const columns = (text: string) => text.length + (text.match(/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g)?.length ?? 0);

/** `text` cut into lines of at most `width` columns, at spaces (a longer word keeps its own line). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && columns(line) + 1 + columns(word) > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}
