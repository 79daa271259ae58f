import type { SkipReason } from './types';

export type Classified =
  | { kind: 'http'; key: string; fragment: string; absolute: string }
  | { kind: 'skip'; reason: SkipReason; emailValid?: boolean; detail?: string };

/**
 * Decides whether a link goes over the network and, if so, under which key: the absolute URL
 * without its fragment, so `page#a` and `page#b` are fetched once.
 */
export function classifyUrl(raw: string, baseUrl?: string): Classified {
  const url = raw.trim();
  if (!url) return { kind: 'skip', reason: 'empty' };
  if (url.startsWith('#')) return { kind: 'skip', reason: 'fragment' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'mailto') {
    const valid = mailtoIsValid(url);
    return { kind: 'skip', reason: 'mailto', emailValid: valid, detail: valid ? undefined : 'the email address is not well formed' };
  }
  if (scheme === 'tel') return { kind: 'skip', reason: 'tel' };
  if (scheme && scheme !== 'http' && scheme !== 'https') return { kind: 'skip', reason: 'unsupported-scheme', detail: `${scheme}: links are not checked` };
  if (!scheme && !baseUrl) return { kind: 'skip', reason: 'relative-without-base' };
  let parsed: URL;
  try {
    parsed = baseUrl && !scheme ? new URL(url, baseUrl) : new URL(url);
  } catch {
    return { kind: 'skip', reason: 'invalid-url', detail: 'this is not a valid web address' };
  }
  // A base like file:///… or a protocol-relative link against one can land outside the web.
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { kind: 'skip', reason: 'unsupported-scheme' };
  const fragment = parsed.hash;
  parsed.hash = '';
  return { kind: 'http', key: parsed.href, fragment, absolute: parsed.href + fragment };
}

/** Host used for the per-host limit: name and port, like a browser's connection pool. */
export function hostOf(key: string): string {
  return new URL(key).host;
}

// Deliberately loose: catches typos an editor makes (missing @, spaces, no dot in the domain),
// not every corner of RFC 5321.
const LOCAL_PART = /^[^\s@<>()[\]\\,;:"]+$/u;
const DOMAIN = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}\p{N}]{2,}$/u;

export function emailIsValid(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  return local.length <= 64 && LOCAL_PART.test(local) && !local.startsWith('.') && !local.endsWith('.') && !local.includes('..') && DOMAIN.test(domain);
}

/** `mailto:a@x.org,b@y.org?cc=c@z.org&subject=…`: every address given must be well formed, and there must be one. */
function mailtoIsValid(url: string): boolean {
  const rest = url.slice('mailto:'.length);
  const q = rest.indexOf('?');
  const path = q < 0 ? rest : rest.slice(0, q);
  const addresses = splitAddresses(path);
  if (q >= 0) {
    for (const [name, value] of new URLSearchParams(rest.slice(q + 1))) {
      if (['to', 'cc', 'bcc'].includes(name.toLowerCase())) addresses.push(...splitAddresses(value, false));
    }
  }
  return addresses.length > 0 && addresses.every(emailIsValid);
}

function splitAddresses(text: string, encoded = true): string[] {
  let decoded = text;
  if (encoded) {
    try {
      decoded = decodeURIComponent(text);
    } catch {
      return ['%invalid'];
    }
  }
  return decoded
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
}
