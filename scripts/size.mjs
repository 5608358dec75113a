// Prints what the partner bundle costs a reader, and fails when it is over budget.
// Also reports what the localisation catalogs add, measured the same way.
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { minify } from 'terser';

const BUDGET_BROTLI_BYTES = 20 * 1024;
const BUNDLE = 'dist/campaign-widgets.js';

const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length;
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

function report(name, bytes) {
  const sizes = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotli(bytes) };
  console.log(`${name.padEnd(34)} ${kB(sizes.raw).padStart(9)} raw ${kB(sizes.gzip).padStart(9)} gzip ${kB(sizes.brotli).padStart(9)} brotli`);
  return sizes;
}

const bundle = report(BUNDLE, readFileSync(BUNDLE));

const catalogFiles = readdirSync('dist/locales').filter((file) => file.endsWith('.js') && file !== 'index.js');
const catalogs = await minify(
  Object.fromEntries(catalogFiles.map((file) => [file, readFileSync(`dist/locales/${file}`, 'utf8')])),
  { module: true, format: { comments: false } },
);
report(`  of which ${catalogFiles.length} catalogs (alone)`, Buffer.from(catalogs.code));

const verdict = `${kB(bundle.brotli)} brotli of a ${kB(BUDGET_BROTLI_BYTES)} budget`;
if (bundle.brotli > BUDGET_BROTLI_BYTES) {
  console.error(`Over budget: ${verdict}.`);
  process.exit(1);
}
console.log(`Within budget: ${verdict}.`);
