import { intlTag, t, type Key, type Locale, type Params } from '../../i18n';

/**
 * Addresses that display as something they are not: bidirectional-text controls that reorder
 * what is shown, and host names whose letters come from scripts that look alike (`аpple.com`
 * with a Cyrillic а). The host check follows the idea of browsers' IDN display policy (Unicode
 * TR #39, "moderately restrictive"): per label, one script, or Latin with the scripts Chinese,
 * Japanese and Korean are written in, or Latin with one other script that doesn't look like it;
 * a label entirely of letters that pass for Latin ones under a non-matching top-level domain; and
 * characters that look like `/`, `.` or `:`. Measured against Chromium's own IDN test table
 * with bench/deceptive-hosts.ts (figures in the README).
 */

/** Bidi embeddings, overrides, isolates and marks: U+202A–202E, U+2066–2069, U+200E/200F, U+061C. */
export const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Overrides, embeddings and isolates (not the marks, which right-to-left writing uses in text). */
const BIDI_REORDERING = /[\u202a-\u202e\u2066-\u2069]/;
const RTL_LETTER = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;

const BIDI_NAMES: Record<string, string> = {
  '\u061c': 'ARABIC LETTER MARK',
  '\u200e': 'LEFT-TO-RIGHT MARK',
  '\u200f': 'RIGHT-TO-LEFT MARK',
  '\u202a': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202b': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202c': 'POP DIRECTIONAL FORMATTING',
  '\u202d': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202e': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
};

/** `U+202E`: how a control character is written when shown. */
const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The bidi controls in `text`, named (`U+202E RIGHT-TO-LEFT OVERRIDE`), each once. */
export function bidiControlsIn(text: string): string[] {
  return [...new Set(text.match(BIDI_CONTROLS) ?? [])].map((c) => `${codePoint(c)} ${BIDI_NAMES[c]}`);
}

/**
 * Whether bidi controls in link text are suspicious: overrides, embeddings and isolates always;
 * the plain marks only in text without right-to-left letters (where they have nothing to do).
 */
export function deceptiveBidiInText(text: string): boolean {
  if (!BIDI_CONTROL.test(text)) return false;
  return BIDI_REORDERING.test(text) || !RTL_LETTER.test(text);
}

/** `text` with each bidi control written out as `[U+202E]`, so it shows in its real order. */
export function escapeBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `[${codePoint(c)}]`);
}

// ---- host names ---------------------------------------------------------------------------

/** Characters that look like the URL delimiters `/`, `.`, `:` or `-`, which a host must not fake. */
const DELIMITER_LOOKALIKES = /[\u0338\u0589\u05c3\u06d4\u2010\u2011\u2012\u2013\u2014\u2024\u2044\u2215\u2236\u2571\u29f6\u29f8\u3002\ua4f8\ua789\ufe52\ufe55\uff0e\uff0f\uff1a]/u;

/** Letters of these scripts that, written alone, pass for Latin letters (a c e h i j l o p q s w x y…). */
const LATIN_LOOKALIKES: Record<string, RegExp> = {
  // а ы с ԁ е ԍ һ і ю ј ӏ о р ԛ ѕ ԝ х у ъ ь ҽ п г ѵ ѡ
  Cyrillic: /^[\u0430\u044b\u0441\u0501\u0435\u050d\u04bb\u0456\u044e\u0458\u04cf\u043e\u0440\u051b\u0455\u051d\u0445\u0443\u044a\u044c\u04bd\u043f\u0433\u0475\u0461]+$/u,
  // α ο ν ι κ ρ υ χ ϲ ϳ
  Greek: /^[\u03b1\u03bf\u03bd\u03b9\u03ba\u03c1\u03c5\u03c7\u03f2\u03f3]+$/u,
  // օ ս հ ո ց ա զ
  Armenian: /^[\u0585\u057d\u0570\u0578\u0581\u0561\u0566]+$/u,
};

/**
 * The only mixes allowed in one label (Unicode TR #39 "highly restrictive", as browsers apply it):
 * ASCII Latin with the scripts Japanese, Chinese or Korean are written in.
 */
const CJK_SETS: readonly (readonly string[])[] = [
  ['Latin', 'Han', 'Hiragana', 'Katakana'],
  ['Latin', 'Han', 'Bopomofo'],
  ['Latin', 'Han', 'Hangul'],
];
/** Scripts in common use today (UAX #31's "recommended" ones); a label in any other is shown as xn--. */
const RECOMMENDED = new Set([
  'Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Hebrew', 'Arabic', 'Thaana', 'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil',
  'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Tibetan', 'Myanmar', 'Khmer', 'Ethiopic', 'Han', 'Hiragana', 'Katakana', 'Bopomofo', 'Hangul',
]);
/** Marks that are hard to see: one repeated, or on i, j, l or a dotless i/j (pi̇xel, ȷ́ack). */
const HIDDEN_MARKS = /(\p{M})\1|[ijlı\u0237]\p{M}/u;

