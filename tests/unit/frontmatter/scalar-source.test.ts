import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, parseDocument, stringify, type Scalar } from 'yaml';
import { decodeScalar, type ScalarStyle } from '../../../src/core/frontmatter/scalar-source';

const STYLES: ScalarStyle[] = ['PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'];

/** The scalar of `key:` in `yaml`, its source text and the parser's value. */
function scalarOf(yaml: string): { node: Scalar; source: string } | undefined {
  const doc = parseDocument(yaml);
  if (doc.errors.length || !isMap(doc.contents)) return undefined;
  const node = doc.contents.items[0]?.value;
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  return { node, source: yaml.slice(node.range[0], node.range[1]) };
}

function expectDecodes(yaml: string) {
  const found = scalarOf(yaml);
  if (!found) return;
  const decoded = decodeScalar(found.source, found.node.type as ScalarStyle);
  // An explicit indentation indicator is the one form left to the caller's fallback.
  if (!decoded) {
    expect(found.source).toMatch(/^[|>][+-]?\d/);
    return;
  }
  expect(decoded.value, yaml).toBe(found.node.value);
  for (let i = 0; i < decoded.value.length; i++) {
    expect(decoded.from[i]!).toBeLessThanOrEqual(decoded.to[i]!);
    if (i > 0) expect(decoded.from[i]!).toBeGreaterThanOrEqual(decoded.from[i - 1]!);
  }
}

describe('decodeScalar reads a YAML string scalar as the yaml parser does, with where each character is written', () => {
  it('on hand-written scalars of every style', () => {
    for (const yaml of [
      'k: plain text\n',
      'k: plain text\n  folded on\n\n  two lines\n',
      "k: 'it''s [a](https://x.test/?a=1&utm_source=b)'\n",
      "k: 'one\n  two\n\n\n  three  '\n",
      'k: "tab\\there \\u00e9 \\x41 \\U0001F600 \\"q\\" \\\\ \\/"\n',
      'k: "folded \\\n  escaped break"\n',
      'k: "trailing \\  \n  kept"\n',
      'k: |\n  line one\n  line two\n',
      'k: |-\n  stripped\n\n',
      'k: |+\n  kept\n\n\n',
      'k: >\n  folded\n  text\n\n  para\n    more indented\n  back\n',
      'k: >- # comment\n  a\n  b\n',
      'k: "crlf\r\n  folds"\r\n',
      'k: |\r\n  crlf block\r\n  two\r\n',
    ])
      expectDecodes(yaml);
  });

  it('on random text written by the yaml library in every style and line width', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ' ', '\n', "'", '"', '\\', '#', ':', '-', '\t', 'é', '😀', '[', ']', '(', ')', '/', '?', '&', '=', '\u00a0'), maxLength: 80 });
    fc.assert(
      fc.property(text, fc.constantFrom(...STYLES), fc.integer({ min: 10, max: 60 }), (value, style, lineWidth) => {
        expectDecodes(stringify({ k: value }, { defaultStringType: style, lineWidth, minContentWidth: 5 }));
      }),
      { numRuns: 600 },
    );
  }, 60_000);
});
