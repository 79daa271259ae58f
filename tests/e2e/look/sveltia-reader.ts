/**
 * Test-only: the text the Sveltia driver reads from Sveltia's form, for `npm run look:sveltia` to
 * compare with what the core computes. Evaluated in the page beside the extension (its own
 * driver copy only reads). Not part of the extension.
 */
import { sveltiaDriverFactory } from '../../../src/editors/sveltia/driver';

(window as unknown as { __lookSveltiaText: () => string }).__lookSveltiaText = () => sveltiaDriverFactory.find(document)?.read() ?? '';
