/**
 * What at least three of the four lists strip, recomputed from their distilled data (peers/*.json)
 * with the lists' own matching (peers.ts): every (host, parameter) pair where three or four of
 * AdGuard, Firefox, ClearURLs and uBlock Origin remove the parameter.
 *
 * How it is exhaustive: a pair three lists strip is named literally by at least two of AdGuard,
 * Firefox and uBlock Origin (only ClearURLs writes regular expressions), so the candidate names
 * are the names at least two of those three list. The candidate addresses are one generic page
 * plus every place a list scopes a rule to: each host it names (and its www. form; `site.*` under
 * .com and .co.uk), each AdGuard urlFilter and each ClearURLs urlPattern made into an address
 * that the rule itself matches. Every list is then run on every candidate address.
 *
 * Used by the unit test that holds tracking-params.json to "at least three lists" (each pair is
 * stripped by us or has a recorded reason), by bench:tracking (its last line) and by
 * bench:tracking:annotate, which names each entry's sources from the same addresses.
 */
import adguard from './peers/adguard.json';
import clearurls from './peers/clearurls.json';
import firefox from './peers/firefox.json';
import ublock from './peers/ublock.json';
import { hostMatches, parseUrl, peerLists, urlFilterRegExp, type ParsedUrl, type PeerList } from './peers';
import reasons from './reasons.json';
import table from '../../../src/core/links/tracking-params.json';
import { onHost } from '../../../src/core/links/tracking-table';

export interface AgreedPair {
  /** An address where they strip it: the lists' scope, with the parameter added. */
  url: string;
  host: string;
  name: string;
  /** List → the rule that strips it there, for the three or four lists that do. */
  rules: Partial<Record<PeerList['id'], string>>;
}

interface AdGuardRule {
  removeParams: string[];
  urlFilter?: string;
  domains?: string[];
  excludedDomains?: string[];
}

/** Names at least two of AdGuard, Firefox and uBlock Origin list literally. */
export function candidateNames(): string[] {
  const sets = [
    new Set((adguard.rules as AdGuardRule[]).flatMap((r) => r.removeParams)),
    new Set([...firefox.global, ...firefox.sites.flatMap((s) => s.names)]),
    new Set([...ublock.global, ...ublock.sites.flatMap((s) => s.names)]),
  ];
  const all = new Set(sets.flatMap((s) => [...s]));
  return [...all].filter((n) => sets.filter((s) => s.has(n)).length >= 2).sort();
}

/** A host as the lists write it (`example.com`, `amazon.*`, `www.ebay.*`) → hosts to try. */
function hostsFor(pattern: string): string[] {
  const hosts = pattern.endsWith('.*') ? [`${pattern.slice(0, -2)}.com`, `${pattern.slice(0, -2)}.co.uk`] : [pattern];
  return hosts.flatMap((h) => (h.startsWith('www.') ? [h] : [h, `www.${h}`]));
}

/**
 * Addresses an AdGuard rule applies to (each checked against the rule itself). `anchored`: the
 * filter starts at the host (`||site^`, `||site/path`), so its path is worth trying on other hosts
 * it matches; an unanchored filter (`?from=glia^`, `://yandex.`) is tried as written only.
 */
