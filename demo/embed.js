// The embed builder (/embed): the widget a web editor chose, shown live with our own widgets, and the code to paste
// (the script with its integrity value, the element with its fallback for readers without JavaScript, the theme as a
// CSS rule), plus the origin the petition server must allow. The form is made from /embed/widgets.json, which the
// server derives from the custom elements manifest: every attribute of each widget, every global token, every
// language. It talks only to this server; everything is built with DOM calls, never HTML, and escaped in the code.
import {
  attributeControl,
  hexColour,
  languageOptions,
  slotControl,
  tokenControl,
  widgetName,
} from './embed/controls.js';
import { lightDom } from './embed/fallbacks.js';
import { element, escapeHtml, markup, node } from './embed/nodes.js';

const field = (id) => document.getElementById(id);
const integrity = fetch('/dist/campaign-widgets.js.sri', { credentials: 'omit' })
  .then((response) => (response.ok ? response.text() : ''))
  .then(
    (text) => text.trim(),
    () => '',
  );

/** What each widget starts with, so the preview shows something real: attribute values and slot texts. */
const EXAMPLES = {
  'cw-action-button': { attributes: {}, slots: { '': 'Sign the petition' } },
  'cw-testimony-card': {
    attributes: {
      name: 'Kairat Samarkan',
      relation: 'Held in a camp from October 2017',
      source: 'Amnesty International, 2018',
    },
    slots: { '': 'He was hooded, made to wear shackles on his arms and legs…' },
  },
  'cw-fact-box': {
    attributes: {
      value: '1000000',
      'value-prefix': 'Up to',
      label: 'people held in camps',
      source: 'Amnesty International, 2018',
    },
    slots: {},
  },
};

/** What /embed/widgets.json said: `{ widgets, tokens, locales, rightToLeft, fallbackTerms, petitions }`. */
let data;
const chosenWidget = () => data.widgets.find((widget) => widget.tag === field('widget').value);
const petitionUrl = (petition) => new URL(petition.path, location.href).href;

// ---- The form -----------------------------------------------------------------------------------------------------

function showChoices() {
  field('widget').replaceChildren(...data.widgets.map((widget) => new Option(widgetName(widget.tag), widget.tag)));
  field('lang').replaceChildren(...languageOptions(data.locales).map(([value, text]) => new Option(text, value)));
  field('petitions').replaceChildren(
    ...data.petitions.map((petition) => new Option(petition.title, petitionUrl(petition))),
  );
  field('tokens').append(...data.tokens.map(tokenControl));
}

/** The chosen widget's own controls, every attribute then every slot, at the example's values. */
function showWidgetControls(widget) {
  const example = EXAMPLES[widget.tag] ?? { attributes: {}, slots: {} };
  const firstPetition = data.petitions[0] && petitionUrl(data.petitions[0]);
  const startsAt = (attribute) =>
    example.attributes[attribute.name] ?? (attribute.name === 'petition' ? firstPetition : undefined);
  const keepLegend = (id) => field(id).querySelector('legend');
  field('widget-hint').textContent = widget.summary;
  field('attributes').replaceChildren(
    keepLegend('attributes'),
    ...widget.attributes.map((attribute) => attributeControl(attribute, startsAt(attribute))),
  );
  field('content').replaceChildren(
    keepLegend('content'),
    ...widget.slots.map((slot) => slotControl(slot, example.slots[slot.name])),
  );
  field('content').hidden = widget.slots.length === 0;
}

/** Sets the colour pickers to what their text boxes say, where that is a colour they can show. */
function syncPickers() {
  for (const picker of document.querySelectorAll('[data-picker-for]')) {
    const colour = hexColour(document.querySelector(`[data-token="${picker.dataset.pickerFor}"]`).value.trim());
    if (colour) picker.value = colour;
  }
}

/** Marks a box whose value is refused; answers whether it was accepted. */
function accepted(control, valid) {
  control.setAttribute('aria-invalid', String(!valid));
  return valid;
}

// ---- What the form says -------------------------------------------------------------------------------------------

/** An address as the partner's page needs it: a relative one is this server's. */
function absolute(value) {
  try {
    return new URL(value, location.href).href;
  } catch {
    return value;
  }
}

