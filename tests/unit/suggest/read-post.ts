import { parsePost } from '../../../src/core/parse/post';
import { proseUnits, type ProseUnit } from '../../../src/core/suggest/prose';
import { splitUnit, type Sentence } from '../../../src/core/suggest/sentences';

/** A markdown text read as the suggester reads it: its prose units, and their sentences (split at hard line breaks too). */
export function readPost(md: string): { units: ProseUnit[]; sentences: Sentence[] } {
  const units = proseUnits(parsePost(md).body, 10_000);
  const sentences: Sentence[] = [];
  units.forEach((u, i) => splitUnit(u.text, i, sentences, 100, u.breaks));
  return { units, sentences };
}
