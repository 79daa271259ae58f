import type { Rule } from '../types';
import fieldType from './field-type';
import frontmatterFence from './frontmatter-fence';
import requiredFields from './required-fields';
import yamlSyntax from './yaml-syntax';

/** Every rule, in the order their findings are listed when they share a position. */
export const rules: Rule[] = [frontmatterFence, yamlSyntax, requiredFields, fieldType];
