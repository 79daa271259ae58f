import type { Vocabulary } from './compose';
import { isStop, type Lang } from './language';
import type { Sentence } from './sentences';

// Capitals inside a composed or joined description: a word keeps its capital only when the post treats it as a name.

/**
 * Whether the post writes a word in lower case at least as often as capitalized inside a
 * sentence (so "Better" in a heading can become "better" inside a list, but "Flux" stays a
 * name even if a command spells it "flux"); plural and singular count together. Asked only for
 * the few words of composed names, so it searches the sentences instead of indexing them.
 */
export function lowerCaseWords(sentences: readonly Sentence[]): Required<Vocabulary> {
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
export const LOWER_AFTER_COLON: ReadonlySet<Lang> = new Set(['es', 'pt', 'fr']);

/** The sentence with its first word in lower case when the post writes that word in lower case elsewhere ("Ahora puedes…" → "ahora puedes…"). */
export function lowerFirstWord(text: string, vocabulary: Required<Vocabulary>): string {
  const m = /^(\p{Lu}\p{Ll}*)(?=[\s,;:]|$)/u.exec(text);
  return m && vocabulary.has(m[1]!) ? `${m[1]!.toLowerCase()}${text.slice(m[1]!.length)}` : text;
}

export function lowerCaseNames(title: string | undefined, lang: Lang): Set<string> {
  const out = new Set<string>();
  for (const w of title?.split(/\s+/) ?? []) {
    const word = w.replace(/^[^\p{L}]+|[^\p{L}\p{N}]+$/gu, '');
    if (/^\p{Ll}/u.test(word) && word.length >= 3 && !isStop(word, lang) && (/[\p{Lu}\p{N}]/u.test(word) || !/[aeiouy]/.test(word) || /[b-df-hj-np-tv-xz]{3}/.test(word) || /\p{Ll}-\p{Ll}/u.test(word))) out.add(word);
  }
  return out;
}

export const firstWord = (text: string) => /^[^\s,.:;!?]+/.exec(text)?.[0] ?? '';
