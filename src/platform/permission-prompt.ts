import { isFirefox } from './browser';
import { chromePromptLine, firefoxPromptLine } from './permission-prompt-words';

/** The prompt's line for these hosts, in the words of the browser the panel runs in. */
export function permissionPromptLine(hosts: readonly string[]): { browser: string; line: string } {
  return isFirefox ? { browser: 'Firefox', line: firefoxPromptLine(hosts) } : { browser: 'Your browser', line: chromePromptLine(hosts) };
}
