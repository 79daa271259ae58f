import { CJK_LANGS, lexiconFor, UNSPACED_SCRIPT, type Lang } from './language';
import type { Heading, ProseUnit } from './prose';
import { DROPPED } from './prose';
import { fits, isPlainPhrase, measure, tooShort, type Limits } from './shape';
import { changePhrase, kindOf, namesChanges, type ChangeSection } from './changelog';
import { BoundedMap } from '../text/bounded-map';

/** A description put together from the post's section headings or the first items of its lists. */
export interface Composed {
  text: string;
  /** The names alone, without the title in front. */
  names: string;
  /** How many named parts it lists. */
  parts: number;
  /** Whether it follows the post's own sentence announcing what it is. */
  announced: boolean;
  /** Whether the title stands in front of it ("Nuxt 3.11: better logging, …"). */
  titled: boolean;
  /** Whether most names are steps ("Overcoming…", "Making…"): a tutorial's outline rather than what a release brings. */
  stepwise: boolean;
  from: 'headings' | 'list items';
  /** The heading or list item it starts with (for the source range). */
  first: Heading | ProseUnit;
  steps: string[];
}

const MAX_ITEM_CHARS = 70;
/** Names a composed description lists at most, plus one to know that there are more. */
const MAX_NAMED = 9;
/** A list item longer than this is a sentence, not a name. */
const MAX_LIST_ITEM_CHARS = 48;
const LEADING_JUNK = /^(?:[\p{Extended_Pictographic}\p{So}\uFE0F\u200d]|\d+[.)]\s|(?:step|part|chapter)\s+\d+\s*[:.-]\s*|(?:announcing|introducing|presenting)\s+(?=\S))+\s*/iu;
const TRAILING_JUNK = /[\s\p{Extended_Pictographic}\p{So}\uFE0F\u200d:：.。!！]+$/u;

/**
 * How the authors of roundups, newsletters and release notes describe them: the things the post
 * covers, named in order ("SvelteHack winners, new bindings, Svelte 4.0.0-next.0 and new
 * SvelteKit features"). Names come from the section headings (generic ones such as "Bug fixes"
 * or "What's next" left out), or, when there are too few, from the first items of its lists.
 * Returns the variants that fit the limits: the names alone, ending with "and more" when some
 * are left out, and the same after the title.
 */
