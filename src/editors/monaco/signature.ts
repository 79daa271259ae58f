import type { DriverSignature } from '../types';

/** Every Monaco editor, global or bundled, renders a `.monaco-editor` element. */
export default { id: 'monaco', selector: '.monaco-editor' } satisfies DriverSignature;