function adguardAddresses(r: AdGuardRule): { urls: string[]; anchored: boolean } {
  const hosts = r.domains?.flatMap(hostsFor) ?? ['www.example.org'];
  const f = r.urlFilter;
  if (!f) return { urls: hosts.map((h) => `https://${h}/page`), anchored: false };
  const fill = (s: string) => {
    let out = '';
    for (const c of s) out += c === '*' ? 'x' : c === '^' ? (out.includes('?') ? '&' : '/') : c;
    return out;
  };
  // A host written up to its suffix (`||aliexpress.`, `://yandex.`) gets one.
  const whole = (u: string) => u.replace(/^(https?:\/\/[^/?#]*\.)(?=[/?#]|$)/, '$1com');
  const re = urlFilterRegExp(f);
  const ok = (u: string) => /^https?:\/\/[^/?#]+/.test(u) && re.test(u) && (!r.domains || r.domains.some((d) => hostMatches(parseUrl(u)!.host, d)));
  if (f.startsWith('||')) {
    const rest = f.slice(2);
    const cut = rest.search(/[\^/?:]/);
    const host = (cut < 0 ? rest : rest.slice(0, cut)).replace(/\*$/, 'com').replace(/\*/g, 'x');
    const tail = cut < 0 ? '' : rest.slice(cut);
    return { urls: [`https://${host}${fill(tail)}`, `https://www.${host}${fill(tail)}`].map(whole).filter(ok), anchored: true };
  }
  if (f.startsWith('|')) return { urls: [whole(fill(f.slice(1)))].filter(ok), anchored: true };
  const s = fill(f);
  const urls = hosts.flatMap((h) => {
    const tries = [`https:${s}`, `https://${h.replace(/\.[^.]+$/, '')}${s}`, `https://${h}/page${s}`, `https://${h}/page?${s}`, `https://${h}${s}`, `https://${h}/page?a=1${s}`];
    return tries.map(whole).filter(ok).slice(0, 1);
  });
  return { urls: [...new Set(urls)], anchored: false };
}

/**
 * Addresses a ClearURLs urlPattern matches: its usual shapes (any subdomain, `(?:\.[a-z]{2,}){1,}`
 * for any suffix, alternatives, one-letter classes) written out, each checked against the pattern.
 */
function clearUrlsAddresses(pattern: string): string[] {
  if (pattern === '.*') return [];
  let src = pattern
    .replace(/^\^?https\?:(?:\\\/){2}|^\^?https\?:\/\//, '')
    .replace('(?:[a-z0-9-]+\\.)*?', '(?:|www\\.)')
    .replace('([a-z0-9-.]*\\.)', '(?:www\\.)')
    .replace('(?:\\.[a-z]{2,}){1,}', '(?:\\.com|\\.co\\.uk)');
  src = src.replace(/\[([a-z]+)\]/g, (_, cs: string) => `(?:${[...cs].join('|')})`);
  const expand = (s: string): string[] => {
    // The first group (innermost alternatives are plain text in these patterns).
    const open = s.indexOf('(');
    if (open < 0) return [s];
    let depth = 0;
    let close = open;
    for (; close < s.length; close++) {
      if (s[close] === '(') depth++;
      else if (s[close] === ')' && --depth === 0) break;
    }
    const inner = s.slice(open + 1, close).replace(/^\?:/, '');
    const optional = s[close + 1] === '?';
    const after = s.slice(close + 1 + (optional ? 1 : 0));
    const alts: string[] = [];
    for (let i = 0, d = 0, start = 0; i <= inner.length; i++) {
      if (i === inner.length || (inner[i] === '|' && d === 0)) {
        alts.push(inner.slice(start, i));
        start = i + 1;
      } else if (inner[i] === '(') d++;
      else if (inner[i] === ')') d--;
    }
    if (optional) alts.push('');
    return alts.flatMap((a) => expand(s.slice(0, open) + a + after));
  };
  const re = new RegExp(pattern, 'i');
  return expand(src)
    .map((s) => `https://${s.replace(/\\(.)/g, '$1')}`)
    .map((u) => (/^https:\/\/[^/?]+$/.test(u) ? `${u}/page` : u))
    .filter((u) => re.test(u));
}

/**
 * Every address a list scopes a rule to, plus a generic page: each host any list names, at /page;
 * and each path or query a rule asks for (AdGuard's Google search rules, ClearURLs' Amazon search)
 * on its own host and on every host where another list has a rule for one of the same names, so
 * that two lists scoped differently meet.
 */
export function candidateAddresses(names: readonly string[] = candidateNames()): string[] {
  const out = new Set<string>();
  const hosts = new Set<string>(['www.example.org']);
  /** Name → the hosts a list names in a rule that strips it. */
  const hostsByName = new Map<string, Set<string>>();
  const scoped: { path: string; own: string[]; names: string[]; matches: (url: string) => boolean }[] = [];
  const note = (hs: string[], stripped: string[]) => {
    for (const h of hs) hosts.add(h);
    for (const n of stripped) {
      const set = hostsByName.get(n) ?? new Set<string>();
      hs.forEach((h) => set.add(h));
      hostsByName.set(n, set);
    }
  };
  const noteSamples = (urls: string[], anchored: boolean, stripped: string[], matches: (url: string) => boolean) => {
    for (const url of urls) {
      const m = /^https?:\/\/([^/?#]+)(.*)$/.exec(url)!;
      if (!anchored) {
        out.add(url);
        continue;
      }
      const own = hostsFor(m[1]!);
      note(own, stripped);
      if (m[2] && m[2] !== '/' && m[2] !== '/page') scoped.push({ path: m[2], own, names: stripped, matches });
    }
  };
  for (const s of firefox.sites) note(s.sites, s.names);
  for (const s of ublock.sites) note(s.sites.flatMap(hostsFor), s.names);
  for (const s of ublock.exceptions) note(s.sites.flatMap(hostsFor), []);
  for (const r of adguard.rules as AdGuardRule[]) {
    if (r.domains) note(r.domains.flatMap(hostsFor), r.removeParams);
    if (r.excludedDomains) note(r.excludedDomains.flatMap(hostsFor), []);
    const re = r.urlFilter ? urlFilterRegExp(r.urlFilter) : undefined;
    const { urls, anchored } = adguardAddresses(r);
    noteSamples(urls, anchored, r.removeParams, (u) => (!re || re.test(u)) && (!r.domains || r.domains.some((d) => hostMatches(parseUrl(u)!.host, d))));
  }
  for (const p of clearurls.providers) {
    const re = new RegExp(p.urlPattern, 'i');
    const rules = [...p.rules, ...p.referralMarketing].map((r) => new RegExp(`^(?:${r})$`, 'i'));
    noteSamples(clearUrlsAddresses(p.urlPattern), true, names.filter((n) => rules.some((r) => r.test(n))), (u) => re.test(u));
  }
  for (const h of hosts) out.add(`https://${h}/page`);
  for (const s of scoped) {
    const tryHosts = new Set([...s.own, ...s.names.flatMap((n) => [...(hostsByName.get(n) ?? [])])]);
    for (const h of tryHosts) if (s.matches(`https://${h}${s.path}`)) out.add(`https://${h}${s.path}`);
  }
  return [...out];
}

/** The rules that could not be made into an address (none expected; the unit test checks). */
export function unreachedScopes(): string[] {
  const missing: string[] = [];
  for (const r of adguard.rules as AdGuardRule[]) if (!adguardAddresses(r).urls.length) missing.push(`AdGuard ${r.urlFilter ?? ''} ${r.domains?.join('|') ?? ''}`);
  for (const p of clearurls.providers) if (p.urlPattern !== '.*' && !clearUrlsAddresses(p.urlPattern).length) missing.push(`ClearURLs ${p.name}`);
  return missing;
}

/**
 * Every (host, parameter) pair at least three of the four lists strip. Each list is run once per
 * address with all candidate names as parameters; the address itself is what its rules are matched
 * against, so a rule that asks for something in the query (`&af_xp=`, `?from=glia^`) applies only
 * where the address has it, never because of another candidate's name.
 */
export function agreedPairs(): AgreedPair[] {
  const names = candidateNames();
  const seen = new Set<string>();
  const out: AgreedPair[] = [];
  for (const base of candidateAddresses(names)) {
    const u: ParsedUrl = { url: base, host: parseUrl(base)!.host, names };
    const verdicts = peerLists.map((p) => [p.id, p.strips(u)] as const);
    for (const name of names) {
      const by = verdicts.filter(([, m]) => m.has(name));
      if (by.length < 3 || seen.has(`${u.host} ${name}`)) continue;
      seen.add(`${u.host} ${name}`);
      out.push({ url: withParam(base, name), host: u.host, name, rules: Object.fromEntries(by.map(([id, m]) => [id, m.get(name)!])) });
    }
  }
  return out;
}

let addresses: { address: string; host: string }[] | undefined;

/**
 * The addresses to try a table entry's parameters on: a page on each of its hosts (`site.*` under
 * .com and .co.uk), then every candidate address on those hosts (so a rule scoped to a subdomain
 * or a path, like AdGuard's Google search rules, is found). Global entries: one generic page.
 */
export function addressesOn(hosts: readonly string[] | undefined): string[] {
  if (!hosts) return ['https://www.example.org/page'];
  const probes = hosts.flatMap((h) => (h.endsWith('.*') ? [`www.${h.slice(0, -2)}.com`, `${h.slice(0, -2)}.com`, `www.${h.slice(0, -2)}.co.uk`] : [h, `www.${h}`]));
  addresses ??= candidateAddresses().map((address) => ({ address, host: parseUrl(address)!.host }));
  const scoped = addresses.filter((a) => hosts.some((p) => onHost(a.host, p))).map((a) => a.address);
  return [...new Set([...probes.map((h) => `https://${h}/page`), ...scoped])];
}

/** `address` with `name=1` added to its query. */
export function withParam(address: string, name: string): string {
  return withQuery(address, `${encodeURIComponent(name)}=1`);
}

function withQuery(address: string, query: string): string {
  return address + (address.includes('?') ? (/[?&]$/.test(address) ? '' : '&') : '?') + query;
}

/**
 * Why we keep a parameter on a host, as recorded in reasons.json: `site:name` (`site` as in the
 * table: a domain and its subdomains, or `amazon.*` under any suffix; the longest match wins),
 * then `name` alone.
 */
export function recordedReason(host: string, name: string): string | undefined {
  let best: [string, string] | undefined;
  for (const [key, reason] of Object.entries(reasons as Record<string, string>)) {
    const colon = key.lastIndexOf(':');
    if (colon < 0 || key.slice(colon + 1) !== name) continue;
    const site = key.slice(0, colon);
    if (onHost(host, site) && (!best || site.length > best[0].length)) best = [site, reason];
  }
  return best?.[1] ?? (reasons as Record<string, string>)[name];
}

/** A known-breakage exception of tracking-params.json that keeps `name` on `host`, with its reason. */
export function exceptionReason(host: string, name: string): string | undefined {
  return table.exceptions.find((e) => e.hosts.some((h) => onHost(host, h)) && (e.names.includes(name) || e.names.includes('*')))?.why;
}
