/**
 * The four reference lists, each run from its own distilled data (peers/*.json): for a URL,
 * which of its query parameters the list removes, and by which of its rules. Used by
 * bench:tracking and by the unit test that checks the sources named in tracking-params.json.
 */
import clearurls from './peers/clearurls.json';
import adguard from './peers/adguard.json';
import firefox from './peers/firefox.json';
import ublock from './peers/ublock.json';

export interface ParsedUrl {
  url: string;
  host: string;
  /** Decoded parameter names, in order (repeats kept). */
  names: string[];
}

export interface PeerList {
  id: 'adguard' | 'firefox' | 'clearurls' | 'ublock';
  list: string;
  version: string;
  /** Removed parameter name → the rule that removes it. */
  strips(u: ParsedUrl): Map<string, string>;
}

export function parseUrl(url: string): ParsedUrl | undefined {
  const m = /^https?:\/\/([^/?#]+)[^?#]*(?:\?([^#]*))?/i.exec(url);
  if (!m) return undefined;
  const host = m[1]!.toLowerCase().replace(/^[^@]*@/, '').replace(/:\d+$/, '');
  const names = (m[2] ?? '')
    .split('&')
    .filter(Boolean)
    .map((seg) => {
      const raw = seg.split('=')[0]!;
      try {
        return decodeURIComponent(raw.replace(/\+/g, ' '));
      } catch {
        return raw;
      }
    });
  return { url, host, names };
}

/** `example.com` matches it and its subdomains; `amazon.*` and `www.ebay.*` any public suffix. */
export function hostMatches(host: string, pattern: string): boolean {
  if (pattern.endsWith('.*')) {
    const stem = pattern.slice(0, -2).replace(/\./g, '\\.');
    return new RegExp(`(?:^|\\.)${stem}\\.(?:[a-z]{2,3}\\.)?[a-z]{2,}$`).test(host);
  }
  return host === pattern || host.endsWith(`.${pattern}`);
}

const clearUrlsProviders = clearurls.providers.map((p) => ({
  name: p.name,
  url: new RegExp(p.urlPattern, 'i'),
  exceptions: p.exceptions.map((e) => new RegExp(e, 'i')),
  rules: [...p.rules.map((r) => ({ r, kind: 'rules' })), ...p.referralMarketing.map((r) => ({ r, kind: 'referralMarketing' }))].map(({ r, kind }) => ({ text: `${p.name}.${kind} “${r}”`, re: new RegExp(`^(?:${r})$`, 'i') })),
  /** Parameter name → the text of the provider's rule for it ('' for none), found once. */
  ruleFor: new Map<string, string>(),
}));

/** declarativeNetRequest urlFilter → RegExp: `||` domain anchor, `^` separator, `*` wildcard, `|` ends. */
export function urlFilterRegExp(filter: string): RegExp {
  let src = '';
  let rest = filter;
  if (rest.startsWith('||')) {
    src += '^[a-z][a-z0-9+.-]*://(?:[^/?#]*\\.)?';
    rest = rest.slice(2);
  } else if (rest.startsWith('|')) {
    src += '^';
    rest = rest.slice(1);
  }
  let end = '';
  if (rest.endsWith('|')) {
    rest = rest.slice(0, -1);
    end = '$';
  }
  for (const c of rest) {
    if (c === '*') src += '.*';
    else if (c === '^') src += '(?:[^a-zA-Z0-9_.%-]|$)';
    else src += c.replace(/[.+?${}()[\]\\/]/g, '\\$&');
  }
  return new RegExp(src + end, 'i');
}

interface AdGuardRule {
  removeParams: string[];
  urlFilter?: string;
  domains?: string[];
  excludedDomains?: string[];
}
const adguardRules = (adguard.rules as AdGuardRule[]).map((r) => ({ ...r, names: new Set(r.removeParams), re: r.urlFilter ? urlFilterRegExp(r.urlFilter) : undefined }));

function adguardRuleText(r: AdGuardRule, name: string): string {
  const domain = r.domains ? `,domain=${r.domains.join('|')}` : '';
  return `${r.urlFilter ?? ''}$removeparam=${name}${domain}`;
}

const firefoxGlobal = new Set(firefox.global);
const firefoxSites = firefox.sites.map((s) => ({ name: s.name, sites: new Set(s.sites), names: new Set(s.names) }));
const ublockGlobal = new Set(ublock.global);
const ublockSites = ublock.sites.map((s) => ({ sites: s.sites, names: new Set(s.names) }));

export const peerLists: PeerList[] = [
  {
    id: 'adguard',
    list: adguard.list,
    version: adguard.version,
    strips(u) {
      const out = new Map<string, string>();
      for (const r of adguardRules) {
        if (r.domains && !r.domains.some((d) => hostMatches(u.host, d))) continue;
        if (r.excludedDomains?.some((d) => hostMatches(u.host, d))) continue;
        if (r.re && !r.re.test(u.url)) continue;
        for (const name of u.names) if (r.names.has(name) && !out.has(name)) out.set(name, adguardRuleText(r, name));
      }
      return out;
    },
  },
  {
    id: 'firefox',
    list: firefox.list,
    version: firefox.version,
    strips(u) {
      const out = new Map<string, string>();
      const sites = firefoxSites.filter((s) => s.sites.has(u.host));
      for (const name of u.names) {
        if (firefoxGlobal.has(name)) out.set(name, `global.queryParams “${name}”`);
        for (const s of sites) if (s.names.has(name) && !out.has(name)) out.set(name, `${s.name}.queryParams “${name}”`);
      }
      return out;
    },
  },
  {
    id: 'clearurls',
    list: clearurls.list,
    version: clearurls.version,
    strips(u) {
      const out = new Map<string, string>();
      for (const p of clearUrlsProviders) {
        if (!p.url.test(u.url) || p.exceptions.some((e) => e.test(u.url))) continue;
        for (const name of u.names) {
          let rule = p.ruleFor.get(name);
          if (rule === undefined) p.ruleFor.set(name, (rule = p.rules.find((r) => r.re.test(name))?.text ?? ''));
          if (rule && !out.has(name)) out.set(name, rule);
        }
      }
      return out;
    },
  },
  {
    id: 'ublock',
    list: ublock.list,
    version: ublock.version,
    strips(u) {
      const out = new Map<string, string>();
      if (ublock.exceptions.some((e) => e.sites.some((s) => hostMatches(u.host, s)))) return out;
      const sites = ublockSites.filter((s) => s.sites.some((p) => hostMatches(u.host, p)));
      for (const name of u.names) {
        if (ublockGlobal.has(name)) out.set(name, `$removeparam=${name}`);
        for (const s of sites) if (s.names.has(name) && !out.has(name)) out.set(name, `$removeparam=${name},domain=${s.sites.join('|')}`);
      }
      return out;
    },
  },
];
