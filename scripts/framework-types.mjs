// What frameworks and editors need to know about our elements, made from dist/custom-elements.json after
// `cem analyze` (so it cannot drift from the components):
//
//   dist/react/index.js, .d.ts    @lit/react components for every element (events from the manifest, with their
//                                 event classes), and React 19's JSX types for the plain tags
//   dist/vue/index.js, .d.ts      the package's root entry, plus every tag in Vue's GlobalComponents
//   dist/vscode.html-custom-data.json, dist/web-types.json   VS Code's and JetBrains' HTML data
//
// Types are not copied from the manifest's `type.text` (an alias such as `Notation` means nothing out of its
// module): each prop is typed as the element class's own property, `FactBox['notation']`, so a wrong value is as
// much an error in a template as in code. The manifest says which properties, attributes and events there are.
// For the editors, whose data files hold text, the same types are spelled out by the TypeScript checker
// (`'standard' | 'compact'`, not `Notation`), so that they offer an attribute's values.
import { getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const DIST = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', DIST), 'utf8'));
const rootEntryTypes = readFileSync(new URL('index.d.ts', DIST), 'utf8');
const GENERATED = '// Generated from custom-elements.json by scripts/framework-types.mjs.';

/** `src/components/fact-box/fact-box.ts` as imported from a file in dist/<folder>/. */
const fromSubfolder = (sourcePath) => sourcePath.replace(/^src\//, '../').replace(/\.ts$/, '.js');
const camelCase = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
const pascalCase = (name) => camelCase(name).replace(/^\w/, (letter) => letter.toUpperCase());
const quoted = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const braces = (members, separator = '; ') => (members.length ? `{ ${members.join(separator)} }` : '{}');
const union = (names) => (names.length ? names.map((name) => `'${name}'`).join(' | ') : 'never');

/** The module that exports a type by this name: one the manifest knows, else the package's root entry. */
function moduleExporting(typeName) {
  const module = manifest.modules.find((candidate) =>
    candidate.exports?.some((entry) => entry.kind === 'js' && entry.name === typeName),
  );
  if (module) return fromSubfolder(module.path);
  if (new RegExp(`\\b${typeName}\\b`).test(rootEntryTypes)) return '../index.js';
  throw new Error(`No module of the package exports ${typeName}: export it from src/index.ts`);
}

function elements() {
  const definitions = new Map(
    manifest.modules.flatMap((module) =>
      (module.exports ?? [])
        .filter((entry) => entry.kind === 'custom-element-definition')
        .map((entry) => [entry.name, module.path]),
    ),
  );
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => {
        const { tagName, name } = declaration;
        if (!definitions.has(tagName)) throw new Error(`The manifest records no definition of <${tagName}>`);
        const settable = (declaration.members ?? []).filter(
          (member) =>
            member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public',
        );
        const events = (declaration.events ?? []).map((event) => {
          if (!event.name || !event.type?.text) throw new Error(`<${tagName}> has an event without a name or a type`);
          return { name: event.name, type: event.type.text, description: event.description };
        });
        return {
          tagName,
          className: name,
          elementType: `${name}Element`,
          module: fromSubfolder(module.path),
          define: fromSubfolder(definitions.get(tagName)),
          properties: settable.map((member) => member.name),
          // Attributes whose name is not their property's: React sets these as attributes (`value-prefix`),
          // Vue camel-cases them first (`valuePrefix`); both are typed as the property they feed.
          attributes: (declaration.attributes ?? []).filter(
            (attribute) => attribute.fieldName && attribute.name !== attribute.fieldName,
          ),
          events,
        };
      }),
  );
}

/** `import type` lines for every element class (as `<Class>Element`) and every event class. */
function typeImports(all) {
  const lines = all.map(
    ({ className, elementType, module }) => `import type { ${className} as ${elementType} } from '${module}';`,
  );
  const eventTypes = [...new Set(all.flatMap(({ events }) => events.map((event) => event.type)))].sort();
  const byModule = new Map();
  for (const type of eventTypes)
    byModule.set(moduleExporting(type), [...(byModule.get(moduleExporting(type)) ?? []), type]);
  for (const [module, names] of byModule) lines.push(`import type { ${names.join(', ')} } from '${module}';`);
  return lines.join('\n');
}

