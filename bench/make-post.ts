/**
 * Deterministic generator of long newsletter-style posts for the benchmark and the size
 * fixtures: the same (bytes, seed) always gives the same text. The text is nonsense built
 * from a small word list, but it has the shape that costs time in real posts: many
 * sections, lists of links (with and without tracking parameters), images, bold CTAs.
 */
const WORDS = (
  'harbour volunteer station evening signal archive listener studio tide ferry lantern market ' +
  'workshop schedule community garden bicycle bakery river museum library concert archive ' +
  'report survey project release meeting weekend island coast morning bridge school music'
).split(' ');

const TRACKING = ['utm_source=news&utm_medium=email', 'si=Ab12Cd34Ef56Gh78', 'gclid=Cj0Kfake', 'fbclid=IwARfake', 'mc_eid=0a1b2c'];

/** Small, fast, seedable PRNG (mulberry32): enough for varied text, identical across runs. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makePost(targetBytes: number, seed = 1): string {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = () => {
    const s = words(8 + Math.floor(rnd() * 14));
    return s[0]!.toUpperCase() + s.slice(1) + '.';
  };
  const url = (i: number) => {
    const base = `https://${pick(WORDS)}.example/${pick(WORDS)}/${i}`;
    return rnd() < 0.3 ? `${base}?${pick(TRACKING)}` : base;
  };

  let text = [
    '---',
    `title: "The ${words(3)} digest"`,
    'date: 2026-06-01',
    `description: "${sentence()}"`,
    'seo:',
    `  description: "${sentence()} ${sentence()}"`,
    '---',
    '',
    `${sentence()} ${sentence()}`,
    '',
  ].join('\n');
  let i = 0;
  while (text.length < targetBytes) {
    i++;
    const section = [
      `## ${words(3)} ${i}`,
      '',
      `${sentence()} ${sentence()} It links to [the ${words(2)}](${url(i)}) and ${sentence().toLowerCase()}`,
      '',
      `* [${words(2)}](${url(i + 1)}) ${words(5)}`,
      `* [${words(3)}](${url(i + 2)}) ${words(4)}`,
      `* ${sentence()}`,
      '',
      ...(i % 4 === 0 ? [`![${words(3)}](/img/${pick(WORDS)}-${i}.jpg)`, ''] : []),
      ...(i % 5 === 0 ? [`**[${words(2).toUpperCase()} >>](${url(i + 3)})**`, ''] : []),
      `${sentence()} ${sentence()} ${sentence()}`,
      '',
      '',
    ].join('\n');
    text += section;
  }
  return text;
}
