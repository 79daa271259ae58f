/**
 * Distils the peers' tracking-parameter lists into the small JSON files under peers/ that
 * bench:tracking reads. Only the facts are kept (which parameter names each list removes, on
 * which hosts, with which exceptions); the lists' own files are never committed.
 *
 *   node bench/reference/tracking/distill.mjs clearurls <data.min.json> <version note>
 *   node bench/reference/tracking/distill.mjs adguard <ruleset_17.json> <version note>
 *
 * ClearURLs: data.min.json from the ClearURLs/Rules repository.
 * AdGuard: the URL Tracking filter (filter 17) as compiled to declarativeNetRequest rules in the
 * npm package @adguard/dnr-rulesets (dist/filters/declarative/ruleset_17/ruleset_17.json). The
 * compiled form keeps every plain `$removeparam` rule with its domains and its `@@` exceptions
 * (as excluded domains); regular-expression rules cannot be compiled and are not in it.
 * Firefox (strip-on-share) and uBlock Origin (privacy.txt) were small enough to distil by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [kind, input, version] = process.argv.slice(2);
const out = (name, data) => writeFileSync(join(dirname(fileURLToPath(import.meta.url)), 'peers', name), JSON.stringify(data, null, 1) + '\n');

if (kind === 'clearurls') {
  const data = JSON.parse(readFileSync(input, 'utf8'));
  const providers = Object.entries(data.providers).map(([name, p]) => ({
    name,
    urlPattern: p.urlPattern,
    rules: p.rules ?? [],
    referralMarketing: p.referralMarketing ?? [],
    exceptions: p.exceptions ?? [],
  })).filter((p) => p.rules.length || p.referralMarketing.length);
  out('clearurls.json', {
    list: 'ClearURLs',
    source: 'ClearURLs/Rules data.min.json',
    version,
    matching: 'A rule is a case-insensitive regular expression for the whole parameter name; a provider applies where urlPattern matches and no exception does. referralMarketing parameters are removed too (ClearURLs removes them unless "allow referral marketing" is switched on).',
    providers,
  });
} else if (kind === 'adguard') {
  const rules = JSON.parse(readFileSync(input, 'utf8'))
    .filter((r) => r.action.type === 'redirect' && r.action.redirect?.transform?.queryTransform?.removeParams)
    .map((r) => {
      const c = r.condition;
      const rule = { removeParams: r.action.redirect.transform.queryTransform.removeParams };
      if (c.urlFilter && c.urlFilter !== '*') rule.urlFilter = c.urlFilter;
      if (c.initiatorDomains) rule.domains = c.initiatorDomains;
      if (c.requestDomains) rule.domains = c.requestDomains;
      if (c.excludedRequestDomains) rule.excludedDomains = c.excludedRequestDomains;
      return rule;
    });
  out('adguard.json', {
    list: 'AdGuard URL Tracking filter',
    source: 'AdGuard filter 17 (TrackParamFilter) as compiled in @adguard/dnr-rulesets ruleset_17.json',
    version,
    matching: 'urlFilter uses declarativeNetRequest syntax (|| domain anchor, ^ separator, * wildcard); domains (the rule\'s $domain=) are matched against the link\'s host, as AdGuard does for page loads; excludedDomains are the @@ exceptions. Names match exactly.',
    rules,
  });
} else {
  console.error('usage: distill.mjs clearurls|adguard <input> <version note>');
  process.exit(2);
}
