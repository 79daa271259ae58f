/** Entry of the built `dist/lib/cli.js`; `bin/post-preflight.js` calls `main`. */
export { main } from './main';
export type { CliIo } from './main';
