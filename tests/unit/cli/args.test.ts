import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../src/cli/args';
import { UsageError } from '../../../src/cli/errors';

describe('parseCliArgs', () => {
  it('reads the check command, its patterns and every option', () => {
    expect(parseCliArgs(['check', 'a.md', 'posts/**/*.md', '--format', 'json', '--fix', '--config', 'site.json', '--quiet', '--max-warnings', '3', '--links', '--link-cache', 'links.json', '--link-timeout', '2.5', '--max-size', '25', '--locale', 'pt-BR'])).toEqual({
      command: 'check',
      patterns: ['a.md', 'posts/**/*.md'],
      format: 'json',
      fix: true,
      config: 'site.json',
      quiet: true,
      maxWarnings: 3,
      links: true,
      linkCache: 'links.json',
      linkTimeoutMs: 2500,
      maxBytes: 25 * 1024 * 1024,
      locale: 'pt_BR',
    });
  });

  it('defaults to the stylish format, no fixing, no warning limit', () => {
    expect(parseCliArgs(['check', 'a.md'])).toMatchObject({ format: 'stylish', fix: false, quiet: false, maxWarnings: undefined, config: undefined, maxBytes: 10 * 1024 * 1024 });
    expect(parseCliArgs(['check', 'a.md', '--max-size', '0.5MB']).maxBytes).toBe(512 * 1024);
  });

  it('answers --help and --version without needing a command', () => {
    expect(parseCliArgs(['--help']).command).toBe('help');
    expect(parseCliArgs(['-v']).command).toBe('version');
    expect(parseCliArgs(['help']).command).toBe('help');
  });

  it.each([
    [['check', 'a.md', '--fxi'], /Unknown option '--fxi'.*--help/],
    [[], /no command given/],
    [['lint', 'a.md'], /unknown command "lint"/],
    [['check'], /needs at least one file or glob/],
    [['check', 'a.md', '--format', 'xml'], /unknown format "xml"; use one of: stylish, json/],
    [['check', 'a.md', '--max-warnings=-1'], /--max-warnings needs a whole number/],
    [['check', 'a.md', '--max-warnings', 'lots'], /--max-warnings needs a whole number/],
    [['check', 'a.md', '--config'], /--config/],
    [['check', 'a.md', '--max-size', '0'], /--max-size needs a number of megabytes/],
    [['check', 'a.md', '--max-size', 'big'], /--max-size needs a number of megabytes/],
    [['check', 'a.md', '--max-size', '1e9'], /--max-size needs a number of megabytes/],
    [['check', 'a.md', '--link-timeout', '0'], /--link-timeout needs a number of seconds above 0 and up to 600, got "0"/],
  ])('refuses %j with a usage error that says what to do', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
