import table from './tracking-params.json';

/** Decides whether a query parameter (decoded name and value) is tracking only, on a given host. */
export interface TrackingMatcher {
  isTracking(name: string, value: string | undefined, host: string): boolean;
  /** `value` is asked for only when an entry depends on it (decoding it costs). */
  /** The same test with the host fixed, for checking all parameters of one URL. */
  forHost(host: string): (name: string, value: () => string | undefined) => boolean;
}

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
}

/** The table as shipped, compiled once. */
const builtIn: Compiled = {
  names: new Set(table.names.map((n) => n.name)),
  prefixes: table.prefixes.map((p) => p.prefix),
  hostRules: table.hosts.flatMap((h) => h.hosts.flatMap((host) => h.names.map((name) => ({ host, name, values: 'values' in h ? h.values : undefined })))),
};

const cache = new Map<string, TrackingMatcher>();

/**
 * The built-in table plus a site's extra entries, in the forms the options accept:
 * `name`, `prefix_*` (a trailing `*` makes a prefix), `host:name` and `host:prefix_*`.
 */
export function trackingMatcher(extra: readonly string[] = []): TrackingMatcher {
  const key = extra.join('\n');
  let m = cache.get(key);
  if (!m) {
    m = compile(extra);
    if (cache.size > 20) cache.clear();
    cache.set(key, m);
  }
  return m;
}

function compile(extra: readonly string[]): TrackingMatcher {
  const names = new Set(builtIn.names);
  const prefixes = [...builtIn.prefixes];
  const hostRules = [...builtIn.hostRules];
  for (const raw of extra) {
    const entry = raw.trim();
    if (!entry) continue;
    const colon = entry.indexOf(':');
    const host = colon > 0 ? entry.slice(0, colon).toLowerCase().replace(/^\*?\./, '') : undefined;
    const param = colon > 0 ? entry.slice(colon + 1) : entry;
    if (!param || param === '*') continue; // "remove everything" is never what a site means
    const prefix = param.endsWith('*') ? param.slice(0, -1) : undefined;
    if (host) hostRules.push(prefix ? { host, prefix } : { host, name: param });
    else if (prefix) prefixes.push(prefix);
    else names.add(param);
  }
  const global = (name: string) => names.has(name) || prefixes.some((p) => name.length > p.length && name.startsWith(p));
  const byHost = new Map<string, (name: string, value: () => string | undefined) => boolean>();
  const forHost = (host: string) => {
    let test = byHost.get(host);
    if (!test) {
      const local = hostRules.filter((r) => host === r.host || host.endsWith(`.${r.host}`));
      test = local.length
        ? (name, value) =>
            global(name) ||
            local.some((r) => (r.name !== undefined ? name === r.name : name.length > r.prefix!.length && name.startsWith(r.prefix!)) && (!r.values || r.values.includes(value() as string)))
        : global;
      if (byHost.size > 500) byHost.clear();
      byHost.set(host, test);
    }
    return test;
  };
  return { forHost, isTracking: (name, value, host) => forHost(host)(name, () => value) };
}
