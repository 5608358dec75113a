// Fails the build if what we ship could break a strict Content-Security-Policy or invite injection.
//
//   node scripts/check-dist.mjs [dist-folder]      (default: dist)
//
// What "uses" means, and where each thing is looked for:
//
// 1. The bundles (dist/campaign-widgets.js, dist/sign-form.js) are what pages run, Lit included. They must
//    not contain `eval(` or `new Function` at all: `script-src` without 'unsafe-eval' refuses both, whoever
//    wrote them. They must not contain the *implementation* of `unsafeHTML`, `unsafeSVG`, `unsafeMathML` or
//    `styleMap` either; terser keeps a string that only that implementation holds (`directiveName="unsafeHTML"`,
//    the styleMap error "The `styleMap` directive must be used…"), and tree-shaking drops them unless something
//    calls them, so finding one means a call made it in. We do NOT look for the bare words: Lit's own `css`
//    function says "Use 'unsafeCSS'" in an error message, and that is harmless.
// 2. Our own code, compiled module by module without Lit (dist/index.js, dist/components/**, dist/internal/**,
//    dist/locales/**, with comments removed so a doc comment may still say "no styleMap"), must not name
//    `styleMap`, `unsafeHTML`, `unsafeSVG`, `unsafeMathML` or `unsafeCSS` (importing or calling them is the only
//    reason our code would), must not import `lit/directives/style-map.js` or `unsafe-*`, and must not put a
//    `style=` attribute in a template (`<div style=…>`, `<p class=x style=${…}>`): under `style-src 'self'` the
//    browser refuses inline style attributes, and it is an injection point. `unsafeCSS` has no marker in the
//    bundle (it is a one-line function), so this is where it is caught. A dynamic value goes in through
//    `this.style.setProperty('--_cw-…')`, which the CSSOM allows and this check does not flag.
//    The bundles are built from the same sources (rollup + TypeScript), so checking tsc's output covers them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const BUNDLES = ['campaign-widgets.js', 'sign-form.js'];
const OUR_MODULES = ['index.js', 'components', 'internal', 'locales'];

/** Patterns forbidden in the bundles, whoever wrote the code. */
const BUNDLE_PATTERNS = [
  ['eval(', /(?<![\w$.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\b/],
  ['unsafeHTML (its implementation)', /directiveName\s*=\s*["']unsafeHTML["']/],
  ['unsafeSVG (its implementation)', /directiveName\s*=\s*["']unsafeSVG["']/],
  ['unsafeMathML (its implementation)', /directiveName\s*=\s*["']unsafeMath/],
  ['styleMap (its implementation)', /The `styleMap` directive/],
];

/** Patterns forbidden in our own compiled modules (comments removed). */
const MODULE_PATTERNS = [
  ['eval(', /(?<![\w$.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\b/],
  ['styleMap', /\bstyleMap\b/],
  ['unsafeHTML', /\bunsafeHTML\b/],
  ['unsafeSVG', /\bunsafeSVG\b/],
  ['unsafeMathML', /\bunsafeMathML\b/],
  ['unsafeCSS', /\bunsafeCSS\b/],
  ['a style-map or unsafe-* directive import', /(lit|lit-html)\/directives\/(style-map|unsafe-[\w-]+)\.js/],
  ['style= attribute in a template', /<[a-zA-Z][\w-]*(?:\s[^<>`]*?)?\sstyle\s*=/],
];

/** Block comments and whole-line `//` comments; a `//` inside code (a URL in a string) stays. */
const withoutComments = (source) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

function* javascriptFiles(path) {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path).sort()) yield* javascriptFiles(join(path, entry));
  } else if (path.endsWith('.js')) {
    yield path;
  }
}

function lineOf(source, index) {
  return source.slice(0, index).split('\n').length;
}

const problems = [];
function check(file, source, patterns) {
  for (const [name, pattern] of patterns) {
    const match = pattern.exec(source);
    if (match)
      problems.push(
        `${relative('.', file)}:${lineOf(source, match.index)}: ${name}  (${match[0].slice(0, 60).trim()})`,
      );
  }
}

for (const bundle of BUNDLES) {
  const file = join(dist, bundle);
  if (!existsSync(file)) problems.push(`${relative('.', file)}: missing (run npm run build first)`);
  else check(file, readFileSync(file, 'utf8'), BUNDLE_PATTERNS);
}
// What the bundles load on demand runs on the same pages.
const chunks = [...javascriptFiles(join(dist, 'chunks'))];
for (const file of chunks) check(file, readFileSync(file, 'utf8'), BUNDLE_PATTERNS);
let modules = 0;
for (const root of OUR_MODULES) {
  for (const file of javascriptFiles(join(dist, root))) {
    modules += 1;
    check(file, withoutComments(readFileSync(file, 'utf8')), MODULE_PATTERNS);
  }
}
if (modules === 0)
  problems.push(`${relative('.', join(dist, 'components'))}: no compiled modules to check (run npm run build first)`);

if (problems.length) {
  console.error('check-dist: forbidden in what we ship (breaks a strict CSP or invites injection):');
  for (const problem of problems) console.error(`  ${problem}`);
  process.exitCode = 1;
} else {
  console.log(
    `check-dist: ${BUNDLES.length} bundles, ${chunks.length} chunks and ${modules} modules are free of eval, new Function, styleMap, unsafe* and style= in templates.`,
  );
}
