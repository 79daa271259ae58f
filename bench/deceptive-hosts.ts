/**
 * Agreement of the deceptive-link rule's host check with a browser's IDN display policy:
 * `node .cache/bench/deceptive-hosts.js <cases file>` where each line is `<ascii host> S|U`
 * (S: the browser shows it in Unicode, U: it shows the xn-- form as unsafe), e.g. taken from
 * Chromium's components/url_formatter/spoof_checks/idn_spoof_checker_unittest.cc (kept outside
 * this repository). Prints the agreement and the cases that differ; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { domainToUnicode } from 'node:url';
import { deceptiveHost } from '../src/core/links/deceptive';

const path = process.argv[2];
if (!path) {
  console.error('usage: node .cache/bench/deceptive-hosts.js <cases file: "<ascii host> S|U" per line>');
  process.exit(2);
}
const cases = readFileSync(path, 'utf8').split('\n').map((l) => l.trim().split(/\s+/)).filter((p) => p.length === 2 && (p[1] === 'S' || p[1] === 'U'));
const counts = { agree: 0, weFlagOnly: 0, theyFlagOnly: 0 };
const differ: string[] = [];
for (const [host, verdict] of cases) {
  const ours = deceptiveHost(host!) ? 'U' : 'S';
  if (ours === verdict) counts.agree++;
  else {
    if (ours === 'U') counts.weFlagOnly++;
    else counts.theyFlagOnly++;
    differ.push(`${verdict === 'U' ? 'unsafe' : 'safe  '} in the reference, ${ours === 'U' ? 'flagged' : 'passed '} here: ${host} (${domainToUnicode(host!)})`);
  }
}
const unsafe = cases.filter(([, v]) => v === 'U').length;
console.log(`${cases.length} hosts (${unsafe} unsafe, ${cases.length - unsafe} safe in the reference)`);
console.log(`agreement ${((100 * counts.agree) / cases.length).toFixed(1)}% (${counts.agree}/${cases.length}); flagged here only: ${counts.weFlagOnly}; unsafe in the reference but passed here: ${counts.theyFlagOnly}`);
for (const line of differ) console.log(`  ${line}`);
