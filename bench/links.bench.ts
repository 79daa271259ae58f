/**
 * `npm run bench:links`: our checker against the bound its limits allow, and against
 * linkinator on the same URLs with comparable limits, side by side in one run.
 *
 * "Host" here is a loopback address (127.0.0.1 … 127.0.0.20, one port): our per-host limit keys
 * on `URL.host`, so these are 20 hosts to it. linkinator has only a global limit (`concurrency`);
 * the URLs are listed round-robin over the hosts so that its global limit spreads evenly too,
 * and the server reports how many requests each tool really had in flight per host.
 * The server runs on a worker thread, so its latency timers don't queue behind the checkers.
 * Each tool runs ROUNDS times, alternating; the best round is shown, then all of them.
 * Prints figures only; nothing is asserted.
 */
import { loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { LinkChecker } from 'linkinator';
import { checkLinks } from '../src/core/linkcheck';
import { createNodeFetch } from '../src/node/http-fetch';
import type { ServerStats } from './link-server.worker';

const HOSTS = 20;
const LINKS_PER_HOST = 10;
const LATENCY_MS = Number(process.env.LATENCY_MS ?? 100);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
/** For profiling one tool: e.g. ONLY=global-fetch (global-fetch, node-fetch, linkinator, bare). */
const ONLY = process.env.ONLY?.split(',');
const enabled = (tool: string) => !ONLY || ONLY.includes(tool);

interface Scenario {
  name: string;
  perHost: number;
  global: number;
}

const scenarios: Scenario[] = [
  // Global limit high enough that the per-host limit is what binds: bound = 10 × 100 ms ÷ 2.
  { name: 'per-host 2, global 40', perHost: 2, global: HOSTS * 2 },
  // The defaults: the global limit binds: bound = 200 × 100 ms ÷ 8.
  { name: 'per-host 2, global 8 (defaults)', perHost: 2, global: 8 },
];

/** The server thread, asked one thing at a time. */
interface BenchServer {
  origin: string;
  originFor(address: string): string;
  reset(): Promise<void>;
  stats(): Promise<ServerStats>;
  close(): Promise<void>;
}

async function startServerThread(addresses: string[]): Promise<BenchServer> {
  const worker = new Worker(new URL('./link-server.worker.js', import.meta.url), { workerData: { addresses } });
  const next = <T>() =>
    new Promise<T>((resolve, reject) => {
      const fail = (error: Error) => reject(error);
      worker.once('error', fail);
      worker.once('message', (value: T) => {
        worker.off('error', fail);
        resolve(value);
      });
    });
  const { port } = await next<{ port: number }>();
  const ask = <T>(type: string) => {
    const answer = next<T>();
    worker.postMessage({ type });
    return answer;
  };
  return {
    origin: `http://127.0.0.1:${port}`,
    originFor: (address) => `http://${address}:${port}`,
    reset: () => ask<void>('reset'),
    stats: () => ask<ServerStats>('stats'),
    async close() {
      await ask<void>('close');
      await worker.terminate();
    },
  };
}

async function main(): Promise<void> {
  const addresses = Array.from({ length: HOSTS }, (_, i) => `127.0.0.${i + 1}`);
  const server = await startServerThread(addresses);
  const urls: string[] = [];
  for (let i = 0; i < LINKS_PER_HOST; i++) for (const a of addresses) urls.push(`${server.originFor(a)}/slow/${i}?ms=${LATENCY_MS}`);
  console.log(`${urls.length} links over ${HOSTS} hosts, ${LATENCY_MS} ms latency each, best of ${ROUNDS} rounds per tool\n`);
  try {
    for (const s of scenarios) await runScenario(server, urls, s);
  } finally {
    await server.close();
  }
}

async function runScenario(server: BenchServer, urls: string[], s: Scenario): Promise<void> {
  const perHostBound = LINKS_PER_HOST * LATENCY_MS / s.perHost;
  const globalBound = (urls.length * LATENCY_MS) / s.global;
  const bound = Math.max(perHostBound, globalBound);
  const ours: Measure[] = [];
  const oursNode: Measure[] = [];
  const theirs: Measure[] = [];
  const floor: Measure[] = [];
  const nodeFetch = createNodeFetch();
  // Alternate the tools so neither gets a consistently warmer machine.
  for (let round = 0; round < ROUNDS; round++) {
    ours.push(await measure(server, async () => {
      const results = await checkLinks(urls, { fetch: globalThis.fetch, perHostConcurrency: s.perHost, globalConcurrency: s.global });
      return results.filter((r) => r.status === 'ok').length;
    }, 'global-fetch'));
    oursNode.push(await measure(server, async () => {
      const results = await checkLinks(urls, { fetch: nodeFetch, perHostConcurrency: s.perHost, globalConcurrency: s.global });
      return results.filter((r) => r.status === 'ok').length;
    }, 'node-fetch'));
    theirs.push(await measure(server, async () => {
      const page = `${server.origin}/page?links=${encodeURIComponent(urls.join(','))}`;
      const result = await new LinkChecker().check({ path: page, concurrency: s.global, timeout: 10_000 });
      return result.links.filter((l) => l.state === 'OK' && l.url !== page).length;
    }, 'linkinator'));
    floor.push(await measure(server, () => bareFetchPool(urls, s.global), 'bare'));
  }
  const best = (m: Measure[]) => m.reduce((a, b) => (b.ms < a.ms ? b : a));
  nodeFetch.close();
  const o = best(ours);
  const n = best(oursNode);
  const l = best(theirs);
  const f = best(floor);
  console.log(`## ${s.name}: bound ${bound} ms (per-host ${perHostBound} ms, global ${globalBound} ms), load average ${loadavg()[0]!.toFixed(1)}`);
  console.log(row('post-preflight, global fetch', o, bound));
  console.log(row('post-preflight, node:http fetch', n, bound));
  console.log(row(`linkinator (concurrency ${s.global})`, l, bound));
  console.log(row(`bare fetch pool of ${s.global}`, f, bound));
  const all = (m: Measure[]) => m.map((x) => x.ms).join('/');
  console.log(`   ÷ linkinator: global fetch ${(o.ms / l.ms).toFixed(2)}×, node:http fetch ${(n.ms / l.ms).toFixed(2)}×; global fetch ÷ bare fetch ${(o.ms / f.ms).toFixed(2)}×`);
  console.log(`   all rounds (ms): global fetch ${all(ours)}, node:http ${all(oursNode)}, linkinator ${all(theirs)}, bare ${all(floor)}\n`);
}

/**
 * The machine's floor: the same URLs with plain HEAD requests from a pool of workers and no
 * checker at all. What's left between this and the bound is the server, the event loop and
 * the other processes on the machine, not either tool.
 */
async function bareFetchPool(urls: string[], workers: number): Promise<number> {
  let next = 0;
  let ok = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < urls.length) {
        const response = await fetch(urls[next++]!, { method: 'HEAD' });
        await response.body?.cancel();
        if (response.status === 200) ok++;
      }
    }),
  );
  return ok;
}

interface Measure {
  ms: number;
  ok: number;
  requests: number;
  maxPerHost: number;
  maxInFlight: number;
  connections: number;
}

const SKIPPED: Measure = { ms: NaN, ok: 0, requests: 0, maxPerHost: 0, maxInFlight: 0, connections: 0 };

async function measure(server: BenchServer, run: () => Promise<number>, tool: string): Promise<Measure> {
  if (!enabled(tool)) return SKIPPED;
  await server.reset();
  const start = performance.now();
  const ok = await run();
  const ms = Math.round(performance.now() - start);
  const stats = await server.stats();
  return { ms, ok, requests: stats.linkRequests, maxPerHost: stats.maxPerHost, maxInFlight: stats.maxInFlight, connections: stats.connections };
}

function row(label: string, m: Measure, bound: number): string {
  return `   ${label.padEnd(33)} ${String(m.ms).padStart(6)} ms  = ${(m.ms / bound).toFixed(2)}× bound   ok ${m.ok}, link requests ${m.requests}, max in flight per host ${m.maxPerHost}, overall ${m.maxInFlight}, connections ${m.connections}`;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
