import table from './tracking-params.json';

/** Decides whether a query parameter (decoded name and value) is tracking only, on a given host. */
export interface TrackingMatcher {
  isTracking(name: string, value: string | undefined, host: string): boolean;
  /** `value` is asked for only when an entry depends on it (decoding it costs). */
  /** The same test with the host fixed, for checking all parameters of one URL. */
  forHost(host: string): (name: string, value: () => string | undefined) => boolean;
}

/** A name (or prefix) on the hosts of `host` (a domain and its subdomains; `amazon.*` for any public suffix). */
interface HostRule {
  host: string;
  name?: string;
  prefix?: string;
  values?: readonly string[];
}

interface Compiled {
  names: Set<string>;
  prefixes: string[];
  hostRules: HostRule[];
  /** Never removed there: the lists' known-breakage exceptions and the site's keep list. */
  keepRules: HostRule[];
}

const rulesOf = (hosts: readonly string[], names: readonly string[] = [], prefixes: readonly string[] = [], values?: readonly string[]): HostRule[] =>
  hosts.flatMap((host) => [...names.map((name) => ({ host, name, values })), ...prefixes.map((prefix) => ({ host, prefix }))]);

/** The table as shipped, compiled once. */
const builtIn: Compiled = {
  names: new Set(table.names.map((n) => n.name)),
  prefixes: table.prefixes.map((p) => p.prefix),
  hostRules: table.hosts.flatMap((h) => rulesOf(h.hosts, h.names, 'prefixes' in h ? h.prefixes : undefined, 'values' in h ? h.values : undefined)),
  keepRules: table.exceptions.flatMap((e) => rulesOf(e.hosts, e.names.filter((n) => n !== '*'), e.names.includes('*') ? [''] : [])),
};

const cache = new Map<string, TrackingMatcher>();

/**
 * The built-in table plus a site's own entries, in the forms the options accept:
 * `name`, `prefix_*` (a trailing `*` makes a prefix), `host:name` and `host:prefix_*`.
 * `extra` adds tracking parameters; `keep` names parameters never to remove (a site that needs
 * one the table lists, e.g. `example.com:ref` or `cmpid`), and wins over everything.
 */
export function trackingMatcher(extra: readonly string[] = [], keep: readonly string[] = []): TrackingMatcher {
  const key = `${extra.join('\n')}\u0000${keep.join('\n')}`;
  let m = cache.get(key);
  if (!m) {
    m = compile(extra, keep);
    if (cache.size > 20) cache.clear();
    cache.set(key, m);
  }
  return m;
}

/** One option entry (`name`, `prefix_*`, `host:name`, `host:prefix_*`); undefined for blank or `*` alone. */
function parseEntry(raw: string): { host?: string; name?: string; prefix?: string } | undefined {
  const entry = raw.trim();
  if (!entry) return undefined;
  const colon = entry.indexOf(':');
  const host = colon > 0 ? entry.slice(0, colon).trim().toLowerCase().replace(/^\*?\./, '') : undefined;
  const param = (colon > 0 ? entry.slice(colon + 1) : entry).trim();
  if (!param || param === '*') return undefined; // "every parameter" is never what a site means
  return param.endsWith('*') ? { host, prefix: param.slice(0, -1) } : { host, name: param };
}

function compile(extra: readonly string[], keep: readonly string[]): TrackingMatcher {
  const names = new Set(builtIn.names);
  const prefixes = [...builtIn.prefixes];
  const hostRules = [...builtIn.hostRules];
  const keepRules = [...builtIn.keepRules];
  for (const raw of extra) {
    const e = parseEntry(raw);
    if (!e) continue;
    if (e.host) hostRules.push(e.prefix !== undefined ? { host: e.host, prefix: e.prefix } : { host: e.host, name: e.name });
    else if (e.prefix !== undefined) prefixes.push(e.prefix);
    else names.add(e.name!);
  }
  for (const raw of keep) {
    const e = parseEntry(raw);
    if (e) keepRules.push({ host: e.host ?? '*', ...(e.prefix !== undefined ? { prefix: e.prefix } : { name: e.name }) });
  }
  const global = (name: string) => names.has(name) || prefixes.some((p) => name.length > p.length && name.startsWith(p));
  const byHost = new Map<string, (name: string, value: () => string | undefined) => boolean>();
  const forHost = (host: string) => {
    let test = byHost.get(host);
    if (!test) {
      const local = hostRules.filter((r) => onHost(host, r.host));
      const kept = keepRules.filter((r) => r.host === '*' || onHost(host, r.host));
      const tracking = local.length ? (name: string, value: () => string | undefined) => global(name) || local.some((r) => matches(r, name) && (!r.values || r.values.includes(value() as string))) : global;
      test = kept.length ? (name, value) => !kept.some((r) => matches(r, name)) && tracking(name, value) : tracking;
      if (byHost.size > 500) byHost.clear();
      byHost.set(host, test);
    }
    return test;
  };
  return { forHost, isTracking: (name, value, host) => forHost(host)(name, () => value) };
}

function matches(rule: HostRule, name: string): boolean {
  return rule.name !== undefined ? name === rule.name : name.length > rule.prefix!.length && name.startsWith(rule.prefix!);
}

/**
 * `host` is `pattern` or one of its subdomains. `amazon.*` stands for the site under any public
 * suffix: `amazon.com`, `www.amazon.co.uk`, `smile.amazon.de` (one label, or a two-letter
 * country code after a short second-level label such as `co.`, `com.`).
 */
export function onHost(host: string, pattern: string): boolean {
  if (!pattern.endsWith('.*')) return host === pattern || host.endsWith(`.${pattern}`);
  const stem = pattern.slice(0, -2);
  const at = host === stem || host.startsWith(`${stem}.`) ? 0 : host.indexOf(`.${stem}.`) + 1;
  if (at < 0 || (at === 0 && !host.startsWith(`${stem}.`))) return false;
  const suffix = host.slice(at + stem.length + 1);
  return /^[a-z]{2,}$/.test(suffix) || /^[a-z]{2,3}\.[a-z]{2}$/.test(suffix);
}

/**
 * Parameters kept because another one is in the same link: an eBay Partner Network link (with
 * `campid`, the author's affiliate id) needs `mkevt`, `mkcid` and `mkrid` to count the click,
 * which elsewhere are only click tracking. Empty for almost every host, so a link's names are
 * read (`names`) only where a companion rule applies.
 */
export function keptAsCompanions(host: string, names: () => Iterable<string | undefined>): ReadonlySet<string> {
  const rules = table.companions.filter((c) => c.hosts.some((h) => onHost(host, h)));
  const kept = new Set<string>();
  if (!rules.length) return kept;
  const present = new Set(names());
  for (const c of rules) if (present.has(c.with)) for (const n of c.names) kept.add(n);
  return kept;
}
