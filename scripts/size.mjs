// Prints what the partner bundle costs a reader, and fails when it is over budget.
// Also reports what the bundle is made of, and what the localisation catalogs add, measured the same way.
import { readFileSync } from 'node:fs';
import { catalogsIn, contributorsOf } from './bundle-parts.mjs';
import { compressedSizes, kB } from './compressed-size.mjs';

const BUDGET_BROTLI_BYTES = 20 * 1024;
const BUNDLE = 'dist/campaign-widgets.js';
// The sign-up form runs on the petition's own page, not on partner pages; reported, and held to the same budget.
const FORM_BUNDLE = 'dist/sign-form.js';

function report(name, bytes) {
  const sizes = compressedSizes(bytes);
  console.log(
    `${name.padEnd(34)} ${kB(sizes.raw).padStart(9)} raw ${kB(sizes.gzip).padStart(9)} gzip ${kB(sizes.brotli).padStart(9)} brotli`,
  );
  return sizes;
}

const bundle = report(BUNDLE, readFileSync(BUNDLE));
const formBundle = report(FORM_BUNDLE, readFileSync(FORM_BUNDLE));

const widgetCatalogs = await catalogsIn('dist/locales');
report(`  widgets' ${widgetCatalogs.count} catalogs (alone)`, widgetCatalogs.bytes);
const formCatalogs = await catalogsIn('dist/locales/sign-form');
report(`  form's ${formCatalogs.count} catalogs (alone)`, formCatalogs.bytes);

console.log(`Largest parts of ${BUNDLE}, minified:`);
for (const { name, bytes, share } of contributorsOf(BUNDLE).groups) {
  console.log(`  ${name.padEnd(32)} ${kB(bytes).padStart(9)} ${`${(share * 100).toFixed(0)} %`.padStart(5)}`);
}

const verdict = `${kB(bundle.brotli)} (form ${kB(formBundle.brotli)}) brotli of a ${kB(BUDGET_BROTLI_BYTES)} budget`;
if (bundle.brotli > BUDGET_BROTLI_BYTES || formBundle.brotli > BUDGET_BROTLI_BYTES) {
  console.error(`Over budget: ${verdict}.`);
  process.exit(1);
}
console.log(`Within budget: ${verdict}.`);
