export { checkLinks, LINK_CHECK_DEFAULTS } from './check-links';
export { checkPostLinks, placeLinkResults, postLinkTargets, linkReplacementEdit, type CheckPostLinksOptions } from './post-links';
export { linkFindingsToDiagnostics } from './diagnostics';
export { classifyUrl, emailIsValid } from './classify-url';
export { isHttpsUpgrade } from './check-url';
export { systemClock } from './clock';
export { createMemoryCache } from './memory-cache';
export type * from './types';
