// The layers of src/, lowest first, and the import rules that keep them in that order
// (`npm run lint:layers`, run by `npm test`; README "Architecture" explains them). A folder may
// import its own layer's shared folders and any layer below it, never one above: the core stays
// pure TypeScript that the command line, the library and every extension context can run, and
// the extension's contexts (separate bundles in separate worlds) share only what lies below them.
'use strict';

const LAYERS = [
  { name: 'core', folders: ['core', 'i18n'], why: 'parsing, rules, suggestions, URL cleaning, preview HTML, the message catalog: pure TypeScript, no browser API, no Node API' },
  { name: 'shared', folders: ['protocol', 'platform'], why: 'vocabulary the contexts exchange (messages, stored settings, origins) and the browser API wrappers' },
  { name: 'editors', folders: ['adapters', 'page', 'editors'], why: 'reaching an editor: content-side adapters, page-world drivers, one folder per editor' },
  { name: 'contexts', folders: ['content', 'background', 'panel', 'options'], why: 'the extension contexts, one bundle each' },
  { name: 'node', folders: ['cli', 'node'], why: 'the command line and its Node I/O' },
];

const EXTENSION = ['protocol', 'platform', 'adapters', 'page', 'editors', 'content', 'background', 'panel', 'options'];
const any = (folders) => `^src/(${folders.join('|')})/`;
const above = (i) => LAYERS.slice(i + 1).flatMap((l) => l.folders);

/** webextension-polyfill, the DOM-only libraries, and Chrome's own types: not in the core. */
const BROWSER_MODULES = '(^|/node_modules/)(webextension-polyfill|dompurify|preact|@types/chrome|@types/webextension-polyfill)(/|$)';

const forbidden = [
  ...LAYERS.flatMap((layer, i) =>
    layer.folders.flatMap((folder) => {
      const higher = above(i);
      return higher.length === 0 ? [] : [{
        name: `${folder}-imports-no-higher-layer`,
        comment: `src/${folder} is in the "${layer.name}" layer (${layer.why}); it must not import a higher layer (${higher.join(', ')}). Move what both need down instead.`,
        severity: 'error',
        from: { path: `^src/${folder}/` },
        to: { path: any(higher) },
      }];
    }),
  ),
  {
    name: 'contexts-apart',
    comment: 'content, background, panel and options are separate bundles in separate worlds: one does not import another. Move what they share down (src/protocol, src/platform).',
    severity: 'error',
    from: { path: '^src/(content|background|panel|options)/' },
    to: { path: '^src/(content|background|panel|options)/', pathNot: '^src/$1/' },
  },
  {
    name: 'node-side-apart',
    comment: 'The command line runs in Node: it uses the core and src/node, never the extension (browser) layers.',
    severity: 'error',
    from: { path: '^src/(cli|node)/' },
    to: { path: any(EXTENSION) },
  },
  {
    name: 'protocol-is-data',
    comment: 'src/protocol is the vocabulary every world speaks, the page world included: no browser API wrappers in it.',
    severity: 'error',
    from: { path: '^src/protocol/' },
    to: { path: '^src/platform/' },
  },
  {
    name: 'core-no-browser-api',
    comment: 'The core is pure TypeScript: no extension API (webextension-polyfill, chrome), no DOM-only module.',
    severity: 'error',
    from: { path: '^src/(core|i18n)/' },
    to: { path: BROWSER_MODULES },
  },
  {
    name: 'core-no-node-api',
    comment: 'The core is pure TypeScript: no Node built-in (node:fs, path, …); Node I/O lives in src/node.',
    severity: 'error',
    from: { path: '^src/(core|i18n)/' },
    to: { dependencyTypes: ['core'] },
  },
  {
    name: 'extension-no-node-api',
    comment: 'Extension code runs in the browser: no Node built-in.',
    severity: 'error',
    from: { path: any(EXTENSION) },
    to: { dependencyTypes: ['core'] },
  },
];

module.exports = {
  forbidden,
  options: {
    // Type-only imports count: a type imported from a higher layer ties the layers all the same.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.(css|html|md|yml|json)$' },
  },
};
