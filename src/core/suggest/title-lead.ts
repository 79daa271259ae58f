import { CJK_LANGS, UNSPACED_SCRIPT, type Lang } from './language';
import { isPlainPhrase } from './shape';

/** What a candidate may start with, taken from the title: the sentence that follows says the rest. */
export interface TitleLead {
  text: string;
  step: string;
  /** Whether the sentence after it may repeat the title's words (a "How to" lead says something the title alone does not). */
  kind: 'how-to' | 'title';
}

const MAX_TITLE_CHARS = 70;

/**
 * Leads made of the title, for a candidate "lead + one of the post's sentences": the title
 * followed by a colon ("Tree traversal: The term tree here means…"), and for a tutorial whose
 * title opens with a gerund, the title as what the reader learns ("Assigning node metadata to
 * Pods" → "How to assign node metadata to Pods."). The verb's plain form is taken only from the
 * post's own words (`hasWord`), never made up. `lower` gives a word's case inside a sentence.
 */
export function titleLeads(title: string | undefined, lang: Lang, hasWord: (word: string) => boolean, lower: (text: string) => string): TitleLead[] {
  // A series number in front ("#12 - ", "3. ") is not part of what the post is about.
  const t = title?.trim().replace(/\s+/g, ' ').replace(/^(?:#\s?\d+|\d+[.)]|(?:part|episode|ep\.?)\s*\d+)\s*[-–—:.]?\s+/i, '');
  if (!t || [...t].length > MAX_TITLE_CHARS || /[.!?。！？]$/u.test(t) || !isPlainPhrase(t) || !/\p{L}{2}/u.test(t)) return [];
  const out: TitleLead[] = [];
  if (lang === 'en') {
    const m = /^(\p{Lu}\p{Ll}+ing)\s+(\S.*)$/u.exec(t);
    const verb = m && !NEWS_GERUND.test(m[1]!) && plainForm(m[1]!.toLowerCase(), hasWord);
    if (m && verb && !/[:：?]/.test(m[2]!)) out.push({ text: `How to ${verb} ${lower(m[2]!)}.`, step: 'title as how-to', kind: 'how-to' });
  }
  // A post in CJK takes the full-width colon whatever its title ends with ("DevTools 新功能（Chrome 110）："); a CJK title in a post read as another language too.
  if (!/[:：?？!！]/u.test(t)) out.push({ text: `${t}${CJK_LANGS.has(lang) || UNSPACED_SCRIPT.test(t.slice(-1)) ? '：' : ':'}`, step: 'title first', kind: 'title' });
  // The added words and colon can make what was plain look like an address ("AA@" → "AA@:").
  return out.filter((lead) => isPlainPhrase(lead.text));
}

/** Gerunds that announce news or reflect rather than teach ("Announcing Vitess 7" is no "How to announce"). */
const NEWS_GERUND = /^(?:announcing|introducing|releasing|launching|celebrating|welcoming|shipping|unveiling|presenting|looking|reflecting|thinking|revisiting|remembering|closing|opening|moving|changing|updating|expanding|growing|sunsetting|deprecating|retiring|joining|leaving|saying|thanking|wrapping|recapping|rethinking|rebuilding)$/i;


/** "assigning" → "assign", "building" → "build", "integrating" → "integrate", "mixing" → "mix": the form the post itself uses. */
export function plainForm(gerund: string, hasWord: (word: string) => boolean): string | undefined {
  if (!gerund.endsWith('ing') || gerund.length < 6) return undefined;
  const stem = gerund.slice(0, -3);
  const forms = [stem, `${stem}e`];
  if (/([b-df-hj-np-tv-z])\1$/.test(stem)) forms.push(stem.slice(0, -1));
  return forms.find((f) => f.length >= 3 && hasWord(f));
}
