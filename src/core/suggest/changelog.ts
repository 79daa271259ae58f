import type { Token, Tokens } from 'marked';

/** A section of release notes named by the kind of change it lists, and how many items it lists. */
export interface ChangeSection {
  kind: ChangeKind;
  count: number;
  /** The first heading of this kind. */
  heading: Token;
}

type ChangeKind = 'features' | 'improvements' | 'performance' | 'fixes' | 'security' | 'docs' | 'breaking' | 'deprecations';

/**
 * Release notes generated from a changelog ("## Features", "## Bug Fixes", "## Documentation",
 * each a list of commits) have little prose and few specific headings; their authors describe
 * them by what kinds of change they bring ("This release adds some new features and fixes several
 * bugs"). English only (compose.ts asks for an English post): the phrases below are English, and
 * the posts written this way in the evaluation corpus are too.
 */
const KINDS: ReadonlyArray<readonly [RegExp, ChangeKind]> = [
  [/^(?:new )?features?(?: (?:and|&) (?:improvements|enhancements))?$|^added$/, 'features'],
  [/^(?:minor |major )?(?:enhancements?|improvements?)$|^changed$/, 'improvements'],
  [/^performance(?: improvements?)?$/, 'performance'],
  [/^(?:bug ?fix(?:es)?|fix(?:es|ed)?|bugs?(?: fixed)?)$/, 'fixes'],
  [/^security(?: fix(?:es)?| updates?)?$/, 'security'],
  [/^(?:documentation|docs)(?: (?:changes|updates|improvements))?$/, 'docs'],
  [/^breaking changes?$/, 'breaking'],
  [/^deprecat(?:ions?|ed)$/, 'deprecations'],
];

const PHRASES: Record<ChangeKind, readonly [one: string, many: string]> = {
  features: ['new feature', 'new features'],
  improvements: ['improvement', 'improvements'],
  performance: ['performance improvement', 'performance improvements'],
  fixes: ['bug fix', 'bug fixes'],
  security: ['security fix', 'security fixes'],
  docs: ['documentation update', 'documentation updates'],
  breaking: ['breaking change', 'breaking changes'],
  deprecations: ['deprecation', 'deprecations'],
};

/** Emoji, a leading number and a trailing colon around a heading's words ("🐞 Bug Fixes:"). */
const AROUND = /^[\s\p{Extended_Pictographic}\p{So}\uFE0F\u200d\d.)]+|[\s\p{Extended_Pictographic}\p{So}\uFE0F\u200d:：]+$/gu;

/** Words every kind's heading holds: most headings are ruled out by this one test. */
const MAY_NAME_A_KIND = /feat|enhanc|improv|chang|perform|fix|bug|secur|doc|deprecat|added/i;

/** A kind's heading is a few words: longer ones are not read (a run of spaces would make AROUND slow). */
const MAX_HEADING_CHARS = 60;

export function kindOf(heading: string): ChangeKind | undefined {
  if (heading.length > MAX_HEADING_CHARS || !MAY_NAME_A_KIND.test(heading)) return undefined;
  // As the page shows it: without emphasis markers or a custom id ("**Bug Fixes** {#fixes}").
  const words = heading.replace(/\{#[^}]*\}\s*$/, '').replace(/[*_`]/g, '').replace(AROUND, '').replace(/\s+/g, ' ').toLowerCase();
  return KINDS.find(([re]) => re.test(words))?.[1];
}

/**
 * The post's top-level sections whose heading names a kind of change, in order, each with the
 * number of list items under it (up to the next heading of its level or above; subsections such
 * as "### Core" count toward it). Kinds named twice are added up; a section without a list is left out.
 */
export function changeSections(tokens: readonly Token[]): ChangeSection[] {
  const counts = new Map<ChangeKind, { count: number; heading: Token }>();
  let open: { kind: ChangeKind; depth: number; heading: Token } | undefined;
  for (const token of tokens) {
    if (token.type === 'heading') {
      const h = token as Tokens.Heading;
      if (open && h.depth > open.depth) continue;
      const kind = kindOf(h.text);
      open = kind && { kind, depth: h.depth, heading: token };
    } else if (open && token.type === 'list') {
      const seen = counts.get(open.kind);
      counts.set(open.kind, { count: (seen?.count ?? 0) + (token as Tokens.List).items.length, heading: seen?.heading ?? open.heading });
    }
  }
  return [...counts].map(([kind, { count, heading }]) => ({ kind, count, heading }));
}

/**
 * "3 bug fixes", "1 new feature"; without the number ("new features") where the features are
 * also named one by one before it, so the count would read as more of them.
 */
export function changePhrase(section: ChangeSection, counted: boolean): string {
  const [one, many] = PHRASES[section.kind];
  if (!counted) return many;
  return `${section.count} ${section.count === 1 ? one : many}`;
}
