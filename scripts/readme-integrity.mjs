// Writes the built bundle's integrity value into the README's script-tag snippet (run after `npm run build`
// whenever the bundle changes; test/embedding/integrity.test.mjs fails until the two agree).
import { readFileSync, writeFileSync } from 'node:fs';

const SNIPPET_INTEGRITY = /integrity="(sha384-[^"]*)"/;

const integrity = readFileSync('dist/campaign-widgets.js.sri', 'utf8').trim();
const readme = readFileSync('README.md', 'utf8');
writeFileSync('README.md', readme.replace(SNIPPET_INTEGRITY, `integrity="${integrity}"`));
console.log(`README.md now names ${integrity}`);
