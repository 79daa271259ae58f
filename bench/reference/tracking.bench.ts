/**
 * bench:tracking — our tracking-parameter cleaning against AdGuard's URL Tracking filter,
 * Firefox's strip-on-share list, ClearURLs and uBlock Origin's privacy list, on a corpus of real
 * URLs (bench/reference/tracking/corpus.txt). Each peer is run from its own data (distilled into
 * bench/reference/tracking/peers/*.json, with source and version noted there).
 *
 * Prints, per peer: the share of URLs where we remove exactly the same parameters, the share of
 * parameter decisions (one per parameter of each URL) that agree, and then every disagreement
 * with the reason we differ (bench/reference/tracking/reasons.json), or "NO REASON RECORDED".
 * Last, beyond the corpus: every (host, parameter) pair at least three of the lists strip
 * (tracking/agreed.ts), how many we strip, and any we keep without a recorded reason.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanUrl } from '../../src/core/links/clean-url';
import { trackingMatcher } from '../../src/core/links/tracking-table';
import { parseUrl, peerLists, type ParsedUrl } from './tracking/peers';
import { agreedPairs, exceptionReason, recordedReason } from './tracking/agreed';
import { pct, table } from './peers';

const corpus = readFileSync(resolve(process.cwd(), 'bench/reference/tracking/corpus.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
const parsed = corpus.map(parseUrl).filter((u): u is ParsedUrl => !!u);

/** The recorded reason for a difference: reasons.json (`site:name`, then `name`), or a known-breakage exception of the table. */
const reasonFor = (host: string, name: string) => recordedReason(host, name) ?? exceptionReason(host, name);

const ours = parsed.map((u) => new Set(cleanUrl(u.url)?.removed ?? []));
const verdicts = parsed.map((u) => peerLists.map((p) => p.strips(u)));

/**
 * Why we differ, when no reason is recorded: the policy itself. We remove a parameter when at
 * least three of the four lists do (or its vendor documents it as tracking, see `documented` in
 * tracking-params.json), and keep it otherwise.
 */
function policyReason(i: number, name: string, weStrip: boolean, peer: string): string | undefined {
  const stripping = peerLists.filter((_, k) => verdicts[i]![k]!.has(name)).map((p) => p.list);
  if (weStrip) return stripping.length ? `${stripping.join(', ')} strip it too; ${peer} has no rule for it here` : undefined;
  return stripping.length < 3 ? `only ${stripping.length} of 4 lists strip it (${stripping.join(', ')}); we remove what at least three do or what its vendor documents as tracking` : undefined;
}
const rows: (string | number)[][] = [['peer', 'same URLs', 'same decisions', 'we strip, peer keeps', 'peer strips, we keep']];
const details: string[] = [];
let unexplained = 0;
for (const peer of peerLists) {
  let sameUrls = 0;
  let decisions = 0;
  let sameDecisions = 0;
  let weOnly = 0;
  let peerOnly = 0;
  const diffs = new Map<string, { count: number; reason?: string; rule?: string }>();
  parsed.forEach((u, i) => {
    const a = ours[i]!;
    const b = verdicts[i]![peerLists.indexOf(peer)]!;
    let same = true;
    for (const name of u.names) {
      decisions++;
      if (a.has(name) === b.has(name)) {
        sameDecisions++;
        continue;
      }
      same = false;
      if (a.has(name)) weOnly++;
      else peerOnly++;
      const key = `${a.has(name) ? 'we strip, it keeps' : 'it strips, we keep'}  ${name} @ ${u.host.replace(/^www\./, '')}`;
      const d = diffs.get(key) ?? { count: 0, reason: reasonFor(u.host, name) ?? policyReason(i, name, a.has(name), peer.list), rule: b.get(name) };
      d.count++;
      diffs.set(key, d);
    }
    if (same) sameUrls++;
  });
  rows.push([peer.list, `${sameUrls}/${parsed.length} (${pct(sameUrls, parsed.length)})`, `${sameDecisions}/${decisions} (${pct(sameDecisions, decisions)})`, weOnly, peerOnly]);
  details.push(`\n## ${peer.list}: ${diffs.size} disagreement(s)`);
  for (const [key, d] of [...diffs].sort()) {
    if (!d.reason) unexplained++;
    details.push(`- ${key}${d.count > 1 ? ` (×${d.count})` : ''}${d.rule ? ` [its rule: ${d.rule}]` : ''}: ${d.reason ?? 'NO REASON RECORDED'}`);
  }
}

console.log(`bench:tracking — ${parsed.length} real URLs, ${parsed.reduce((n, u) => n + u.names.length, 0)} query parameters`);
for (const p of peerLists) console.log(`  ${p.list}: ${p.version}`);
console.log('\n' + table(rows));
console.log(details.join('\n'));
console.log(`\n${unexplained} disagreement(s) without a recorded reason.`);

// Beyond the corpus: every (host, parameter) pair at least three of the four lists strip.
const agreed = agreedPairs();
const matcher = trackingMatcher();
const kept = agreed.filter((p) => !matcher.isTracking(p.name, '1', p.host));
const unrecorded = kept.filter((p) => !reasonFor(p.host, p.name));
console.log(`\nPairs at least three lists strip (host, parameter; from their data): ${agreed.length}; we strip ${agreed.length - kept.length}, keep ${kept.length - unrecorded.length} with a recorded reason and ${unrecorded.length} without one${unrecorded.length ? ':' : '.'}`);
for (const p of unrecorded) console.log(`- ${p.name} @ ${p.host} [${Object.values(p.rules).join('; ')}]`);
