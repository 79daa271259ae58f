/**
 * Blind editor judgement of the suggestions (issue #12), in two steps:
 *
 *   npm run bench:suggest:judge -- packet <packetDir> <keyFile>
 *     For every HELD-OUT post: its title, the start of its body and its candidates, shuffled and
 *     unlabelled (A, B, C…): the author's own description, the top suggestion now, the top
 *     suggestion before #12 and the lead paragraph cut at 156 characters (identical texts are
 *     shown once). The key (which letter is which) goes to <keyFile>, kept apart from the packet.
 *   npm run bench:suggest:judge -- packet <packetDir> <keyFile> --with <name>=<texts.json> …
 *     The same, with another system's top suggestions as extra candidates (e.g. an earlier
 *     commit's, written by `dump` there), so several versions are judged in one sitting.
 *   npm run bench:suggest:judge -- packet <packetDir> <keyFile> --split tune --systems author,now,now2,now3
 *     The TUNING split instead (posts the suggester may be tuned on), with the second and third
 *     suggestions too: what editors reject there can be studied without touching the held-out posts.
 *   npm run bench:suggest:judge -- dump <texts.json> [--split tune]
 *     (`packet … --changed a,b` keeps only the posts where systems a and b differ: an A/B of a change.)
 *     Writes this code's top suggestion for every held-out post ({ postId: text }).
 *   npm run bench:suggest:judge -- score <answers.csv> <keyFile>
 *     Reads the judge's answers (post,letter,score,as_is) and prints, per system: mean score,
 *     share published as is, per post kind and language.
 *
 * The packet holds other people's text: write it outside the repository.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePost } from '../../src/core/parse/post';
import { resolveSchema } from '../../src/core/schema/defaults';
import { suggestDescriptions } from '../../src/core/suggest/descriptions';
import { suggestDescriptions as suggestBefore } from './before/descriptions';
import { leadBaseline, postText } from './baselines';
import { loadCorpus, type CorpusPost } from './corpus';

const SYSTEMS = ['author', 'now', 'before', 'lead'];
type System = string;
const BODY_START = 900;

interface KeyEntry {
  post: number;
  id: string;
  kind: string;
  language: string;
  /** Letter → the systems whose text it is (several when two systems gave the same text). */
  letters: Record<string, System[]>;
}

const hash = (s: string) => createHash('sha256').update(s).digest();

function candidates(post: CorpusPost, extra: Record<string, Record<string, string>>): Record<System, string> {
  const ctx = { ...parsePost(post.input), schema: resolveSchema(), options: { rules: {}, extraTrackingParams: [] } };
  const now = suggestDescriptions(ctx);
  return {
    author: post.description,
    now: now[0]?.text ?? '',
    now2: now[1]?.text ?? '',
    now3: now[2]?.text ?? '',
    before: suggestBefore(ctx)[0]?.text ?? '',
    lead: leadBaseline(postText(post.input)),
    ...Object.fromEntries(Object.entries(extra).map(([name, texts]) => [name, texts[post.id] ?? ''])),
  };
}

/** The body's opening, whole paragraphs up to about BODY_START characters. */
function bodyStart(body: string): string {
  const paragraphs = body.trim().split(/\n{2,}/);
  let out = '';
  for (const p of paragraphs) {
    if (out && out.length + p.length > BODY_START) break;
    out += (out ? '\n\n' : '') + p;
  }
  return out.length > BODY_START * 2 ? `${out.slice(0, BODY_START * 2)}\n[…]` : out;
}

function postsOf(split: 'heldout' | 'tune' = 'heldout'): CorpusPost[] {
  const loaded = loadCorpus();
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.posts.filter((p) => p.split === split).sort((a, b) => Buffer.compare(hash(a.id), hash(b.id)));
}

function dump(file: string, split: 'heldout' | 'tune' = 'heldout'): void {
  const texts = Object.fromEntries(postsOf(split).map((post) => [post.id, candidates(post, {}).now]));
  writeFileSync(file, `${JSON.stringify(texts, null, 1)}\n`);
  console.log(`${Object.keys(texts).length} ${split === 'tune' ? 'tuning' : 'held-out'} posts' top suggestions → ${file}`);
}

