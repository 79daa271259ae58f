import { postTitle } from '../parse/title';
import type { DescriptionSuggestion, RuleContext } from '../types';
import type { Candidate, Composition } from './candidate';
import { firstWord, LOWER_AFTER_COLON, lowerCaseNames, lowerCaseWords, lowerFirstWord } from './casing';
import { changeSections, type ChangeSection } from './changelog';
import { choose } from './choose';
import { composeRoundup, lowerFirst, releaseLead } from './compose';
import { ANNOUNCEMENT_REPHRASED, POST_SHOWS_HOW } from './compress';
import { eachWord, stem, words } from './keywords';
import { CJK_LANGS, CJK_SCRIPT, detectLanguage, lexiconFor, type Lexicon } from './language';
import { costlySteps, mayFitSideBySide, narrowestOf, pieceOf, runVariants, shorteningsOf, ZERO, type Piece } from './pieces';
import { ROUNDUP_TITLE, roundupness } from './post-kind';
import { DROPPED, headingsOf, proseUnits, withoutFences, type Heading, type ProseUnit } from './prose';
import { round, scoreCandidate, type Stitch } from './score';
import { fits, fullness, isPlainJoin, measure, type Limits, type Measure } from './shape';
import { endsLikeSentence, isUnpunctuatedClause, splitUnit, type Sentence } from './sentences';
import { rangeOf } from './source-range';
import { titleLeads } from './title-lead';
import { centralWeights, sharedWithPost, termsOf, topWeight } from './terms';

/** How much of a post is read: descriptions come from the opening, and a 200 KB post stays cheap. */
const MAX_PROSE_CHARS = 2_500;
const MAX_SENTENCES = 19;
/** Lines read at most, fragments included (a schedule, a table of contents, a list of names). */
const MAX_READ = 80;
/** Sentences joined into one candidate at most: two, or three in CJK (its sentences are short: 920 px holds about three). */
const MAX_RUN = 3;
/** Sentences a candidate may start at (later ones still count for the post's central terms). */
const MAX_STARTS = 16;
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