/** Top-level domains of countries that write in these scripts: an all-look-alike label is ordinary there. */
const SCRIPT_TLDS: Record<string, ReadonlySet<string>> = {
  Cyrillic: new Set(['ru', 'su', 'ua', 'by', 'kz', 'bg', 'mk', 'rs', 'me', 'mn', 'kg', 'tj', 'uz', 'ba']),
  Greek: new Set(['gr', 'cy']),
  Armenian: new Set(['am']),
};
/** Latin letters from phonetic and small-capital blocks (ɡ, ᴡ, ʟ…) and a few that pass for plain ones (ĸ, ƅ, ȣ). */
const ODD_LATIN = /[\u0138\u0185\u01c3\u0223\u0250-\u02af\u1d00-\u1d2b]/u;
/** Combining marks from the Latin/Greek/Cyrillic block, which have no business after other scripts. */
const LGC_MARK_AFTER_OTHER = /(?![\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{L}[\u0300-\u036f]/u;
/** Punctuation a label may hold: the hyphen, the Katakana middle dot (checked apart), Hebrew geresh/gershayim between Hebrew letters. */
function strayPunctuationOrSymbol(label: string): boolean {
  const chars = [...label];
  return chars.some((c, i) => {
    if (c === '-' || c === '\u30fb') return false;
    if (/[\u05f3\u05f4]/.test(c)) return !(/\p{Script=Hebrew}/u.test(chars[i - 1] ?? '') && /\p{Script=Hebrew}/u.test(chars[i + 1] ?? ''));
    return /[\p{S}\p{P}\p{Cf}]/u.test(c);
  });
}

/** Japanese marks that only belong after kana: a prolonged sound mark (ー) or iteration marks (ヽヾ) elsewhere, a middle dot (・) next to Latin. */
function misplacedKanaMark(label: string): boolean {
  const chars = [...label];
  return chars.some((c, i) => {
    const before = chars[i - 1] ?? '';
    const after = chars[i + 1] ?? '';
    if (c === '\u30fc') return !/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(before);
    if (c === '\u30fd' || c === '\u30fe') return !/\p{Script=Katakana}/u.test(before);
    if (c === '\u30fb') return /[a-z]/i.test(before) || /[a-z]/i.test(after);
    return false;
  });
}

/** Scripts tried in this order; characters of none of them count as "Unknown". */
const SCRIPTS = [
  'Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Hebrew', 'Arabic', 'Syriac', 'Thaana', 'Nko', 'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati',
  'Oriya', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Tibetan', 'Myanmar', 'Khmer', 'Mongolian', 'Ethiopic', 'Cherokee',
  'Canadian_Aboriginal', 'Han', 'Hiragana', 'Katakana', 'Bopomofo', 'Hangul', 'Yi', 'Coptic', 'Tifinagh', 'Vai', 'Javanese', 'Balinese', 'Sundanese',
];
let scriptTests: [string, RegExp][] | undefined;
const IGNORED = /[\p{Script=Common}\p{Script=Inherited}]/u;

function scriptOf(ch: string): string | undefined {
  if (IGNORED.test(ch)) return undefined;
  scriptTests ??= SCRIPTS.flatMap((name) => {
    try {
      return [[name, new RegExp(`\\p{Script=${name}}`, 'u')] as [string, RegExp]];
    } catch {
      return []; // a script this engine doesn't know
    }
  });
  return scriptTests.find(([, re]) => re.test(ch))?.[0] ?? 'Unknown';
}

/** The scripts of a label's letters (Common and Inherited characters — digits, hyphens, marks — left out). */
export function scriptsOf(label: string): Set<string> {
  const out = new Set<string>();
  for (const ch of label) {
    const s = scriptOf(ch);
    if (s) out.add(s);
  }
  return out;
}

export interface HostProblem {
  /** The host as a browser shows it in the address bar when it refuses the Unicode form. */
  ascii: string;
  /** The host in Unicode, as a reader sees it in the post. */
  unicode: string;
  /** Why it could pass for another site, as a sentence fragment (English). */
  why: string;
  /** The same in the catalog, for any language: `scripts` is joined with the language's "and". */
  reason: { key: Key; params: Params; scripts?: string[] };
}

/** Why `host` (as written: Unicode or xn-- punycode) could pass for another site, or undefined. */
export function deceptiveHost(host: string): HostProblem | undefined {
  if (/^[\x21-\x7e]*$/.test(host) && !/(^|\.)xn--/i.test(host)) return undefined; // plain ASCII: what you see is what it is
  const labels = host.toLowerCase().split('.').map(decodeLabel);
  const unicode = labels.join('.');
  const ascii = toAsciiHost(host) ?? host;
  const tld = labels.filter(Boolean).at(-1) ?? '';
  const tldScripts = scriptsOf(tld);
  for (const label of labels) {
    if (/^[\x00-\x7f]*$/.test(label)) continue;
    const found = (key: Key, params: Params = {}, scripts?: string[]): HostProblem => {
      const reason = { key, params: { ...params, label }, ...(scripts && { scripts }) };
      return { ascii, unicode, why: hostReason('en', reason), reason };
    };
    if (DELIMITER_LOOKALIKES.test(label)) return found('hostDelimiter');
    if (HIDDEN_MARKS.test(label.normalize('NFD'))) return found('hostHiddenMarks');
    if (strayPunctuationOrSymbol(label)) return found('hostSymbol');
    if (LGC_MARK_AFTER_OTHER.test(label.normalize('NFD'))) return found('hostMarkOtherScript');
    if (ODD_LATIN.test(label)) return found('hostOddLatin');
    if (/[\u1100-\u11ff]/.test(label)) return found('hostJamo');
    const nonAscii = label.replace(/[\x00-\x7f]/g, '');
    const asciiPart = label.replace(/[^\x00-\x7f]/g, '');
    if (/\d/.test(asciiPart) && !/[a-z]/i.test(asciiPart) && [...nonAscii].length <= 2 && !/\p{Script=Han}/u.test(nonAscii)) return found('hostFakeDigit');
    if ([...nonAscii].every((c) => /\p{Nd}/u.test(c)) && /^[\p{Nd}-]+$/u.test(label)) return found('hostOtherDigits');
    const scripts = scriptsOf(label);
    const list = [...scripts];
    const unusual = list.find((s) => !RECOMMENDED.has(s));
    if (unusual) return found('hostUnusualScript', unusual === 'Unknown' ? { rare: 1 } : { script: unusual.replace(/_/g, ' ') });
    if (misplacedKanaMark(label)) return found('hostKanaMark');
    if (scripts.has('Katakana') && /[\u3078-\u307a]/.test(label)) return found('hostHiragana');
    if (list.length === 1) {
      const only = list[0]!;
      const lookalike = LATIN_LOOKALIKES[only];
      const localTld = tldScripts.has(only) || SCRIPT_TLDS[only]?.has(tld);
      if (lookalike?.test(label.replace(/[-\d]/g, '')) && !localTld) return found('hostLookalikeOnly', { script: only });
      continue;
    }
    const asciiLatin = !/[^\x00-\x7f]/.test([...label].filter((c) => scriptOf(c) === 'Latin').join(''));
    if (asciiLatin && CJK_SETS.some((set) => list.every((s) => set.includes(s)))) continue;
    return found('hostMixes', {}, list);
  }
  return undefined;
}

/** A host problem's reason in `locale`. */
export function hostReason(locale: Locale | undefined, reason: HostProblem['reason']): string {
  const params: Params = { ...reason.params };
  if (params.rare) params.script = t(locale, 'hostRareScript');
  else if (typeof params.script === 'string') params.script = scriptName(locale, params.script);
  if (reason.scripts) params.scripts = reason.scripts.map((s) => scriptName(locale, s)).join(t(locale, 'ruleSizeAnd'));
  return t(locale, reason.key, params);
}

function toAsciiHost(host: string): string | undefined {
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return undefined;
  }
}

/** A label's Unicode form: `xn--` labels decoded (RFC 3492), others as they are. */
export function decodeLabel(label: string): string {
  if (!/^xn--/i.test(label)) return label;
  try {
    return punycodeDecode(label.slice(4).toLowerCase());
  } catch {
    return label;
  }
}

/** RFC 3492 decoding (Bootstring with the Punycode parameters), written from the RFC's section 6.2. */
export function punycodeDecode(input: string): string {
  const BASE = 36, TMIN = 1, TMAX = 26, SKEW = 38, DAMP = 700;
  const adapt = (delta: number, points: number, first: boolean) => {
    delta = first ? Math.floor(delta / DAMP) : Math.floor(delta / 2);
    delta += Math.floor(delta / points);
    let k = 0;
    while (delta > ((BASE - TMIN) * TMAX) >> 1) {
      delta = Math.floor(delta / (BASE - TMIN));
      k += BASE;
    }
    return k + Math.floor(((BASE - TMIN + 1) * delta) / (delta + SKEW));
  };
  const digit = (c: number) => (c >= 48 && c <= 57 ? c - 22 : c >= 97 && c <= 122 ? c - 97 : c >= 65 && c <= 90 ? c - 65 : -1);
  const last = input.lastIndexOf('-');
  const output: number[] = last > 0 ? [...input.slice(0, last)].map((c) => c.codePointAt(0)!) : [];
  if (output.some((c) => c >= 0x80)) throw new RangeError('not a basic code point');
  let n = 128, i = 0, bias = 72;
  for (let at = last > 0 ? last + 1 : 0; at < input.length; ) {
    const oldI = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (at >= input.length) throw new RangeError('truncated');
      const d = digit(input.charCodeAt(at++));
      if (d < 0) throw new RangeError('bad digit');
      i += d * w;
      const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
      if (d < t) break;
      w *= BASE - t;
      if (w > 0x7fffffff) throw new RangeError('overflow');
    }
    bias = adapt(i - oldI, output.length + 1, oldI === 0);
    n += Math.floor(i / (output.length + 1));
    if (n > 0x10ffff) throw new RangeError('overflow');
    i %= output.length + 1;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

// ---- URLs ---------------------------------------------------------------------------------

const AUTHORITY = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#\\]*)/i;

/** The host part of an absolute URL as written (no userinfo, no port), with where it sits. */
export function writtenHost(url: string): { host: string; start: number; end: number } | undefined {
  const m = AUTHORITY.exec(url);
  if (!m) return undefined;
  const authority = m[2]!;
  const hostStart = authority.lastIndexOf('@') + 1;
  let hostPart = authority.slice(hostStart);
  if (!hostPart.startsWith('[')) hostPart = hostPart.replace(/:\d*$/, '');
  const start = m[1]!.length + hostStart;
  return { host: hostPart, start, end: start + hostPart.length };
}

/**
 * An address as the panel and the CLI show it: bidi controls written out (`[U+202E]`) and a
 * deceptive host in its xn-- form, the way a browser's address bar would show it. Everything
 * else is left as written.
 */
export function displayUrl(url: string): string {
  const found = writtenHost(url);
  let shown = url;
  if (found) {
    const problem = deceptiveHost(found.host);
    if (problem) shown = url.slice(0, found.start) + problem.ascii + url.slice(found.end);
  }
  return escapeBidi(shown);
}

/** Unicode script names (as `\p{Script=…}` spells them) → ISO 15924 codes, for `Intl.DisplayNames`. */
const ISO_15924: Record<string, string> = {
  Latin: 'Latn', Cyrillic: 'Cyrl', Greek: 'Grek', Armenian: 'Armn', Hebrew: 'Hebr', Arabic: 'Arab', Syriac: 'Syrc', Thaana: 'Thaa',
  Devanagari: 'Deva', Bengali: 'Beng', Gurmukhi: 'Guru', Gujarati: 'Gujr', Oriya: 'Orya', Tamil: 'Taml', Telugu: 'Telu', Kannada: 'Knda',
  Malayalam: 'Mlym', Sinhala: 'Sinh', Thai: 'Thai', Lao: 'Laoo', Tibetan: 'Tibt', Myanmar: 'Mymr', Georgian: 'Geor', Hangul: 'Hang',
  Ethiopic: 'Ethi', Cherokee: 'Cher', 'Canadian Aboriginal': 'Cans', Ogham: 'Ogam', Runic: 'Runr', Khmer: 'Khmr', Mongolian: 'Mong',
  Hiragana: 'Hira', Katakana: 'Kana', Bopomofo: 'Bopo', Han: 'Hani', Yi: 'Yiii', Coptic: 'Copt', Tifinagh: 'Tfng', Nko: 'Nkoo', Vai: 'Vaii',
  Lisu: 'Lisu', Javanese: 'Java', Balinese: 'Bali', Sundanese: 'Sund', Tai_Le: 'Tale', Buginese: 'Bugi', Glagolitic: 'Glag', Gothic: 'Goth',
};

/**
 * A script's name in `locale` ("Cyrillic" → "Kyrillisch", "キリル文字"), from the runtime's CLDR
 * data through `Intl.DisplayNames`; English keeps the Unicode name, and a script Intl can't name
 * keeps it too (the name is then a technical term, quoted by the message around it).
 */
function scriptName(locale: Locale | undefined, unicodeName: string): string {
  const code = ISO_15924[unicodeName] ?? ISO_15924[unicodeName.replace(/ /g, '_')];
  if (!locale || locale === 'en' || !code) return unicodeName;
  try {
    return new Intl.DisplayNames([intlTag(locale)], { type: 'script', fallback: 'none' }).of(code) ?? unicodeName;
  } catch {
    return unicodeName;
  }
}
