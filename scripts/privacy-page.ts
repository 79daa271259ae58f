import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { marked } from 'marked';
import type { Plugin } from 'vite';

/**
 * The privacy policy ships inside the extension as `privacy.html`, built from docs/privacy.md (one
 * text for the repository, the stores and the options page's link), so the policy a user reads is
 * the one of the version they run. Links into the repository (relative .md links) become plain
 * text: those files are not in the package.
 */
export function privacyPage(): Plugin {
  const source = resolve(import.meta.dirname, '../docs/privacy.md');
  return {
    name: 'post-preflight:privacy-page',
    generateBundle() {
      const markdown = readFileSync(source, 'utf8').replace(/\[([^\]]+)\]\((?!https?:)[^)]*\)/g, '$1');
      const body = marked.parse(markdown, { async: false });
      const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Post Preflight: privacy</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1d2433}code{font-size:.9em}</style>
</head><body>
${body}
</body></html>
`;
      this.emitFile({ type: 'asset', fileName: 'privacy.html', source: html });
    },
  };
}
