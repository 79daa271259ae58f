import type { Finding, Rule } from '../../../src/core/index';

/**
 * Fixable rules for testing the fixer path before (and independently of) the real rules:
 * the CLI's job is to apply whatever fixes the core reports, whichever rule they come from.
 */

/** Removes `utm_*` parameters from link URLs, keeping the rest of the URL as written. */
export const dropUtm: Rule = {
  id: 'test-drop-utm',
  meta: { type: 'suggestion', fixable: true, docs: { description: 'test: removes utm_* parameters', anchor: '' } },
  defaultSeverity: 'warning',
  check({ links }) {
    const findings: Finding[] = [];
    for (const link of links) {
      const [beforeHash, hash] = splitOnce(link.url, '#');
      const [path, query] = splitOnce(beforeHash, '?');
      if (query === undefined) continue;
      const kept = query.split('&').filter((p) => !p.startsWith('utm_'));
      if (kept.length === query.split('&').length) continue;
      const url = path + (kept.length ? `?${kept.join('&')}` : '') + (hash === undefined ? '' : `#${hash}`);
      findings.push({
        start: link.urlStart,
        end: link.urlEnd,
        message: 'Link has utm_ parameters; remove them.',
        fix: { description: 'Remove utm_ parameters', edits: [{ start: link.urlStart, end: link.urlEnd, text: url }] },
      });
    }
    return findings;
  },
};

/** Turns one `TODO` into `DONE` per pass, so fixing everything takes as many passes as there are TODOs. */
export const oneTodoPerPass: Rule = {
  id: 'test-one-todo',
  meta: { type: 'problem', fixable: true, docs: { description: 'test: one fix per pass', anchor: '' } },
  defaultSeverity: 'error',
  check({ text }) {
    const at = text.indexOf('TODO');
    return at < 0 ? [] : [{ start: at, end: at + 4, message: 'TODO left in the post.', fix: { description: 'Mark done', edits: [{ start: at, end: at + 4, text: 'DONE' }] } }];
  },
};

/** Two rules undoing each other: the fixer must stop at its pass limit instead of looping. */
export const pingToPong: Rule = replaceEverywhere('test-ping', 'ping', 'pong');
export const pongToPing: Rule = replaceEverywhere('test-pong', 'pong', 'ping');

/** One fix with two edits (wraps a `NOTE` not yet bold in `**…**`), to test how the JSON format merges them. */
export const boldNotes: Rule = {
  id: 'test-bold-note',
  meta: { type: 'layout', fixable: true, docs: { description: 'test: a fix made of two edits', anchor: '' } },
  defaultSeverity: 'info',
  check({ text }) {
    const at = text.search(/(?<!\*\*)NOTE/);
    return at < 0 ? [] : [{ start: at, end: at + 4, message: 'Make NOTE bold.', fix: { description: 'Bold', edits: [{ start: at, end: at, text: '**' }, { start: at + 4, end: at + 4, text: '**' }] } }];
  },
};

function replaceEverywhere(id: string, from: string, to: string): Rule {
  return {
    id,
    meta: { type: 'layout', fixable: true, docs: { description: `test: ${from} → ${to}`, anchor: '' } },
    defaultSeverity: 'warning',
    check({ text }) {
      const found: Finding[] = [];
      for (let at = text.indexOf(from); at >= 0; at = text.indexOf(from, at + from.length)) {
        found.push({ start: at, end: at + from.length, message: `${from} found`, fix: { description: to, edits: [{ start: at, end: at + from.length, text: to }] } });
      }
      return found;
    },
  };
}

function splitOnce(s: string, sep: string): [string, string | undefined] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}
