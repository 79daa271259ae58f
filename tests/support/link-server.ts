/**
 * A local web server with one route per kind of link trouble, for the link checker's tests,
 * the benchmark and e2e tests. It listens on loopback only (127.0.0.1 and, when asked, other
 * 127.0.0.x addresses on the same port, so tests can have several "hosts") and keeps a log
 * of what it was asked and how much it sent.
 *
 * Routes (any method unless noted):
 *   /ok                      200
 *   /moved, /moved-308       301 / 308 → /ok
 *   /moved-query             301 → /ok?from=old&lang=en
 *   /chain/N                 302 → /chain/N-1 … /chain/1 → 301 → /ok
 *   /loop/a, /loop/b         302 to each other
 *   /to-https?status=301     redirect (301 or as given) to its https: form; 200 when reached through `viaFakeTls`
 *   /missing 404, /gone 410, /forbidden 403, /error 500
 *   /busy?after=S&key=K      503 + Retry-After: S the first time for key K, then 200
 *   /limited?after=S&key=K   429 + Retry-After: S the first time for key K, then 200
 *   /head-refused            HEAD 405, GET 200
 *   /never-ends              HEAD 405; GET 200, then a chunk every 50 ms for as long as the client reads
 *   /stall                   reads the request and never answers
 *   /big                     HEAD 405, GET 200 with a 10 MB body, paced (~13 MB/s)
 *   /slow/<anything>?ms=M    200 after M ms (concurrency and benchmark)
 *   /page?links=a,b          HTML page linking to the given URLs (for crawlers like linkinator)
 * Plus `silentUrl` (accepts connections, never answers) and `refusedUrl` (nothing listens).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';

export interface LoggedRequest {
  method: string;
  host: string;
  path: string;
  /** Query string as received, with its `?`. */
  search: string;
  at: number;
}

export interface LinkServer {
  port: number;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Origin on another loopback address, e.g. `originFor('127.0.0.3')`. */
  originFor(address: string): string;
  silentUrl: string;
  refusedUrl: string;
  requests: LoggedRequest[];
  /** TCP connections accepted by the HTTP servers (keep-alive reuse shows as few). */
  connections(): number;
  /** Most requests in flight at once, per Host header, and overall. */
  maxInFlightPerHost: Map<string, number>;
  maxInFlight(): number;
  /** Body bytes handed to the socket by /big and /never-ends. */
  bodyBytesSent(): number;
  /** How many /never-ends, /stall, unfinished /big and silent-server connections the client has closed. */
  closedByClient(): number;
  /** Requests that reached `path` (query ignored). */
  count(path: string): number;
  reset(): void;
  close(): Promise<void>;
}

export const BIG_BODY_BYTES = 10 * 1024 * 1024;

