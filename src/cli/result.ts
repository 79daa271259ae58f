import type { Diagnostic, Report } from '../core/index';

/** One checked post, as the formatters see it. */
export interface FileResult {
  /** Absolute path (the JSON format's `filePath`, like ESLint). */
  filePath: string;
  /** Path relative to the working directory, for people. */
  displayPath: string;
  /** The final text (after `--fix`); diagnostic offsets point into it. */
  text: string;
  /** The report on the final text (after `--fix`, when it changed anything). */
  report: Report;
  /** Diagnostics to show (all, or only errors with `--quiet`). */
  shown: Diagnostic[];
  /** Fixes applied by `--fix`. */
  fixed: number;
  /** The fixed text, when `--fix` changed the file. */
  output?: string;
  /** Why `--fix` left this file alone, if it did. */
  notFixedReason?: string;
}
