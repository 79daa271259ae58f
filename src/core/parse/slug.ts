/** GitHub-style heading anchors: lower case, punctuation dropped, spaces to dashes, repeats numbered. */
export function slugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = text
      .toLowerCase()
      .trim()
      .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}-${n}`;
  };
}

/**
 * A heading's own id, written after its text as Hugo, Jekyll (kramdown) and Pandoc allow:
 * `## Install {#setup}`, `## Install {#setup .wide}`, `## Install {: #setup}`. Returns the text
 * without the attribute list and the id; the site renders that id instead of the generated slug.
 */
export function customHeadingId(text: string): { text: string; id?: string } {
  // No \s* in front of the brace: over a long run of spaces in a hostile draft it would try every
  // start (quadratic, seconds for a 50,000-space heading); the spaces before it are trimmed instead.
  const m = /\{:?\s*#([^\s{}#]+)(?:\s[^{}]*)?\}\s*$/.exec(text);
  return m ? { text: text.slice(0, m.index).trimEnd(), id: m[1] } : { text };
}