function react(all) {
  const js = [
    GENERATED,
    '// React components for the elements, made with @lit/react: props become properties, events get `on…` props.',
    "import * as React from 'react';",
    "import { createComponent } from '@lit/react';",
    ...all.flatMap(({ elementType, className, module, define }) => [
      `import { ${className} as ${elementType} } from '${module}';`,
      `import '${define}';`,
    ]),
    '',
    ...all.map(
      ({ tagName, className, elementType, events }) =>
        `export const ${className} = createComponent({\n  react: React,\n  tagName: '${tagName}',\n  elementClass: ${elementType},\n` +
        `  displayName: '${className}',\n  events: ${braces(
          events.map((event) => `on${pascalCase(event.name)}: '${event.name}'`),
          ', ',
        )},\n});`,
    ),
    '',
  ].join('\n');

  const elementProps = all
    .map(({ tagName, elementType, properties, attributes, events }) => {
      const members = [
        ...attributes.map((attribute) => `    ${quoted(attribute.name)}?: ${elementType}['${attribute.fieldName}'];`),
        ...events.map(
          (event) =>
            `    /** ${event.description ?? ''} */\n    ${quoted(`on${event.name}`)}?: (event: ${event.type}) => void;`,
        ),
      ];
      return `  '${tagName}': ElementProps<${elementType}, ${union(properties)}, {\n${members.join('\n')}\n  }>;`;
    })
    .join('\n');

  const dts = [
    GENERATED,
    "import type { EventName, ReactWebComponent } from '@lit/react';",
    "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
    typeImports(all),
    '',
    ...all.map(
      ({ className, elementType, events }) =>
        `export declare const ${className}: ReactWebComponent<${elementType}, ${braces(
          events.map((event) => `on${pascalCase(event.name)}: EventName<${event.type}>`),
        )}>;`,
    ),
    '',
    '/**',
    ' * React 19 sets a prop as a property when the element has one by that name (else as an attribute), and adds a',
    ' * listener for `on<event>`: each tag takes its properties with their own types, its attributes whose names differ,',
    ' * and its events with their event classes.',
    ' */',
    'type ElementProps<El extends HTMLElement, Properties extends keyof El, Extra> = Omit<',
    '  DetailedHTMLProps<HTMLAttributes<El>, El>,',
    '  Properties | keyof Extra',
    '> &',
    '  Partial<Pick<El, Properties>> &',
    '  Extra;',
    '',
    'interface CampaignWidgetsElements {',
    elementProps,
    '}',
    '',
    "declare module 'react' {",
    '  namespace JSX {',
    '    interface IntrinsicElements extends CampaignWidgetsElements {}',
    '  }',
    '}',
    '',
  ].join('\n');
  return { js, dts };
}

function vue(all) {
  const tags = all
    .map(({ tagName, elementType, properties, attributes, events }) => {
      const aliases = attributes.filter((attribute) => camelCase(attribute.name) !== attribute.fieldName);
      const extra = aliases.map(
        (attribute) => `${quoted(camelCase(attribute.name))}?: ${elementType}['${attribute.fieldName}']`,
      );
      return `    '${tagName}': CustomElement<${elementType}, ${union(properties)}, ${braces(extra)}, ${braces(
        events.map((event) => `${quoted(event.name)}: ${event.type}`),
      )}>;`;
    })
    .join('\n');
  const js = [
    GENERATED,
    "// The package's root entry: importing it registers every element.",
    "export * from '../index.js';",
    '',
  ].join('\n');
  const dts = [
    GENERATED,
    "import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';",
    typeImports(all),
    "export * from '../index.js';",
    '',
    '/**',
    " * An element as Vue's template type-checker sees it (Vue's documented pattern for custom elements): `$props`",
    ' * and `$emit` exist only for templates, never on the element. Vue camel-cases attribute names first, so',
    ' * `value-prefix="…"` is checked as `valuePrefix`.',
    ' */',
    'type CustomElement<El extends HTMLElement, Properties extends keyof El, Extra, Events extends Record<string, Event>> = new () => El & {',
    '  /** @deprecated For template type-checking only: custom elements have no `$props`. */',
    '  $props: Omit<HTMLAttributes, Properties | keyof Extra> & Partial<Pick<El, Properties>> & Partial<Extra> & PublicProps;',
    '  /** @deprecated For template type-checking only: custom elements have no `$emit`. */',
    '  $emit: EmitFn<{ [Name in keyof Events]: (event: Events[Name]) => void }>;',
    '};',
    '',
    "declare module 'vue' {",
    '  interface GlobalComponents {',
    tags,
    '  }',
    '}',
    '',
  ].join('\n');
  return { js, dts };
}

