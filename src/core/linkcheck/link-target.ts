import type { LinkRef } from '../types';

const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

/**
 * The address a browser would follow for a link written as `link.url`: HTML attributes and
 * markdown destinations decode character references (`&amp;`), markdown ones also backslash
 * escapes (`\(`); autolinks and bare URLs are taken literally.
 */
export function linkTarget(link: Pick<LinkRef, 'kind' | 'url'>): string {
  if (link.kind === 'autolink' || link.kind === 'bare') return link.url;
  const unescaped = link.kind === 'html' || link.kind === 'html-image' ? link.url : link.url.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  return decodeReferences(unescaped);
}

function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}
