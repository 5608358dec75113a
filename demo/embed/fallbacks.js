// Each widget's light DOM, as the README's "Without JavaScript" recommends: what readers without JavaScript read, and
// what the widget takes over (never shows twice) with it. `attributes` are the element's, as `[name, value]`; `slots`
// the editor's text for each slot by name ('' the default one); `lang` the chosen language, or '' for the page's;
// `terms` the words of the widgets' catalogs these sentences use, by language (/embed/widgets.json's `fallbackTerms`).
import { node } from './nodes.js';

/**
 * Without a chosen language the fallbacks stay the README's English ("713,402 people have signed.", a source with no
 * label); a chosen one, English included, takes the widgets' own words, so that the fallback says what the widget will.
 */
const PAGE_LANGUAGE = {
  contentNote: 'Content note:',
  showTestimony: 'Show testimony',
  sourceLabel: '',
  signatures: { one: '{count} person has signed', other: '{count} people have signed' },
};

/**
 * No catalog has a call to sign a petition (the form's `sign` is its submit button's verb, which alone in a link
 * does not say what it signs): the button's text is the editor's, in any language, and this is where they gave none.
 */
const SIGN_THE_PETITION = 'Sign the petition';
/** The link to sign, marked as English inside a widget in another language, so that a screen reader says it so. */
const signLink = (href, lang) =>
  node('a', [['href', href], ...(lang && lang !== 'en' ? [['lang', 'en']] : [])], SIGN_THE_PETITION);

const valueOf = (attributes, name) => attributes.find(([attribute]) => attribute === name)?.[1] ?? '';
const figure = (value, lang) =>
  /^\d+(\.\d+)?$/.test(value) ? new Intl.NumberFormat(lang || 'en').format(Number(value)) : value;
/** A plural term's string for the count, the count written as a figure of the language. */
function counted(term, count, lang) {
  const category = new Intl.PluralRules(lang || 'en').select(Number(count));
  return (term[category] ?? term.other).replace('{count}', () => figure(count, lang));
}
/** ` (Source: Amnesty International, 2018)`, or nothing without a source. */
const citation = (source, words) => (source ? ` (${[words.sourceLabel, source].filter(Boolean).join(' ')})` : '');
const fallback = (...children) => node('p', [['slot', 'fallback']], ...children);
const formOf = (petition) => `${petition.replace(/\/$/, '')}/form`;

/** A real link, to the action page or the petition's own form page; its text becomes the button's label. */
function actionButton(attributes, slots, lang) {
  const petition = valueOf(attributes, 'petition');
  const href = valueOf(attributes, 'href') || (petition && formOf(petition));
  const consent = slots.consent ? [node('p', [['slot', 'consent']], slots.consent)] : [];
  if (!href) return [slots[''] || SIGN_THE_PETITION, ...consent];
  return [slots[''] ? node('a', [['href', href]], slots['']) : signLink(href, lang), ...consent];
}

/** The detail as the light DOM; the figure, its label and its source as a sentence. */
function factBox(attributes, slots, lang, words) {
  const statement = [
    valueOf(attributes, 'value-prefix'),
    figure(valueOf(attributes, 'value'), lang),
    valueOf(attributes, 'label'),
  ];
  const source = valueOf(attributes, 'source');
  const detail = slots[''] ? [node('p', [], slots[''])] : [];
  return [...detail, fallback(`${statement.filter(Boolean).join(' ')}${citation(source, words)}.`)];
}

/** The quote as the light DOM, behind a native disclosure when it has a content note; the attribution a fallback. */
function testimonyCard(attributes, slots, _lang, words) {
  const quote = node('blockquote', [], node('p', [], slots[''] ?? ''));
  const note = valueOf(attributes, 'content-note');
  const shown = note
    ? node('details', [], node('summary', [], `${words.contentNote} ${note}. ${words.showTestimony}`), quote)
    : quote;
  const translation = slots.translation
    ? [node('blockquote', [['slot', 'translation']], node('p', [], slots.translation))]
    : [];
  const speaker = [valueOf(attributes, 'name'), valueOf(attributes, 'relation')].filter(Boolean).join(', ');
  const source = valueOf(attributes, 'source');
  return [shown, ...translation, fallback(`—${speaker ? ` ${speaker}` : ''}${citation(source, words)}`)];
}

/** The last count the editor knows, as text (with the element's `label`, as the widget says it); else the way to sign. */
function signatureCounter(attributes, _slots, lang, words) {
  const count = valueOf(attributes, 'count');
  const label = valueOf(attributes, 'label');
  if (count)
    return [fallback(`${label ? `${figure(count, lang)} ${label}` : counted(words.signatures, count, lang)}.`)];
  const petition = valueOf(attributes, 'petition');
  return petition ? [fallback(signLink(formOf(petition), lang))] : [];
}

export const FALLBACKS = {
  'cw-action-button': actionButton,
  'cw-fact-box': factBox,
  'cw-testimony-card': testimonyCard,
  'cw-signature-counter': signatureCounter,
};

/** Whether an override of `key` has the shape the widget accepts: a string, or a plural term with `other`. */
const isWellFormed = (key, value) =>
  key === 'signatures' ? typeof value?.other === 'string' : typeof value === 'string';

/** The element's own `strings` for these sentences, as the widget reads them: a JSON object, its bad entries ignored. */
function ownWords(attributes, terms) {
  let strings;
  try {
    strings = JSON.parse(valueOf(attributes, 'strings') || '{}');
  } catch {
    return {};
  }
  if (!strings || typeof strings !== 'object' || Array.isArray(strings)) return {};
  return Object.fromEntries(
    Object.entries(strings).filter(([key, value]) => key in terms.en && isWellFormed(key, value)),
  );
}

/**
 * The words the fallbacks say: the chosen language's catalog, English for a term it lacks, and over both the element's
 * own `strings`, which win in every language in the widget too.
 */
const wordsOf = (lang, terms, attributes) => ({
  ...(lang ? { ...terms.en, ...terms[lang] } : PAGE_LANGUAGE),
  ...ownWords(attributes, terms),
});

/** The widget's light DOM; a widget this page does not know yet gets none. */
export const lightDom = (tag, attributes, slots, lang, terms) =>
  FALLBACKS[tag]?.(attributes, slots, lang, wordsOf(lang, terms, attributes)) ?? [];
