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
 * `## Install {#setup}`, `## Install {#setup .wide}`, `## Install {: #setup}`, or as an MDX
 * comment, as react.dev and other MDX sites write it: `## Install {/` `*setup*` `/}` (shown
 * apart here only because a comment can't hold its closing stars). Returns the text
 * without the attribute list or comment and the id; the site renders that id instead of the
 * generated slug. Works on the heading as written, as plain text and as rendered HTML: marked
 * reads the comment's stars as emphasis, so it reaches plain text as `{/setup/}` and HTML as
 * `{/<em>setup</em>/}`.
 */
export function customHeadingId(text: string): { text: string; id?: string } {
  // No \s* in front of the brace: over a long run of spaces in a hostile draft it would try every
  // start (quadratic, seconds for a 50,000-space heading); the spaces before it are trimmed instead.
  const m = ATTRIBUTE_ID.exec(text) ?? MDX_COMMENT_ID.exec(text);
  return m ? { text: text.slice(0, m.index).trimEnd(), id: m[1] } : { text };
}

const ATTRIBUTE_ID = /\{:?\s*#([^\s{}#]+)(?:\s[^{}]*)?\}\s*$/;
const MDX_COMMENT_ID = /\{\/(?:\*|<em>)?([^\s{}*<>/]+)(?:\*|<\/em>)?\/\}\s*$/;
