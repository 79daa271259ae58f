import type { Rule } from '../types';
import bareUrl from './bare-url';
import dateValid from './date-valid';
import deceptiveLink from './deceptive-link';
import descriptionLength from './description-length';
import draftFlag from './draft-flag';
import emphasisAsHeading from './emphasis-as-heading';
import emptyHeading from './empty-heading';
import emptyLinkText from './empty-link-text';
import fieldConstraints from './field-constraints';
import fieldType from './field-type';
import frontmatterFence from './frontmatter-fence';
import headingIncrement from './heading-increment';
import imageAlt from './image-alt';
import insecureHttp from './insecure-http';
import malformedUrl from './malformed-url';
import parserLimits from './parser-limits';
import pastedArtifacts from './pasted-artifacts';
import redirectWrapper from './redirect-wrapper';
import relativeLink from './relative-link';
import replacementCharacter from './replacement-character';
import requiredFields from './required-fields';
import reversedLink from './reversed-link';
import singleH1 from './single-h1';
import titleLength from './title-length';
import trackingParams from './tracking-params';
import twitterHandle from './twitter-handle';
import urlAbsolute from './url-absolute';
import vagueLinkText from './vague-link-text';
import yamlSyntax from './yaml-syntax';

/** Every rule, in the order their findings are listed when they share a position. */
export const rules: Rule[] = [
  // Frontmatter
  frontmatterFence,
  yamlSyntax,
  requiredFields,
  fieldType,
  fieldConstraints,
  titleLength,
  descriptionLength,
  dateValid,
  urlAbsolute,
  twitterHandle,
  draftFlag,
  // Links
  malformedUrl,
  emptyLinkText,
  redirectWrapper,
  reversedLink,
  trackingParams,
  deceptiveLink,
  imageAlt,
  vagueLinkText,
  insecureHttp,
  bareUrl,
  relativeLink,
  // Body
  singleH1,
  emptyHeading,
  headingIncrement,
  emphasisAsHeading,
  pastedArtifacts,
  replacementCharacter,
  parserLimits,
];
