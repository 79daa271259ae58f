import { makePost } from './make-post';

/** The ~10 KB post the benchmark and the tests share; committed so a change in it shows in review. */
export const SIZE_FIXTURE_PATH = 'tests/fixtures/posts/generated-10kb.md';
export const sizeFixture = (): string => makePost(10_000, 7);
/** The ~200 KB post is generated on the fly (too big to review as a fixture). */
export const largePost = (): string => makePost(200_000, 11);
