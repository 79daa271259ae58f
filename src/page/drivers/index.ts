import type { PageDriverFactory } from '../driver';
import codemirror5 from './codemirror5';
import codemirror6 from './codemirror6';
import { decapDriverFactory } from './decap';
import monaco from './monaco';
import { sveltiaDriverFactory } from '../../editors/sveltia/driver';

/**
 * Every MAIN-world driver, tried in this order on each DOM change; the first that finds an
 * editor is attached. CMS drivers (decap) go first: a CMS may embed one of the plain editors.
 */
export const driverFactories: readonly PageDriverFactory[] = [decapDriverFactory, sveltiaDriverFactory, monaco, codemirror6, codemirror5];
