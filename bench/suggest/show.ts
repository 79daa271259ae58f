/**
 * `npm run bench:suggest:show [-- <id substring>…]`: the suggestions for the TUNING split's posts,
 * as an editor would read them (title, the author's own description, our top three with their
 * score parts). For reading what the suggester offers while changing it; held-out posts are never
 * printed here, so they stay unseen until they are judged.
 */
import { parsePost } from '../../src/core/parse/post';
import { resolveSchema } from '../../src/core/schema/defaults';
import { suggestDescriptions } from '../../src/core/suggest/descriptions';
import { loadCorpus } from './corpus';
import { rouge } from './rouge';

const loaded = loadCorpus();
if (!loaded.ok) console.log(loaded.message);
else {
  const filters = process.argv.slice(2);
  const schema = resolveSchema();
  for (const p of loaded.posts) {
    if (p.split !== 'tune' || (filters.length && !filters.some((f) => p.id.includes(f)))) continue;
    const got = suggestDescriptions({ ...parsePost(p.input), schema, options: { rules: {}, extraTrackingParams: [] } });
    console.log(`\n== ${p.id} [${p.kind}/${p.language}]\n   title:  ${p.title}\n   author: ${p.description}`);
    got.slice(0, 3).forEach((s, i) => {
      const parts = Object.entries(s.score).map(([k, v]) => `${k} ${v}`).join(', ');
      console.log(`   ${i + 1}. ${s.text}\n      R-1 ${rouge(s.text, p.description).r1.toFixed(2)} · ${s.how.join(' · ')} · ${parts}`);
    });
  }
}
