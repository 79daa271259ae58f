import { t, type Locale } from '../../i18n';
import { eachLetterRun } from '../suggest/language';
/**
 * Link texts that say nothing about the destination, per language. Compared after lower-casing
 * and dropping punctuation and symbols, so "Click HERE!" and "read more »" match, while a text
 * that names its target ("see the videos >>", "read the release notes") never does.
 *
 * Lighthouse's link-text audit lists (core/audits/seo/link-text.js: en, ja, es, pt, ko, sv, de,
 * ta, fa) are all here; our own additions follow each language (and fr, it, nl, which Lighthouse
 * does not cover). bench:linktext compares the two.
 */
const PHRASES: Record<string, readonly string[]> = {
  en: [
    // Lighthouse
    'click here', 'click this', 'go', 'here', 'information', 'learn more', 'more', 'more info', 'more information', 'right here', 'read more', 'see more', 'start', 'this',
    // ours
    'click', 'tap here', 'go here', 'click this link', 'this link', 'link', 'this page', 'this one', 'page', 'this site', 'website', 'this website', 'url',
    'this article', 'article', 'this post', 'find out more', 'more details', 'details', 'info', 'continue', 'continue reading', 'keep reading', 'read this',
    'check it out', 'check this out', 'click here to learn more', 'click here for more', 'click here for more information', 'read more here', 'learn more here',
    'download', 'download here',
  ],
  ja: ['ここをクリック', 'こちらをクリック', 'リンク', '続きを読む', '続く', '全文表示', 'こちら', 'ここ', '詳細', '詳しくはこちら'],
  es: [
    'click aquí', 'click aqui', 'clicka aquí', 'clicka aqui', 'pincha aquí', 'pincha aqui', 'aquí', 'aqui', 'más', 'mas', 'más información', 'más informacion', 'mas información', 'mas informacion', 'este', 'enlace', 'este enlace', 'empezar',
    'haz clic aquí', 'haga clic aquí', 'leer más', 'ver más', 'seguir leyendo',
  ],
  pt: ['clique aqui', 'ir', 'mais informação', 'mais informações', 'mais', 'veja mais', 'aqui', 'leia mais', 'saiba mais', 'este link'],
  ko: ['여기', '여기를 클릭', '클릭', '링크', '자세히', '자세히 보기', '계속', '이동', '전체 보기', '더 보기'],
  sv: ['här', 'klicka här', 'läs mer', 'mer', 'mer info', 'mer information', 'länk'],
  de: ['klicke hier', 'hier klicken', 'hier', 'mehr', 'siehe', 'dies', 'das', 'weiterlesen', 'klicken sie hier', 'mehr erfahren', 'mehr infos', 'mehr informationen', 'link', 'dieser link'],
  ta: ['அடுத்த பக்கம்', 'மறுபக்கம்', 'முந்தைய பக்கம்', 'முன்பக்கம்', 'மேலும் அறிக', 'மேலும் தகவலுக்கு', 'மேலும் தரவுகளுக்கு', 'தயவுசெய்து இங்கே அழுத்தவும்', 'இங்கே கிளிக் செய்யவும்'],
  fa: ['اطلاعات بیشتر', 'اطلاعات', 'این', 'اینجا بزنید', 'اینجا کلیک کنید', 'اینجا', 'برو', 'بیشتر بخوانید', 'بیشتر بدانید', 'بیشتر', 'شروع'],
  fr: ['cliquez ici', 'clique ici', 'ici', 'en savoir plus', 'lire la suite', 'plus', "plus d'informations", "plus d'infos", 'lien', 'ce lien', 'voir plus', 'suite'],
  it: ['clicca qui', 'qui', 'leggi di più', 'di più', 'scopri di più', 'maggiori informazioni', 'altro', 'questo link', 'link'],
  nl: ['klik hier', 'hier', 'lees meer', 'meer', 'meer informatie', 'meer info', 'deze link', 'link'],
};

/** The phrase lists as written (for comparisons with Lighthouse's). */
export function linkTextPhrases(): Readonly<Record<string, readonly string[]>> {
  return PHRASES;
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\p{M}\s]+/gu, ' ').trim().replace(/\s+/g, ' ');
}

const SETS: Record<string, Set<string>> = Object.fromEntries(Object.entries(PHRASES).map(([lang, list]) => [lang, new Set(list.map(normalize))]));
const ALL = new Set(Object.values(SETS).flatMap((s) => [...s]));

