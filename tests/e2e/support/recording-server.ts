import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server saw it, with the headers that tell who asked. */
export interface Recorded {
  host: string;
  path: string;
  cookie?: string;
  referer?: string;
  secFetchSite?: string;
  secFetchDest?: string;
}

export interface RecordingServer {
  port: number;
  /** `http://localhost:<port>`: another site than the editor page on 127.0.0.1. */
  origin: string;
  requests: Recorded[];
  /** Requests whose path starts with `prefix`. */
  hits(prefix: string): Recorded[];
  reset(): void;
  close(): Promise<void>;
}

const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

/**
 * A third-party site for the preview's tests: `/set-cookie` stores cookies of every SameSite kind
 * (visit it first, as the user would have visited the site), `/img/*` answers a 1×1 PNG,
 * `/media/*` a tiny body, `/clicked/*` an HTML page. Every request is recorded with its Cookie,
 * Referer and Sec-Fetch-* headers.
 */
export async function startRecordingServer(): Promise<RecordingServer> {
  const requests: Recorded[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push({
      host: req.headers.host ?? '',
      path: url.pathname,
      cookie: req.headers.cookie,
      referer: req.headers.referer,
      secFetchSite: req.headers['sec-fetch-site'] as string | undefined,
      secFetchDest: req.headers['sec-fetch-dest'] as string | undefined,
    });
    if (url.pathname === '/set-cookie') {
      res.writeHead(200, {
        'content-type': 'text/html',
        'set-cookie': ['pp_lax=1; Path=/; SameSite=Lax', 'pp_none=1; Path=/; SameSite=None; Secure', 'pp_plain=1; Path=/'],
      });
      return void res.end('<!doctype html><title>cookies set</title><p>cookies set</p>');
    }
    if (url.pathname.startsWith('/img/')) return void res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' }).end(PNG_1X1);
    if (url.pathname.startsWith('/media/')) return void res.writeHead(200, { 'content-type': 'application/octet-stream', 'cache-control': 'no-store' }).end(Buffer.alloc(16));
    if (url.pathname.startsWith('/clicked/')) return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>clicked</title><p>clicked</p>');
    res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `http://localhost:${port}`,
    requests,
    hits: (prefix) => requests.filter((r) => r.path.startsWith(prefix)),
    reset: () => void requests.splice(0),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
