import type { Finding, TextEdit } from '../types';
import { t, type Locale } from '../../i18n';

const FRAGMENT_MARKER = /<!--\s*(?:StartFragment|EndFragment)\s*-->/gi;
// Attribute names and values never contain `<` and quoted values are bounded, so a broken
// tag can't make the scan quadratic on a huge post.
const TAG = /<(\/?)([a-zA-Z][\w:.-]{0,40})((?:\s+[^\s=>\/<]+(?:\s*=\s*(?:"[^"<]{0,2000}"|'[^'<]{0,2000}'|[^\s"'<>]+))?)*)\s*(\/?)>/g;
const ATTR = /(\s+)([^\s=>\/<]+)(?:\s*=\s*(?:"([^"<]*)"|'([^'<]*)'|([^\s"'<>]+)))?/g;
const MSO_DECLARATION = /\s*mso-[\w-]+\s*:[^;]*(?:;|$)/gi;

interface Tag {
  start: number;
  end: number;
  name: string;
  closing: boolean;
  attrs: { start: number; end: number; name: string; value: string; valueStart: number }[];
}

/**
 * Markup that only exists because text was copied from Word or Google Docs: clipboard
 * fragment markers, `<o:p>` paragraphs, `Mso*` classes, `mso-*` styles, Google Docs'
 * `docs-internal-guid` ids and its `<b style="font-weight:normal">` wrapper, empty styled spans.
 * Fixes remove just that markup; the text inside wrappers stays.
 */
export function clipboardLeftovers(body: string, base: number, locale?: Locale): Finding[] {
  const out: Finding[] = [];
  for (const m of body.matchAll(FRAGMENT_MARKER)) {
    const start = base + m.index!;
    out.push({
      start,
      end: start + m[0].length,
      message: t(locale, 'pasteMarker', { marker: m[0] }),
      fix: { description: t(locale, 'pasteMarkerFix'), edits: [{ start, end: start + m[0].length, text: '' }] },
      data: { kind: 'fragment-marker' },
    });
  }
  if (!body.includes('<')) return out;
  const tags = parseTags(body, base);
  const consumed = new Set<Tag>();
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (consumed.has(tag) || tag.closing) continue;
    if (isDocsBoldWrapper(tag)) {
      const close = matchingClose(tags, i);
      const edits: TextEdit[] = [{ start: tag.start, end: tag.end, text: '' }];
      if (close) {
        consumed.add(close);
        edits.push({ start: close.start, end: close.end, text: '' });
      }
      out.push(leftover(tag, close, t(locale, 'pasteDocsWrapper'), t(locale, 'pasteDocsWrapperFix'), edits, 'docs-wrapper'));
    } else if (tag.name === 'o:p') {
      const close = matchingClose(tags, i);
      if (close) consumed.add(close);
      const edits: TextEdit[] = [{ start: tag.start, end: tag.end, text: '' }];
      if (close) edits.push({ start: close.start, end: close.end, text: '' });
      out.push(leftover(tag, close, t(locale, 'pasteWordOp'), t(locale, 'pasteWordOpFix'), edits, 'word-op'));
    } else if (tag.name === 'span' && tag.attrs.some((a) => a.name === 'style')) {
      const close = tags[i + 1];
      if (close?.closing && close.name === 'span' && body.slice(tag.end - base, close.start - base).trim() === '') {
        consumed.add(close);
        out.push(leftover(tag, close, t(locale, 'pasteEmptySpan'), t(locale, 'pasteEmptySpanFix'), [{ start: tag.start, end: close.end, text: body.slice(tag.end - base, close.start - base) }], 'empty-span'));
        continue;
      }
    }
    if (tag.name === 'o:p' || isDocsBoldWrapper(tag)) continue;
    const edits = officeAttributeEdits(tag);
    if (edits.length) out.push(leftover(tag, undefined, t(locale, 'pasteOffice'), t(locale, 'pasteOfficeFix'), edits, 'office-attributes'));
  }
  // A lone </o:p> left after its opening tag was deleted.
  for (const tag of tags) {
    if (tag.closing && tag.name === 'o:p' && !consumed.has(tag)) out.push(leftover(tag, undefined, t(locale, 'pasteStrayOp'), t(locale, 'pasteStrayOpFix'), [{ start: tag.start, end: tag.end, text: '' }], 'word-op'));
  }
  return out;
}

function leftover(open: Tag, close: Tag | undefined, message: string, fixDescription: string, edits: TextEdit[], kind: string): Finding {
  return { start: open.start, end: close?.end ?? open.end, message, fix: { description: fixDescription, edits }, data: { kind } };
}

function parseTags(body: string, base: number): Tag[] {
  const tags: Tag[] = [];
  for (const m of body.matchAll(TAG)) {
    const start = base + m.index!;
    const attrsAt = m.index! + 1 + m[1]!.length + m[2]!.length;
    const attrs: Tag['attrs'] = [];
    for (const a of m[3]!.matchAll(ATTR)) {
      const value = a[3] ?? a[4] ?? a[5] ?? '';
      const attrStart = attrsAt + a.index!;
      const attrEnd = attrStart + a[0].length;
      const quoted = a[5] === undefined && (a[3] !== undefined || a[4] !== undefined);
      attrs.push({ start: base + attrStart, end: base + attrEnd, name: a[2]!.toLowerCase(), value, valueStart: base + attrEnd - value.length - (quoted ? 1 : 0) });
    }
    tags.push({ start, end: start + m[0].length, name: m[2]!.toLowerCase(), closing: m[1] === '/', attrs });
  }
  return tags;
}

function isDocsBoldWrapper(tag: Tag): boolean {
  if (tag.name !== 'b' || tag.closing) return false;
  const style = tag.attrs.find((a) => a.name === 'style')?.value ?? '';
  const id = tag.attrs.find((a) => a.name === 'id')?.value ?? '';
  return /font-weight\s*:\s*(?:normal|400)/i.test(style) || id.startsWith('docs-internal-guid');
}

/** The closing tag that balances `tags[index]`, counting nested tags of the same name. */
function matchingClose(tags: readonly Tag[], index: number): Tag | undefined {
  const name = tags[index]!.name;
  let depth = 0;
  for (let i = index + 1; i < tags.length; i++) {
    const t = tags[i]!;
    if (t.name !== name) continue;
    if (!t.closing) depth++;
    else if (depth-- === 0) return t;
  }
  return undefined;
}

/** Edits removing Office-only attributes (or the Office parts of class/style) from one tag. */
function officeAttributeEdits(tag: Tag): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const a of tag.attrs) {
    if (a.name === 'id' && a.value.startsWith('docs-internal-guid')) edits.push({ start: a.start, end: a.end, text: '' });
    else if (a.name === 'class' && /(?:^|\s)Mso\w*/.test(a.value)) {
      const kept = a.value.split(/\s+/).filter((c) => c && !/^Mso/.test(c));
      edits.push(kept.length ? { start: a.valueStart, end: a.valueStart + a.value.length, text: kept.join(' ') } : { start: a.start, end: a.end, text: '' });
    } else if (a.name === 'style' && /mso-/i.test(a.value)) {
      const kept = a.value.replace(MSO_DECLARATION, '');
      edits.push(kept.trim() ? { start: a.valueStart, end: a.valueStart + a.value.length, text: kept.trim() } : { start: a.start, end: a.end, text: '' });
    }
  }
  return edits;
}
