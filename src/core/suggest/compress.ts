import type { Lang, Lexicon } from './language';
import { CJK_LANGS } from './language';
import { DROPPED } from './prose';

/** One way of saying a sentence shorter, and what was left out to get there (shown in the panel). */
export interface Variant {
  text: string;
  steps: string[];
}

const GERUND: Record<string, string> = {
  explore: 'Exploring',
  explain: 'Explaining',
  describe: 'Describing',
  discuss: 'Discussing',
  cover: 'Covering',
  introduce: 'Introducing',
  present: 'Presenting',
  share: 'Sharing',
  review: 'Reviewing',
  summarize: 'Summarizing',
  outline: 'Outlining',
  compare: 'Comparing',
  examine: 'Examining',
  demonstrate: 'Demonstrating',
  'look at': 'Looking at',
  'take a look at': 'Taking a look at',
  'dive into': 'Diving into',
  'walk through': 'Walking through',
  'go over': 'Going over',
  'go through': 'Going through',
  'talk about': 'Talking about',
};

const ABOUT_THE_POST = /^in (?:this|today's) (?:post|article|blog post|blog|tutorial|guide|piece|write-up|video)\b/i;
/** The post saying it shows how ("This post explains how we…", "The following blog post shows how to…"). */
export const POST_SHOWS_HOW = /^(?:this|the following) (?:blog )?(?:post|article|guide|tutorial|write-up) (?:will )?(?:shows?|explains?|describes?|covers?|walks? (?:you )?through) (?:you )?how\s+(?:to\s+)?/i;
const SHOW_HOW = /^(?:i|we)(?:['’]ll| will| are going to| want to| would like to|['’]m going to| am going to)?\s+(?:show|teach|tell)\s+(?:you\s+)?how\s+(?:to\s+)?/i;
// "we'll give a high-level overview of X", "we'll take a closer look at X": the noun phrase is
// how authors start a description ("A look at how…", "A tour of…"), so it is kept as the start.
const INTRO_NOUN = /^(?:i|we)(?:['’]ll| will| are going to|['’]re going to| want to| would like to|['’]m going to| am going to)?\s+(?:give|provide|offer|take|have)\s+(?:you\s+)?(an?\s+(?:[\w-]+\s+){0,2}?(?:overview|introduction|intro|tour|summary|recap|look|walkthrough|walk-through|explanation|primer|rundown|breakdown|deep dive)\s+(?:of|at|into|on|through)\b)\s*/i;
const INTRO_VERB = new RegExp(`^(?:i|we)(?:['’]ll| will| are going to| want to| would like to|['’]m going to| am going to| are)?\\s+(${Object.keys(GERUND).sort((a, b) => b.length - a.length).join('|')})(?:ing)?\\b\\s*`, 'i');

/** Sentence-final punctuation with any closing quotes or brackets after it. */
const END = /[.!?…。！？]+["'”’»)\]」』）]*$/u;

/**
 * Shorter ways of saying `sentence` that keep its meaning, each with the steps taken: leading
 * discourse markers dropped ("In this post, we'll explore X" → "Exploring X"), parentheticals and
 * dash asides dropped, and a trailing clause dropped at a comma, semicolon or dash followed by
 * a subordinate word ("…, which…", "…, including…"). The unchanged sentence comes first.
 * Nothing is ever cut mid-clause: every variant ends where a clause ended.
 */
export function variantsOf(sentence: string, lang: Lang, lex: Lexicon, max = Infinity): Variant[] {
  const out: Variant[] = [];
  const seen = new Set<string>();
  const push = (text: string, steps: string[]) => {
    const t = tidy(text);
    if (!t || seen.has(t)) return;
    seen.add(t);
    out.push({ text: t, steps });
  };
  push(sentence, []);
  const starts: Variant[] = [{ text: sentence, steps: [] }];
  const led = dropLead(sentence, lex);
  if (led) starts.push(led);
  // `max`: the first variants are all a caller takes; the rest are not worked out.
  // Indexed loops and concat, not for…of and spreads: this runs for a post's sentences before V8
  // has optimized it, where each iterator step costs more than the work inside the loop.
  for (let s = 0; s < starts.length; s++) {
    const start = starts[s]!;
    if (out.length >= max) break;
    const bodies: Variant[] = [start];
    const noParen = dropParentheticals(start.text);
    if (noParen !== start.text) bodies.push({ text: noParen, steps: start.steps.concat('parenthetical dropped') });
    // Each pass reads the bodies there were before it (what it adds is not read again by it).
    for (let k = 0, n = bodies.length; k < n; k++) {
      const b = bodies[k]!;
      const noCode = dropCodeAppositive(b.text);
      if (noCode !== b.text) bodies.push({ text: noCode, steps: b.steps.concat('code dropped') });
    }
    for (let k = 0, n = bodies.length; k < n; k++) {
      const b = bodies[k]!;
      const noAside = dropAsides(b.text, lang, lex);
      if (noAside !== b.text) bodies.push({ text: noAside, steps: b.steps.concat('aside dropped') });
    }
    for (let k = 0; k < bodies.length; k++) {
      const b = bodies[k]!;
      if (out.length >= max) break;
      push(b.text, b.steps);
      const cuts = CJK_LANGS.has(lang) ? cjkTailCuts(b.text) : tailCuts(b.text, lex);
      for (let c = 0; c < cuts.length; c++) {
        if (out.length >= max) break;
        push(cuts[c]!, b.steps.concat('trailing clause dropped'));
      }
    }
  }
  return out.length > max ? out.slice(0, max) : out;
}

/** The sentence without its leading discourse marker(s), rephrased when it announced the post ("In this post we explore X" → "Exploring X"). */
export function dropLead(sentence: string, lex: Lexicon): Variant | undefined {
  // "The following blog post shows how to run X" → "How to run X": the post pointing at itself reads as leaning on the page.
  const shows = POST_SHOWS_HOW.exec(sentence);
  if (shows && sentence.length - shows[0].length > 12) return { text: `How ${/\bto\s*$/i.test(shows[0]) ? 'to ' : ''}${sentence.slice(shows[0].length)}`, steps: [ANNOUNCEMENT_REPHRASED] };
  let text = sentence;
  let aboutPost = false;
  for (let i = 0; i < 3; i++) {
    const m = lex.discourse.exec(text);
    if (!m || m[0].length >= text.length - 8) break;
    if (ABOUT_THE_POST.test(m[0])) aboutPost = true;
    text = text.slice(m[0].length);
  }
  if (text === sentence) return undefined;
  if (lex.verbSecond) {
    // German: the verb that followed the dropped words now comes first (lower case: nouns are capitalized).
    const inverted = V2_INVERSION.exec(text);
    if (inverted) text = `${inverted[2]!} ${inverted[1]!}${text.slice(inverted[0].length)}`;
    else if (/^\p{Ll}/u.test(text)) return undefined;
  }
  if (aboutPost) {
    const rephrased = rephraseAnnouncement(text);
    if (rephrased !== undefined) return { text: capitalize(rephrased), steps: [ANNOUNCEMENT_REPHRASED] };
  }
  return { text: capitalize(text), steps: ['opening words dropped'] };
}

/** A verb then its subject pronoun ("zeigen wir", "gibt es"): put back in subject–verb order. */
const V2_INVERSION = /^(\p{Ll}+) (wir|ich|es|sie|er|man|du|ihr)\b/u;

/**
 * The step of a sentence that said what the post does ("In this post, we'll explore X"), said as
 * a description says it ("Exploring X", "How to X", "A look at X"): it still says what the post
 * does, so it keeps that credit (descriptions.ts) without the words about the post.
 */
export const ANNOUNCEMENT_REPHRASED = 'announcement rephrased';

/** "we'll show you how to X" → "How to X"; "we explore X" → "Exploring X"; "we'll give an overview of X" → "An overview of X". */
function rephraseAnnouncement(text: string): string | undefined {
  const show = SHOW_HOW.exec(text);
  if (show) return `How ${/\bto\s*$/i.test(show[0]) ? 'to ' : ''}${text.slice(show[0].length)}`;
  const noun = INTRO_NOUN.exec(text);
  if (noun) return `${noun[1]!} ${text.slice(noun[0].length)}`;
  const verb = INTRO_VERB.exec(text);
  if (verb) return `${GERUND[verb[1]!.toLowerCase()] ?? verb[1]} ${text.slice(verb[0].length)}`;
  return undefined;
}

/**
 * Code named after a comma at the end of a sentence ("R 4.1.0 introduced a native pipe, |>.")
 * or given as an example ("…, like |>,"): the sentence says the same without it. `DROPPED`
 * marks where code was.
 */
export function dropCodeAppositive(text: string): string {
  // Nothing to drop without code (most sentences): no regex run at all.
  return text.includes(DROPPED) ? text.replace(CODE_APPOSITIVE, '') : text;
}

const CODE_RUN = `${DROPPED}(?:\\s*(?:,|and|or|y|e|ou|et|und|oder)\\s*${DROPPED})*`;
const CODE_APPOSITIVE = new RegExp(`,\\s*(?:(?:such as|like|e\\.g\\.|i\\.e\\.|namely|called|named)\\s+)?${CODE_RUN}\\s*(?:,(?=\\s)|(?=[.!?;:]|$))`, 'gu');

/**
 * CJK sentences end earlier at a full-width comma or semicolon (。 replaces what followed), when
 * what is kept is long enough to say something: 16 characters or more. Last cut first.
 */
export function cjkTailCuts(text: string): string[] {
  const out: string[] = [];
  const end = END.exec(text);
  const stop = end ? end.index : text.length;
  let clause = 0;
  for (const m of text.slice(0, stop).matchAll(/[，；,;]\s*/gu)) {
    const head = text.slice(0, m.index).trim();
    // "讲解一下如何在 20 分钟内，为你…": a clause opened by "how" or a coverb goes on past the comma (only the last clause is read: linear).
    const last = text.slice(clause, m.index);
    clause = m.index + m[0].length;
    // 64 UTF-16 units are at least 32 characters: counting them one by one is needed only for short heads.
    if ((head.length >= 64 || [...head].length >= 16) && !OPEN_CLAUSE_START.test(last) && !OPEN_CLAUSE_WORD.test(last)) out.push(`${head}。`);
  }
  return out.reverse();
}

/** The last clause of a Chinese head that needs what follows: an interrogative or a coverb waiting for its verb. */
const OPEN_CLAUSE_WORD = /如何|怎么|怎样|是否|为什么/u;
const OPEN_CLAUSE_START = /^\s*(?:在|把|将|给|为|对|从|向|让|被|通过)/u;

/** Text in (…), […] or （…） dropped, with the spaces around it. */
export function dropParentheticals(text: string): string {
  // Without an opening bracket there is nothing to drop (most sentences): no regex run at all.
  if (!text.includes('(') && !text.includes('（') && !text.includes('[')) return text;
  return text.replace(/\s*[(（[][^()（）[\]]{1,120}[)）\]]/gu, '');
}

/**
 * Asides dropped: between a pair of dashes, or between commas when they start with a word that
 * opens an aside (", which …,", ", for example, …,").
 */
export function dropAsides(text: string, lang: Lang, lex: Lexicon): string {
  // Each replacement needs a character most sentences lack (a dash, two commas): checked first, so most sentences run no regex.
  const emDash = text.includes('—');
  let t = emDash || text.includes('–') || text.includes('--') ? text.replace(DASH_ASIDE, ' ') : text;
  if (emDash) t = t.replace(EM_DASH_ASIDE, ' ');
  if (CJK_LANGS.has(lang) || t.indexOf(',') === t.lastIndexOf(',')) return t;
  t = t.replace(/,\s+([^,;:]{1,100}?),\s+/g, (whole, inner: string, at: number, all: string) => {
    // "…, and …," joins two clauses: not an aside.
    if (COORDINATING.test(inner)) return whole;
    // ", such as A, B, and C." is a list to the end, not an aside between two commas: dropping
    // ", such as A," would leave "…platforms B, and C." (the trailing cut ends before it instead).
    if (opensListToTheEnd(inner, all.slice(at + whole.length))) return whole;
    return lex.clauseStart.test(inner) || /^(?:also|often|sometimes|so-called|aka|known as|called|i\.e\.|e\.g\.)\b/i.test(inner) ? ' ' : whole;
  });
  return t;
}

/**
 * Whether what sits between two commas is no aside that can go: the first item of a list that
 * `rest` carries on to the end ("such as A, B, and C."; "allowing you to X, Y, and Z."; "…, Y, et
 * cetera."), or a condition whose main clause is `rest` ("with X and if you like, read Y").
 * Dropping it would leave "…platforms B, and C." or "…defined read Y".
 */
export function opensListToTheEnd(inner: string, rest: string): boolean {
  return (LIST_OPENER.test(inner) && LIST_GOES_ON.test(rest)) || LIST_ENDS_HERE.test(rest) || OPENS_CONDITION.test(inner);
}

/** The rest of a sentence that ends a list: its last item after a comma or dash and "and"/"or", or "etc.". */
const LIST_ENDS_HERE = /^[^;:.!?]*(?:,|\s[-–—])\s+(?:and|or|y|o|e|ou|et|und|oder)\s[^;:]*$|^[^;:.!?]*,\s*(?:etc\.?|et cetera|and so on)\W*$/i;
/** "… and if you want …": a condition opened inside the commas, closed by the clause after them. */
const OPENS_CONDITION = /\s(?:and|or|but|e|y|et|und|mas|pero|mais|aber)\s+(?:if|when|once|se|si|quando|cuando|quand|lorsque|wenn|falls)\b/i;

/** Words that open a list of examples ("such as", "including", "like"), in the languages with comma asides. */
const LIST_OPENER = /^(?:such as|including|like|e\.g\.|for example|for instance|especially|particularly|notably|namely|incluyendo|incluido|como|por ejemplo|incluindo|y compris|notamment|par exemple|einschließlich|zum beispiel|z\. ?b\.|insbesondere|wie)\b/i;
/** What follows a list item when the list goes on to the sentence's end: more items, then "and"/"or" before the last. */
const LIST_GOES_ON = /^[^;:.!?]*\b(?:and|or|y|o|e|ou|et|und|oder)\s[^;:]*$/i;

const DASH_ASIDE = /\s+(?:[—–]|-{2,3})\s+[^—–]{1,120}?\s+(?:[—–]|-{2,3})\s+/g;
const EM_DASH_ASIDE = /\s*—[^—]{1,120}?—\s*/g;
const COORDINATING = /^(?:and|but|so|or|yet|then|plus|y|pero|o|e|mas|ou|et|mais|donc|und|aber|oder|denn)\b/i;

/** Each earlier end for the sentence: before a trailing clause (", which…", "; …", " — …"), last cut first. */
export function tailCuts(text: string, lex: Lexicon): string[] {
  const out: string[] = [];
  const end = END.exec(text);
  const stop = end ? end.index : text.length;
  const re = /(?:,|;|\s(?:[—–-]|-{2,3})|:)\s+/g;
  for (const m of text.slice(0, stop).matchAll(re)) {
    const head = text.slice(0, m.index);
    const rest = text.slice(m.index + m[0].length);
    const separator = m[0].trim();
    // A comma only ends the sentence before a subordinate clause; a semicolon or dash always may.
    if (separator === ',' && !lex.clauseStart.test(rest)) continue;
    // ", and C" closing a list ("A, B, and C"): ending before it names two of three things.
    if (separator === ',' && COORDINATING.test(rest) && inList(head)) continue;
    if (separator === ':' && rest.split(/\s+/).length < 4) continue;
    if (!completeClause(head) || onlyOpeningPhrase(head, lex)) continue;
    out.push(`${head}.`);
  }
  return out.reverse();
}

/** Whether the head's last clause (after its last colon, semicolon or dash) already holds a comma: the items of a list. */
function inList(head: string): boolean {
  const clause = head.slice(Math.max(head.lastIndexOf(':'), head.lastIndexOf(';'), head.lastIndexOf('—')) + 1);
  return clause.includes(',');
}

/** Enough words, and not ending on a word that needs a continuation ("the", "of", "and"…). */
function completeClause(head: string): boolean {
  const words = head.trim().split(/\s+/);
  if (words.length < 6) return false;
  const last = words[words.length - 1]!.toLowerCase().replace(/[^\p{L}\p{N}'’]/gu, '');
  return !DANGLING.has(last);
}

/**
 * Words that open an adverbial phrase or subordinate clause ("With the rise of X", "Com o
 * surgimento de X", "Wenn X"): a head that starts with one and has no comma never reached its
 * main clause, so ending the sentence there would leave a fragment.
 */
const OPENER = new Set(
  'with without when whenever if although though because since after before while as for by in on during despite once unless until whereas upon given thanks com sem quando se embora porque desde depois antes enquanto durante apesar para ao após con sin cuando si aunque después mientras al tras avec sans quand si bien après avant pendant pour lorsque comme depuis malgré dès mit ohne wenn als obwohl weil nach vor während seit für bei trotz sobald'.split(
    ' ',
  ),
);

function onlyOpeningPhrase(head: string, lex: Lexicon): boolean {
  const first = head.trim().split(/\s+/)[0]!.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (!OPENER.has(first)) return false;
  // The opening phrase ends at its comma; what follows must be the main clause, not more of the
  // phrase (", especially X", ", including Y").
  const comma = head.search(/[,;]/);
  if (comma < 0) return true;
  const rest = head.slice(comma + 1).trim();
  return rest.split(/\s+/).length < 3 || lex.clauseStart.test(rest);
}

const DANGLING = new Set(
  'a an the and or but nor of to in on at by for with from into onto over under about as than that which who whose whom where when while if because so such its their our your my his her this these those is are was were be been being has have had do does did can could will would should may might must very more most less least both either neither each every any some no not also just only even then there here le la les de des du et ou un une el los las del y o um uma os e ou der die das den dem des und oder ein eine'.split(
    ' ',
  ),
);

/** Anything `tidy` would change: emoji, typed dashes, whitespace other than single spaces, a space or comma before punctuation, punctuation or space at the edges. */
const UNTIDY = /[\p{Extended_Pictographic}\uFE0F\u200d]|\s--|\s\s|[^\S ]|\s[,.;:!?…。！？、，]|,[.!?…]|^[\s,;:—–-]|\s$/u;

export function tidy(text: string): string {
  // Most sentences are tidy already: one test instead of seven replacements.
  return UNTIDY.test(text) ? tidyFully(text) : text;
}

/** Emoji dropped, typed dashes shown as one, whitespace collapsed, no space before punctuation, nothing dangling at the edges. */
export function tidyFully(text: string): string {
  // Emoji are decoration in a search snippet: dropped.
  // "--" and "---" typed for a dash: shown as one.
  let t = text.replace(/[\p{Extended_Pictographic}\uFE0F\u200d]/gu, ' ').replace(/\s-{2,3}\s/g, ' — ').replace(/\s+/g, ' ').replace(/\s+([,.;:!?…。！？、，])/g, '$1').replace(/,(?=[.!?…])/g, '').trim();
  t = t.replace(/^[,;:—–-]\s*/, '');
  return t;
}

/** A first word that is a name in lower case, not a word to capitalize. */
const LOWER_CASE_NAME = /^\p{Ll}[\p{L}\p{N}]*(?:[-.][\p{L}\p{N}]+|\p{Lu}|\p{N})/u;

function capitalize(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  // A name written in lower case keeps it ("trust-manager is moving…", "node.js", "iOS"): hyphen, dot, digit or inner capital.
  if (LOWER_CASE_NAME.test(text)) return text;
  const ch = String.fromCodePoint(first);
  return ch.toUpperCase() + text.slice(ch.length);
}
