/** `node .cache/bench/write-size-fixture.js` (after the bench build) rewrites the committed ~10 KB fixture. */
import { writeFileSync } from 'node:fs';
import { SIZE_FIXTURE_PATH, sizeFixture } from './size-fixture';

writeFileSync(SIZE_FIXTURE_PATH, sizeFixture());
console.log(`wrote ${SIZE_FIXTURE_PATH}`);
