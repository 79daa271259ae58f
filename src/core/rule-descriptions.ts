import { t, type Key, type Locale } from '../i18n';
import type { RuleInfo } from './rule-catalog';

/**
 * The one-line description of each rule id in the catalog, for the options page and `--help`.
 * `meta.docs.description` stays the English source (README table, docs); a meta-test checks
 * that every rule of the registry has its message here and that the English ones agree.
 */
export const RULE_DESCRIPTION_KEYS: Record<string, Key> = {
  'bare-url': 'ruleDescBareUrl',
  'date-valid': 'ruleDescDateValid',
  'deceptive-link': 'ruleDescDeceptiveLink',
  'description-length': 'ruleDescDescriptionLength',
  'draft-flag': 'ruleDescDraftFlag',
  'emphasis-as-heading': 'ruleDescEmphasisAsHeading',
  'empty-heading': 'ruleDescEmptyHeading',
  'empty-link-text': 'ruleDescEmptyLinkText',
  'field-constraints': 'ruleDescFieldConstraints',
  'field-type': 'ruleDescFieldType',
  'frontmatter-fence': 'ruleDescFrontmatterFence',
  'heading-increment': 'ruleDescHeadingIncrement',
  'image-alt': 'ruleDescImageAlt',
  'insecure-http': 'ruleDescInsecureHttp',
  'malformed-url': 'ruleDescMalformedUrl',
  'parser-limits': 'ruleDescParserLimits',
  'pasted-artifacts': 'ruleDescPastedArtifacts',
  'redirect-wrapper': 'ruleDescRedirectWrapper',
  'replacement-character': 'ruleDescReplacementCharacter',
  'relative-link': 'ruleDescRelativeLink',
  'required-fields': 'ruleDescRequiredFields',
  'reversed-link': 'ruleDescReversedLink',
  'single-h1': 'ruleDescSingleH1',
  'title-length': 'ruleDescTitleLength',
  'tracking-params': 'ruleDescTrackingParams',
  'twitter-handle': 'ruleDescTwitterHandle',
  'url-absolute': 'ruleDescUrlAbsolute',
  'vague-link-text': 'ruleDescVagueLinkText',
  'yaml-syntax': 'ruleDescYamlSyntax',
  'link-check': 'ruleDescLinkCheck',
};

/** A rule's description in `locale`; a rule without a message (a test's own rule) keeps its English one. */
export function ruleDescription(locale: Locale, rule: Pick<RuleInfo, 'id' | 'meta'>): string {
  const key = RULE_DESCRIPTION_KEYS[rule.id];
  return key ? t(locale, key) : rule.meta.docs.description;
}
