import type { Plugin } from 'vite';

/**
 * gray-matter's default engines pull in js-yaml's `!!js/function` type (the Function
 * constructor) and a JavaScript-frontmatter engine (eval). The core always passes its own
 * YAML engine, and MV3's CSP forbids eval in extension pages anyway, so the extension build
 * swaps in engines without them: a `---js` block then fails as "engine not registered"
 * instead of trying to run post text. Keeps web-ext lint free of DANGEROUS_EVAL.
 */
export function noEvalFrontmatterEngines(): Plugin {
  const target = /[\\/]gray-matter[\\/]lib[\\/]engines\.js$/;
  return {
    name: 'post-preflight:no-eval-frontmatter-engines',
    enforce: 'pre',
    load(id) {
      if (!target.test(id)) return null;
      return [
        "'use strict';",
        'module.exports = {',
        '  json: { parse: (s) => JSON.parse(s), stringify: (o) => JSON.stringify(o, null, 2) },',
        '};',
      ].join('\n');
    },
  };
}
