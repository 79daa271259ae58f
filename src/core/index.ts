// The library (and the CLI through it) runs in Node: every language available synchronously.
import '../i18n/all-catalogs';
export { analyze } from './analyze';
export { applyEdits, applyFixes } from './fix';
export { parsePost } from './parse/post';
export { findField, walkFields, getPath, type FieldLocation, type FieldEntry } from './parse/fields';
export { rules } from './rules/index';
export { DEFAULT_SCHEMA, resolveSchema } from './schema/defaults';
export { setFieldEdits, SetFieldError, type SetFieldErrorCode } from './frontmatter/set-field';
export { checkDate, type DateCheck } from './frontmatter/dates';
export { textWidth, fitLength, visiblePart, TITLE_FONT_PX, DESCRIPTION_FONT_PX } from './text/pixel-width';
export type * from './types';
export type * from './schema/types';
export { cleanUrl, type CleanUrlOptions, type CleanedUrl } from './links/clean-url';
export { cleanLinksEdits } from './links/clean-all';
export { trackingMatcher, type TrackingMatcher } from './links/tracking-table';
export { frontmatterUrls, type FrontmatterUrl } from './links/frontmatter-urls';
export { parseDirectives, applyDirectives, isSuppressed, DIRECTIVE_RULE, type Directive, type DirectiveKind } from './directives';