export function composeRoundup(headings: readonly Heading[], units: readonly ProseUnit[], title: string | undefined, lang: Lang, vocabulary: Vocabulary, limits: Limits, announcements: readonly string[] = [], changes: readonly ChangeSection[] = []): Composed[] {
  const fromHeadings = headingItems(headings, title, lang);
  const fromList = fromHeadings.length >= 3 ? [] : listLeadItems(units, title, lang);
  const source: Array<{ text: string; origin: Heading | ProseUnit }> = fromHeadings.length >= 3 ? fromHeadings : fromList.length >= 3 ? fromList : [];
  // Release notes made of change lists, when their parts can't be listed by name.
  const changelog = () => composeChangelog(fromHeadings, headings, title, lang, vocabulary, limits, changes);
  if (source.length < 3) return changelog();
  const from = source === fromHeadings ? 'headings' : 'list items';
  const names = source.map((s, i) => loweredName(s.text, vocabulary, i === 0, lang));
  const out: Composed[] = [];
  // After the title ("Nuxt 3.11: better logging, …"), unless the title has a colon of its own;
  // for a release, as its authors write it: "Nuxt 3.11 brings better logging, …".
  const prefixes: Prefix[] = [{ text: '', join: '' }];
  if (title && !tooLongTitle(title) && !/[:：]/.test(title)) prefixes.push({ text: title, join: ': ' });
  const release = releaseLead(title, lang);
  // What a release brings are things ("faster builds"), not steps ("Overcoming constraints", "Making auto work").
  const lead = names.slice(0, 4);
  // A step is a gerund with its object ("Overcoming cloneability constraints"); "String templates", "Logging" are things.
  const stepwise = lang === 'en' && lead.filter((n) => STEP.test(n)).length * 2 > lead.length;
  if (release && !stepwise) prefixes.push({ text: release, join: ' ', step: 'after the release it describes' });
  // After the post's own announcement, as release authors write it: "We are pleased to announce
  // Vitess 7. Highlights include replica transactions, savepoint support and …".
  const include = lexiconFor(lang).highlightsInclude;
  if (include && !stepwise) for (const a of announcements) prefixes.push({ text: `${a} ${include}`, join: ' ', step: 'after the post’s announcement', announced: true });
  const first = Math.min(names.length, 8);
  // After a prefix, the first name is written as inside a sentence.
  const inside = loweredName(source[0]!.text, vocabulary, false, lang);
  const context = [lang, JSON.stringify(limits), from, stepwise, inside, ...names].join('\u0001');
  for (const prefix of prefixes) {
    // Typing in the title changes the title's own prefix, not the bare list or the announcement's: those are remembered.
    const key = `${prefix.text}\u0002${prefix.join}\u0002${prefix.step ?? ''}\u0002${prefix.announced === true}\u0002${context}`;
    if (chosenLists.has(key)) {
      const known = chosenLists.get(key);
      if (known) out.push({ ...known, first: source[0]!.origin });
      continue;
    }
    /** The list of these names after this prefix, or whether it is too short (undefined when too long). */
    const named = (picked: readonly number[]): Composed | 'short' | undefined => {
      const shown = picked.map((i) => names[i]!);
      if (prefix.text) shown[0] = inside;
      const more = picked.length < names.length;
      const text = joinNames(prefix.text, shown, more, lang, prefix.join);
      const m = measure(text);
      if (!fits(m, limits)) return tooShort(m, limits) ? 'short' : undefined;
      const listed = joinNames('', shown, more, lang);
      // A release's name is part of what the text says about the post (the title's words it carries count).
      const scored = prefix.step ? `${prefix.text} ${listed}` : listed;
      const k = picked.length;
      return { text, names: scored, parts: k, stepwise, announced: prefix.announced === true, titled: prefix.join === ': ', from, first: source[0]!.origin, steps: [`${k} ${from === 'headings' ? 'section headings' : 'list items'} named${prefix.step ? ` ${prefix.step}` : prefix.text ? ' after the title' : ''}`] };
    };
    // The most names that fit, listing all of them when possible.
    let found: Composed | undefined;
    for (let k = first; k >= 3 && !found; k--) {
      const got = named(range(k));
      if (got === 'short') break; // fewer names would be shorter still
      found = got;
    }
    // k names too long and k − 1 too short ("Tauri 2.0 brings A, B, C and more." a few characters
    // short): the first k + 1 with one of them left out (never the first, the latest first).
    for (let k = first - 1; k >= 3 && !found; k--) {
      for (let skip = k; skip >= 1 && !found; skip--) {
        const got = named(range(k + 1).filter((i) => i !== skip));
        if (got !== 'short') found = got;
      }
    }
    // Kept without the heading or item it starts at: that holds a token of this parse, and with it the whole post's text.
    chosenLists.set(key, found && { ...found, first: undefined });
    if (found) out.push(found);
  }
  return out.length ? out : changelog();
}

/**
 * Release notes made of change lists ("## Features", "## Bug Fixes", …) with too few specific
 * headings to list: "ESLint v10.9.0 brings new option X in Y, new features, 3 bug fixes and 5
 * documentation updates." The release's own headings first (at most two), then the kinds of
 * change; while it is too long, kinds are left out from the end, then headings, never below two
 * parts in all.
 */
