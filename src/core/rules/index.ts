import type { Rule } from '../types';
import dateValid from './date-valid';
import descriptionLength from './description-length';
import draftFlag from './draft-flag';
import fieldConstraints from './field-constraints';
import fieldType from './field-type';
import frontmatterFence from './frontmatter-fence';
import requiredFields from './required-fields';
import titleLength from './title-length';
import twitterHandle from './twitter-handle';
import urlAbsolute from './url-absolute';
import yamlSyntax from './yaml-syntax';

/** Every rule, in the order their findings are listed when they share a position. */
export const rules: Rule[] = [
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
];