export async function startLinkServer(options: { addresses?: string[] } = {}): Promise<LinkServer> {
  const addresses = options.addresses ?? ['127.0.0.1'];
  const requests: LoggedRequest[] = [];
  const inFlight = new Map<string, number>();
  const maxInFlightPerHost = new Map<string, number>();
  const firstHits = new Set<string>();
  const sockets = new Set<Socket>();
  let inFlightTotal = 0;
  let maxTotal = 0;
  let bytesSent = 0;
  let closedByClient = 0;
  let connections = 0;

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const host = req.headers.host ?? '';
    const url = new URL(req.url ?? '/', `http://${host}`);
    requests.push({ method: req.method ?? '', host, path: url.pathname, search: url.search, at: Date.now() });
    inFlightTotal++;
    maxTotal = Math.max(maxTotal, inFlightTotal);
    const n = (inFlight.get(host) ?? 0) + 1;
    inFlight.set(host, n);
    maxInFlightPerHost.set(host, Math.max(maxInFlightPerHost.get(host) ?? 0, n));
    let counted = true;
    const leave = () => {
      if (!counted) return;
      counted = false;
      inFlightTotal--;
      inFlight.set(host, (inFlight.get(host) ?? 1) - 1);
    };
    res.on('finish', leave);
    res.on('close', leave);
    route(req, res, url);
  };

  const route = (req: IncomingMessage, res: ServerResponse, url: URL): void => {
    const path = url.pathname;
    const head = req.method === 'HEAD';
    const send = (status: number, headers: Record<string, string> = {}, body = '') => {
      // A length lets the connection stay open for the next request (keep-alive), as on real servers.
      res.writeHead(status, { 'content-type': 'text/plain', 'content-length': String(Buffer.byteLength(body)), ...headers });
      res.end(head ? undefined : body);
    };
    const redirect = (status: number, location: string) => send(status, { location });
    const firstTime = (name: string) => {
      const key = `${name}:${url.searchParams.get('key') ?? ''}`;
      if (firstHits.has(key)) return false;
      firstHits.add(key);
      return true;
    };

    if (path === '/ok') return send(200, {}, 'ok');
    if (path === '/moved') return redirect(301, '/ok');
    if (path === '/moved-308') return redirect(308, '/ok');
    if (path === '/moved-query') return redirect(301, '/ok?from=old&lang=en');
    if (path.startsWith('/chain/')) {
      const step = Number(path.slice('/chain/'.length));
      return step > 1 ? redirect(302, `/chain/${step - 1}`) : redirect(301, '/ok');
    }
    if (path === '/loop/a') return redirect(302, '/loop/b');
    if (path === '/loop/b') return redirect(302, '/loop/a');
    if (path === '/to-https') {
      // Behind a TLS-terminating proxy (see `viaFakeTls`) the secure request arrives marked.
      if (req.headers['x-forwarded-proto'] === 'https') return send(200, {}, 'secure ok');
      return redirect(Number(url.searchParams.get('status') ?? 301), `https://${url.host}${path}${url.search}`);
    }
    if (path === '/missing') return send(404, {}, 'not found');
    if (path === '/gone') return send(410, {}, 'gone');
    if (path === '/error') return send(500, {}, 'error');
    if (path === '/forbidden') return send(403, {}, 'forbidden');
    if (path === '/busy' || path === '/limited') {
      if (firstTime(path)) return send(path === '/busy' ? 503 : 429, { 'retry-after': url.searchParams.get('after') ?? '1' }, 'later');
      return send(200, {}, 'ok now');
    }
    if (path === '/head-refused') return head ? send(405, { allow: 'GET' }) : send(200, {}, 'ok');
    if (path === '/never-ends') return head ? send(405, { allow: 'GET' }) : neverEnds(res);
    if (path === '/stall') {
      req.socket.on('close', () => closedByClient++);
      return; // never answer
    }
    if (path === '/big') return head ? send(405, { allow: 'GET' }) : bigBody(res);
    if (path.startsWith('/slow/')) {
      const timer = setTimeout(() => send(200, {}, 'slow ok'), Number(url.searchParams.get('ms') ?? 100));
      res.on('close', () => clearTimeout(timer));
      return;
    }
    if (path === '/page') {
      const links = (url.searchParams.get('links') ?? '').split(',').filter(Boolean);
      const html = `<!doctype html><title>links</title>${links.map((l) => `<a href="${l.replace(/"/g, '&quot;')}">x</a>`).join('\n')}`;
      return send(200, { 'content-type': 'text/html' }, html);
    }
    send(404, {}, 'no such route');
  };

  const neverEnds = (res: ServerResponse): void => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.flushHeaders();
    const timer = setInterval(() => {
      const chunk = 'still going\n';
      bytesSent += chunk.length;
      res.write(chunk);
    }, 50);
    res.on('close', () => {
      clearInterval(timer);
      closedByClient++;
    });
  };

  // Paced like a fast real link (64 KB every 5 ms ≈ 13 MB/s) and with backpressure, so the count
  // is what a client that kept reading would have pulled; loopback alone would push megabytes
  // into kernel buffers before any client could react.
  const bigBody = (res: ServerResponse): void => {
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(BIG_BODY_BYTES) });
    res.flushHeaders();
    const chunk = Buffer.alloc(64 * 1024, 120);
    let left = BIG_BODY_BYTES;
    let closed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    res.on('close', () => {
      closed = true;
      clearTimeout(timer);
      if (left > 0) closedByClient++;
    });
    const pump = () => {
      if (closed) return;
      if (left === 0) return void res.end();
      const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= piece.length;
      bytesSent += piece.length;
      if (res.write(piece)) timer = setTimeout(pump, 5);
      else res.once('drain', () => (timer = setTimeout(pump, 5)));
    };
    pump();
  };

  const servers: Server[] = [];
  let port = 0;
  for (const address of addresses) {
    const server = createServer(handle);
    server.on('connection', (s) => {
      connections++;
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, address, () => resolve());
    });
    port = (server.address() as { port: number }).port;
    servers.push(server);
  }

  // Accepts the TCP connection and then says nothing at all.
  const silentSockets = new Set<Socket>();
  const silent: TcpServer = createTcpServer((s) => {
    silentSockets.add(s);
    s.on('close', () => {
      silentSockets.delete(s);
      closedByClient++;
    });
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const silentPort = (silent.address() as { port: number }).port;
  const refusedPort = await freePort();

  const originFor = (address: string) => `http://${address}:${port}`;
  return {
    port,
    origin: originFor('127.0.0.1'),
    originFor,
    silentUrl: `http://127.0.0.1:${silentPort}/`,
    refusedUrl: `http://127.0.0.1:${refusedPort}/`,
    requests,
    maxInFlightPerHost,
    connections: () => connections,
    maxInFlight: () => maxTotal,
    bodyBytesSent: () => bytesSent,
    closedByClient: () => closedByClient,
    count: (path) => requests.filter((r) => r.path === path).length,
    reset() {
      requests.length = 0;
      maxInFlightPerHost.clear();
      firstHits.clear();
      maxTotal = 0;
      bytesSent = 0;
      closedByClient = 0;
      connections = 0;
    },
    async close() {
      for (const s of [...sockets, ...silentSockets]) s.destroy();
      await Promise.all([...servers, silent].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    },
  };
}

/** A port nothing listens on: bind to get one from the OS, then let it go. */
async function freePort(): Promise<number> {
  const probe = createTcpServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Any fetch taking (url, init with plain-object headers); method-style so both global fetch and the checker's FetchLike fit. */
type Fetch = { call(url: string, init: { headers?: Record<string, string> }): Promise<unknown> }['call'];

/**
 * Stands in for a TLS-terminating proxy: https: requests go to the same host and port over
 * plain http, marked `x-forwarded-proto: https`. Lets tests follow http→https upgrades locally.
 */
export function viaFakeTls<F extends Fetch>(fetch: F): F {
  return ((url, init) => {
    if (!url.startsWith('https:')) return fetch(url, init);
    return fetch('http:' + url.slice('https:'.length), { ...init, headers: { ...init.headers, 'x-forwarded-proto': 'https' } });
  }) as F;
}
