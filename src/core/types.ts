/**
 * The core's vocabulary. Everything here is plain data so that a report can cross
 * a structured-clone boundary (panel ↔ content script) and be printed as JSON by the CLI.
 * All offsets are UTF-16 code-unit offsets into the whole post text, exactly as given to `analyze`.
 */
import type { Token } from 'marked';
import type { Document } from 'yaml';
import type { PostSchema } from './schema/types';
import type { Directive } from './directives';
import type { Locale } from '../i18n/locales';

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

/**
 * A change offered one at a time (ESLint's suggestions): it may alter the post's structure or
 * wording, so the author chooses it; `--fix` and bulk buttons never apply it.
 */
export interface Suggestion {
  /** What it does, as a button label ("Change this heading to H2"). */
  description: string;
  edits: TextEdit[];
}

/** What a rule reports; `analyze` adds the rule id, severity and line/columns. */
export interface Finding {
  start: number;
  end: number;
  message: string;
  /**
   * A change an author would accept unseen (meaning and structure kept): applied by `--fix` and
   * the panel's bulk buttons. Only from rules whose `meta.fixable` is true.
   */
  fix?: Fix;
  /** Changes offered one at a time (heading levels, rewording…). Only from rules with `meta.hasSuggestions`. */
  suggestions?: Suggestion[];
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
  | 'html' // <a href="…">, and the address of an embedded widget: <iframe src>, <blockquote cite | data-instgrm-permalink>
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
  /** For `html` addresses of embedded widgets: the element that holds it (`iframe`, `blockquote`); absent for `<a>` and `<img>`. */
  element?: string;
  /**
   * For a link written in the markdown of a frontmatter text field (a caption, a summary): the
   * field, and how its value is written. Offsets are still positions in the whole text, but the
   * characters there are YAML (quotes, escapes): edit through `urlEdit` (src/core/links/url-edit.ts).
   */
  field?: FieldLinkSite;
}

