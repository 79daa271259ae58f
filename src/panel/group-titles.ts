import { tr } from '../platform/locale';
import type { Diagnostic } from '../core/types';

/**
 * The heading of each rule's group in the panel, with its count: "18 links carry tracking
 * parameters". Words for people scanning a long post, not the rule's own description (which
 * says what a good post does). Every rule has one; a meta-test checks the registry against it.
 */
type Title = (n: number, items?: readonly Diagnostic[]) => string;

export const GROUP_TITLES: Record<string, Title> = {
  // Frontmatter
  'frontmatter-fence': () => tr('groupFrontmatterFence'),
  'yaml-syntax': (count) => tr('groupYamlSyntax', { count }),
  'required-fields': (count) => tr('groupRequiredFields', { count }),
  'field-type': (count) => tr('groupFieldType', { count }),
  'field-constraints': (count) => tr('groupFieldConstraints', { count }),
  'title-length': () => tr('groupTitleLength'),
  // Says which way it is wrong when the finding is there to ask (the ignored list has none).
  'description-length': (_n, items) => tr(!items?.length ? 'groupDescriptionLength' : items.every((d) => d.data?.tooShort === true) ? 'groupDescriptionTooShort' : 'groupDescriptionTooLong'),
  'date-valid': (count) => tr('groupDateValid', { count }),
  'url-absolute': (count) => tr('groupUrlAbsolute', { count }),
  'twitter-handle': (count) => tr('groupTwitterHandle', { count }),
  'draft-flag': () => tr('groupDraftFlag'),
  // Links
  'malformed-url': (count) => tr('groupMalformedUrl', { count }),
  'empty-link-text': (count) => tr('groupEmptyLinkText', { count }),
  'tracking-params': (count) => tr('groupTrackingParams', { count }),
  'image-alt': (count) => tr('groupImageAlt', { count }),
  'vague-link-text': (count) => tr('groupVagueLinkText', { count }),
  'insecure-http': (count) => tr('groupInsecureHttp', { count }),
  'bare-url': (count) => tr('groupBareUrl', { count }),
  'reversed-link': (count) => tr('groupReversedLink', { count }),
  'relative-link': (count) => tr('groupRelativeLink', { count }),
  'redirect-wrapper': (count) => tr('groupRedirectWrapper', { count }),
  'link-check': (count) => tr('groupLinkCheck', { count }),
  'deceptive-link': (count) => tr('groupDeceptiveLink', { count }),
  // Body
  'single-h1': (count) => tr('groupSingleH1', { count }),
  'empty-heading': (count) => tr('groupEmptyHeading', { count }),
  'heading-increment': (count) => tr('groupHeadingIncrement', { count }),
  'emphasis-as-heading': (count) => tr('groupEmphasisAsHeading', { count }),
  'pasted-artifacts': (count) => tr('groupPastedArtifacts', { count }),
  'replacement-character': () => tr('groupReplacementCharacter'),
  'parser-limits': (count) => tr('groupParserLimits', { count }),
  // The post's own directive comments
  directive: (count) => tr('groupDirective', { count }),
};

/** The group heading for `count` findings of `ruleId` (a rule added later without a title still reads well). */
export function groupTitle(ruleId: string, count: number, items?: readonly Diagnostic[]): string {
  const title = GROUP_TITLES[ruleId];
  return title ? title(count, items) : tr('groupOther', { rule: ruleId, count });
}

/** The label of a group's bulk button: what it does to all of them. */
export function bulkLabel(ruleId: string, count: number): string {
  return ruleId === 'tracking-params' ? tr('cleanAll', { count }) : tr('fixAll', { count });
}