function composeChangelog(named: ReadonlyArray<{ text: string; origin: Heading }>, headings: readonly Heading[], title: string | undefined, lang: Lang, vocabulary: Vocabulary, limits: Limits, changes: readonly ChangeSection[]): Composed[] {
  // A heading such as "Performance improvements" is counted with its kind, not named.
  const specific = named.filter((n) => kindOf(n.text) === undefined).slice(0, 2);
  const release = releaseLead(title, lang);
  const origin = specific[0]?.origin ?? headings.find((h) => h.token === changes[0]?.heading) ?? headings[0];
  if (!namesChanges(lang) || !release || !changes.length || !origin) return [];
  // A heading named after the verb reads as a headline in English ("brings new option X"); German,
  // French, Spanish and Portuguese need an article there ("eine neue Option"), which a heading
  // does not carry: those name the kinds of change only.
  for (let keep = NEEDS_ARTICLE.has(lang) ? 0 : specific.length; keep >= 0; keep--) {
    const names = specific.slice(0, keep).map((n) => loweredName(n.text, vocabulary, false, lang));
    const kinds = changes.map((c) => changePhrase(c, !(keep > 0 && c.kind === 'features'), lang));
    for (let k = kinds.length; k >= 1 && names.length + k >= 2; k--) {
      const parts = [...names, ...kinds.slice(0, k)];
      const text = joinNames(release, parts, false, lang, ' ');
      const m = measure(text);
      if (tooShort(m, limits)) break; // fewer parts would be shorter still
      if (!fits(m, limits)) continue;
      const steps = [`${keep ? `${keep} section heading${keep > 1 ? 's' : ''} and ` : ''}${k} kind${k > 1 ? 's' : ''} of change named after the release it describes`];
      return [{ text, names: text, parts: parts.length, stepwise: false, announced: false, titled: false, from: 'headings', first: origin, steps }];
    }
  }
  return [];
}

const NEEDS_ARTICLE = new Set<Lang>(['de', 'fr', 'es', 'pt']);

/** The list chosen after each prefix, by everything that decides it (see composeRoundup). */
const MAX_CHOSEN_LISTS = 200;
const chosenLists = new BoundedMap<string, (Omit<Composed, 'first'> & { first: undefined }) | undefined>(MAX_CHOSEN_LISTS);

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

function headingItems(headings: readonly Heading[], title: string | undefined, lang: Lang): Array<{ text: string; origin: Heading }> {
  if (headings.length < 3) return [];
  // The level the post is divided at: the most common one below the title (H1 sections count in posts without H2).
  // The level the post is divided at: the one with most headings (a single H1 is the title, not a section).
  const byDepth = new Map<number, number>();
  for (const h of headings) byDepth.set(h.depth, (byDepth.get(h.depth) ?? 0) + 1);
  const levels = [...byDepth.entries()].filter(([d, n]) => d >= 2 || n >= 2).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const level = levels[0]?.[0] ?? 2;
  // At most MAX_NAMED: a description lists eight names, and a ninth only says there are more.
  const titleNorm = title === undefined ? undefined : normalize(title);
  const named = (picked: readonly Heading[]) => {
    const out: Array<{ text: string; origin: Heading }> = [];
    // Each name normalized once, with a space on each side, for `repeats`.
    const listed: string[] = [];
    for (const h of picked) {
      if (out.length >= MAX_NAMED) break;
      const name = headingName(h.text, lang);
      if (name === undefined || name.norm === titleNorm || repeats(name.norm, listed)) continue;
      listed.push(` ${name.norm} `);
      out.push({ text: name.text, origin: h });
    }
    return out;
  };
  const items = named(headings.filter((h) => h.depth === level || (byDepth.get(level)! < 3 && h.depth === level + 1)));
  if (items.length >= 3) return items;
  // Too few specific names at that level ("What's new", "Community showcase" are generic): its subsections name the parts.
  return named(headings.filter((h) => h.depth >= Math.min(level, 2) && h.depth <= level + 1 && (h.depth > 1 || byDepth.get(1)! > 1)));
}

/** A name whose words all stand in a name already listed ("SSR" after "Batching for SSR") says nothing new (an equal one too). */
function repeats(norm: string, listed: readonly string[]): boolean {
  const padded = ` ${norm} `;
  return listed.some((l) => l.includes(padded));
}

