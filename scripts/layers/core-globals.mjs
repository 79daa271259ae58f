// The core is pure TypeScript: besides the imports dependency-cruiser checks
// (scripts/layers/dependency-cruiser.cjs), it must not reach a browser or Node API through a
// global either. This scans src/core (or the folder given) for code that uses one of those
// globals — `chrome.runtime`, `document.body`, `process.env`… — and fails naming each use.
// Comments, strings, property names (`x.window`) and names the file declares itself are not uses.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const HOST_GLOBALS = new Set([
  // extension APIs
  'chrome', 'browser',
  // the DOM
  'window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'indexedDB', 'DOMParser', 'HTMLElement', 'Element', 'Node', 'MutationObserver', 'getComputedStyle', 'requestAnimationFrame',
  // Node
  'process', 'require', 'Buffer', '__dirname', '__filename', 'module', 'global',
]);

function* tsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* tsFiles(path);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path;
  }
}

/** Names the file declares (variables, parameters, functions, classes, imports…): uses of those are its own. */
function declaredNames(source) {
  const names = new Set();
  const visit = (node) => {
    if ((ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isImportSpecifier(node) || ts.isImportClause(node) || ts.isNamespaceImport(node) || ts.isBindingElement(node)) && node.name && ts.isIdentifier(node.name)) names.add(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** Whether this identifier is a name in a position that is not a reference to a global. */
function notAReference(node) {
  const p = node.parent;
  if (!p) return true;
  if ((ts.isPropertyAccessExpression(p) || ts.isQualifiedName(p)) && p.name === node) return true;
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isPropertySignature(p) || ts.isMethodDeclaration(p) || ts.isMethodSignature(p) || ts.isEnumMember(p) || ts.isGetAccessor(p) || ts.isSetAccessor(p)) && p.name === node) return true;
  if (ts.isTypeReferenceNode(p) || ts.isExpressionWithTypeArguments(p)) return false;
  if (ts.isLabeledStatement(p) || ts.isBreakOrContinueStatement(p)) return true;
  return false;
}

export function findHostGlobals(dir) {
  const found = [];
  for (const file of tsFiles(dir)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const own = declaredNames(source);
    const visit = (node) => {
      if (ts.isIdentifier(node) && HOST_GLOBALS.has(node.text) && !own.has(node.text) && !notAReference(node)) {
        const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push({ file, line: line + 1, column: character + 1, name: node.text });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'src/core';
  const found = findHostGlobals(dir);
  for (const f of found) console.error(`  error core-no-host-globals: ${relative(process.cwd(), f.file)}:${f.line}:${f.column} uses the global \`${f.name}\` — the core is pure TypeScript (no browser or Node API); pass what it needs in from the caller.`);
  if (found.length > 0) {
    console.error(`\nx ${found.length} use(s) of a browser or Node global in ${dir}.`);
    process.exit(1);
  }
  console.log(`✔ no browser or Node global used in ${dir}.`);
}
