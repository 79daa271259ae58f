import type { DriverSignature } from '../types';

/** CodeMirror 5's wrapper element, which holds the editor object. */
export default { id: 'codemirror5', selector: '.CodeMirror' } satisfies DriverSignature;
