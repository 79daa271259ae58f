import { locatedBlocks, locatedOf } from '../parse/located';
import type { RuleContext } from '../types';
import type { Candidate } from './candidate';
import { sourceOffset, type Heading, type ProseUnit } from './prose';

/** Source offsets of the candidate: its first sentence's first character to its last sentence's last (or the heading it starts at). */
export function rangeOf(ctx: RuleContext, read: { units: readonly ProseUnit[]; headings: readonly Heading[] }, c: Candidate): { start: number; end: number } {
  const units = read.units;
  if (c.first && c.last) {
    const a = units[c.first.unit]!;
    const b = units[c.last.unit]!;
    const startAt = firstKnown(ctx, a, c.first.from, 1) ?? ctx.body.start;
    const endAt = firstKnown(ctx, b, c.last.to - 1, -1);
    const start = Math.min(Math.max(0, startAt), ctx.text.length);
    const end = endAt === undefined ? start : Math.min(ctx.text.length, Math.max(start, endAt + 1));
    return { start, end };
  }
  // A remembered candidate's heading or list item is looked up again in this read of the post (same place, new tokens).
  const ref = c.origin;
  const origin = ref && 'depth' in ref ? read.headings.find((h) => h.text === ref.text && h.depth === ref.depth) : ref ? units.find((u) => u.text === ref.text && u.list === ref.list) : undefined;
  if (origin && 'depth' in origin) {
    locatedBlocks(ctx.body);
    const at = locatedOf(ctx.body, origin.token);
    if (at) return { start: at.start, end: at.end };
  } else if (origin) {
    const at = firstKnown(ctx, origin, 0, 1);
    if (at !== undefined) return { start: at, end: Math.max(at, (firstKnown(ctx, origin, origin.text.length - 1, -1) ?? at) + 1) };
  }
  return { start: ctx.body.start, end: ctx.body.start };
}

function firstKnown(ctx: RuleContext, unit: ProseUnit, from: number, step: 1 | -1): number | undefined {
  for (let i = from; i >= 0 && i < unit.text.length; i += step) {
    const at = sourceOffset(ctx.body, unit, i);
    if (at !== undefined) return at;
  }
  return undefined;
}
