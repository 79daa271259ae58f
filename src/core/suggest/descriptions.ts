import { postTitle } from '../parse/title';
import type { DescriptionSuggestion, RuleContext } from '../types';
import { bodyWorkFor, type Draft, type TitleFree } from './body-work';
import type { Candidate, Composition } from './candidate';
import { LOWER_AFTER_COLON, lowerCaseNames, lowerFirstWord } from './casing';
import { changeSections, type ChangeSection } from './changelog';
import { choose } from './choose';
import { composeRoundup, lowerFirst, releaseLead } from './compose';
import { ANNOUNCEMENT_REPHRASED } from './compress';
import { stem, words } from './keywords';
import { CJK_LANGS, CJK_SCRIPT, detectLanguage, lexiconFor } from './language';
import { costlySteps } from './pieces';
import { ROUNDUP_TITLE, roundupness } from './post-kind';
import { headingsOf, proseUnits, withoutFences, type Heading, type ProseUnit } from './prose';
import { round, scoreCandidate } from './score';
import { fits, fullness, isPlainJoin, measure, type Limits } from './shape';
import { endsLikeSentence, isUnpunctuatedClause, splitUnit, type Sentence } from './sentences';
import { rangeOf } from './source-range';
import { titleLeads } from './title-lead';
import { termsOf } from './terms';
import { BoundedMap } from '../text/bounded-map';

