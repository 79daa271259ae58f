/**
 * A `FetchLike` for the CLI on node:http/https with keep-alive agents. Node's global fetch
 * (undici) closes the connection after every HEAD request (a guard against servers that send
 * a body anyway), so checking ten links on one https site costs ten TLS handshakes; this keeps
 * the connections. It never follows redirects (the checker's 'manual' mode) and sends no cookies.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOneOptions } from 'node:dns';
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { isIP, type Socket } from 'node:net';
import { isInternalIp } from '../core/linkcheck/internal-address';
import { INTERNAL_ADDRESS_CODE, type FetchLike, type LinkResponse } from '../core/linkcheck/types';

/** A body up to this size is read to its end so the connection can be reused; larger ones are cut off. */
const DRAIN_LIMIT = 64 * 1024;

export interface NodeFetch extends FetchLike {
  /** Closes the idle connections (call when the check is over). */
  close(): void;
}

export function createNodeFetch({ userAgent = 'post-preflight link check' } = {}): NodeFetch {
  const http = new HttpAgent({ keepAlive: true });
  const https = new HttpsAgent({ keepAlive: true });
  // Redirect hops of public links get their own pools whose name lookups refuse internal
  // addresses, so a pooled connection to an internal address can never serve them.
  const publicHttp = new HttpAgent({ keepAlive: true, lookup: publicOnlyLookup });
  const publicHttps = new HttpsAgent({ keepAlive: true, lookup: publicOnlyLookup });
  const fetch: FetchLike = (url, init) =>
    new Promise<LinkResponse>((resolve, reject) => {
      if (init.signal.aborted) return reject(init.signal.reason);
      const target = new URL(url);
      const secure = target.protocol === 'https:';
      // A literal IP is connected to without a lookup: check it here.
      const literal = target.hostname.replace(/^\[|\]$/g, '');
      if (init.refuseInternal && isIP(literal) && isInternalIp(literal)) return reject(internalAddressError(literal));
      const agent = init.refuseInternal ? (secure ? publicHttps : publicHttp) : secure ? https : http;
      const request = (secure ? httpsRequest : httpRequest)(
        target,
        { method: init.method, agent, headers: { 'user-agent': userAgent, ...init.headers }, signal: init.signal },
        (response) => resolve(toLinkResponse(url, response)),
      );
      request.on('error', (error) => reject(init.signal.aborted ? init.signal.reason : error));
      request.end();
    });
  return Object.assign(fetch, {
    close() {
      for (const agent of [http, https, publicHttp, publicHttps]) agent.destroy();
    },
  });
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** dns.lookup that fails with EINTERNALADDRESS when a name resolves to the local network (checked on the address actually used). */
function publicOnlyLookup(hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, list) => {
    if (error) return callback(error, '');
    const internal = list.find((a) => isInternalIp(a.address));
    if (internal) return callback(internalAddressError(`${hostname} → ${internal.address}`), '');
    if ((options as LookupAllOptions).all) return callback(null, list);
    if (list.length === 0) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '');
    callback(null, list[0]!.address, list[0]!.family);
  });
}

function internalAddressError(what: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`refused to connect to an internal address (${what})`), { code: INTERNAL_ADDRESS_CODE });
}

function toLinkResponse(url: string, response: IncomingMessage): LinkResponse {
  return {
    remoteAddress: (response.socket as Socket | null)?.remoteAddress,
    status: response.statusCode ?? 0,
    url,
    redirected: false,
    type: 'basic',
    headers: {
      get(name) {
        const value = response.headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    },
    body: {
      async cancel() {
        // The socket goes back to the pool only once the response stream has ended, which needs
        // reading even when there is nothing left (HEAD); a long or endless body is cut instead.
        const length = Number(response.headers['content-length']);
        if (response.complete || (Number.isFinite(length) && length <= DRAIN_LIMIT)) response.resume();
        else response.destroy();
      },
    },
  };
}
