import type { DriverSignature } from '../types';

/** CodeMirror 6's content element, where its driver finds the view. */
export default { id: 'codemirror6', selector: '.cm-content' } satisfies DriverSignature;
