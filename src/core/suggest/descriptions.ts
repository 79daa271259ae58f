import { locatedBlocks, locatedOf } from '../parse/located';
import { postTitle } from '../parse/title';
import type { DescriptionSuggestion, RuleContext } from '../types';
import { changeSections, type ChangeSection } from './changelog';
import { composeRoundup, lowerFirst, releaseLead, type Vocabulary } from './compose';
import { titleLeads } from './title-lead';
import { ANNOUNCEMENT_REPHRASED, POST_SHOWS_HOW, variantsOf, type Variant } from './compress';
import { eachWord, stem, words } from './keywords';
import { CJK_LANGS, CJK_SCRIPT, detectLanguage, isStop, lexiconFor, type Lang, type Lexicon } from './language';
import { DROPPED, headingsOf, proseUnits, sourceOffset, withoutFences, type Heading, type ProseUnit } from './prose';
import { round, scoreCandidate, type Stitch } from './score';
import { factsOf, fits, fullness, isPlainJoin, measure, type Limits, type Measure, type TextFacts } from './shape';
import { endsLikeSentence, isUnpunctuatedClause, splitUnit, type Sentence } from './sentences';
import { centralWeights, sharedWithPost, termsOf, topWeight } from './terms';

/** How much of a post is read: descriptions come from the opening, and a 200 KB post stays cheap. */
const MAX_PROSE_CHARS = 2_500;
const MAX_SENTENCES = 19;
/** Lines read at most, fragments included (a schedule, a table of contents, a list of names). */
const MAX_READ = 80;
const MAX_RESULTS = 5;
/** Sentences joined into one candidate at most: two, or three in CJK (its sentences are short: 920 px holds about three). */
const MAX_RUN = 3;
/** Sentences a candidate may start at (later ones still count for the post's central terms). */
const MAX_STARTS = 16;
/** Shortenings of one sentence considered (the unchanged sentence first), for the first this many sentences. */
const MAX_VARIANTS = 6;
const MAX_SHORTENED = 20;
/** Text a shortening could improve: parentheticals, dash asides, comma asides, trailing clauses. */
const SHORTENABLE = /[(（[—–]|\s--|, (?:which|where|while|who|including|such as|e\.g\.|i\.e\.)\b/;
/** Emoji or stray spaces: the tidied sentence differs. */
const UNTIDY = /[\p{Extended_Pictographic}\uFE0F]|\s[,.;:!?]|\s{2}/u;
/** Candidates from neighbouring sentences that make joining separate ones unnecessary. */
const ENOUGH_FROM_RUNS = 6;
/** Sentences from which two non-neighbouring ones may be joined. */
const PAIR_WINDOW = 16;
/** Pieces of each sentence (the sentence and its first shortenings) a pair is made of. */
const PAIR_PIECES = 3;
/** A sentence about the writer ("I did…", "I'm…"). */
const FIRST_PERSON = /^(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|I'd|I’d|My|Me)\b/;
/** A sentence addressed to the reader ("You may well disagree…"): after the title it reads like an aside taken out of context. */
const TO_THE_READER = /^(?:you|your|you['’](?:re|ll|ve|d))\b/i;
/** Share of the title-word credit a title-led candidate gets for the words its title brings. */
const TITLE_LED_CREDIT = 0.75;
/** Sentences a title-led candidate is made with. */
const MAX_TITLE_LED = 6;
/** Share of the topic part measured as what a candidate shares with every sentence read (see `sharedWithPost`), the rest by central terms. */
const RANK_SHARE = 0.5;
/** Central terms a candidate is measured against. */
const TOP_TERMS = 10;

/** How a candidate was made: from the post's sentences (false), or as a list of what it covers (after its announcement: 'announced'). */
type Composition = false | 'list' | 'outline' | 'announced';

interface Candidate {
  text: string;
  how: string[];
  source: DescriptionSuggestion['source'];
  /** First and last sentence used (sentence candidates), or the heading / list item a composed one starts at. */
  first?: Sentence;
  last?: Sentence;
  origin?: Heading | ProseUnit;
  position: number;
  /** The part of the text its title and topic shares are measured on (a composed list without the title in front of it). */
  scoredText?: string;
  suggestion: DescriptionSuggestion;
  terms: Set<string>;
}

/**
 * Ranked meta-description candidates made of the post's own words. Deterministic and local.
 * Every candidate is complete text (whole sentences, possibly shortened by dropping
 * parentheticals, asides, leading discourse markers or a trailing clause; or, for roundups, the
 * parts the post covers named in a list), never cut with "…", within the schema's character and
 * pixel limits, free of markdown, code and URLs, and not the title. Posts with at least a few
 * sentences of prose get three or more distinct candidates; very short posts get fewer or none.
 */
export function suggestDescriptions(ctx: RuleContext): DescriptionSuggestion[] {
  try {
    return rankedSuggestions(ctx);
  } catch (error) {
    // Only a stack overflow on absurdly nested tokens can get here; no suggestions beat a crash.
    if (error instanceof RangeError) return [];
    throw error;
  }
}

function rankedSuggestions(ctx: RuleContext): DescriptionSuggestion[] {
  const read = readPost(ctx);
  // Suggestions depend only on what was read: while someone types below the opening, or edits
  // anything but the title, headings and first paragraphs, the same choice comes back (only the
  // source ranges move, and are placed again).
  const key = fingerprint(read);
  let chosen = remembered.get(key);
  if (!chosen) {
    chosen = offered(read).picked.map((c) => ({ ...c, suggestion: { ...c.suggestion } }));
    if (remembered.size >= MAX_REMEMBERED_CHOICES) remembered.delete(remembered.keys().next().value!);
    remembered.set(key, chosen);
  }
  return chosen.map((c) => ({ ...c.suggestion, how: [...c.suggestion.how], score: { ...c.suggestion.score }, ...rangeOf(ctx, read, c) }));
}

/**
 * Every candidate that fits the limits, scored, unranked (for tests and the tuning bench; the
 * panel gets `suggestDescriptions`). `every`: each sentence shortened in every way; `offered`: the
 * pool the suggestions are actually chosen from (shortenings only where needed, unless that
 * gives fewer than three), so a bench that re-ranks it measures what the product would offer.
 */
export function scoredCandidates(ctx: RuleContext, pool: 'every' | 'offered' = 'every'): DescriptionSuggestion[] {
  const read = readPost(ctx);
  return (pool === 'offered' ? offered(read).pool : candidatesOf(read, true)).map((c) => c.suggestion);
}

/** The candidates the suggestions are chosen from, and the choice. */
function offered(read: Read): { pool: Candidate[]; picked: Candidate[] } {
  let pool = candidatesOf(read, false);
  let picked = choose(pool);
  // Fewer than three: try again shortening every sentence, not only those that obviously need it.
  if (picked.length < 3) {
    pool = candidatesOf(read, true);
    picked = choose(pool);
  }
  return { pool, picked };
}

/** What a suggestion is made from: the opening prose (as blocks and sentences), the headings, the title and the limits. */
interface Read {
  limits: Limits;
  title: string | undefined;
  units: ProseUnit[];
  sentences: Sentence[];
  headings: Heading[];
  /** Sections of release notes listing a kind of change ("## Bug Fixes"), from the whole post. */
  changes: ChangeSection[];
}

function readPost(ctx: RuleContext): Read {
  const all: Sentence[] = [];
  const sentences: Sentence[] = [];
  const units = proseUnits(ctx.body, MAX_PROSE_CHARS, (unit, index) => {
    const before = all.length;
    splitUnit(unit.text, index, all, MAX_READ, unit.breaks);
    for (let i = before; i < all.length; i++) {
      const s = statementOf(withoutFences(all[i]!), unit);
      if (s) sentences.push(s);
    }
    // Only sentences count: a post that opens with a table of contents, a schedule or a list of names still gets its prose read.
    return sentences.length >= MAX_SENTENCES || all.length >= MAX_READ;
  });
  const title = postTitle(ctx);
  // Only a release's notes are described by their kinds of change (compose.ts): other posts skip the walk.
  return { limits: limitsOf(ctx.schema), title, units, sentences: sentences.slice(0, MAX_SENTENCES), headings: headingsOf(ctx.body), changes: releaseLead(title, 'en') ? changeSections(ctx.body.tokens) : [] };
}

/**
 * The sentence as a candidate can use it, or undefined for a fragment (a name, a label, a date
 * line): text ending like a sentence, or a block's last line that is a complete statement
 * without its period (release notes' and showcases' list items), which gets one.
 */
export function statementOf(s: Sentence, unit: ProseUnit): Sentence | undefined {
  const text = s.text.trim();
  if (!text) return undefined;
  if (endsLikeSentence(text)) return s;
  if (s.to !== unit.text.length) return undefined;
  // An item of a list written as one sentence ("…rules to routing;", "…of your tools; and") ends
  // with the list's own separator: it ends with a period instead, never with ";." or "; and.".
  const bare = text.replace(LIST_SEPARATOR_AT_END, '');
  if (isUnpunctuatedClause(bare)) return { ...s, text: `${bare}.` };
  return undefined;
}

/** A separator closing a list item, with the "and"/"or" before the last item in the languages the suggester knows. */
const LIST_SEPARATOR_AT_END = /\s*[;,；，、]\s*(?:and|or|y|o|e|ou|et|und|oder|en|of)?\s*$/iu;

function fingerprint(r: Read): string {
  const parts = [JSON.stringify(r.limits), r.title ?? ''];
  for (let i = 0; i < r.units.length; i++) {
    const u = r.units[i]!;
    parts.push(`${u.kind}${u.section}:${u.list ?? ''}:${u.item ?? ''}:${u.breaks ?? ''}:${u.text}`);
  }
  parts.push('#');
  for (let i = 0; i < r.headings.length; i++) parts.push(`${r.headings[i]!.depth}${r.headings[i]!.text}`);
  // Read from the whole post: a commit added to "## Bug Fixes" below the opening changes the count.
  parts.push('#', ...r.changes.map((c) => `${c.kind}${c.count}`));
  return parts.join('\u0001');
}

const MAX_REMEMBERED_CHOICES = 16;
const remembered = new Map<string, Candidate[]>();

/**
 * The text the post's language is told from: its title and paragraphs, then its list items only if
 * the paragraphs say too little. Lists are often not in the post's language: a German release's
 * commit lines, an index of English talk titles.
 */
function languageSample(title: string | undefined, units: readonly ProseUnit[]): string {
  let sample = title ?? '';
  const add = (kind: ProseUnit['kind']) => {
    for (const u of units) {
      if (sample.length >= LANGUAGE_SAMPLE_CHARS) break;
      if (u.kind === kind) sample += `\n${u.text}`;
    }
  };
  add('paragraph');
  const prose = sample.length - (title?.length ?? 0);
  // A CJK sentence says as much in fewer characters (and its script decides alone).
  if (prose < ENOUGH_PROSE_FOR_LANGUAGE && !(prose >= ENOUGH_CJK_PROSE && CJK_SCRIPT.test(sample))) add('list-item');
  return sample;
}

const LANGUAGE_SAMPLE_CHARS = 1500;
/** About two sentences: enough stop words to tell the languages apart. */
const ENOUGH_PROSE_FOR_LANGUAGE = 80;
const ENOUGH_CJK_PROSE = 20;

/** `everySentence`: offer shortenings of every sentence (slower), not only of those too long or holding words a description does without. */
function candidatesOf(read: Read, everySentence: boolean): Candidate[] {
  const { limits, title, units, sentences, headings } = read;
  if (!sentences.length && headings.length < 3) return [];

  const lang = detectLanguage(languageSample(title, units));
  const lex = lexiconFor(lang);
  const titleTerms = new Set(title ? termsOf(title, lang) : []);
  // Each sentence read once, as written: its width, its facts, its terms.
  // A tool named in lower case in the title ("dbplyr 2.4.0") may start a sentence as written.
  // Looked up only when a sentence starts in lower case (rare).
  let named: Set<string> | undefined;
  const asWritten = (p: Piece): Piece => (p.facts.startsOk || !(named ??= lowerCaseNames(title, lang)).has(firstWord(p.text)) ? p : p.withFacts({ ...p.facts, startsOk: true }));
  const originals = sentences.map((sentence) => asWritten(pieceOf({ text: sentence.text.trim(), steps: [] }, lang)));
  const central = centralWeights(
    originals.map((o) => o.terms),
    headings.map((h) => h.text),
    lang,
  );
  const top = topWeight(central, TOP_TERMS);
  const centrality = sharedWithPost(originals.map((o) => o.terms));
  const releaseTitle = title !== undefined && ROUNDUP_TITLE.test(title);
  const roundup = roundupness(releaseTitle, title, headings, units, lang);
  const summaryCues = globalCues(lex);
  // A definition of what the title names ("Octant is a web interface for Kubernetes…").
  const definesTitle = (text: string): boolean => {
    const m = lex.defines?.exec(text);
    return m !== null && m !== undefined && termsOf(m[1]!, lang).some((t) => titleTerms.has(t));
  };
  const scoreOf = (text: string, m: Measure, position: number, steps: number, composition: Composition, knownTerms?: readonly string[], stitched?: Stitch, rephrased = false) => {
    const composed = composition !== false;
    const titleLed = stitched === 'title';
    const terms = new Set(knownTerms ?? termsOf(text, lang));
    let shared = 0;
    for (const t of titleTerms) if (terms.has(t)) shared++;
    let carried = 0;
    for (const t of terms) carried += central.get(t) ?? 0;
    const leans = !composed && lex.anaphoric.test(text);
    const score = scoreCandidate({
      text,
      // A title-led candidate gets part of the credit for the title words its title brings: its sentence must still be about them.
      titleWords: titleTerms.size ? (titleLed ? shared / titleTerms.size + (1 - shared / titleTerms.size) * TITLE_LED_CREDIT : shared / titleTerms.size) : 0,
      topic: (1 - RANK_SHARE) * (top ? Math.min(1, carried / top) : 0) + RANK_SHARE * centrality(terms),
      // A sentence saying what the post does or announces is what editors publish (behind a "This…"
      // opener it still needs the sentence before it); other cue words count for less. A composed
      // list says what a roundup covers when the title says it is one (a tutorial's headings are its steps).
      summary: composition === 'announced' ? 1 : composed ? (releaseTitle && composition !== 'outline' ? 0.5 : 0) : leans ? 0 : rephrased || lex.purpose.test(text) ? 1 : Math.max(definesTitle(text) ? DEFINITION_SUMMARY : 0, Math.min(0.5, (text.match(summaryCues) ?? []).length / 4)),
      position,
      fullness: fullness(m, limits),
      steps,
      // An outline of steps suits a post only half as well as a list of the news a roundup brings.
      roundup: composition === 'outline' ? roundup / 2 : roundup,
      composed,
      anaphoric: leans,
      // A conclusion drawn from the sentence before ("…is therefore…") leans on it as much as a pointer to the page around.
      pointsAround: !composed && (lex.pointsAround.test(text) || lex.leansInside.test(text)),
      ...(stitched ? { stitched } : {}),
      lex,
    });
    return { terms, score };
  };

  const candidates: Candidate[] = [];
  const add = (c: Omit<Candidate, 'suggestion' | 'terms'>, steps: number, composed: Composition, known?: Measure, knownTerms?: readonly string[], stitched?: Stitch) => {
    const m = known ?? measure(c.text);
    if (!fits(m, limits) || isTitleCopy(c.text, title)) return;
    const { terms, score } = scoreOf(c.scoredText ?? c.text, m, c.position, steps, composed, knownTerms, stitched, c.how.includes(ANNOUNCEMENT_REPHRASED));
    candidates.push({ ...c, terms, suggestion: { text: c.text, length: m.length, pixels: round(m.pixels), score, source: c.source, how: c.how, start: 0, end: 0 } });
  };

  // Never offered: sentences about the page rather than the subject, questions, calls to action, and text the author cut off ("…").
  const usable = sentences.map((s, i) => {
    if (i >= MAX_STARTS + MAX_RUN) return false;
    const t = s.text.trim();
    // A dash or a joining word first ("- and finalizing…") is the end of something cut off above.
    return !DANGLING_START.test(t) && !(FRAGMENT.test(t) && !CJK_LANGS.has(lang)) && !lex.meta.test(t) && !/[?？]["'”’)\]」』）]*$/u.test(t) && !/(?:…|\.\.\.)["'”’)\]」』）]*$/u.test(t) && !lex.callToAction.test(t) && !PLEASE.test(t);
  });
  // Which sentences, as written, need the one before them ("This…", "It…"): asked by pairs, title leads and announcements.
  const leansBack = originals.map((o) => lex.anaphoric.test(o.text));
  // Shortenings only where they can help: a sentence too long for the snippet, or one with
  // words a description does without (an opening marker, a parenthetical, an aside). Others
  // are used as written: this keeps a long post's suggestions as cheap as its first lines.
  const cache = new Map<Sentence, Piece[]>();
  const indexOf = new Map(sentences.map((s, i) => [s, i]));
  const piecesOf = (s: Sentence): Piece[] => {
    let vs = cache.get(s);
    if (!vs) {
      const i = indexOf.get(s)!;
      const original = originals[i]!;
      const worth = i < MAX_SHORTENED && (everySentence || original.m.length > limits.maxLength || original.m.pixels > limits.maxPixels || SHORTENABLE.test(original.text) || original.text.includes(DROPPED) || lex.discourse.test(original.text) || POST_SHOWS_HOW.test(original.text) || UNTIDY.test(original.text));
      vs = worth ? [original, ...shorteningsOf(original.text, lang, lex).map((v) => asWritten(pieceOf(v, lang)))] : [original];
      cache.set(s, vs);
    }
    return vs;
  };
  sentences.forEach((first, index) => {
    if (index >= MAX_STARTS || !usable[index]) return;
    const run: Sentence[] = [first];
    const longest = CJK_LANGS.has(lang) ? MAX_RUN : 2;
    for (let k = index + 1; k < sentences.length && run.length < longest && usable[k] && adjacent(run[run.length - 1]!, sentences[k]!, units); k++) run.push(sentences[k]!);
    for (let n = 1; n <= run.length; n++) {
      const parts = run.slice(0, n);
      for (const v of runVariants(parts, piecesOf, limits)) {
        const how = [n === 1 ? `sentence ${index + 1} of the post` : `sentences ${index + 1}–${index + n} of the post`, ...v.steps];
        add({ text: v.text, how, source: 'sentences', first, last: parts[n - 1], position: index }, costlySteps(v.steps), false, v.m, v.terms);
      }
    }
  });
  // Too few so far (short sentences that don't pair up, long ones that don't shorten): two
  // self-contained sentences from the opening, further apart.
  if (candidates.length < ENOUGH_FROM_RUNS) addSeparatePairs();
  function addSeparatePairs(): void {
  // With fewer than three so far, a sentence whose code or aside can be dropped stands alone too (more pairs cost more).
  const few = candidates.length < 3;
  const standalone = sentences.map((s, i) => usable[i] && !leansBack[i] && (isPlainJoin([originals[i]!.facts]) || (few && i < PAIR_WINDOW && piecesOf(s).some((p) => isPlainJoin([p.facts])))));
  // Most pairs of whole sentences are too long for a snippet: a pair whose narrowest pieces can't fit side by side is not built.
  const narrowest = sentences.map((s, i) => (standalone[i] && i < PAIR_WINDOW ? narrowestOf(piecesOf(s), PAIR_PIECES) : ZERO));
  for (let i = 0; i < Math.min(sentences.length, PAIR_WINDOW); i++) {
    if (!standalone[i]) continue;
    for (let j = i + 2; j < Math.min(sentences.length, PAIR_WINDOW); j++) {
      if (!standalone[j] || !mayFitSideBySide(narrowest[i]!, narrowest[j]!, limits)) continue;
      for (const v of runVariants([sentences[i]!, sentences[j]!], piecesOf, limits, PAIR_PIECES).slice(0, 8)) {
        const how = [`sentences ${i + 1} and ${j + 1} of the post`, ...v.steps];
        add({ text: v.text, how, source: 'sentences', first: sentences[i], last: sentences[j], position: i + (j - i) / 4 }, costlySteps(v.steps), false, v.m, v.terms, 'apart');
      }
    }
  }
  }
  addTitleLed();
  // The title, then a sentence that says what it does not: its words are what readers searched for.
  function addTitleLed(): void {
    // The post's words and its casing are looked up only when a title needs them (a gerund title, a how-to lead).
    let postWords: Set<string> | undefined;
    let vocabulary: ReturnType<typeof lowerCaseWords> | undefined;
    const hasWord = (w: string) => (postWords ??= wordsOf(originals)).has(w);
    const leads = titleLeads(title, lang, hasWord, (text) => lowerFirst(text, (vocabulary ??= lowerCaseWords(sentences))));
    if (!leads.length) return;
    const cjk = CJK_LANGS.has(lang);
    // Widths add up: each lead is measured once, with the space after it.
    const measured = leads.map((lead) => ({ lead, m: measure(cjk ? lead.text : `${lead.text} `) }));
    let used = 0;
    for (let i = 0; i < sentences.length && used < MAX_TITLE_LED; i++) {
      // After the title, a sentence in the first person singular reads like a quote taken out of context.
      // A sentence saying what the post does stands alone: after the title it says the same thing twice ("How to rig X. This post shows how to rig X").
      if (!usable[i] || leansBack[i] || FIRST_PERSON.test(originals[i]!.text) || TO_THE_READER.test(originals[i]!.text) || lex.purpose.test(originals[i]!.text)) continue;
      const s = sentences[i]!;
      // "Title: a sentence: with a colon of its own" reads as two labels.
      const pieces = piecesOf(s).filter((p) => isPlainJoin([p.facts]) && !/[:：]/.test(p.text)).slice(0, 3);
      if (!pieces.length) continue;
      used++;
      for (const p of pieces) {
        let shared = 0;
        for (const t of titleTerms) if (p.terms.includes(t)) shared++;
        for (const { lead, m: lm } of measured) {
          // "Title: a sentence that repeats the title" says it twice.
          if (lead.kind === 'title' && titleTerms.size && shared / titleTerms.size >= 0.5) continue;
          const m = { length: lm.length + p.m.length, pixels: lm.pixels + p.m.pixels };
          if (!fits(m, limits)) continue;
          const text = cjk ? `${lead.text}${p.text}` : `${lead.text} ${lead.kind === 'title' && LOWER_AFTER_COLON.has(lang) ? lowerFirstWord(p.text, (vocabulary ??= lowerCaseWords(sentences))) : p.text}`;
          // Scored on the sentence: the title in front would otherwise win every post its title-word share.
          add({ text, how: [lead.step, `sentence ${i + 1} of the post`, ...p.steps], source: 'sentences', first: s, last: s, position: i, scoredText: p.text }, costlySteps(p.steps) + 1, false, m, p.terms, 'title');
        }
      }
    }
  }
  if (roundup >= COMPOSE_FROM) {
    const vocabulary = lowerCaseWords(sentences);
    // The post's own announcement, early and standing alone, can introduce the list.
    const announcements: string[] = [];
    for (let i = 0; i < Math.min(3, sentences.length); i++) {
      const t = originals[i]!.text;
      if (usable[i] && /[.。]$/u.test(t) && lex.purpose.test(t) && !leansBack[i] && isPlainJoin([originals[i]!.facts])) announcements.push(t);
    }
    for (const c of composeRoundup(headings, units, title, lang, vocabulary, limits, announcements, read.changes)) {
      // The title in front of a list repeats what the reader sees just above it: counted as a step, so the bare list wins a tie (judge 8, tuning split).
      add({ text: c.text, how: c.steps, source: c.from, origin: c.first, position: 0, scoredText: c.names }, c.titled ? 1 : 0, c.stepwise ? 'outline' : c.announced ? 'announced' : 'list');
    }
  }
  return candidates;
}

/** The lexicon's summary cues as a global regex (to count them), made once per lexicon: compiling it per post cost as much as using it. */
function globalCues(lex: Lexicon): RegExp {
  let re = cues.get(lex);
  if (!re) cues.set(lex, (re = new RegExp(lex.summaryCue.source, `${lex.summaryCue.flags.replace('g', '')}g`)));
  return re;
}
const cues = new Map<Lexicon, RegExp>();

/** Words of the title written in lower case that look like names, not words (an inner capital or digit, no vowel, three consonants in a row, a hyphen): "dbplyr", "npm", "iOS", "trust-manager". */
export function lowerCaseNames(title: string | undefined, lang: Lang): Set<string> {
  const out = new Set<string>();
  for (const w of title?.split(/\s+/) ?? []) {
    const word = w.replace(/^[^\p{L}]+|[^\p{L}\p{N}]+$/gu, '');
    if (/^\p{Ll}/u.test(word) && word.length >= 3 && !isStop(word, lang) && (/[\p{Lu}\p{N}]/u.test(word) || !/[aeiouy]/.test(word) || /[b-df-hj-np-tv-xz]{3}/.test(word) || /\p{Ll}-\p{Ll}/u.test(word))) out.add(word);
  }
  return out;
}

const firstWord = (text: string) => /^[^\s,.:;!?]+/.exec(text)?.[0] ?? '';

function wordsOf(pieces: readonly Piece[]): Set<string> {
  const out = new Set<string>();
  for (const p of pieces) eachWord(p.text, (w) => out.add(w));
  return out;
}

/** The schema's description limits (`descriptionMinPixels` where the schema has it). */
export function limitsOf(schema: RuleContext['schema']): Limits {
  const minPixels = (schema as { descriptionMinPixels?: unknown }).descriptionMinPixels;
  return {
    minLength: schema.descriptionMinLength,
    maxLength: schema.descriptionMaxLength,
    maxPixels: schema.descriptionMaxPixels,
    ...(typeof minPixels === 'number' ? { minPixels } : {}),
  };
}

/**
 * A shortening of one sentence, measured and read once (joined runs add these up instead of
 * re-reading text). Its terms are read when first asked for: most shortenings end up in no
 * candidate that fits, and only those that do are scored.
 */
class Piece implements Variant {
  #terms: string[] | undefined;
  constructor(
    readonly text: string,
    readonly steps: string[],
    readonly m: Measure,
    readonly facts: TextFacts,
    private readonly lang: Lang,
    /** The same text read before (its terms are those). */
    private readonly same?: Piece,
    /** Its words, read once for its facts and kept for its terms (dropped once those are known). */
    private words?: string[],
  ) {}

  get terms(): string[] {
    if (this.same) return this.same.terms;
    if (!this.#terms) {
      this.#terms = termsOf(this.text, this.lang, this.words);
      this.words = undefined;
    }
    return this.#terms;
  }

  /** The same text reached by other steps. */
  withSteps(steps: string[]): Piece {
    return new Piece(this.text, steps, this.m, this.facts, this.lang, this);
  }

  /** The same text with other facts (a sentence that may start in lower case). */
  withFacts(facts: TextFacts): Piece {
    return new Piece(this.text, this.steps, this.m, facts, this.lang, this);
  }
}

/**
 * A text's width, facts and terms, remembered: while someone types, every analysis sees the
 * same sentences again except the one being edited (like `stem`'s memo). Bounded.
 */
function pieceOf(v: Variant, lang: Lang): Piece {
  const key = `${lang}\u0000${v.text}`;
  let known = pieces.get(key);
  if (!known) {
    if (pieces.size >= MAX_REMEMBERED) pieces.clear();
    // One scan of its words serves both its facts and (later) its terms.
    const ws = words(v.text);
    known = new Piece(v.text, [], measure(v.text), factsOf(v.text, ws), lang, undefined, ws);
    pieces.set(key, known);
  }
  return v.steps.length ? known.withSteps(v.steps) : known;
}

/** The shortenings of a sentence, remembered for the same reason. */
function shorteningsOf(text: string, lang: Lang, lex: Lexicon): Variant[] {
  const key = `${lang}\u0000${text}`;
  let known = shortenings.get(key);
  if (!known) {
    if (shortenings.size >= MAX_REMEMBERED) shortenings.clear();
    // The first variant is the sentence tidied (emoji and stray spaces gone): kept when that changed anything.
    // Only the first MAX_VARIANTS - 1 different from the sentence are kept: asking for MAX_VARIANTS is enough when at most
    // one of them is the sentence as written (always, unless tidying changes a text twice); otherwise all are worked out.
    const first = variantsOf(text, lang, lex, MAX_VARIANTS);
    known = first.filter((v) => v.text !== text);
    if (known.length < MAX_VARIANTS - 1 && first.length === MAX_VARIANTS) known = variantsOf(text, lang, lex).filter((v) => v.text !== text);
    known = known.slice(0, MAX_VARIANTS - 1);
    shortenings.set(key, known);
  }
  return known;
}

const MAX_REMEMBERED = 3_000;
const pieces = new Map<string, Piece>();
const shortenings = new Map<string, Variant[]>();

/** A candidate text made of pieces. */
interface Joined {
  text: string;
  steps: string[];
  m: Measure;
  facts: TextFacts[];
  terms: string[];
}

/**
 * The sentences of a run as one text, each shortened where it can be: the first may lose its
 * opening words, any may lose parentheticals and asides or end before a trailing clause. Joined
 * with a space (nothing between CJK sentences). Widths add up, so combinations already too wide
 * are dropped before any text is built.
 */
function runVariants(run: readonly Sentence[], piecesOf: (s: Sentence) => Piece[], limits: Limits, perSentence = 5): Joined[] {
  // Combinations are pieces and a width until the end: only those that fit and read as plain
  // prose get their text, steps and terms built (most two-sentence combinations don't fit).
  let out: Combo[] = [{ pieces: [], m: ZERO }];
  for (let i = 0; i < run.length; i++) {
    const options = piecesOf(run[i]!);
    const count = Math.min(options.length, i < run.length - 1 ? Math.min(4, perSentence) : perSentence);
    const next: Combo[] = [];
    // At most MAX_COMBOS are carried on, the first ones found: building more would be wasted.
    for (let c = 0; c < out.length && next.length < MAX_COMBOS; c++) {
      const a = out[c]!;
      const last = a.pieces[a.pieces.length - 1];
      const gap = last && !CJK_STOP.test(last.text) ? SPACE : ZERO;
      // Summed in the same order as a whole text's parts, so widths come out to the same bits.
      const length = a.m.length + gap.length;
      const pixels = a.m.pixels + gap.pixels;
      for (let k = 0; k < count && next.length < MAX_COMBOS; k++) {
        const b = options[k]!;
        const m = { length: length + b.m.length, pixels: pixels + b.m.pixels };
        if (m.length > limits.maxLength || m.pixels > limits.maxPixels) continue;
        // Copied into a literal: V8 learns from a literal's first use that it holds objects (a slice
        // of the first, empty combination would be an array of small integers, reshaped on push).
        const pieces: Piece[] = [];
        for (let p = 0; p < a.pieces.length; p++) pieces.push(a.pieces[p]!);
        pieces.push(b);
        next.push({ pieces, m });
      }
    }
    out = next;
  }
  const joined: Joined[] = [];
  for (let o = 0; o < out.length; o++) {
    const c = out[o]!;
    if (!fits(c.m, limits)) continue;
    const facts = c.pieces.map((p) => p.facts);
    if (!isPlainJoin(facts)) continue;
    const first = c.pieces[0]!;
    let text = first.text;
    let steps = first.steps;
    let terms = first.terms;
    for (let k = 1; k < c.pieces.length; k++) {
      const b = c.pieces[k]!;
      text = joinSentences(text, b.text);
      steps = steps.length ? steps.concat(b.steps) : b.steps;
      terms = terms.length ? terms.concat(b.terms) : b.terms;
    }
    joined.push({ text, steps, m: c.m, facts, terms });
  }
  return joined;
}

/**
 * The least length and the least width among the first `count` pieces (each may come from a
 * different piece): nothing `runVariants` builds from them is shorter or narrower.
 */
export function narrowestOf(pieces: readonly Pick<Piece, 'm'>[], count: number): Measure {
  let length = Infinity;
  let pixels = Infinity;
  for (let k = 0; k < Math.min(count, pieces.length); k++) {
    length = Math.min(length, pieces[k]!.m.length);
    pixels = Math.min(pixels, pieces[k]!.m.pixels);
  }
  return { length, pixels };
}

/**
 * Whether two texts at least as long and wide as `a` and `b` could fit the limits joined: a
 * quick no for most pairs of sentences. Exact, not approximate: `runVariants` adds the same
 * widths (plus a gap of zero or one space), and a sum of floating-point numbers never
 * decreases when one of them grows, so when this says no, every combination it builds is too long.
 */
export function mayFitSideBySide(a: Measure, b: Measure, limits: Limits): boolean {
  return a.length + b.length <= limits.maxLength && a.pixels + b.pixels <= limits.maxPixels;
}

/** A combination of pieces being built (see `runVariants`). */
interface Combo {
  pieces: Piece[];
  m: Measure;
}

/** Combinations carried from one sentence of a run to the next. */
const MAX_COMBOS = 16;
const CJK_STOP = /[。！？]$/u;
const SPACE: Measure = measure(' ');
const ZERO: Measure = { length: 0, pixels: 0 };

/** Steps that change what is said a little (dropping the opening words only removes filler, so it is free). */
function costlySteps(steps: readonly string[]): number {
  return steps.filter((s) => s !== 'opening words dropped' && s !== ANNOUNCEMENT_REPHRASED).length;
}

function joinSentences(a: string, b: string): string {
  return CJK_STOP.test(a) ? a + b : `${a} ${b}`;
}

/**
 * The best candidates, at most five, each saying something the others don't: one per starting
 * sentence and no near-copies first; if that leaves fewer than three, other shortenings of
 * sentences already used are allowed.
 */
function choose(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => b.suggestion.score.total - a.suggestion.score.total || a.position - b.position || a.text.localeCompare(b.text));
  const chosen: Candidate[] = [];
  const texts = new Set<string>();
  const pass = (level: 0 | 1 | 2) => {
    for (const c of ranked) {
      if (chosen.length >= MAX_RESULTS) return;
      if (texts.has(c.text)) continue;
      const clash = chosen.some((o) => (level === 0 && o.first !== undefined && o.first === c.first) || similarity(o.terms, c.terms) > [0.6, 0.85, 1][level]!);
      if (clash) continue;
      chosen.push(c);
      texts.add(c.text);
    }
  };
  pass(0);
  // Too few: other shortenings of sentences already used, then anything with a different text.
  if (chosen.length < 3) pass(1);
  if (chosen.length < 3) pass(2);
  return chosen.sort((a, b) => b.suggestion.score.total - a.suggestion.score.total || a.position - b.position);
}

function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let both = 0;
  a.forEach((t) => {
    if (b.has(t)) both++;
  });
  return both / (a.size + b.size - both);
}

/** One or two words with a period ("Smaller.", "Server-side rendering."): a label in the post, not a sentence. */
const FRAGMENT = /^[^\s.!?。！？]+(?:\s+[^\s.!?。！？]+)?[.!]$/u;

/** The rest of a sentence whose start is elsewhere: a dash, or a lower-case joining word. */
const DANGLING_START = /^(?:[-–—•*·]\s?(?=\p{Ll})|[-–—•*·]\s|(?:and|or|but|nor|so|y|e|o|ou|et|und|oder|mais|pero|mas|aber)\s)/u;

/** A sentence asking the reader for something, wherever the "please" is. */
const PLEASE = /\b(?:please|consider (?:\w+ing|membership|a donation|sponsorship)|don['’]t forget|make sure to (?:check|read|subscribe)|reach out to)\b|\b(?:por favor|s['’]il vous plaît|bitte)\b/i;
/** The summary part of a sentence defining what the title names: more than cue words (0.5), less than saying what the post does (1). */
const DEFINITION_SUMMARY = 0.75;

/** Composed candidates are offered only for posts that read at least this much like a roundup. */
const COMPOSE_FROM = 0.4;

// "What's new" in the languages the suggester knows ("Qué hay de nuevo en DevTools", "Quoi de neuf", "Was ist neu"). The end is
// checked as "no letter or digit follows" (\b is ASCII-only: it would fail after "é" or "ã").
const ROUNDUP_TITLE =
  /^(?:announcing|introducing)\s.*\sv?\d+$|\b(?:v?\d+\.\d+(?:\.\d+)?|releases?|released|what'?s new|new in|recap|round-?up|updates?|newsletter|weekly|digest|this week|changelog|edition|issue\s*#?\d+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|novedades|nouveautés|neuigkeiten|novidades|lançamento|versión|version|qué hay de nuevo|lo nuevo|quoi de neuf|o que há de novo|was ist neu|neu in)(?![\p{L}\p{N}])|新機能|新功能|リリース|发布|版本|更新/iu;

/** Titles that promise a tutorial, in the languages the suggester knows. */
export const HOW_TO_TITLE = /^(?:how (?:to|i|we|you)\b|(?:an? )?(?:\w+['’]s )?(?:beginner['’]s |step-by-step |quick |complete )?guide to\b|tutorial\b|cómo\b|como\b|comment\b|wie (?:man|sie|du)\b)|如何|怎么|怎样|する方法|の方法|のやり方|入門/i;

/** How much the post reads like a roundup, newsletter or release notes: its title, its specific section headings, its share of list items. */
function roundupness(releaseTitle: boolean, title: string | undefined, headings: readonly Heading[], units: readonly ProseUnit[], lang: Lang): number {
  const lex = lexiconFor(lang);
  const en = lexiconFor('en');
  const specific = headings.filter((h) => h.depth >= 2 && !lex.genericHeading.test(h.text) && !en.genericHeading.test(h.text)).length;
  let list = 0;
  let all = 0;
  for (const u of units) {
    all += u.text.length;
    if (u.kind === 'list-item') list += u.text.length;
  }
  const titleHit = releaseTitle ? 1 : 0;
  const r = Math.min(1, 0.45 * titleHit + 0.35 * Math.min(1, specific / 5) + 0.2 * (all ? list / all : 0));
  // A tutorial's headings are its steps, not news: "How to…" posts are described by a sentence.
  return title && HOW_TO_TITLE.test(title) ? r / 2 : r;
}

/**
 * Whether the post writes a word in lower case at least as often as capitalized inside a
 * sentence (so "Better" in a heading can become "better" inside a list, but "Flux" stays a
 * name even if a command spells it "flux"); plural and singular count together. Asked only for
 * the few words of composed names, so it searches the sentences instead of indexing them.
 */
function lowerCaseWords(sentences: readonly Sentence[]): Required<Vocabulary> {
  const text = ` ${sentences.map((s) => s.text).join(' ')} `;
  const lower = text.toLowerCase();
  const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}'’-]/u.test(ch);
  const count = (form: string) => {
    let inLower = 0;
    let capitalized = 0;
    for (let at = lower.indexOf(form); at >= 0; at = lower.indexOf(form, at + 1)) {
      if (isLetter(text[at - 1]) || isLetter(text[at + form.length])) continue;
      // A sentence's first word is capitalized whatever it is: not counted.
      if (/[.!?]\s*$/.test(text.slice(Math.max(0, at - 3), at)) || at === 1) continue;
      if (text.startsWith(form, at)) inLower++;
      else capitalized++;
    }
    return { inLower, capitalized };
  };
  const memo = new Map<string, boolean>();
  return {
    known(word: string): boolean {
      const w = word.toLowerCase();
      for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) if (!isLetter(text[at - 1]) && !isLetter(text[at + w.length])) return true;
      return false;
    },
    has(word: string): boolean {
      const w = word.toLowerCase();
      let hit = memo.get(w);
      if (hit === undefined) {
        const forms = [count(w), count(/s$/.test(w) ? w.slice(0, -1) : `${w}s`)];
        const l = forms[0]!.inLower + forms[1]!.inLower;
        hit = l > 0 && l >= forms[0]!.capitalized + forms[1]!.capitalized;
        memo.set(w, hit);
      }
      return hit;
    },
  };
}

/** Languages that go on in lower case after a colon (Spanish, Portuguese, French style guides), unless the word is a name. */
const LOWER_AFTER_COLON: ReadonlySet<Lang> = new Set(['es', 'pt', 'fr']);

/** The sentence with its first word in lower case when the post writes that word in lower case elsewhere ("Ahora puedes…" → "ahora puedes…"). */
function lowerFirstWord(text: string, vocabulary: Required<Vocabulary>): string {
  const m = /^(\p{Lu}\p{Ll}*)(?=[\s,;:]|$)/u.exec(text);
  return m && vocabulary.has(m[1]!) ? `${m[1]!.toLowerCase()}${text.slice(m[1]!.length)}` : text;
}

/**
 * Whether `b` directly follows `a` in the post (no skipped sentence between them): in the same
 * block, or as the opening of the next paragraph of the same section.
 */
function adjacent(a: Sentence, b: Sentence, units: readonly ProseUnit[]): boolean {
  if (a.unit === b.unit) return b.from === a.to + 1 || b.from === a.to;
  const ua = units[a.unit]!;
  const ub = units[b.unit]!;
  return b.unit === a.unit + 1 && a.to === ua.text.length && b.from === 0 && ua.section === ub.section && ua.kind === 'paragraph' && ub.kind === 'paragraph';
}

function isTitleCopy(text: string, title: string | undefined): boolean {
  if (!title) return false;
  // A candidate much longer than the title can be neither equal to it nor contained in it.
  if (text.length > title.length + 8) return false;
  const norm = (s: string) => words(s).map(stem).join(' ');
  const t = norm(title);
  const c = norm(text);
  return c === t || t.includes(c);
}

/** Source offsets of the candidate: its first sentence's first character to its last sentence's last (or the heading it starts at). */
function rangeOf(ctx: RuleContext, read: Read, c: Candidate): { start: number; end: number } {
  const units = read.units;
  if (c.first && c.last) {
    const a = units[c.first.unit]!;
    const b = units[c.last.unit]!;
    const startAt = firstKnown(ctx, a, c.first.from, 1) ?? ctx.body.start;
    const endAt = firstKnown(ctx, b, c.last.to - 1, -1);
    const start = Math.min(Math.max(0, startAt), ctx.text.length);
    const end = endAt === undefined ? start : Math.min(ctx.text.length, Math.max(start, endAt + 1));
    return { start, end };
  }
  // A remembered candidate's heading or list item is looked up again in this read of the post (same place, new tokens).
  const origin = c.origin && 'depth' in c.origin ? read.headings.find((h) => h.text === c.origin!.text && h.depth === (c.origin as Heading).depth) : c.origin ? units.find((u) => u.text === c.origin!.text && u.list === (c.origin as ProseUnit).list) : undefined;
  if (origin && 'depth' in origin) {
    locatedBlocks(ctx.body);
    const at = locatedOf(ctx.body, origin.token);
    if (at) return { start: at.start, end: at.end };
  } else if (origin) {
    const at = firstKnown(ctx, origin, 0, 1);
    if (at !== undefined) return { start: at, end: Math.max(at, (firstKnown(ctx, origin, origin.text.length - 1, -1) ?? at) + 1) };
  }
  return { start: ctx.body.start, end: ctx.body.start };
}

function firstKnown(ctx: RuleContext, unit: ProseUnit, from: number, step: 1 | -1): number | undefined {
  for (let i = from; i >= 0 && i < unit.text.length; i += step) {
    const at = sourceOffset(ctx.body, unit, i);
    if (at !== undefined) return at;
  }
  return undefined;
}
