import type { Rule } from '../types';
import frontmatterFence from './frontmatter-fence';
import yamlSyntax from './yaml-syntax';
import trackingParams from './tracking-params';
import insecureHttp from './insecure-http';
import malformedUrl from './malformed-url';
import emptyLinkText from './empty-link-text';
import vagueLinkText from './vague-link-text';
import bareUrl from './bare-url';
import imageAlt from './image-alt';
import relativeLink from './relative-link';

/** Every rule, in the order their findings are listed when they share a position. */
export const rules: Rule[] = [
  frontmatterFence,
  yamlSyntax,
  // Links
  malformedUrl,
  emptyLinkText,
  trackingParams,
  imageAlt,
  vagueLinkText,
  insecureHttp,
  bareUrl,
  relativeLink,
];
