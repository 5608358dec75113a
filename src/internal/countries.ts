import { REGIONS, RELATIVE_TIME } from '../locales/cldr/form.js';
import { formatNumber } from './format.js';
import { shippedFor } from './cldr.js';

/**
 * The ISO 3166-1 alpha-2 codes a signer may choose, two letters each, in code order: the same list as the
 * server's (server/countries.ts, which the server checks against; src/ never imports server/), packed
 * without separators because every byte ships to every reader. Names come from `Intl.DisplayNames`.
 */
const PACKED =
  'ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCR' +
  'CUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHU' +
  'IDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQ' +
  'MRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSI' +
  'SJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSXKYEYTZAZMZW';

export const COUNTRY_CODES: readonly string[] = PACKED.match(/../g)!;

const optionsByLang = new Map<string, readonly (readonly [code: string, name: string])[]>();
/** Our country names, by language, as they arrive. */
const shippedNames = new Map<string, string[]>();
const loadingNames = new Map<string, Promise<void>>();

/** Loads our country names for `lang` once, when it is one of the languages we ship them for. */
function loadShippedNames(lang: string): Promise<void> | undefined {
  const load = shippedFor(lang, REGIONS);
  if (!load) return undefined;
  let loading = loadingNames.get(lang);
  if (!loading) {
    loading = load().then(({ default: names }) => void shippedNames.set(lang, names.split('|')));
    loadingNames.set(lang, loading);
  }
  return loading;
}

/** Resolves once `countryOptions(lang)` gives its final names. */
export const countryNamesLoaded = (lang: string): Promise<void> => loadShippedNames(lang) ?? Promise.resolve();

/**
 * Every country as `[code, name]`, named in `lang` and sorted as `lang` sorts; computed once per language. Names come
 * from the browser, or from our CLDR data where the browser names countries otherwise (Chromium: in English for
 * Uyghur and Kazakh, as codes for Kazakh in Arabic script). That data is a module per language, loaded on first use
 * (about 5 kB each, which no page in another language downloads): until it arrives the browser's names stand in,
 * and `onLoaded` is called once it has.
 */
export function countryOptions(
  lang: string,
  onLoaded?: () => void,
): readonly (readonly [code: string, name: string])[] {
  let options = optionsByLang.get(lang);
  if (options) return options;
  const shipped = shippedNames.get(lang);
  const loading = shipped ? undefined : loadShippedNames(lang);
  if (loading && onLoaded) void loading.then(onLoaded);
  const browser = new Intl.DisplayNames(lang, { type: 'region' });
  const probe = COUNTRY_CODES.indexOf('KZ');
  const names =
    shipped && browser.of('KZ') !== shipped[probe] ? shipped : COUNTRY_CODES.map((code) => browser.of(code) ?? code);
  const { compare } = new Intl.Collator(lang);
  options = COUNTRY_CODES.map((code, index) => [code, names[index]!] as const).sort((a, b) => compare(a[1], b[1]));
  // Stand-in names are not kept.
  if (!loading) optionsByLang.set(lang, options);
  return options;
}

/**
 * "in 30 seconds", in `lang`: the browser's, or our CLDR data's where the browser says it otherwise (Chromium: in
 * English for Uyghur, "+30 s" for Kazakh).
 */
export function relativeTime(value: number, unit: 'second' | 'minute' | 'hour', lang: string): string {
  const browser = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const pattern = shippedFor(lang, RELATIVE_TIME)?.[unit];
  return pattern && browser.format(7, unit) !== pattern.replace('{0}', '7')
    ? pattern.replace('{0}', formatNumber(value, lang))
    : browser.format(value, unit);
}
