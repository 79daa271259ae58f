#!/usr/bin/env node
// The command is built into dist/lib/cli.js (npm run build:lib); this shim only starts it
// and lets stdout drain before the process ends (exitCode, not process.exit()).
import { main } from '../dist/lib/cli.js';

// `post-preflight check … | head` closes the pipe early; that is not a crash.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
