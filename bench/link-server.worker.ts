/**
 * The benchmark's web server, on its own thread: its 100 ms of latency per request then doesn't
 * compete with the checkers for the main event loop, as a remote site wouldn't.
 * Messages: {type:'reset'} | {type:'stats'} | {type:'close'}; each is answered once.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startLinkServer } from '../tests/support/link-server';

export interface ServerStats {
  linkRequests: number;
  maxPerHost: number;
  maxInFlight: number;
  connections: number;
}

const port = parentPort!;
const server = await startLinkServer({ addresses: (workerData as { addresses: string[] }).addresses });
port.postMessage({ port: server.port });
port.on('message', async (message: { type: 'reset' | 'stats' | 'close' }) => {
  if (message.type === 'reset') {
    server.reset();
    port.postMessage(null);
  } else if (message.type === 'stats') {
    const stats: ServerStats = {
      linkRequests: server.requests.filter((r) => r.path.startsWith('/slow/')).length,
      maxPerHost: Math.max(0, ...server.maxInFlightPerHost.values()),
      maxInFlight: server.maxInFlight(),
      connections: server.connections(),
    };
    port.postMessage(stats);
  } else {
    await server.close();
    port.postMessage(null);
    port.close();
  }
});