/**
 * The normalized vague phrase, or undefined when the text says something. `lang` picks the
 * phrase list (English phrases count in every language: they are common in any post; a language
 * without a list gets the English one); without a language every list is checked, as Lighthouse
 * does when a page names none.
 */
export function vagueText(text: string, lang?: string): string | undefined {
  const words = normalize(text);
  if (!words) return undefined;
  if (!lang) return ALL.has(words) ? words : undefined;
  return SETS[lang]?.has(words) || SETS.en!.has(words) ? words : undefined;
}

/** A full web address used as the link's text (what Lighthouse also fails): `https://…`, `http://…`, `www.…`. */
export function isUrlText(text: string): boolean {
  const t = text.trim();
  if (/\s/.test(t)) return false;
  if (/^www\.[^\s.]+\.[^\s]+$/i.test(t)) return true;
  try {
    const u = new URL(t);
    return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname;
  } catch {
    return false;
  }
}

/**
 * The post's language: its `lang`/`language`/`locale` field ("de", "pt-BR", "de_DE" → "de"),
 * else the language its prose is detected in, else undefined.
 */
export function postLanguage(data: Record<string, unknown>, body: string): string | undefined {
  for (const key of ['lang', 'language', 'locale']) {
    const v = data[key];
    if (typeof v === 'string' && /^[a-z]{2,3}(?:[-_][a-z0-9]+)*$/i.test(v.trim())) return v.trim().slice(0, 2).toLowerCase();
  }
  return detectLanguage(body);
}

/** Function words that give a language away in a few sentences (short, frequent, rarely shared). */
export const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'this', 'you', 'are', 'we', 'what', 'it'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sie', 'ein', 'eine', 'wir', 'für', 'auf', 'dem', 'den', 'ich'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'en', 'es', 'por', 'con', 'una', 'para', 'del', 'se', 'como', 'hemos'],
  fr: ['le', 'la', 'les', 'et', 'est', 'des', 'une', 'pour', 'dans', 'que', 'qui', 'nous', 'avec', 'sur', 'pas', 'vous'],
  pt: ['o', 'a', 'os', 'as', 'e', 'que', 'não', 'uma', 'para', 'com', 'do', 'da', 'em', 'você', 'são', 'mais'],
  sv: ['och', 'att', 'det', 'som', 'är', 'för', 'på', 'med', 'inte', 'den', 'till', 'av', 'vi', 'har', 'alla', 'dig'],
  it: ['il', 'la', 'che', 'e', 'di', 'per', 'non', 'una', 'sono', 'con', 'del', 'della', 'gli', 'abbiamo'],
  nl: ['de', 'het', 'een', 'en', 'van', 'dat', 'niet', 'is', 'met', 'voor', 'op', 'zijn', 'wij', 'ook'],
};

/** Each function word → the languages whose list has it (one lookup per word, not one scan per language). */
const STOPWORD_LANGS = new Map<string, string[]>();
for (const [lang, list] of Object.entries(STOPWORDS)) {
  for (const w of new Set(list)) STOPWORD_LANGS.set(w, [...(STOPWORD_LANGS.get(w) ?? []), lang]);
}
const LETTER = /\p{L}/u;

/** The last sample read and its answer: the rule asks on every keystroke, and typing past the opening leaves the sample as it was. */
let last: { sample: string; lang: string | undefined } | undefined;

/** A best guess from the script (kana, hangul, Tamil, Persian letters) or function words; undefined when unsure. */
export function detectLanguage(body: string): string | undefined {
  const sample = body.slice(0, 4000);
  if (last?.sample === sample) return last.lang;
  const lang = detectIn(sample);
  last = { sample, lang };
  return lang;
}