function packet(dir: string, keyFile: string, extra: Record<string, Record<string, string>>, opts: PacketOptions): void {
  // `--changed a,b`: only the posts where systems a and b give different texts (an A/B of a change).
  const posts = postsOf(opts.split).filter((post) => {
    if (!opts.changed) return true;
    const texts = candidates(post, extra);
    return (texts[opts.changed[0]] ?? '') !== (texts[opts.changed[1]] ?? '');
  });
  const systems = [...(opts.systems ?? SYSTEMS), ...Object.keys(extra)];
  const key: KeyEntry[] = [];
  let md =
    '# Would you publish this description as is?\n\n' +
    'You are an editor. For each post below you see its title, the start of its body and a few candidate SEO descriptions ' +
    '(the text shown under the title in search results). For EACH candidate, answer in answers.csv:\n\n' +
    '- score: 1–5. 5 = I would publish it exactly as is; 4 = good, a tiny touch-up at most; 3 = usable after an edit; ' +
    '2 = mostly wrong or unclear; 1 = unusable (cut off, off-topic, meaningless).\n' +
    '- as_is: y if you would publish it exactly as it is, n otherwise.\n\n' +
    'Judge what a reader of search results gets: does it say what the post is about and what they will get from it, ' +
    'read as a finished text, in the post\'s language? Candidates come in no particular order and from different sources.\n';
  const csv = ['post,letter,score,as_is'];
  posts.forEach((post, i) => {
    const n = i + 1;
    const texts = candidates(post, extra);
    const unique = new Map<string, System[]>();
    for (const s of systems) {
      const t = (texts[s] ?? '').trim();
      if (!t) continue;
      unique.set(t, [...(unique.get(t) ?? []), s]);
    }
    const shuffled = [...unique.entries()].sort((a, b) => Buffer.compare(hash(`${post.id}\0${a[0]}`), hash(`${post.id}\0${b[0]}`)));
    const letters: Record<string, System[]> = {};
    md += `\n---\n\n## Post ${n}\n\n**Title:** ${post.title}\n\n**Start of the body:**\n\n\`\`\`\`text\n${bodyStart(post.body)}\n\`\`\`\`\n\n**Candidates:**\n\n`;
    shuffled.forEach(([text, systems], j) => {
      const letter = String.fromCharCode(65 + j);
      letters[letter] = systems;
      md += `- **${letter}.** ${text}\n`;
      csv.push(`${n},${letter},,`);
    });
    key.push({ post: n, id: post.id, kind: post.kind, language: post.language, letters });
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'packet.md'), md);
  writeFileSync(join(dir, 'answers.csv'), `${csv.join('\n')}\n`);
  writeFileSync(keyFile, `${JSON.stringify({ note: 'Key to the blind judging packet: which letter is which system. Do not show to the judge.', posts: key }, null, 1)}\n`);
  console.log(`${posts.length} ${opts.split === 'tune' ? 'tuning' : 'held-out'} posts, ${csv.length - 1} candidates → ${dir}/packet.md and answers.csv; key → ${keyFile}`);
}

function score(answersFile: string, keyFile: string): void {
  const key = (JSON.parse(readFileSync(keyFile, 'utf8')) as { posts: KeyEntry[] }).posts;
  const rows = readFileSync(answersFile, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').map((c) => c.trim()));
  const marks = new Map<string, { score: number; asIs: boolean }>();
  for (const [post, letter, s, asIs] of rows) if (s) marks.set(`${post}/${letter}`, { score: Number(s), asIs: /^y/i.test(asIs ?? '') });
  const groups: Array<[string, KeyEntry[]]> = [['all posts in the packet', key], ...[...new Set(key.map((k) => k.kind))].sort().map((k): [string, KeyEntry[]] => [`kind ${k}`, key.filter((e) => e.kind === k)]), ...[...new Set(key.map((k) => k.language))].sort().map((l): [string, KeyEntry[]] => [`language ${l}`, key.filter((e) => e.language === l)])];
  for (const [label, entries] of groups) {
    console.log(`\n${label} (${entries.length} posts)`);
    const systems = [...new Set(key.flatMap((e) => Object.values(e.letters).flat()))];
    for (const system of systems) {
      const got = entries.flatMap((e) => Object.entries(e.letters).filter(([, ss]) => ss.includes(system)).map(([letter]) => marks.get(`${e.post}/${letter}`))).filter((m) => m !== undefined);
      if (!got.length) continue;
      const mean = got.reduce((a, m) => a + m.score, 0) / got.length;
      const asIs = got.filter((m) => m.asIs).length;
      console.log(`  ${system.padEnd(10)} judged ${String(got.length).padStart(3)}  mean score ${mean.toFixed(2)}  published as is ${asIs}/${got.length} (${((100 * asIs) / got.length).toFixed(0)} %)`);
    }
  }
}

interface PacketOptions {
  split: 'heldout' | 'tune';
  /** Which systems' texts are shown (default: author, now, before, lead). */
  systems?: string[];
  /** Only the posts where these two systems differ. */
  changed?: [string, string];
}

const [mode, a, b, ...rest] = process.argv.slice(2);
/** `--with name=file.json` pairs (extra systems' texts by post id), `--split tune`, `--systems a,b`. */
function packetArgs(args: string[]): { extra: Record<string, Record<string, string>>; opts: PacketOptions } {
  const extra: Record<string, Record<string, string>> = {};
  const opts: PacketOptions = { split: 'heldout' };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--split' && (args[i + 1] === 'tune' || args[i + 1] === 'heldout')) {
      opts.split = args[++i] as PacketOptions['split'];
      continue;
    }
    if (args[i] === '--changed' && /^[\w-]+,[\w-]+$/.test(args[i + 1] ?? '')) {
      opts.changed = args[++i]!.split(',') as [string, string];
      continue;
    }
    if (args[i] === '--systems' && args[i + 1]) {
      opts.systems = args[++i]!.split(',');
      continue;
    }
    const m = args[i] === '--with' ? /^([\w-]+)=(.+)$/.exec(args[++i] ?? '') : null;
    if (!m) throw new Error(`expected --with <name>=<texts.json>, --split tune|heldout or --systems a,b; got ${args[i]}`);
    extra[m[1]!] = JSON.parse(readFileSync(m[2]!, 'utf8')) as Record<string, string>;
  }
  return { extra, opts };
}
if (mode === 'packet' && a && b) {
  const { extra, opts } = packetArgs(rest);
  packet(a, b, extra, opts);
}
else if (mode === 'dump' && a) dump(a, b === '--split' && rest[0] === 'tune' ? 'tune' : 'heldout');
else if (mode === 'score' && a && b) score(a, b);
else console.log('Usage: npm run bench:suggest:judge -- packet <packetDir> <keyFile> [--with <name>=<texts.json>…] [--split tune|heldout] [--systems a,b,…] [--changed a,b] | dump <texts.json> [--split tune] | score <answers.csv> <keyFile>');