/** How much of a post is read: descriptions come from the opening, and a 200 KB post stays cheap. */
const MAX_PROSE_CHARS = 2_500;
const MAX_SENTENCES = 19;
/** Lines read at most, fragments included (a schedule, a table of contents, a list of names). */
const MAX_READ = 80;
/** Candidates from neighbouring sentences that make joining separate ones unnecessary. */
const ENOUGH_FROM_RUNS = 6;
/** A sentence about the writer ("I did…", "I'm…"). */
const FIRST_PERSON = /^(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|I'd|I’d|My|Me)\b/;
/** A sentence addressed to the reader ("You may well disagree…"): after the title it reads like an aside taken out of context. */
const TO_THE_READER = /^(?:you|your|you['’](?:re|ll|ve|d))\b/i;
/** Share of the title-word credit a title-led candidate gets for the words its title brings. */
const TITLE_LED_CREDIT = 0.75;
/** Sentences a title-led candidate is made with. */
const MAX_TITLE_LED = 6;
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
  const body = bodyFingerprint(read);
  const key = `${body}\u0001${read.title ?? ''}`;
  let chosen = remembered.get(key);
  if (!chosen) {
    chosen = offered(read, body).picked.map((c) => ({ ...c, suggestion: { ...c.suggestion } }));
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
  return (pool === 'offered' ? offered(read, bodyFingerprint(read)).pool : candidatesOf(read, bodyFingerprint(read), true)).map((c) => c.suggestion);
}

/** The candidates the suggestions are chosen from, and the choice. */
function offered(read: Read, bodyKey: string): { pool: Candidate[]; picked: Candidate[] } {
  let pool = candidatesOf(read, bodyKey, false);
  let picked = choose(pool);
  // Fewer than three: try again shortening every sentence, not only those that obviously need it.
  if (picked.length < 3) {
    pool = candidatesOf(read, bodyKey, true);
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

/** Everything read but the title: what the body's work (body-work.ts) depends on. */
function bodyFingerprint(r: Read): string {
  const parts = [JSON.stringify(r.limits)];
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
const remembered = new BoundedMap<string, Candidate[]>(MAX_REMEMBERED_CHOICES, 'oldest');

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
function candidatesOf(read: Read, bodyKey: string, everySentence: boolean): Candidate[] {
  const { limits, title, units, headings } = read;
  if (!read.sentences.length && headings.length < 3) return [];

  const lang = detectLanguage(languageSample(title, units));
  const lex = lexiconFor(lang);
  const body = bodyWorkFor(bodyKey, { limits, units, sentences: read.sentences, headings, lang, lex, names: lowerCaseNames(title, lang), everySentence });
  // The body's sentences: remembered candidates point at them (the same texts as this read's).
  const { sentences, originals, usable, leansBack, piecesOf } = body;
  const titleTerms = new Set(title ? termsOf(title, lang) : []);
  const releaseTitle = title !== undefined && ROUNDUP_TITLE.test(title);
  const roundup = roundupness(releaseTitle, title, body.specificHeadings, units);
  const titleShare = (terms: ReadonlySet<string>, titleLed: boolean): number => {
    if (!titleTerms.size) return 0;
    let shared = 0;
    for (const t of titleTerms) if (terms.has(t)) shared++;
    // A title-led candidate gets part of the credit for the title words its title brings: its sentence must still be about them.
    return titleLed ? shared / titleTerms.size + (1 - shared / titleTerms.size) * TITLE_LED_CREDIT : shared / titleTerms.size;
  };
  // A definition of what the title names ("Octant is a web interface for Kubernetes…").
  const summaryOf = (p: TitleFree): number => p.summary ?? Math.max(p.defined?.some((t) => titleTerms.has(t)) ? DEFINITION_SUMMARY : 0, p.cues);

  const candidates: Candidate[] = [];
  /** A candidate from the body's sentences: its title-free parts are known, the title's are added. */
  const addDraft = (d: Draft): void => {
    const c = d.candidate;
    if (isTitleCopy(c.text, title)) return;
    const p = d.parts;
    const score = scoreCandidate({
      // A title-led candidate is judged on its sentence (a discourse marker after the title still counts).
      text: c.scoredText ?? c.text,
      titleWords: titleShare(p.terms, d.stitched === 'title'),
      topic: p.topic,
      summary: summaryOf(p),
      position: c.position,
      fullness: d.fullness,
      steps: d.steps,
      roundup,
      composed: false,
      anaphoric: p.leans,
      pointsAround: p.pointsAround,
      ...(d.stitched ? { stitched: d.stitched } : {}),
      lex,
    });
    candidates.push({ ...c, terms: p.terms, suggestion: { text: c.text, length: d.m.length, pixels: round(d.m.pixels), score, source: c.source, how: c.how, start: 0, end: 0 } });
  };

  for (const d of body.runs) addDraft(d);
  // Too few so far (short sentences that don't pair up, long ones that don't shorten): two
  // self-contained sentences from the opening, further apart.
  if (candidates.length < ENOUGH_FROM_RUNS) for (const d of body.pairs(candidates.length < 3)) addDraft(d);
  addTitleLed();
  // The title, then a sentence that says what it does not: its words are what readers searched for.
  function addTitleLed(): void {
    // The post's words and its casing are looked up only when a title needs them (a gerund title, a how-to lead).
    const leads = titleLeads(title, lang, (w) => body.words().has(w), (text) => lowerFirst(text, body.vocabulary()));
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
        let parts: TitleFree | undefined;
        for (const { lead, m: lm } of measured) {
          // "Title: a sentence that repeats the title" says it twice.
          if (lead.kind === 'title' && titleTerms.size && shared / titleTerms.size >= 0.5) continue;
          const m = { length: lm.length + p.m.length, pixels: lm.pixels + p.m.pixels };
          if (!fits(m, limits)) continue;
          const text = cjk ? `${lead.text}${p.text}` : `${lead.text} ${lead.kind === 'title' && LOWER_AFTER_COLON.has(lang) ? lowerFirstWord(p.text, body.vocabulary()) : p.text}`;
          const how = [lead.step, `sentence ${i + 1} of the post`, ...p.steps];
          // Scored on the sentence: the title in front would otherwise win every post its title-word share.
          parts ??= body.titleFree(p.text, p.terms, how.includes(ANNOUNCEMENT_REPHRASED));
          addDraft({ candidate: { text, how, source: 'sentences', first: s, last: s, position: i, scoredText: p.text }, m, fullness: fullness(m, limits), steps: costlySteps(p.steps) + 1, stitched: 'title', parts });
        }
      }
    }
  }
  if (roundup >= COMPOSE_FROM) {
    const vocabulary = body.vocabulary();
    // The post's own announcement, early and standing alone, can introduce the list.
    const announcements: string[] = [];
    for (let i = 0; i < Math.min(3, sentences.length); i++) {
      const t = originals[i]!.text;
      if (usable[i] && /[.。]$/u.test(t) && lex.purpose.test(t) && !leansBack[i] && isPlainJoin([originals[i]!.facts])) announcements.push(t);
    }
    for (const c of composeRoundup(headings, units, title, lang, vocabulary, limits, announcements, read.changes)) {
      const m = measure(c.text);
      if (!fits(m, limits) || isTitleCopy(c.text, title)) continue;
      const composition: Composition = c.stepwise ? 'outline' : c.announced ? 'announced' : 'list';
      // Its terms and topic are read from the names alone; a list never leans on a sentence before it.
      const { terms, topic } = body.titleFree(c.names, undefined, false);
      const score = scoreCandidate({
        text: c.names,
        titleWords: titleShare(terms, false),
        topic,
        // A composed list says what a roundup covers when the title says it is one (a tutorial's headings are its steps).
        summary: composition === 'announced' ? 1 : releaseTitle && composition !== 'outline' ? 0.5 : 0,
        position: 0,
        fullness: fullness(m, limits),
        // The title in front of a list repeats what the reader sees just above it: counted as a step, so the bare list wins a tie (judge 8, tuning split).
        steps: c.titled ? 1 : 0,
        // An outline of steps suits a post only half as well as a list of the news a roundup brings.
        roundup: composition === 'outline' ? roundup / 2 : roundup,
        composed: true,
        anaphoric: false,
        pointsAround: false,
        lex,
      });
      candidates.push({ text: c.text, how: c.steps, source: c.from, origin: 'depth' in c.first ? { text: c.first.text, depth: c.first.depth } : { text: c.first.text, list: c.first.list }, position: 0, scoredText: c.names, terms, suggestion: { text: c.text, length: m.length, pixels: round(m.pixels), score, source: c.from, how: c.steps, start: 0, end: 0 } });
    }
  }
  return candidates;
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



/** The summary part of a sentence defining what the title names: more than cue words (0.5), less than saying what the post does (1). */
const DEFINITION_SUMMARY = 0.75;

/** Composed candidates are offered only for posts that read at least this much like a roundup. */
const COMPOSE_FROM = 0.4;

function isTitleCopy(text: string, title: string | undefined): boolean {
  if (!title) return false;
  // A candidate much longer than the title can be neither equal to it nor contained in it.
  if (text.length > title.length + 8) return false;
  const norm = (s: string) => words(s).map(stem).join(' ');
  const t = norm(title);
  const c = norm(text);
  return c === t || t.includes(c);
}
