import type { Plugin } from 'vite';

/**
 * gray-matter's default engines pull in js-yaml's `!!js/function` type (the Function
 * constructor) and a JavaScript-frontmatter engine (eval). The core always passes its own
 * YAML engine, and MV3's CSP forbids eval in extension pages anyway, so the extension build
 * swaps in engines without them: a `---js` block then fails as "engine not registered"
 * instead of trying to run post text. Keeps web-ext lint free of DANGEROUS_EVAL.
 * Also drops gray-matter's use of Node's Buffer (see transform).
 */
export function browserSafeGrayMatter(): Plugin {
  const engines = /[\\/]gray-matter[\\/]lib[\\/]engines\.js$/;
  const utils = /[\\/]gray-matter[\\/]lib[\\/]utils\.js$/;
  return {
    name: 'post-preflight:browser-safe-gray-matter',
    enforce: 'pre',
    transform(code, id) {
      if (!utils.test(id)) return null;
      // gray-matter keeps a Buffer copy of the input as `file.orig` (Node only; unused by the
      // core). Browsers have no Buffer: keep the string instead.
      const from = 'Buffer.from(input)';
      if (!code.includes(from)) this.error('gray-matter/lib/utils.js changed: re-check the Buffer workaround');
      return code.replace(from, 'input');
    },
    load(id) {
      if (!engines.test(id)) return null;
      return [
        "'use strict';",
        'module.exports = {',
        '  json: { parse: (s) => JSON.parse(s), stringify: (o) => JSON.stringify(o, null, 2) },',
        '};',
      ].join('\n');
    },
  };
}