/**
 * Each element property's type as the checker spells it out, from the built `.d.ts`: a map from `tag.property` to
 * its type's parts (`["'standard'", "'compact'"]`, `['number', 'undefined']`).
 */
function spelledOutTypes(all) {
  const file = fileURLToPath(new URL('framework-types-probe.ts', DIST));
  const keys = all.flatMap(({ tagName, properties }) => properties.map((property) => `${tagName}.${property}`));
  const source = [
    ...all.map(
      ({ className, elementType, module }) =>
        `import type { ${className} as ${elementType} } from '${module.replace(/^\.\.\//, './')}';`,
    ),
    ...all
      .flatMap(({ elementType, properties }) => properties.map((property) => `${elementType}['${property}']`))
      .map((type, index) => `type T${index} = ${type};`),
  ].join('\n');
  const options = {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists } = host;
  host.fileExists = (name) => name === file || fileExists(name);
  host.getSourceFile = (name, ...rest) =>
    name === file ? ts.createSourceFile(name, source, ts.ScriptTarget.ES2022) : getSourceFile(name, ...rest);
  const program = ts.createProgram([file], options, host);
  const problems = ts.getPreEmitDiagnostics(program, program.getSourceFile(file));
  if (problems.length) throw new Error(ts.formatDiagnostics(problems, host));
  const checker = program.getTypeChecker();
  const aliases = program.getSourceFile(file).statements.filter(ts.isTypeAliasDeclaration);
  const spelled = (type) => {
    const parts = type.isUnion() ? type.types : [type];
    const named = parts.map((part) => (part.isStringLiteral() ? `'${part.value}'` : checker.typeToString(part)));
    // The checker splits `boolean` into its two literals.
    return [...new Set(named.map((part) => (part === 'true' || part === 'false' ? 'boolean' : part)))];
  };
  return new Map(aliases.map((alias, index) => [keys[index], spelled(checker.getTypeAtLocation(alias.name))]));
}

/**
 * The manifest as the editors' generators read it, with `expandedType` (their `typesSrc`) on each property and
 * attribute: a property's full type; an attribute's literal values, else the kind of text it takes.
 */
function manifestForEditors(all) {
  const types = spelledOutTypes(all);
  const editable = structuredClone(manifest);
  for (const declaration of editable.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)) {
    const typeOf = (field) => types.get(`${declaration.tagName}.${field}`);
    for (const member of declaration.members ?? []) {
      if (typeOf(member.name)) member.expandedType = { text: typeOf(member.name).join(' | ') };
    }
    for (const attribute of declaration.attributes ?? []) {
      const parts = (typeOf(attribute.fieldName) ?? []).filter((part) => part !== 'undefined');
      const literals = parts.length && parts.every((part) => part.startsWith("'"));
      const text = literals
        ? parts.join(' | ')
        : parts.length === 1 && ['number', 'boolean'].includes(parts[0])
          ? parts[0]
          : 'string';
      attribute.expandedType = { text };
    }
  }
  return editable;
}

function write(path, text) {
  const url = new URL(path, DIST);
  mkdirSync(new URL('.', url), { recursive: true });
  writeFileSync(url, text);
}

const all = elements();
const forReact = react(all);
write('react/index.js', forReact.js);
write('react/index.d.ts', forReact.dts);
const forVue = vue(all);
write('vue/index.js', forVue.js);
write('vue/index.d.ts', forVue.dts);

const editorOptions = { hideLogs: true, descriptionSrc: 'description', typesSrc: 'expandedType' };
const forEditors = manifestForEditors(all);
// Parsed and printed again: a library that wrote broken JSON fails the build here, not in someone's editor.
const json = (text) => `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
write('vscode.html-custom-data.json', json(getVsCodeHtmlCustomData(forEditors, editorOptions)));
write(
  'web-types.json',
  json(
    getWebTypesData(forEditors, {
      ...editorOptions,
      // Editors open the module that ships, not the TypeScript source the manifest names.
      modulePathTemplate: (_name, modulePath) => `dist/${modulePath.replace(/^src\//, '').replace(/\.ts$/, '.js')}`,
    }),
  ),
);
console.log(`Framework types and editor data for ${all.map(({ tagName }) => `<${tagName}>`).join(', ')}`);
