/**
 * `npm run bench:suggest:show [-- <id substring>…]`: the suggestions for the TUNING split's posts,
 * as an editor would read them (title, the author's own description, our top three with their
 * score parts). For reading what the suggester offers while changing it; held-out posts are never
 * printed here, so they stay unseen until they are judged. `-- --all`: every candidate, best first.
 */
import { parsePost } from '../../src/core/parse/post';
import { resolveSchema } from '../../src/core/schema/defaults';
import { scoredCandidates, suggestDescriptions } from '../../src/core/suggest/descriptions';
import { loadCorpus } from './corpus';
import { rouge } from './rouge';

const loaded = loadCorpus();
if (!loaded.ok) console.log(loaded.message);
else {
  // `--all`: every candidate the ranking chose from, best first (what a change to the scores would pick instead).
  const all = process.argv.includes('--all');
  // `--table`: one line per post, the top pick's R-1 beside the title's and the best candidate's.
  const table = process.argv.includes('--table');
  const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const schema = resolveSchema();
  for (const p of loaded.posts) {
    if (p.split !== 'tune' || (filters.length && !filters.some((f) => p.id.includes(f)))) continue;
    const ctx = { ...parsePost(p.input), schema, options: { rules: {}, extraTrackingParams: [] } };
    const got = all ? scoredCandidates(ctx, 'offered').sort((a, b) => b.score.total - a.score.total) : suggestDescriptions(ctx);
    if (table) {
      const r1 = (t: string) => rouge(t, p.description).r1.toFixed(2);
      const pool = Math.max(0, ...scoredCandidates(ctx, 'offered').map((c) => rouge(c.text, p.description).r1));
      console.log(`${p.kind.padEnd(8)} ${p.language}  top ${got[0] ? r1(got[0].text) : '-   '}  title ${r1(p.title)}  pool ${pool.toFixed(2)}  ${p.id}`);
      continue;
    }
    console.log(`\n== ${p.id} [${p.kind}/${p.language}]\n   title:  ${p.title}\n   author: ${p.description}`);
    got.slice(0, all ? Infinity : 3).forEach((s, i) => {
      const parts = Object.entries(s.score).map(([k, v]) => `${k} ${v}`).join(', ');
      console.log(`   ${i + 1}. ${s.text}\n      R-1 ${rouge(s.text, p.description).r1.toFixed(2)} · ${s.how.join(' · ')} · ${parts}`);
    });
  }
}
