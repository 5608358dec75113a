// Each widget's light DOM, as the README's "Without JavaScript" recommends: what readers without JavaScript read, and
// what the widget takes over (never shows twice) with it. `attributes` are the element's, as `[name, value]`; `slots`
// the editor's text for each slot by name ('' the default one); `lang` the chosen language, or '' for the page's.
import { node } from './nodes.js';

const valueOf = (attributes, name) => attributes.find(([attribute]) => attribute === name)?.[1] ?? '';
const figure = (value, lang) =>
  /^\d+(\.\d+)?$/.test(value) ? new Intl.NumberFormat(lang || 'en').format(Number(value)) : value;
const fallback = (...children) => node('p', [['slot', 'fallback']], ...children);
const formOf = (petition) => `${petition.replace(/\/$/, '')}/form`;

/** A real link, to the action page or the petition's own form page; its text becomes the button's label. */
function actionButton(attributes, slots) {
  const text = slots[''] || 'Sign the petition';
  const petition = valueOf(attributes, 'petition');
  const href = valueOf(attributes, 'href') || (petition && formOf(petition));
  const consent = slots.consent ? [node('p', [['slot', 'consent']], slots.consent)] : [];
  return [href ? node('a', [['href', href]], text) : text, ...consent];
}

/** The detail as the light DOM; the figure, its label and its source as a sentence. */
function factBox(attributes, slots, lang) {
  const words = [
    valueOf(attributes, 'value-prefix'),
    figure(valueOf(attributes, 'value'), lang),
    valueOf(attributes, 'label'),
  ];
  const source = valueOf(attributes, 'source');
  const detail = slots[''] ? [node('p', [], slots[''])] : [];
  return [...detail, fallback(`${words.filter(Boolean).join(' ')}${source ? ` (${source})` : ''}.`)];
}

/** The quote as the light DOM, behind a native disclosure when it has a content note; the attribution a fallback. */
function testimonyCard(attributes, slots) {
  const quote = node('blockquote', [], node('p', [], slots[''] ?? ''));
  const note = valueOf(attributes, 'content-note');
  const shown = note ? node('details', [], node('summary', [], `Content note: ${note}. Show testimony`), quote) : quote;
  const translation = slots.translation
    ? [node('blockquote', [['slot', 'translation']], node('p', [], slots.translation))]
    : [];
  const speaker = [valueOf(attributes, 'name'), valueOf(attributes, 'relation')].filter(Boolean).join(', ');
  const source = valueOf(attributes, 'source');
  return [shown, ...translation, fallback(`— ${speaker}${source ? ` (${source})` : ''}`)];
}

/** The last count the editor knows, as text; without one, the way to sign. */
function signatureCounter(attributes, _slots, lang) {
  const count = valueOf(attributes, 'count');
  if (count) return [fallback(`${figure(count, lang)} people have signed.`)];
  const petition = valueOf(attributes, 'petition');
  return petition ? [fallback(node('a', [['href', formOf(petition)]], 'Sign the petition'))] : [];
}

export const FALLBACKS = {
  'cw-action-button': actionButton,
  'cw-fact-box': factBox,
  'cw-testimony-card': testimonyCard,
  'cw-signature-counter': signatureCounter,
};

/** The widget's light DOM; a widget this page does not know yet gets none. */
export const lightDom = (tag, attributes, slots, lang) => FALLBACKS[tag]?.(attributes, slots, lang) ?? [];