function detectIn(sample: string): string | undefined {
  // One pass over the characters, counting letters and the scripts that give a language away,
  // without building a string per letter (ASCII, most of a post, is classified inline).
  let letters = 0;
  let kana = 0;
  let hangul = 0;
  let tamil = 0;
  let arabic = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 128) {
      const lower = c | 32;
      if (lower >= 97 && lower <= 122) letters++;
      continue;
    }
    const cp = sample.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (LETTER.test(String.fromCodePoint(cp))) letters++;
    if (cp >= 0x3040 && cp <= 0x30ff) kana++;
    else if (cp >= 0xac00 && cp <= 0xd7a3) hangul++;
    else if (cp >= 0x0b80 && cp <= 0x0bff) tamil++;
    else if (cp >= 0x0600 && cp <= 0x06ff) arabic++;
  }
  if (!letters) return undefined;
  if (kana > letters * 0.05) return 'ja';
  if (hangul > letters * 0.2) return 'ko';
  if (tamil > letters * 0.2) return 'ta';
  if (arabic > letters * 0.2) return /[پچژگ]/.test(sample) ? 'fa' : undefined;
  let words = 0;
  const counts = new Map(Object.keys(STOPWORDS).map((lang) => [lang, 0]));
  eachLetterRun(sample.toLowerCase(), (w) => {
    words++;
    const langs = STOPWORD_LANGS.get(w);
    if (langs) for (const lang of langs) counts.set(lang, counts.get(lang)! + 1);
  });
  if (words < 8) return undefined;
  // Ties keep the order of STOPWORDS (a stable sort), as the first to reach the count wins.
  const [best, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return best![1] >= 3 && best![1] >= 1.5 * second![1] ? best![0] : undefined;
}

/** Where a link goes, as facts the advice names: an address, a section, a page's words, a site. */
export type LinkTarget =
  | { kind: 'mail'; address: string }
  | { kind: 'section'; words: string }
  | { kind: 'section-unknown' }
  | { kind: 'page'; words: string; host: string }
  | { kind: 'home'; host: string }
  | { kind: 'unknown' };

/**
 * The link's destination, for advice that fits the link: the last meaningful path segment as
 * words (`/docs/production-environment/` → “production environment”) with the host, a
 * fragment's section name, or the site's home page.
 */
export function linkTarget(url: string): LinkTarget {
  const raw = url.trim();
  if (/^mailto:/i.test(raw)) return { kind: 'mail', address: raw.slice(7).split('?')[0]! };
  if (raw.startsWith('#')) {
    const words = slugWords(raw.slice(1));
    return words ? { kind: 'section', words } : { kind: 'section-unknown' };
  }
  let host = '';
  let path = raw;
  try {
    const u = new URL(/^www\./i.test(raw) ? `http://${raw}` : raw);
    if (u.protocol === 'http:' || u.protocol === 'https:') {
      host = u.hostname.replace(/^www\./, '');
      path = u.pathname;
    }
  } catch {
    path = raw.split(/[?#]/)[0]!;
  }
  const segments = path.split('/').filter(Boolean).map(decodeSegment).reverse();
  const words = segments.map((s) => slugWords(s.replace(/\.(?:html?|php|aspx?|md)$/i, ''))).find((w) => w && !/^(?:index|default|home|view|p|post|posts|blog|article|en|www)$/i.test(w));
  if (words) return { kind: 'page', words, host };
  return host ? { kind: 'home', host } : { kind: 'unknown' };
}

/** The destination in `locale`'s words: “production environment” on kubernetes.io, the “install” section… */
export function describeTarget(url: string, locale?: Locale): string {
  const target = linkTarget(url);
  switch (target.kind) {
    case 'mail':
      return t(locale, 'targetMail', { address: target.address });
    case 'section':
      return t(locale, 'targetSection', { words: target.words });
    case 'section-unknown':
      return t(locale, 'targetSectionUnknown');
    case 'page':
      return target.host ? t(locale, 'targetPageOnHost', { words: target.words, host: target.host }) : t(locale, 'quotedName', { name: target.words });
    case 'home':
      return t(locale, 'targetHome', { host: target.host });
    case 'unknown':
      return t(locale, 'targetUnknown');
  }
}

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** `production-environment` → `production environment`; undefined for ids, hashes and numbers. */
function slugWords(segment: string): string | undefined {
  const words = segment.split(/[-_+.\s]+/).filter(Boolean);
  const real = words.filter((w) => /^\p{L}[\p{L}\p{M}']*$/u.test(w) && !/^[a-z]*\d/i.test(w));
  if (!real.length || real.length < words.length / 2 || words.length > 10) return undefined;
  // A long run of letters without vowels or one word of 20+ letters is an id, not a word.
  if (real.some((w) => w.length > 24 || (/^[a-z]+$/i.test(w) && w.length > 4 && !/[aeiouy]/i.test(w)))) return undefined;
  return real.join(' ').toLowerCase();
}