/**
 * A heading as a name in the list (and normalized), or undefined when it can't be one;
 * remembered, title apart: headings don't change while someone types the body or the title.
 */
function headingName(heading: string, lang: Lang): { text: string; norm: string } | undefined {
  const key = `${lang}\u0000${heading}`;
  if (names.has(key)) return names.get(key);
  const text = shortName(cleanItem(heading));
  const name = usableItem(text, undefined, lang) ? { text, norm: normalize(text) } : undefined;
  names.set(key, name);
  return name;
}

const names = new BoundedMap<string, { text: string; norm: string } | undefined>(2_000);

/** Short list items (names, not sentences) from the first places of the post's lists. */
function listLeadItems(units: readonly ProseUnit[], title: string | undefined, lang: Lang): Array<{ text: string; origin: ProseUnit }> {
  const items = units.filter((u) => u.kind === 'list-item' && u.item !== undefined && u.item < 4);
  return unique(items.map((u) => ({ text: cleanItem(u.text.replace(/[.。]$/u, '')), origin: u })).filter((i) => [...i.text].length <= MAX_LIST_ITEM_CHARS && usableItem(i.text, title, lang))).slice(0, 8);
}

function cleanItem(text: string): string {
  return text.replace(LEADING_JUNK, '').replace(TRAILING_JUNK, '').replace(/\s+/g, ' ').trim();
}

/** "OpenStack: Open source software for…" / "Reports Server - Alternative Reports Storage": in a heading, the name is enough. */
function shortName(heading: string): string {
  const named = /^([^:：—–]{2,40}?)\s*(?:[:：]|\s[—–-]\s)\s*\S/u.exec(heading);
  return named && named[1]!.split(/\s+/).length <= 4 ? named[1]!.trim() : heading;
}

const MONTH = '(?:jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|f[ée]v(?:rier)?|mar(?:ch|s)?|m[äa]rz|apr(?:il)?|avr(?:il)?|may|mai|june?|juni|juin|july?|juli|juillet|aug(?:ust)?|ao[uû]t|sep(?:t(?:ember|embre)?)?|oct(?:ober|obre)?|okt(?:ober)?|nov(?:ember|embre)?|dec(?:ember)?|d[ée]c(?:embre)?|dez(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)';
/** A date on its own ("January 27", "27 de enero", "27. Januar", "Friday, March 2"): an entry of a schedule, not a part of the post. */
const DATE_NAME = new RegExp(`^(?:\\p{L}+,?\\s+)?(?:${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th|\\.|er)?\\s+(?:(?:of|de)\\s+)?${MONTH}\\.?(?:\\s+(?:de\\s+)?\\d{4})?)$`, 'iu');

function usableItem(text: string, title: string | undefined, lang: Lang): boolean {
  if (text.length < 3 || [...text].length > MAX_ITEM_CHARS || text.includes(DROPPED)) return false;
  if (/[?？]$/.test(text) || /[.!。！]\s/.test(text)) return false; // a question, or more than one sentence
  // A label line ("Now: Booking open", "June 20: Booking closes"), a commit line ("08de88e feat: …"), a date: not a name of what the post covers.
  if (/^[^:：]{1,24}[:：]\s/u.test(text) && !/^[^:：]{1,24}[:：]\s*$/u.test(text) && /\d|^(?:now|today|tbd|soon)\b/i.test(text.split(/[:：]/)[0]!)) return false;
  if (DATE_NAME.test(text)) return false;
  if (/^(?:[0-9a-f]{7,40}|\d[\d\s./:-]*)(?:\s|$)/i.test(text) || /^(?:feat|fix|docs|chore|ci|build|refactor|perf|test)(?:\(.*?\))?:/i.test(text)) return false;
  if (!isPlainPhrase(text)) return false;
  // "As a new user", "For existing users": who a section is for, not a part the post covers.
  if (/^(?:as|for) (?:an? |the |all )?(?:new |existing |current |first-time |returning )?(?:users?|developers?|contributors?|maintainers?|admins?|administrators?|authors?|everyone|beginners?)\b/i.test(text)) return false;
  if (text.length <= 40 && (lexiconFor(lang).genericHeading.test(text) || (lang !== 'en' && lexiconFor('en').genericHeading.test(text)))) return false;
  if (lexiconFor(lang).clauseHeading?.test(text)) return false;
  if (title && normalize(text) === normalize(title)) return false;
  return true;
}