export interface FieldLinkSite {
  /** Dotted path of the field (`image.caption`, `sections.0.body`) and its parts. */
  path: string;
  parts: string[];
  style: 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';
  /** Where `url` starts in the field's value (as YAML reads it). */
  urlOffset: number;
  /** The value's characters were each mapped to their source (checked against the YAML parser); without it no edit is offered. */
  mapped: boolean;
  /** The source characters of the URL are the URL itself (no escapes, no doubled quotes). */
  literal: boolean;
  /** A TOML string (Hugo's `+++`): `'…'` can't hold a `'` at all, `"…"` escapes with backslashes. */
  toml?: true;
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
  /** DUPLICATE_KEY: the key's dotted path, for the message in other languages. */
  key?: string;
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

/**
 * A part of the body the markdown parser could not read whole (a paragraph of megabytes, a line
 * nested thousands deep): `unread` was kept as plain text, so its links, headings and formatting
 * went unchecked; `split` was read in pieces, so everything in it was checked.
 */
export interface ParseNotice {
  start: number;
  end: number;
  kind: 'unread' | 'split';
}

/** The post as rules see it: parsed once, read by every rule. */
export interface ParsedPost {
  text: string;
  frontmatter: Frontmatter;
  body: Body;
  links: LinkRef[];
  headings: Heading[];
  /** What the markdown parser could not read whole (see ParseNotice); reported by the parser-limits rule. */
  notices?: ParseNotice[];
}

export interface RuleContext extends ParsedPost {
  schema: PostSchema;
  options: ResolvedOptions;
}

/** ESLint's rule types: a problem (wrong or broken), a suggestion (could be better), layout (invisible formatting). */
export type RuleType = 'problem' | 'suggestion' | 'layout';

/** What a rule is and what it may change, as ESLint's `meta`. Checked by tests/unit/rules/meta.test.ts. */
export interface RuleMeta {
  type: RuleType;
  /** Its `fix`es keep the post's meaning and structure, so `--fix` and bulk buttons may apply them unseen. */
  fixable?: boolean;
  /** It offers `suggestions`, one at a time. */
  hasSuggestions?: boolean;
  docs: {
    /** One line, shown in the options page, `--help` and the README rules table. */
    description: string;
    /** The README anchor that documents it (`#rules`, or a section of its own). */
    anchor: string;
  };
}

export interface Rule {
  /** Equals the rule's file name in src/core/rules/. */
  id: string;
  meta: RuleMeta;
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
  /** Language of the findings' messages (default English). */
  locale?: Locale;
  /** Skip rendering the preview HTML (the CLI doesn't need it). */
  preview?: boolean;
  /** Skip description suggestions. */
  suggestions?: boolean;
  /** The current time (ms since epoch) for "dated in the future" checks; without it they are skipped, keeping results deterministic. */
  now?: number;
}

export interface ResolvedOptions {
  rules: Record<string, RuleSetting>;
  /** Language of the messages; English when absent. */
  locale?: Locale;
  baseUrl?: string;
  extraTrackingParams: string[];
  keepTrackingParams?: string[];
  now?: number;
}

export interface SuggestionScore {
  /** Share of the title's key words the candidate carries, 0–1. */
  titleWords: number;
  /** Share of the post's central terms (the words it keeps coming back to) the candidate carries, 0–1. */
  topic: number;
  /** Says what the post is or does ("introduces", "is now available", "how to", "we'll explore"), 0–1. */
  summary: number;
  /** Closeness to the ideal length, 0–1. */
  length: number;
  /** Earlier sentences score higher, 0–1. */
  position: number;
  /** Penalty for openers that need the previous sentence, calls to action, exclamations, compression steps; 0–1 (1 = none). */
  clarity: number;
  /** Suits the kind of post: a list of what a roundup covers, a sentence for anything else; 0–1. */
  form: number;
  total: number;
}

export interface DescriptionSuggestion {
  text: string;
  length: number;
  pixels: number;
  score: SuggestionScore;
  /** Where the text comes from: the post's sentences, or its section headings / list items named in a list. */
  source: 'sentences' | 'headings' | 'list items';
  /** What was done to get it, in words ("sentences 1–2 of the post", "parenthetical dropped"). */
  how: string[];
  /** Range in the whole text the candidate was taken from (first sentence start → last sentence end). */
  start: number;
  end: number;
}

/** What search results show of a title and a description (from the resolved schema). */
export interface SnippetLimits {
  titleMaxPixels: number;
  descriptionMinLength: number;
  descriptionMaxLength: number;
  descriptionMinPixels: number;
  descriptionMaxPixels: number;
}

/** Why a post gets no description suggestions (see suggest/why-none.ts). */
export type NoSuggestions = 'no-prose' | 'little-prose' | 'none-fit';

export interface Report {
  diagnostics: Diagnostic[];
  frontmatter: { data: Record<string, unknown>; present: boolean; closed: boolean };
  body: { start: number; text: string };
  links: LinkRef[];
  headings: Heading[];
  /** Rendered but NOT sanitized: the panel sanitizes it (DOMPurify) before showing it. */
  html: string;
  suggestions: DescriptionSuggestion[];
  /** Why `suggestions` is empty (absent when there are some, or when they were not asked for). */
  noSuggestions?: NoSuggestions;
  /** Where the description lives, per the schema (e.g. `seo.description`). */
  descriptionPath: string;
  /**
   * The resolved schema's search-result limits, so the panel's snippet preview and length hints
   * measure with the same numbers the rules and the suggester use (a suggestion that fits is never
   * shown cut in the panel's own preview).
   */
  limits: SnippetLimits;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Findings the post's own directive comments turned off (`<!-- post-preflight-disable … -->`), not counted. */
  suppressed?: Diagnostic[];
  /** Those directive comments, so findings added later (the link check) obey them too. */
  directives?: Directive[];
}
