import type { NoSuggestions, RuleContext } from '../types';
import { DROPPED, proseUnits } from './prose';
import { endsLikeSentence } from './sentences';
import { measure } from './shape';

/** Enough prose read to know a post has plenty: no more is measured. */
const READ_CHARS = 2_000;

/**
 * Why a post gets no description suggestions, in terms an editor can act on (asked only when
 * there are none): the body has no prose at all (only lists of links, code, headings), it has
 * too little for a whole description (a few short sentences: about two descriptions' width of
 * prose is needed, since calls to action and questions are never used), or it has prose but no
 * sentence or pair of sentences makes a complete description within the limits.
 */
export function whyNoSuggestions(ctx: RuleContext): NoSuggestions {
  let pixels = 0;
  for (const unit of proseUnits(ctx.body, READ_CHARS)) {
    const text = unit.text.replaceAll(DROPPED, '').trim();
    // A list of names or links ("- [Tide tables](…)") holds no sentence a description could use.
    if (unit.kind === 'paragraph' || endsLikeSentence(text)) pixels += measure(text).pixels;
  }
  if (pixels === 0) return 'no-prose';
  return pixels < 2 * ctx.schema.descriptionMinPixels ? 'little-prose' : 'none-fit';
}
