// The names of our classes' `private` members that the browser bundles may shorten: STYLE.md has every private
// member marked `private`, so TypeScript knows exactly which names no one outside their class can reach. terser
// renames every property of a name, wherever it appears, so a name is kept whole wherever it could mean anything else.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** Lit's runtime reads and writes properties by name; none of our renamed names may be one of them. */
const LIT_RUNTIME = [
  'lit-html/lit-html.js',
  'lit-html/directives/if-defined.js',
  '@lit/reactive-element/reactive-element.js',
  '@lit/reactive-element/css-tag.js',
  'lit-element/lit-element.js',
];

const isPrivate = (node) => ts.getModifiers(node)?.some((modifier) => modifier.kind === ts.SyntaxKind.PrivateKeyword);

/**
 * Names declared only as undecorated `private` members, and used only as those members. A decorated one is named
 * in a string to Lit; any other use of the same name (another class's public member, an object's key, a DOM or
 * library property, a string) keeps the name whole.
 */
export function privateMemberNames(tsconfig = 'tsconfig.build.json') {
  const config = ts.getParsedCommandLineOfConfigFile(
    tsconfig,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} },
  );
  const program = ts.createProgram(config.fileNames, config.options);
  const checker = program.getTypeChecker();
  const ours = program.getSourceFiles().filter((file) => config.fileNames.includes(file.fileName));

  const privateDeclarations = new Set();
  const candidates = new Set();
  const kept = new Set();
  const visitDeclarations = (node) => {
    const member =
      ts.isPropertyDeclaration(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isSetAccessorDeclaration(node) ||
      (ts.isParameter(node) && ts.isConstructorDeclaration(node.parent));
    if (member && node.name && ts.isIdentifier(node.name) && isPrivate(node)) {
      privateDeclarations.add(node);
      candidates.add(node.name.text);
      if (ts.getDecorators(node)?.length) kept.add(node.name.text);
    }
    ts.forEachChild(node, visitDeclarations);
  };
  ours.forEach(visitDeclarations);

  const meansPrivateMember = (nameNode) =>
    checker.getSymbolAtLocation(nameNode)?.declarations?.every((declaration) => privateDeclarations.has(declaration)) ??
    false;
  const visitUses = (node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
      for (const word of node.text.match(/\w+/g) ?? []) kept.add(word);
    } else if (ts.isIdentifier(node) && candidates.has(node.text) && !kept.has(node.text)) {
      const { parent } = node;
      const declares = privateDeclarations.has(parent) && parent.name === node;
      const accesses = ts.isPropertyAccessExpression(parent) && parent.name === node;
      // A plain variable of the same name is no property; anything else that names a property must be the member.
      const isVariable = !declares && !accesses && !isPropertyName(node);
      if (!declares && !isVariable && !meansPrivateMember(node)) kept.add(node.text);
    }
    ts.forEachChild(node, visitUses);
  };
  ours.forEach(visitUses);

  const lit = LIT_RUNTIME.map((file) => readFileSync(new URL(`../node_modules/${file}`, import.meta.url), 'utf8')).join(
    '\n',
  );
  return [...candidates].filter((name) => !kept.has(name) && !new RegExp(`\\b${name}\\b`).test(lit)).sort();
}

/** Whether an identifier stands for a property name: a key, a member, a destructured property, an access. */
function isPropertyName(node) {
  const { parent } = node;
  return (
    (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    ((ts.isPropertyAssignment(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isMethodSignature(parent) ||
      ts.isGetAccessorDeclaration(parent) ||
      ts.isSetAccessorDeclaration(parent) ||
      ts.isEnumMember(parent)) &&
      parent.name === node) ||
    ts.isShorthandPropertyAssignment(parent) ||
    (ts.isBindingElement(parent) &&
      (parent.propertyName === node || (!parent.propertyName && ts.isObjectBindingPattern(parent.parent)))) ||
    (ts.isParameter(parent) && ts.isConstructorDeclaration(parent.parent) && parent.name === node)
  );
}
