export { analyze } from './analyze';
export { applyEdits, applyFixes } from './fix';
export { parsePost } from './parse/post';
export { rules } from './rules/index';
export { DEFAULT_SCHEMA, resolveSchema } from './schema/defaults';
export type * from './types';
export type * from './schema/types';
