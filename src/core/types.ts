/**
 * The core's vocabulary. Everything here is plain data so that a report can cross
 * a structured-clone boundary (panel ↔ content script) and be printed as JSON by the CLI.
 * All offsets are UTF-16 code-unit offsets into the whole post text, exactly as given to `analyze`.
 */
import type { Token } from 'marked';
import type { Document } from 'yaml';
import type { PostSchema } from './schema/types';

export type Severity = 'error' | 'warning' | 'info';

/** Replace `text.slice(start, end)` with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  /** What the fix does, for a button label or a `--fix` log line. */
  description: string;
  edits: TextEdit[];
}

/** What a rule reports; `analyze` adds the rule id, severity and line/columns. */
export interface Finding {
  start: number;
  end: number;
  message: string;
  fix?: Fix;
  /** Overrides the rule's default severity for this one finding. */
  severity?: Severity;
  /** Machine-readable detail (e.g. `{ url, removed: ['utm_source'] }`). */
  data?: Record<string, unknown>;
}

export interface Diagnostic extends Finding {
  ruleId: string;
  severity: Severity;
  /** 1-based line and column of `start`; `endLine`/`endColumn` of `end` (exclusive). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type LinkKind =
  | 'inline' // [text](url)
  | 'reference' // [text][ref] — url lives in a definition
  | 'definition' // [ref]: url
  | 'autolink' // <https://…>
  | 'bare' // https://… in text (GFM autolink literal)
  | 'html' // <a href="…">
  | 'image' // ![alt](src)
  | 'html-image'; // <img src="…">

export interface LinkRef {
  kind: LinkKind;
  /** The destination exactly as written in the source (no unescaping). */
  url: string;
  /** Where `url` sits in the whole text; a fix replaces exactly this range. */
  urlStart: number;
  urlEnd: number;
  /** Whole construct, e.g. `[text](url)`. For references: the usage. */
  start: number;
  end: number;
  /** Link text as plain text, or the image's alt text. `undefined` when the construct has none (definitions). */
  text?: string;
  title?: string;
}

export interface Heading {
  depth: number;
  text: string;
  /** GitHub-style anchor slug, for `#fragment` links. */
  slug: string;
  start: number;
  end: number;
}

export interface FrontmatterError {
  message: string;
  start: number;
  end: number;
  code?: string;
}

export interface Frontmatter {
  /** True when the text opens with a `---` fence (or `+++` for TOML, `{` for JSON). */
  present: boolean;
  /** The frontmatter's language; YAML when absent. TOML and JSON are read (positions included), not written. */
  format?: 'yaml' | 'toml' | 'json';
  /** True when the opening fence has its closing fence. */
  closed: boolean;
  /** Whole block including fences and the newline after the closing fence. */
  start: number;
  end: number;
  /** The YAML between the fences. */
  yamlStart: number;
  yamlEnd: number;
  /** The parsed mapping ({} when absent or broken). */
  data: Record<string, unknown>;
  /** YAML syntax errors, duplicate keys, non-mapping root, with file offsets. */
  errors: FrontmatterError[];
  /** The `yaml` Document (CST-preserving) when parsed; node ranges are relative to `yamlStart`. */
  doc?: Document;
  /** Offset in the whole text that `doc`'s node ranges are relative to. */
  docBase?: number;
}

export interface Body {
  /** Offset of the body (after the frontmatter) in the whole text. */
  start: number;
  text: string;
  /** marked's tokens for `text` (lexed once, shared by rules and the preview). */
  tokens: Token[];
}

/** The post as rules see it: parsed once, read by every rule. */
export interface ParsedPost {
  text: string;
  frontmatter: Frontmatter;
  body: Body;
  links: LinkRef[];
  headings: Heading[];
}

export interface RuleContext extends ParsedPost {
  schema: PostSchema;
  options: ResolvedOptions;
}

export interface Rule {
  id: string;
  /** One line, shown in the options page and `--help`. */
  description: string;
  defaultSeverity: Severity;
  check(ctx: RuleContext): Finding[];
}

export type RuleSetting = Severity | 'off';

export interface AnalyzeOptions {
  /** Site schema: required fields, types, lengths, where the description lives. */
  schema?: Partial<PostSchema>;
  /** Per-rule severity or 'off'. */
  rules?: Record<string, RuleSetting>;
  /** Absolute base URL used to resolve relative links and images. */
  baseUrl?: string;
  /** Extra tracking parameters (`name`, `prefix_*`, or `host:name`). */
  extraTrackingParams?: string[];
  /** Parameters never removed as tracking, same forms (e.g. `example.com:ref` for a site that needs it). */
  keepTrackingParams?: string[];
  /** Skip rendering the preview HTML (the CLI doesn't need it). */
  preview?: boolean;
  /** Skip description suggestions. */
  suggestions?: boolean;
  /** The current time (ms since epoch) for "dated in the future" checks; without it they are skipped, keeping results deterministic. */
  now?: number;
}

export interface ResolvedOptions {
  rules: Record<string, RuleSetting>;
  baseUrl?: string;
  extraTrackingParams: string[];
  keepTrackingParams?: string[];
  now?: number;
}

export interface SuggestionScore {
  /** Share of the title's key words the candidate carries, 0–1. */
  titleWords: number;
  /** Closeness to the ideal length, 0–1. */
  length: number;
  /** Earlier sentences score higher, 0–1. */
  position: number;
  /** Penalty for vague/boilerplate openings, 0–1 (1 = none). */
  clarity: number;
  total: number;
}

export interface DescriptionSuggestion {
  text: string;
  length: number;
  pixels: number;
  score: SuggestionScore;
  /** Range in the whole text the candidate was taken from (first sentence start → last sentence end). */
  start: number;
  end: number;
}

export interface Report {
  diagnostics: Diagnostic[];
  frontmatter: { data: Record<string, unknown>; present: boolean; closed: boolean };
  body: { start: number; text: string };
  links: LinkRef[];
  headings: Heading[];
  /** Rendered but NOT sanitized: the panel sanitizes it (DOMPurify) before showing it. */
  html: string;
  suggestions: DescriptionSuggestion[];
  /** Where the description lives, per the schema (e.g. `seo.description`). */
  descriptionPath: string;
  errorCount: number;
  warningCount: number;
  infoCount: number;
}
