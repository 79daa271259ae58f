/**
 * A `FetchLike` for the CLI on node:http/https with keep-alive agents. Node's global fetch
 * (undici) closes the connection after every HEAD request (a guard against servers that send
 * a body anyway), so checking ten links on one https site costs ten TLS handshakes; this keeps
 * the connections. It never follows redirects (the checker's 'manual' mode) and sends no cookies.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { FetchLike, LinkResponse } from '../core/linkcheck/types';

/** A body up to this size is read to its end so the connection can be reused; larger ones are cut off. */
const DRAIN_LIMIT = 64 * 1024;

export interface NodeFetch extends FetchLike {
  /** Closes the idle connections (call when the check is over). */
  close(): void;
}

export function createNodeFetch({ userAgent = 'post-preflight link check' } = {}): NodeFetch {
  const http = new HttpAgent({ keepAlive: true });
  const https = new HttpsAgent({ keepAlive: true });
  const fetch: FetchLike = (url, init) =>
    new Promise<LinkResponse>((resolve, reject) => {
      if (init.signal.aborted) return reject(init.signal.reason);
      const target = new URL(url);
      const secure = target.protocol === 'https:';
      const request = (secure ? httpsRequest : httpRequest)(
        target,
        { method: init.method, agent: secure ? https : http, headers: { 'user-agent': userAgent, ...init.headers }, signal: init.signal },
        (response) => resolve(toLinkResponse(url, response)),
      );
      request.on('error', (error) => reject(init.signal.aborted ? init.signal.reason : error));
      request.end();
    });
  return Object.assign(fetch, {
    close() {
      http.destroy();
      https.destroy();
    },
  });
}

function toLinkResponse(url: string, response: IncomingMessage): LinkResponse {
  return {
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
