import { t, type Key, type Locale } from '../../i18n';

/**
 * The checker's `detail` ("page not found (404)") in the reader's language. Details are English
 * data: they are stored in link caches (the CLI's file, the extension's session cache) and cross
 * from the background to the panel, so they are worded where they are shown. Each pattern below
 * is one detail the checker writes (check-url, request, classify-url, post-links); a detail from
 * elsewhere (an older cache) is shown quoted as it is.
 */
const DETAILS: readonly (readonly [RegExp, Key, readonly string[]])[] = [
  [/^redirects to an address on a local or private network \((.+)\), which is not followed$/, 'detailRedirectNotFollowed', ['host']],
  [/^no answer within (\d+(?:\.\d+)?) s$/, 'detailNoAnswer', ['seconds']],
  [/^the browser gave up following its redirects \(a redirect loop, more than 20 redirects, or a target that cannot be reached\)$/, 'detailBrowserGaveUp', []],
  [/^redirects somewhere the browser does not reveal$/, 'detailOpaqueRedirect', []],
  [/^redirects to an invalid address$/, 'detailRedirectInvalid', []],
  [/^the redirects go round in a loop$/, 'detailLoop', []],
  [/^more than (\d+) redirects$/, 'detailTooManyRedirects', ['max']],
  [/^redirects to a (\S+) address$/, 'detailRedirectScheme', ['scheme']],
  [/^page not found \(404\)$/, 'detail404', []],
  [/^page removed for good \(410\)$/, 'detail410', []],
  [/^the site is limiting requests \(429\)$/, 'detail429', []],
  [/^the page needs a login or refuses visitors \((\d+)\)$/, 'detailLogin', ['status']],
  [/^the site refuses automated checks \((\d+), as LinkedIn answers\)$/, 'detailRefusesBots', ['status']],
  [/^the server answered (\d+)$/, 'detailServerAnswered', ['status']],
  [/^the site asked to come back after (\d+) s$/, 'detailRetryAfter', ['seconds']],
  [/^the address is on a local or private network$/, 'detailInternal', []],
  [/^too many redirects \(probably a loop\)$/, 'detailTooManyRedirectsLoop', []],
  [/^the site's name could not be found \(DNS\)$/, 'detailDns', []],
  [/^the server refused the connection$/, 'detailConnRefused', []],
  [/^the site's security certificate was not accepted$/, 'detailCert', []],
  [/^the connection was cut off$/, 'detailCutOff', []],
  [/^the site could not be reached$/, 'detailUnreachable', []],
  [/^the email address is not well formed$/, 'detailBadEmail', []],
  [/^(\S+:) links are not checked$/, 'detailSchemeNotChecked', ['scheme']],
  [/^this is not a valid web address$/, 'detailInvalidUrl', []],
  [/^no heading in this post has this anchor$/, 'detailNoAnchor', []],
];

/** `detail` worded in `locale`; English details come back unchanged. */
export function linkDetail(locale: Locale, detail: string): string {
  for (const [pattern, key, names] of DETAILS) {
    const m = pattern.exec(detail);
    if (!m) continue;
    const params: Record<string, string> = Object.fromEntries(names.map((name, i) => [name, m[i + 1]!]));
    // The one nested phrase: "redirects to <an address on a local or private network (host)>, …".
    if (key === 'detailRedirectNotFollowed') return t(locale, key, { where: t(locale, 'detailInternalHost', { host: params.host! }) });
    return t(locale, key, params);
  }
  return locale === 'en' ? detail : t(locale, 'detailQuoted', { detail });
}
