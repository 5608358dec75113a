// What a bundle is made of: its bytes attributed, through its source map, to the packages and folders they came
// from; and what the localisation catalogs add on their own. Used by `npm run size` and `npm run bench`.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync, readdirSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { resolve } from 'node:path';
import { rollup } from 'rollup';

/** The group a source file of the bundle belongs to, as the budget discussion needs it. */
function groupOf(path) {
  const component = /^src\/components\/([^/]+)\//.exec(path);
  if (component) return `<cw-${component[1]}>`;
  if (path.startsWith('src/locales/')) return 'src/locales (catalogs)';
  if (path.startsWith('src/')) return 'src/internal and entry';
  return path.match(/^node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? path;
}

const UNMAPPED = 'unmapped (module glue)';

/** `[name, bytes]` pairs, largest first, with each one's share of the whole. */
function ranked(bytesByName, total) {
  return [...bytesByName].sort((a, b) => b[1] - a[1]).map(([name, bytes]) => ({ name, bytes, share: bytes / total }));
}

/**
 * Minified bytes of `bundle` per source module and per group of modules, largest first. Every byte is counted
 * once, against the source the map says it came from, so the parts add up to the file.
 */
export function contributorsOf(bundle) {
  const code = readFileSync(bundle, 'utf8');
  const map = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')));
  const byModule = new Map();
  code.split('\n').forEach((line, lineNumber, lines) => {
    const text = lineNumber < lines.length - 1 ? `${line}\n` : line;
    // Columns count UTF-16 units, as source maps do; bytes are counted per whole character (an emoji is two units).
    let column = 0;
    for (const character of text) {
      const module = map.findEntry(lineNumber, column).originalSource?.replace(/^(\.\.\/)+/, '') ?? UNMAPPED;
      byModule.set(module, (byModule.get(module) ?? 0) + Buffer.byteLength(character));
      column += character.length;
    }
  });
  const byGroup = new Map();
  for (const [module, bytes] of byModule) {
    const group = module === UNMAPPED ? UNMAPPED : groupOf(module);
    byGroup.set(group, (byGroup.get(group) ?? 0) + bytes);
  }
  const total = Buffer.byteLength(code);
  const counted = [...byModule.values()].reduce((sum, bytes) => sum + bytes, 0);
  if (counted !== total) throw new Error(`${bundle}: its parts add up to ${counted} bytes, not ${total}`);
  return { total, groups: ranked(byGroup, total), modules: ranked(byModule, total) };
}

/** `code`, an entry module, bundled with what it imports (Lit included) and minified like the partner bundle. */
export async function minifiedBundle(code) {
  const entry = {
    name: 'entry',
    resolveId: (id) => (id === 'entry' ? id : null),
    load: (id) => (id === 'entry' ? code : null),
  };
  const build = await rollup({
    input: 'entry',
    plugins: [entry, nodeResolve({ browser: true }), terser({ module: true, format: { comments: false } })],
    logLevel: 'silent',
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return Buffer.from(output[0].code);
}

/** The catalogs of one built folder, as a bundle carries them: its `index.js` and what that imports, minified. */
export async function catalogsIn(folder) {
  const files = readdirSync(folder).filter(
    (file) => /^[a-z-]+\.js$/.test(file) && !['index.js', 'catalog.js', 'languages.js'].includes(file),
  );
  return { count: files.length, bytes: await minifiedBundle(`export * from '${resolve(folder, 'index.js')}';`) };
}
