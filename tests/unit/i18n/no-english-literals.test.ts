import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The guard against new English in the interface: every .tsx of the panel and the options page is
 * parsed, and any text a person reads that is written in the code rather than looked up in the
 * catalog fails the test — JSX text, user-visible attributes (title, aria-label, placeholder, alt)
 * and string literals rendered from a JSX expression (`{cond ? 'Restore' : …}`).
 * Allowed: text without two letters in a row (punctuation, "·", "▸"), code shown as code
 * (inside <code>), and example addresses in placeholders.
 */
const VISIBLE_ATTRIBUTES = new Set(['title', 'aria-label', 'placeholder', 'alt', 'aria-description', 'aria-roledescription']);
const WORDS = /[A-Za-z]{2,}/;
const ALLOWED = [/^https?:\/\/\S+$/];

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsxFiles(path) : name.endsWith('.tsx') ? [path] : [];
  });
}

function insideCode(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isJsxElement(n) && n.openingElement.tagName.getText() === 'code') return true;
  }
  return false;
}

/** String literals a JSX expression renders: through ?:, &&, || and template literals, not into calls. */
function renderedStrings(expr: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [expr];
  if (ts.isTemplateExpression(expr)) return [expr.head, ...expr.templateSpans.map((s) => s.literal)];
  if (ts.isParenthesizedExpression(expr)) return renderedStrings(expr.expression);
  if (ts.isConditionalExpression(expr)) return [...renderedStrings(expr.whenTrue), ...renderedStrings(expr.whenFalse)];
  if (ts.isBinaryExpression(expr) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(expr.operatorToken.kind)) return [...renderedStrings(expr.left), ...renderedStrings(expr.right)];
  return [];
}

export function englishLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (!WORDS.test(clean) || insideCode(node) || ALLOWED.some((a) => a.test(clean))) return;
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${file}:${line + 1}: ${clean}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.getText());
    else if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      if (ts.isStringLiteral(node.initializer)) report(node, node.initializer.text);
      else if (ts.isJsxExpression(node.initializer) && node.initializer.expression) for (const s of renderedStrings(node.initializer.expression)) report(s, (s as ts.LiteralLikeNode).text);
    } else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      for (const s of renderedStrings(node.expression)) report(s, (s as ts.LiteralLikeNode).text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no English written into the interface', () => {
  it.each(['src/panel', 'src/options'])('%s: every text a person reads comes from the catalog', (dir) => {
    expect(tsxFiles(dir).flatMap(englishLiterals)).toEqual([]);
  });

  it('finds what it guards against', () => {
    // A probe: the scanner on its own idea of a bad component.
    const probe = join(process.cwd(), 'tests/unit/i18n/fixtures/english-literals.tsx');
    expect(englishLiterals(probe).map((l) => l.replace(/^.*?: /, ''))).toEqual(['Restore', 'Show more', 'finding is', 'findings are', 'Close the panel']);
  });
});
