// The manifest is what IDEs, Storybook and the framework types are made from, so it must say everything true
// about each element and nothing false: every definition, every event by name and type, every custom property
// (the global tokens too) with its default. test/embedding/manifest.test.mjs holds it to the schema.
import { readFileSync } from 'node:fs';
import { dirname, posix } from 'node:path';

/** `@cssprop [--name=default] - description` lines of a doc comment, as the manifest's `cssProperties`. */
function cssPropertiesIn(source) {
  const tag = /@cssprop \[(--[\w-]+)=([^\]]+)\] - (.+)/g;
  return [...source.matchAll(tag)].map(([, name, defaultValue, description]) => ({
    name,
    default: defaultValue,
    description,
  }));
}

/**
 * `defineElement('cw-fact-box', FactBox)` registers a tag as `customElements.define` does, but the analyzer only
 * sees the latter: record the definition, so tools can link each tag to its class and its define module.
 */
function recordDefineElementCalls() {
  return {
    name: 'cw-define-element-calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, constructor] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !constructor || !ts.isIdentifier(constructor)) return;
      const imported = context.imports?.find((entry) => entry.name === constructor.text);
      const module = imported
        ? posix.join(dirname(moduleDoc.path), imported.importPath).replace(/\.js$/, '.ts')
        : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: constructor.text, module } },
      ];
    },
  };
}

/**
 * Events come from `@fires {Type} name` tags. The analyzer also lists each `dispatchEvent(new SomeEvent(…))` as an
 * event with a type and no name; those are dropped, and the build fails if one has no tag to say its name.
 * Every element also takes the global tokens of `src/internal/tokens.ts`.
 */
function completeElementDeclarations() {
  const globalTokens = cssPropertiesIn(readFileSync(new URL('./src/internal/tokens.ts', import.meta.url), 'utf8'));
  return {
    name: 'cw-complete-element-declarations',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement) continue;
          // The base classes (analysed for what they pass on) are classes, not elements: they define no tag.
          if (!declaration.tagName) {
            delete declaration.customElement;
            continue;
          }
          const named = (declaration.events ?? []).filter((event) => event.name);
          for (const dispatched of (declaration.events ?? []).filter((event) => !event.name)) {
            if (!named.some((event) => event.type?.text === dispatched.type?.text)) {
              throw new Error(
                `${declaration.name} dispatches ${dispatched.type?.text} without a @fires {${dispatched.type?.text}} tag`,
              );
            }
          }
          for (const event of named) {
            if (!event.type)
              throw new Error(
                `${declaration.name}: @fires ${event.name} needs its type, as @fires {EventClass} ${event.name}`,
              );
          }
          if (named.length) declaration.events = named;
          else delete declaration.events;
          declaration.cssProperties = [...(declaration.cssProperties ?? []), ...globalTokens];
        }
      }
    },
  };
}

export default {
  // The base classes too, so each element lists the attributes it inherits (`strings`).
  globs: ['src/components/**/*.ts', 'src/internal/widget-element.ts', 'src/internal/partner-widget.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [recordDefineElementCalls(), completeElementDeclarations()],
};
