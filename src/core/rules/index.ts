import type { Rule } from '../types';
import emphasisAsHeading from './emphasis-as-heading';
import frontmatterFence from './frontmatter-fence';
import headingIncrement from './heading-increment';
import pastedArtifacts from './pasted-artifacts';
import singleH1 from './single-h1';
import yamlSyntax from './yaml-syntax';

/** Every rule, in the order their findings are listed when they share a position. */
export const rules: Rule[] = [frontmatterFence, yamlSyntax, singleH1, headingIncrement, emphasisAsHeading, pastedArtifacts];
