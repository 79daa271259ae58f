export { serializeEntry, locateFields, BODY_FIELD } from './serialize';
export { mapEdits, coerce, diffPaths, type MappedEdits } from './map-edits';
export { schemaFromFields } from './schema';
export { toPlainValue, toEntryData, toFieldConfigs } from './plain';
export type * from './types';