function unique<T extends { text: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(normalize(i.text)) && seen.add(normalize(i.text)));
}

const normalize = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function tooLongTitle(title: string): boolean {
  return [...title].length > 60;
}

/**
 * Sentence case for a name inside a list: each capitalized word the post itself writes in lower
 * case is lower-cased ("Sessions Available to Stream" → "sessions available to stream"), and so
 * are the words release headings open with ("Better logging", "Improved flags"); names
 * ("OpenInfra", "Summit", "API", "iOS", "Operator Hub") stay as written. In a heading in title
 * case, a word the post never writes is title casing, not a name. `keepFirst`: the list's first
 * word keeps its capital.
 */
export function lowerFirst(name: string, vocabulary: Vocabulary, keepFirst = false, lang?: Lang): string {
  const words = [...name.matchAll(/\p{L}[\p{L}\p{N}'’-]*/gu)];
  const capitalized = (i: number) => /^\p{Lu}/u.test(words[i]![0]);
  // Title case capitalizes every word but the small ones ("Overcoming Cloneability Constraints"); "Flux is in the Operator Hub" is not.
  const titleCase = words.filter((m) => m[0].length >= 4).length >= 3 && words.every((m, i) => capitalized(i) || MINOR_WORDS.has(m[0]));
  const next = (i: number) => i + 1 < words.length && words[i]!.index! + words[i]![0].length + 1 === words[i + 1]!.index;
  const lowered = words.map((m, i) => {
    const w = m[0].toLowerCase();
    if ((i === 0 && keepFirst) || !/^\p{Lu}\p{Ll}*(?:[-'’]\p{Ll}+)*$/u.test(m[0])) return false;
    // A heading word opens a feature's name ("Better logging"), not a name of its own ("New Relic", "React Native").
    // (German capitalizes every noun: "Neue Option" opens on a German adjective whatever the next word's case.)
    const opensName = i === 0 && HEADING_WORDS.has(w) && (words.length === 1 || /^\p{Ll}/u.test(words[1]![0]) || !next(0) || germanOpener(w, lang));
    // An English heading opening on a verb's -ing form or an "x-based" compound, lower case after it ("Setting logical
    // defaults", "Glob-based configs"), is a phrase, not a name, unless the post writes the word capitalized ("Spring Boot" has its capital next).
    const opensPhrase = i === 0 && lang === 'en' && words.length > 1 && /^\p{Ll}/u.test(words[1]![0]) && PHRASE_OPENER.test(m[0]) && !(vocabulary.known?.(w) === true && !vocabulary.has(w));
    return vocabulary.has(w) || opensName || opensPhrase || (titleCase && vocabulary.known !== undefined && !vocabulary.known(w));
  });
  // Outside title case, capitals side by side are one name ("Reports Server", "Operator Hub"): none of them is lowered.
  if (!titleCase) {
    for (let i = 0; i + 1 < words.length; i++) {
      const [a, b] = [words[i]![0], words[i + 1]![0]];
      // Not a German adjective before its noun ("Neue Option"): every German noun has its capital.
      if (i === 0 && germanOpener(a.toLowerCase(), lang)) continue;
      const kept = lowered[i] ? b : a;
      // "Reports Server", "Operator Hub": the capital that stays is a name's, not a verb's ("Removing templates").
      if (next(i) && capitalized(i) && capitalized(i + 1) && lowered[i] !== lowered[i + 1] && !/(?:ing|ed)$/.test(kept) && ![a, b].some((w) => MINOR_WORDS.has(w.toLowerCase()))) lowered[i] = lowered[i + 1] = false;
    }
  }
  let out = '';
  let at = 0;
  words.forEach((m, i) => {
    out += name.slice(at, m.index) + (lowered[i] ? m[0].toLowerCase() : m[0]);
    at = m.index! + m[0].length;
  });
  return out + name.slice(at);
}

/**
 * `lowerFirst`, remembered per vocabulary: the vocabulary is the body's (body-work.ts keeps one
 * per body), so typing in the title asks for the same names again and gets them without the work.
 */
function loweredName(name: string, vocabulary: Vocabulary, keepFirst: boolean, lang: Lang): string {
  let known = loweredNames.get(vocabulary);
  if (!known) loweredNames.set(vocabulary, (known = new Map()));
  const key = `${keepFirst ? '1' : '0'}${lang}\u0000${name}`;
  let out = known.get(key);
  if (out === undefined) known.set(key, (out = lowerFirst(name, vocabulary, keepFirst, lang)));
  return out;
}
/** Held by the vocabulary: a body's names go with its work (at most a few dozen: the names a list is made of). */
const loweredNames = new WeakMap<Vocabulary, Map<string, string>>();

/** A capitalized -ing form ("Setting") or a compound adjective ("Glob-based", "Built-in"). */
const PHRASE_OPENER = /^\p{Lu}(?:\p{Ll}{2,}ing|\p{Ll}+-\p{Ll}+)$/u;

/** Words title case leaves in lower case. */
const MINOR_WORDS = new Set('a an the and or but nor for of on in to at by with from as vs via into onto per'.split(' '));
/** Words release headings open with, never names: "Better logging", "Improved --skip flags", "Nuevas opciones". */
const HEADING_WORDS = new Set(
  'new better faster smaller simpler easier easy simple quick cleaner quicker lighter improved improvements enhanced updated stable initial experimental official automatic custom additional extended full native more support redesigned rewritten reworked unified nuevo nueva nuevos nuevas mejor mejores mejoras mejorado mejorada soporte novo nova novos novas melhor melhores melhorias melhorado suporte nouveau nouvelle nouveaux nouvelles meilleur meilleure amélioré améliorée améliorations prise neue neuer neues neuen bessere besserer schnellere verbesserte'.split(' '),
);

/** German heading words that open a feature's name before its (capitalized) noun; English names in a German post ("New Relic") stay names. */
const GERMAN_OPENERS = new Set('neue neuer neues neuen bessere besserer besseres schnellere schnellerer verbesserte verbesserter verbessertes einfachere kleinere'.split(' '));
const germanOpener = (word: string, lang: Lang | undefined) => lang === 'de' && GERMAN_OPENERS.has(word);

/** How the post writes words: `has` a word it writes in lower case (at least as often as capitalized), `known` one it writes at all. */
export interface Vocabulary {
  has(word: string): boolean;
  known?(word: string): boolean;
}

interface Prefix {
  text: string;
  /** What joins it to the list: ': ' after a title, ' ' after "Nuxt 3.11 brings". */
  join: string;
  step?: string;
  announced?: boolean;
}

const STEP = /^\p{L}{3,}ing\s+(?:the\s|an?\s|your\s|our\s|its\s|\p{Ll}+\s)/u;


/** A version as release titles write it, one word: "1.12", "v8", "v2.3", "4.0.0-next.0", "15". */
const VERSION_WORD = /^v?\d{1,3}(?:\.\d{1,4}){0,3}(?:-[\w.]{1,20})?$/i;
/** The word before a bare number that makes it a version: "Version 3". */
const VERSION_LABEL = /^(?:version|versión|versão)$/i;
/** A pre-release after the version: "Harbour 2.0 Beta". */
const PRE_RELEASE = /^(?:beta|alpha|rc\d*|preview)$/i;
/** Words announcing the release, in front of its name. */
const ANNOUNCING = /^(?:what['’]s new in|new in|announcing|introducing|releasing|presenting|anunciando|apresentando|lançamento d[oa])\s+(?:the\s+)?(?:(?:stable |general )?(?:release|launch|availability) of\s+)?/i;
/** Words saying it is out, after its name (matched on the last words only: titles are short). */
const RELEASED = /^(?:(?:is )?(?:now )?(?:released|out|here|available)|has been released|(?:stable )?release|lanzad[oa]|lançad[oa]|disponible|disponível|veröffentlicht|ist da|(?:正式|已)?发布(?:了)?|リリース)$/i;

/**
 * "Kyverno 1.12 Released" / "Announcing KubeVirt v1.5" / "Lit 2.1 Release" / "Next.js 15 is out"
 * → "Kyverno 1.12 brings", "KubeVirt v1.5 brings", "Lit 2.1 brings", "Next.js 15 brings": the
 * release a roundup describes, as the subject of its description. Only for a title that is a
 * name and a version (and words announcing it), at most five words; undefined otherwise and in
 * languages without a verb here.
 */
export function releaseLead(title: string | undefined, lang: Lang): string | undefined {
  const verb = lexiconFor(lang).brings;
  if (!title || !verb || title.length > 100) return undefined;
  let words = title.split(/\s[—–-]\s|[—–:：]/u)[0]!.replace(ANNOUNCING, '').trim().replace(/[!.]$/, '').split(/\s+/);
  // "… is now available", "… has been released", "… Released": up to the last three words.
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    if (RELEASED.test(words.slice(-n).join(' '))) {
      words = words.slice(0, -n);
      break;
    }
  }
  if (words.length >= 3 && PRE_RELEASE.test(words[words.length - 1]!)) words = words.slice(0, -1);
  const last = words[words.length - 1] ?? '';
  // A bare number is a version after a name ("Next.js 15"); "Version 3" names it so.
  const versioned = VERSION_WORD.test(last) && (/[.v-]/i.test(last) || words.length >= 2);
  const subject = words.join(' ');
  // A name and its version ("create-tauri-app Version 3"), not a phrase about one ("Packaging Updates for 10.6.0").
  if (words.length < 2 || words.length > 5 || !versioned || words.some((w) => MINOR_WORDS.has(w.toLowerCase())) || !isPlainPhrase(subject) || !/^[\p{L}\d]/u.test(subject)) return undefined;
  if (words.length === 2 && /^\d+$/.test(last) && VERSION_LABEL.test(words[0]!)) return undefined; // "Version 3" alone names nothing
  return `${subject} ${verb}`;
}


/** "A, B and C." / "A, B, C and more." / "Title: a, b and more." — and the CJK equivalents. */
export function joinNames(prefix: string, names: readonly string[], more: boolean, lang: Lang, join = ': '): string {
  const lex = lexiconFor(lang);
  if (CJK_LANGS.has(lang)) {
    const list = names.join('、');
    const tail = lang === 'ja' ? (more ? 'など' : '') : lang === 'zh' ? (more ? '等' : '') : more ? ' 등' : '';
    // After a release and its verb ("Answer 1.7.0 带来了 …"), the list follows with a space; after the title, a colon.
    // No space between two CJK characters ("带来了新功能"); one before Latin text or a number ("带来了 3 项").
    const lead = prefix ? (join === ': ' ? `${prefix}：` : UNSPACED_SCRIPT.test(prefix.slice(-1)) && UNSPACED_SCRIPT.test(list.slice(0, 1)) ? prefix : `${prefix} `) : '';
    return `${lead}${list}${tail}${lang === 'ko' ? '.' : '。'}`;
  }
  let list: string;
  if (more) list = `${names.join(', ')} ${lex.andMore}`;
  else list = names.length > 1 ? `${names.slice(0, -1).join(', ')} ${lex.and} ${names[names.length - 1]}` : (names[0] ?? '');
  return `${prefix ? `${prefix}${join}` : ''}${list}.`;
}
