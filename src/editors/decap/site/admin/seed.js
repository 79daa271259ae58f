// Seeded posts for the in-memory test-repo backend (read by Decap when it loads).
// Written the way Decap itself saves a post edited in rich-text mode (no blank line after the
// fence, one final newline), so that Decap's save reproduces the untouched parts byte for
// byte (checked by the baseline test).
window.repoFiles = {
  blog: {
    'november-newsletter.md': {
      content: [
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
        'Welcome back to the garden club letter. This month we planted bulbs along the north fence.',
        '',
        'Read the [planting guide](https://example.org/guide?utm_source=newsletter&utm_medium=email&page=2) before the next meeting.',
        '',
        'Watch the [compost video](https://youtu.be/abc123XYZ?si=Qw3rTy) if you missed the workshop.',
        '',
      ].join('\n'),
    },
    // Pasted junk, a heading one level too deep and a tracking link, for the fixes that keep
    // the user's place (a zero-width space before where they write).
    'seed-swap.md': {
      content: [
        '---',
        'title: Seed swap',
        'date: 2026-12-01T10:00:00.000Z',
        'seo:',
        '  title: Seed swap at the library',
        '  description: Bring labelled seed envelopes to the library on Saturday.',
        'hidePost: false',
        'tags:',
        '  - events',
        'author: Sam Reed',
        '---',
        'The seed swap opens at ten\u200b on Saturday in the library hall, and we close at one.',
        '',
        '### What to bring',
        '',
        'Seeds in paper envelopes, labelled with the plant and the year. Read the [swap rules](https://example.org/rules?utm_source=newsletter&utm_campaign=swap&lang=en) first.',
        '',
      ].join('\n'),
    },
    'october-recap.md': {
      content: [
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
        'The apple harvest filled twelve crates.',
        '',
      ].join('\n'),
    },
    // Keys of its own that config.yml does not list (Decap keeps them and saves them as they
    // are): a boolean, a nested description and a number, after the listed fields, in the
    // order the driver reads them (its entry's Immutable map order: hashed past 8 keys).
    'kept-keys.md': {
      content: [
        '---',
        'title: Pruning day',
        'date: 2026-12-05T10:00:00.000Z',
        'seo:',
        '  title: Pruning day at the orchard',
        '  description: Bring secateurs and gloves to prune the old apple trees.',
        'tags:',
        '  - orchard',
        'author: Kim Vale',
        'draft: false',
        'og:',
        '  description: Pruning the orchard.',
        'weight: 3',
        '---',
        'We start at nine by the gate.',
        '',
      ].join('\n'),
    },
  },
  // Another collection, with its own description rule (config.yml).
  pages: {
    'about-the-club.md': {
      content: [
        '---',
        'title: About the club',
        'description: Who we are.',
        '---',
        'The garden club meets on the first Saturday of each month at the library hall.',
        '',
      ].join('\n'),
    },
    // No description yet: "Use this" adds the field, and its Undo must take it out again.
    'opening-hours.md': {
      content: [
        '---',
        'title: Opening hours',
        '---',
        'The library hall opens at nine on meeting days.',
        '',
      ].join('\n'),
    },
  },
};
