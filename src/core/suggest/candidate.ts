import type { DescriptionSuggestion } from '../types';
import type { Heading, ProseUnit } from './prose';
import type { Sentence } from './sentences';

/** How a candidate was made: from the post's sentences (false), or as a list of what it covers (after its announcement: 'announced'). */
export type Composition = false | 'list' | 'outline' | 'announced';

/** A description the suggester could offer, with what it was made from. */
export interface Candidate {
  text: string;
  how: string[];
  source: DescriptionSuggestion['source'];
  /** First and last sentence used (sentence candidates), or the heading / list item a composed one starts at. */
  first?: Sentence;
  last?: Sentence;
  /** Found again in each read of the post by these (a token would keep a whole old version of the post alive). */
  origin?: Pick<Heading, 'text' | 'depth'> | Pick<ProseUnit, 'text' | 'list'>;
  position: number;
  /** The part of the text its title and topic shares are measured on (a composed list without the title in front of it). */
  scoredText?: string;
  suggestion: DescriptionSuggestion;
  terms: Set<string>;
}
