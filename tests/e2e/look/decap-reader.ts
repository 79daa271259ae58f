/**
 * Test-only: the text the Decap driver reads from Decap's store, for `npm run look:decap` to
 * compare with what the core computes. Evaluated in the page beside the extension (its own
 * driver copy only reads: no subscription, no writes). Not part of the extension.
 */
import { decapDriverFactory } from '../../../src/editors/decap/driver';

(window as unknown as { __lookDecapText: () => string }).__lookDecapText = () => decapDriverFactory.find(document)?.read() ?? '';