/** `strings` takes a JSON object; anything else would only make the widget warn. */
function isJsonObject(text) {
  try {
    const parsed = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

/** The attributes the editor set, as `[name, value]` (a boolean's value ''); a default or an empty box writes none. */
function chosenAttributes(widget) {
  const chosen = [];
  for (const attribute of widget.attributes) {
    const control = field(`attribute-${attribute.name}`);
    if (attribute.kind === 'boolean') {
      if (control.checked) chosen.push([attribute.name, '']);
      continue;
    }
    const value = control.value.trim();
    const valid = attribute.kind !== 'json' || value === '' || isJsonObject(value);
    if (!accepted(control, valid) || value === '' || value === attribute.default) continue;
    chosen.push([attribute.name, attribute.kind === 'url' ? absolute(value) : value]);
  }
  const lang = field('lang').value;
  if (lang) chosen.push(['lang', lang]);
  // A widget in Uyghur on a page written left to right lays out right to left, as its text does.
  if (data.rightToLeft.includes(lang)) chosen.push(['dir', 'rtl']);
  return chosen;
}

/** Each slot's text by name ('' the default one). */
const chosenSlots = () =>
  Object.fromEntries(
    [...document.querySelectorAll('[data-slot]')].map((control) => [control.dataset.slot, control.value.trim()]),
  );

/**
 * A token value that stays one declaration in the partner's stylesheet: no `;`, braces, angle brackets, backslash
 * or comment. Anything else is refused, and its box says so.
 */
const SAFE_TOKEN_VALUE = /^(?!.*\/\*)[^;{}<>\\]*$/;

/** The tokens the editor set, as `[name, value]`. */
function chosenTokens() {
  const tokens = [];
  for (const control of document.querySelectorAll('[data-token]')) {
    const value = control.value.trim();
    if (accepted(control, SAFE_TOKEN_VALUE.test(value)) && value) tokens.push([control.dataset.token, value]);
  }
  return tokens;
}

// ---- The preview, the code and the origin check -------------------------------------------------------------------

function showPreview(widgetNode, tokens) {
  const preview = field('preview');
  preview.replaceChildren(element(widgetNode));
  for (const property of [...preview.style]) preview.style.removeProperty(property);
  for (const [name, value] of tokens) preview.style.setProperty(name, value);
}

async function scriptTag() {
  const version = (await customElements.whenDefined('cw-fact-box')).version;
  const src = new URL(`/dist/${version}/campaign-widgets.js`, location.href).href;
  return `<script type="module" src="${escapeHtml(src)}" integrity="${escapeHtml(await integrity)}" crossorigin="anonymous"></script>`;
}

const cssRule = (tokens) => `:root {\n${tokens.map(([name, value]) => `  ${name}: ${value};\n`).join('')}}`;

/** Whether the petition's server frames its form on the editor's site: its refusal says why (issue 13's contract). */
async function allowedNote(petition) {
  let site;
  try {
    site = new URL(field('site').value).origin;
  } catch {
    return 'Enter your site’s address to check that the petition’s server allows it.';
  }
  const url = `${petition.replace(/\/$/, '')}/form?origin=${encodeURIComponent(site)}`;
  try {
    const response = await fetch(url, { credentials: 'omit', headers: { Accept: 'application/json' } });
    if (response.ok) return `${site} is in the petition server’s ALLOWED_ORIGINS: the code works there.`;
    const answer = await response.json();
    if (answer.reason === 'origin-not-allowed')
      return `Ask the petition server’s operator to add ${site} to its ALLOWED_ORIGINS; until then the button says the petition is not set up for your site.`;
    if (answer.reason === 'unknown-petition')
      return 'The petition’s server does not know this petition: check its address.';
  } catch {
    // Another server, or none: nothing to say.
  }
  return 'Make sure the petition server’s ALLOWED_ORIGINS lists your site.';
}

let latest = 0;
async function update() {
  const run = ++latest;
  const widget = chosenWidget();
  const attributes = chosenAttributes(widget);
  const widgetNode = node(
    widget.tag,
    attributes,
    ...lightDom(widget.tag, attributes, chosenSlots(), field('lang').value, data.fallbackTerms),
  );
  const tokens = chosenTokens();
  showPreview(widgetNode, tokens);

  const code = `${await scriptTag()}\n${markup(widgetNode)}`;
  // Only the button's framed form needs the site allowed; a counter reads a count any page may read.
  const petition = attributes.find(([name]) => name === 'petition')?.[1];
  const note = widget.tag === 'cw-action-button' && petition ? await allowedNote(petition) : '';
  if (run !== latest) return;
  field('snippet').textContent = code;
  field('css').textContent = cssRule(tokens);
  field('css-part').hidden = tokens.length === 0;
  field('allowed').textContent = note;
}

// ---- Events -------------------------------------------------------------------------------------------------------

function onInput({ target }) {
  if (target.id === 'widget') showWidgetControls(chosenWidget());
  if (target.dataset.pickerFor)
    document.querySelector(`[data-token="${target.dataset.pickerFor}"]`).value = target.value;
  if (target.dataset.token) syncPickers();
  update();
}

async function copy(source) {
  try {
    await navigator.clipboard.writeText(field(source).textContent);
    field('copied').textContent = 'Copied.';
  } catch {
    getSelection().selectAllChildren(field(source));
    field('copied').textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
}

async function start() {
  const response = await fetch('/embed/widgets.json', { credentials: 'omit' }).catch(() => undefined);
  if (!response?.ok) {
    field('loading').textContent = 'The widgets’ descriptions are missing: the petition server needs `npm run build`.';
    return;
  }
  data = await response.json();
  showChoices();
  showWidgetControls(chosenWidget());
  field('loading').remove();
  field('choices').addEventListener('input', onInput);
  field('choices').addEventListener('submit', (event) => event.preventDefault());
  field('copy').addEventListener('click', () => copy('snippet'));
  field('copy-css').addEventListener('click', () => copy('css'));
  await update();
}

start();
