import fc from 'fast-check';

/**
 * Shared fast-check builders for the suggestion property tests: markdown the way posts decorate
 * a sentence (links with tracking, emphasis, code, names, lists, headings, bare URLs, quotes).
 */
export type Decoration = 'plain' | 'link' | 'bold' | 'code' | 'name' | 'list' | 'heading' | 'url' | 'quote';

/** Upper-cases the first code point (never splits an emoji or a surrogate pair). */
export function capitalize(s: string): string {
  const [head = '', ...rest] = Array.from(s);
  return `${head.toUpperCase()}${rest.join('')}`;
}

/** `sentence` wrapped in one of `kinds` of markdown (repeat a kind to weigh it). */
export function decorated(sentence: fc.Arbitrary<string>, kinds: readonly Decoration[]): fc.Arbitrary<string> {
  return fc.tuple(sentence, fc.constantFrom(...kinds)).map(([s, how]) => decorate(s, how));
}

function decorate(s: string, how: Decoration): string {
  const cps = Array.from(s);
  const part = (a: number, b?: number) => cps.slice(a, b).join('');
  switch (how) {
    case 'link':
      return `${part(0, 10)} [${part(10, 30)}](https://ex.test/p?utm_source=a) ${part(30)}`;
    case 'bold':
      return `**${s}**`;
    case 'code':
      return `${s} \`npm run x --y\``;
    case 'name':
      return `${part(0, 12)} \`useHarbour\` ${part(12)}`;
    case 'list':
      return `* ${s}`;
    case 'heading':
      return `## ${s}`;
    case 'url':
      return `${s} https://ex.test/x`;
    case 'quote':
      return `> ${s}`;
    default:
      return s;
  }
}
