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

/** Every country as `[code, name]`, named in `lang` and sorted as `lang` sorts; computed once per language. */
export function countryOptions(lang: string): readonly (readonly [code: string, name: string])[] {
  let options = optionsByLang.get(lang);
  if (!options) {
    const names = new Intl.DisplayNames(lang, { type: 'region' });
    const { compare } = new Intl.Collator(lang);
    options = COUNTRY_CODES.map((code) => [code, names.of(code) ?? code] as const).sort((a, b) => compare(a[1], b[1]));
    optionsByLang.set(lang, options);
  }
  return options;
}
