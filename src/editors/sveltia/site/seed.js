// Seeds Sveltia's test-repo backend, which reads and writes the folder `sveltia-cms-test` of the
// origin-private file system, then loads Sveltia. Every load starts from these two posts (like
// Decap's in-memory test-repo), so a test or a demo session never sees an earlier session's saves.
// A script loaded before this one may set `window.seedPosts` (file name → text) to seed other
// posts instead (`npm run look:sveltia`).
(async () => {
  const posts = window.seedPosts ?? {
    'november-newsletter.md': [
      '---',
      'title: November newsletter',
      'date: 2026-11-20T09:00:00.000Z',
      'seo:',
      '  title: Garden club news for November',
      '  description: Short news.',
      'hidePost: false',
      'tags:',
      '  - newsletter',
      '  - garden',
      'author: Robin Ash',
      '---',
      '',
      'Welcome back to the garden club letter. This month we planted bulbs along the north fence.',
      '',
      'Read the [planting guide](https://example.org/guide?utm_source=newsletter&utm_medium=email&page=2) before the next meeting.',
      '',
      'Watch the [compost video](https://youtu.be/abc123XYZ?si=Qw3rTy) if you missed the workshop.',
      '',
    ].join('\n'),
    'october-recap.md': [
      '---',
      'title: October recap',
      'date: 2026-10-30T18:00:00.000Z',
      'seo:',
      '  title: What happened in October',
      '  description: A look back at the apple harvest and the seed swap held at the library.',
      'hidePost: true',
      'tags:',
      '  - recap',
      'author: Sam Reed',
      '---',
      '',
      'The apple harvest filled twelve crates.',
      '',
    ].join('\n'),
  };
  try {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry('sveltia-cms-test', { recursive: true }).catch(() => undefined);
    const blog = await (await root.getDirectoryHandle('sveltia-cms-test', { create: true })).getDirectoryHandle('blog', { create: true });
    for (const [name, text] of Object.entries(posts)) {
      const writable = await (await blog.getFileHandle(name, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  } catch (error) {
    console.error('Could not seed the Sveltia test repository', error);
  }
  const script = document.createElement('script');
  script.src = new URL('dist/sveltia-cms.js', document.baseURI).href;
  document.head.append(script);
})();
