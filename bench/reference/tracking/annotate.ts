/**
 * `npm run bench:tracking:annotate` — writes the `sources` of every entry of
 * src/core/links/tracking-params.json from the reference lists (peers.ts): for each parameter
 * name (or each example of a prefix), which lists strip it on the entry's hosts (at the addresses
 * agreed.ts tries there, paths included) and by which rule.
 * Also writes `exceptions`: AdGuard's known-breakage exceptions (its @@ rules, compiled as
 * excluded domains) and uBlock Origin's, for the parameters we strip everywhere.
 * Prints how many lists back each name, so additions can be held to "at least three".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import adguard from './peers/adguard.json';
import { parseUrl, peerLists } from './peers';
import { addressesOn, withParam } from './agreed';

interface Entry {
  name?: string;
  prefix?: string;
  hosts?: string[];
  names?: string[];
  prefixes?: string[];
  examples?: string[];
  documented?: string;
  sources?: Record<string, string[]>;
}
interface Table {
  names: Entry[];
  prefixes: Entry[];
  hosts: Entry[];
  exceptions: unknown[];
}

const path = resolve(process.cwd(), 'src/core/links/tracking-params.json');
const table = JSON.parse(readFileSync(path, 'utf8')) as Table & Record<string, unknown>;

function sourcesOf(hosts: readonly string[] | undefined, name: string): string[] {
  const out: string[] = [];
  const addresses = addressesOn(hosts);
  for (const peer of peerLists) {
    for (const address of addresses) {
      const rule = peer.strips(parseUrl(withParam(address, name))!).get(name);
      if (rule) {
        out.push(`${peer.list}: ${rule}`);
        break;
      }
    }
  }
  return out;
}

const support: [string, number][] = [];
const annotate = (e: Entry, hosts: string[] | undefined, names: string[]) => {
  e.sources = {};
  for (const n of names) {
    const s = sourcesOf(hosts, n);
    e.sources[n] = s;
    support.push([`${hosts ? hosts[0] + ':' : ''}${n}`, s.length]);
  }
};
for (const e of table.names) annotate(e, undefined, [e.name!]);
for (const e of table.prefixes) annotate(e, undefined, e.examples ?? []);
for (const e of table.hosts) annotate(e, e.hosts, [...(e.names ?? []), ...(e.examples ?? [])]);

// Exceptions: parameters we strip everywhere that a list leaves alone on some sites (known breakage).
const globalNames = new Set(table.names.map((e) => e.name!));
const globalPrefixes = table.prefixes.map((e) => e.prefix!);
const weStripEverywhere = (n: string) => globalNames.has(n) || globalPrefixes.some((p) => n.startsWith(p) && n.length > p.length);
const compress = (domains: string[]) => {
  const google = domains.filter((d) => /^google\.[a-z.]+$/.test(d));
  return [...new Set([...domains.filter((d) => !/^google\.[a-z.]+$/.test(d)), ...(google.length > 3 ? ['google.*'] : google)])];
};
const exceptions: unknown[] = [];
for (const r of adguard.rules as { removeParams: string[]; excludedDomains?: string[]; urlFilter?: string }[]) {
  if (!r.excludedDomains || r.urlFilter) continue;
  const names = r.removeParams.filter(weStripEverywhere);
  if (!names.length) continue;
  exceptions.push({
    hosts: compress(r.excludedDomains),
    names,
    why: 'AdGuard keeps it on these sites: removing it broke them (reported breakage)',
    sources: [`AdGuard URL Tracking filter: @@||<site>^$removeparam=${names.join('|')} for each site listed`],
  });
}
exceptions.push({ hosts: ['web.archive.org'], names: ['*'], why: 'An archived address carries the original page’s query: removing a parameter points at a different snapshot', sources: ['uBlock Origin: @@||web.archive.org/*/http$removeparam'] });
table.exceptions = exceptions;

writeFileSync(path, JSON.stringify(table, null, 2) + '\n');
console.log(`Wrote sources for ${support.length} parameters and ${exceptions.length} exceptions to ${path}.`);
console.log('\nLists backing each parameter (0 = only its vendor documentation):');
for (const [n, c] of support.sort((a, b) => a[1] - b[1])) console.log(`  ${c}  ${n}`);
