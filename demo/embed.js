// The embed builder (/embed): the widget a web editor chose, shown live with our own widgets, and the code to paste
// (the script with its integrity value, the element, its fallback for readers without JavaScript, the theme as CSS),
// plus the origin the petition server must allow. The form is made from /embed/widgets.json, which the server
// derives from the custom elements manifest: every attribute of each widget, every global token, every language.
// It talks only to this server; everything is built with DOM calls, never HTML, and escaped in the code.
const field = (id) => document.getElementById(id);
const integrity = fetch('/dist/campaign-widgets.js.sri', { credentials: 'omit' })
  .then((response) => (response.ok ? response.text() : ''))
  .then((text) => text.trim(), () => '');
const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
/** A description from the manifest, as plain text. */
const plain = (text) => text.replace(/`/g, '');

/** What each widget starts with, so the preview shows something real: attribute values and slot texts. */
const EXAMPLES = {
  'cw-action-button': { attributes: {}, slots: { '': 'Sign the petition' } },
  'cw-testimony-card': {
    attributes: { name: 'Kairat Samarkan', relation: 'Held in a camp from October 2017', source: 'Amnesty International, 2018' },
    slots: { '': 'He was hooded, made to wear shackles on his arms and legs…' },
  },
  'cw-fact-box': {
    attributes: { value: '1000000', 'value-prefix': 'Up to', label: 'people held in camps', source: 'Amnesty International, 2018' },
    slots: {},
  },
  'cw-signature-counter': { attributes: {}, slots: {} },
};

// ---- Nodes: one description, built as DOM for the preview and written as markup for the code --------------------

/** `{ tag, attributes: [[name, value]], children: [node or text] }` as escaped markup. */
function markup(node) {
  if (typeof node === 'string') return escapeHtml(node);
  const attributes = node.attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');
  return `<${node.tag}${attributes}>${node.children.map(markup).join('')}</${node.tag}>`;
}

function element(node) {
  if (typeof node === 'string') return document.createTextNode(node);
  const built = document.createElement(node.tag);
  for (const [name, value] of node.attributes) built.setAttribute(name, value);
  built.append(...node.children.map(element));
  return built;
}

const node = (tag, attributes = [], ...children) => ({ tag, attributes, children });

// ---- The form, made from the data ---------------------------------------------------------------------------------

/** A labelled control with its hint: `<div class="control"><label/><control/><p class="hint"/></div>`. */
function labelled(control, labelText, hintText) {
  const wrapper = document.createElement('div');
  wrapper.className = control.type === 'checkbox' ? 'control checkbox' : 'control';
  const label = document.createElement('label');
  label.htmlFor = control.id;
  label.textContent = labelText;
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.id = `${control.id}-hint`;
  hint.textContent = hintText;
  control.setAttribute('aria-describedby', hint.id);
  wrapper.append(...(control.type === 'checkbox' ? [control, label] : [label, control]), hint);
  return wrapper;
}

function input(id, type, value) {
  const control = document.createElement('input');
  Object.assign(control, { id, type });
  if (type === 'checkbox') control.checked = value === true;
  else control.value = value;
  return control;
}

function select(id, options, value) {
  const control = document.createElement('select');
  control.id = id;
  for (const [optionValue, text] of options) control.append(new Option(text, optionValue, false, optionValue === value));
  return control;
}

/** The control an attribute's type calls for: text and addresses a text box, numbers a number box, enums a list. */
function attributeControl(attribute, value) {
  const id = `attribute-${attribute.name}`;
  let control;
  if (attribute.kind === 'enum') control = select(id, attribute.values.map((option) => [option, option]), value || attribute.default);
  else if (attribute.kind === 'boolean') control = input(id, 'checkbox', value === true);
  else if (attribute.kind === 'number') control = input(id, 'number', value ?? '');
  else control = input(id, 'text', value ?? '');
  if (attribute.kind === 'number' && attribute.default) control.placeholder = attribute.default;
  if (attribute.kind === 'url') control.inputMode = 'url';
  if (attribute.kind === 'json') control.placeholder = '{"sourceLabel": "According to"}';
  if (attribute.name === 'petition') control.setAttribute('list', 'petitions');
  control.dataset.attribute = attribute.name;
  return labelled(control, attribute.name, plain(attribute.description));
}

function slotControl(slot, value) {
  const control = document.createElement('textarea');
  control.id = `slot-${slot.name || 'default'}`;
  control.rows = 2;
  control.value = value ?? '';
  control.dataset.slot = slot.name;
  return labelled(control, slot.name ? `${slot.name} slot` : 'Text', plain(slot.description));
}

/** A colour token takes a colour picker and a text box (for `transparent`, `inherit`, `rgb(…)`); others a text box. */
function tokenControl(token) {
  const id = `token-${token.name.slice(2)}`;
  const text = input(id, 'text', '');
  text.placeholder = token.default;
  text.dataset.token = token.name;
  const wrapper = labelled(text, token.name, `${token.description} Default: ${token.default}.`);
  if (token.kind === 'color') {
    const picker = input(`${id}-picker`, 'color', hexColour(token.default) ?? '#000000');
    picker.dataset.pickerFor = token.name;
    const pickerLabel = document.createElement('label');
    pickerLabel.htmlFor = picker.id;
    pickerLabel.className = 'picker-label';
    pickerLabel.textContent = `Pick ${token.name}`;
    wrapper.querySelector('input').after(pickerLabel, picker);
  }
  return wrapper;
}

/** `#abc` and `#aabbcc` as a colour picker takes them; anything else undefined. */
function hexColour(value) {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  return /^#[0-9a-f]{6}$/i.test(value) ? value.toLowerCase() : undefined;
}

/** The language list: each language named in itself where the browser can, with its tag. */
function languageOptions(locales) {
  const named = (tag) => {
    try {
      const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
      return name && name !== tag ? `${name} (${tag})` : tag;
    } catch {
      return tag;
    }
  };
  return [['', 'Your page’s language'], ...locales.map((tag) => [tag, named(tag)])];
}

/** Friendly names from tags: `cw-signature-counter` → `Signature counter`. */
const widgetName = (tag) => tag.slice(3).replace(/-/g, ' ').replace(/^./, (first) => first.toUpperCase());

function fillStaticChoices(data) {
  field('widget').replaceChildren(...data.widgets.map((widget) => new Option(`${widgetName(widget.tag)} (<${widget.tag}>)`, widget.tag)));
  field('lang').replaceChildren(...languageOptions(data.locales).map(([value, text]) => new Option(text, value)));
  field('petitions').replaceChildren(...data.petitions.map((petition) => new Option(petition.title, new URL(petition.path, location.href).href)));
  field('tokens').append(...data.tokens.map(tokenControl));
}

/** The chosen widget's own controls: every attribute, then every slot, at the example's values. */
function showWidgetControls(widget, petitions) {
  const example = EXAMPLES[widget.tag] ?? { attributes: {}, slots: {} };
  const firstPetition = petitions[0] && new URL(petitions[0].path, location.href).href;
  const valueOf = (attribute) => example.attributes[attribute.name] ?? (attribute.name === 'petition' ? firstPetition : undefined);
  field('widget-hint').textContent = widget.summary;
  field('attributes').replaceChildren(field('attributes').querySelector('legend'), ...widget.attributes.map((attribute) => attributeControl(attribute, valueOf(attribute))));
  field('content').replaceChildren(field('content').querySelector('legend'), ...widget.slots.map((slot) => slotControl(slot, example.slots[slot.name])));
  field('content').hidden = widget.slots.length === 0;
}

// ---- What the form says -------------------------------------------------------------------------------------------

/** The attributes the editor set, as `[name, value]`: a default or an empty box writes none. */
function chosenAttributes(widget) {
  const chosen = [];
  for (const attribute of widget.attributes) {
    const control = field(`attribute-${attribute.name}`);
    if (attribute.kind === 'boolean') {
      if (control.checked) chosen.push([attribute.name, '']);
      continue;
    }
    const value = control.value.trim();
    if (value !== '' && value !== attribute.default) chosen.push([attribute.name, attribute.kind === 'url' ? absolute(value) : value]);
  }
  const lang = field('lang').value;
  if (lang) chosen.push(['lang', lang]);
  return chosen;
}

/** An address as the partner's page needs it: relative ones are this server's. */
function absolute(value) {
  try {
    return new URL(value, location.href).href;
  } catch {
    return value;
  }
}

const slotText = (name) => field(`slot-${name || 'default'}`)?.value.trim() ?? '';

/**
 * A token value that stays one declaration in the partner's stylesheet: no `;`, braces, angle brackets, backslash
 * or comment. Anything else is refused, and the box says so.
 */
const SAFE_TOKEN_VALUE = /^(?!.*\/\*)[^;{}<>\\]*$/;

/** The tokens the editor set, as `[name, value]`, and which boxes were refused. */
function chosenTokens() {
  const tokens = [];
  for (const control of document.querySelectorAll('[data-token]')) {
    const value = control.value.trim();
    const valid = SAFE_TOKEN_VALUE.test(value);
    control.setAttribute('aria-invalid', String(!valid));
    if (value && valid) tokens.push([control.dataset.token, value]);
  }
  return tokens;
}

// ---- The fallback for readers without JavaScript (README, "Without JavaScript") ------------------------------------

const attributeValue = (attributes, name) => attributes.find(([attribute]) => attribute === name)?.[1] ?? '';
const figure = (value, lang) => (/^\d+(\.\d+)?$/.test(value) ? new Intl.NumberFormat(lang || 'en').format(Number(value)) : value);
const fallbackParagraph = (text) => node('p', [['slot', 'fallback']], text);
const slotted = (name, text) => (text ? [node('p', [['slot', name]], text)] : []);

/** A real link, to the action page or the petition's own form page; its text becomes the button's label. */
function actionButtonContent(attributes) {
  const text = slotText('') || 'Sign the petition';
  const petition = attributeValue(attributes, 'petition');
  const href = attributeValue(attributes, 'href') || (petition && `${petition.replace(/\/$/, '')}/form`);
  return [href ? node('a', [['href', href]], text) : text, ...slotted('consent', slotText('consent'))];
}

/** The figure, its label and source, as a sentence; the detail as the light DOM. */
function factBoxContent(attributes, lang) {
  const words = ['value-prefix', 'value', 'label'].map((name) => (name === 'value' ? figure(attributeValue(attributes, name), lang) : attributeValue(attributes, name)));
  const source = attributeValue(attributes, 'source');
  const sentence = `${words.filter(Boolean).join(' ')}${source ? ` (${source})` : ''}.`;
  const detail = slotText('');
  return [...(detail ? [node('p', [], detail)] : []), fallbackParagraph(sentence)];
}

/** The quote as the light DOM, behind a native disclosure when it has a content note; the attribution a fallback. */
function testimonyContent(attributes) {
  const quote = node('blockquote', [], node('p', [], slotText('')));
  const note = attributeValue(attributes, 'content-note');
  const shown = note ? node('details', [], node('summary', [], `Content note: ${note}. Show testimony`), quote) : quote;
  const translation = slotText('translation');
  const about = ['name', 'relation'].map((name) => attributeValue(attributes, name)).filter(Boolean).join(', ');
  const source = attributeValue(attributes, 'source');
  const attribution = `— ${about}${source ? ` (${source})` : ''}`;
  return [shown, ...(translation ? [node('blockquote', [['slot', 'translation']], node('p', [], translation))] : []), fallbackParagraph(attribution)];
}

/** The last count the editor knows, as text; without one, the way to sign. */
function counterContent(attributes, lang) {
  const count = attributeValue(attributes, 'count');
  if (count) return [fallbackParagraph(`${figure(count, lang)} people have signed.`)];
  const petition = attributeValue(attributes, 'petition');
  return petition ? [node('p', [['slot', 'fallback']], node('a', [['href', `${petition.replace(/\/$/, '')}/form`]], 'Sign the petition'))] : [];
}

const CONTENT = {
  'cw-action-button': actionButtonContent,
  'cw-fact-box': factBoxContent,
  'cw-testimony-card': testimonyContent,
  'cw-signature-counter': counterContent,
};

// ---- The code, the preview and the origin check -------------------------------------------------------------------

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
    if (answer.reason === 'origin-not-allowed') return `Ask the petition server’s operator to add ${site} to its ALLOWED_ORIGINS; until then the button says the petition is not set up for your site.`;
    if (answer.reason === 'unknown-petition') return 'The petition’s server does not know this petition: check its address.';
  } catch {
    // Another server, or none: nothing to say.
  }
  return 'Make sure the petition server’s ALLOWED_ORIGINS lists your site.';
}

async function scriptTag() {
  const version = (await customElements.whenDefined('cw-fact-box')).version;
  const src = new URL(`/dist/${version}/campaign-widgets.js`, location.href).href;
  return `<script type="module" src="${escapeHtml(src)}" integrity="${escapeHtml(await integrity)}" crossorigin="anonymous"></script>`;
}

const cssRule = (tokens) => `:root {\n${tokens.map(([name, value]) => `  ${name}: ${value};\n`).join('')}}`;

function showPreview(widgetNode, tokens) {
  const preview = field('preview');
  preview.replaceChildren(element(widgetNode));
  for (const property of [...preview.style]) preview.style.removeProperty(property);
  for (const [name, value] of tokens) preview.style.setProperty(name, value);
}

/** Sets the colour pickers to what their text boxes say, where that is a colour they can show. */
function syncPickers() {
  for (const picker of document.querySelectorAll('[data-picker-for]')) {
    const text = document.querySelector(`[data-token="${picker.dataset.pickerFor}"]`);
    const colour = hexColour(text.value.trim());
    if (colour) picker.value = colour;
  }
}

let data;
let latest = 0;
async function update() {
  const run = ++latest;
  const widget = data.widgets.find((candidate) => candidate.tag === field('widget').value);
  const attributes = chosenAttributes(widget);
  const widgetNode = node(widget.tag, attributes, ...CONTENT[widget.tag](attributes, field('lang').value));
  const tokens = chosenTokens();
  showPreview(widgetNode, tokens);

  const code = `${await scriptTag()}\n${markup(widgetNode)}`;
  const petition = attributeValue(attributes, 'petition');
  const note = widget.tag === 'cw-action-button' && petition ? await allowedNote(petition) : '';
  if (run !== latest) return;
  field('snippet').textContent = code;
  field('css').textContent = cssRule(tokens);
  field('css-part').hidden = tokens.length === 0;
  field('allowed').textContent = note;
}

// ---- Events -------------------------------------------------------------------------------------------------------

function onInput(event) {
  const { target } = event;
  if (target.id === 'widget') showWidgetControls(data.widgets.find((widget) => widget.tag === target.value), data.petitions);
  if (target.dataset.pickerFor) document.querySelector(`[data-token="${target.dataset.pickerFor}"]`).value = target.value;
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
  const response = await fetch('/embed/widgets.json', { credentials: 'omit' });
  if (!response.ok) {
    field('loading').textContent = 'The widgets’ descriptions are missing: run `npm run build` on the petition server.';
    return;
  }
  data = await response.json();
  fillStaticChoices(data);
  showWidgetControls(data.widgets[0], data.petitions);
  field('loading').remove();
  field('choices').addEventListener('input', onInput);
  field('choices').addEventListener('submit', (event) => event.preventDefault());
  field('copy').addEventListener('click', () => copy('snippet'));
  field('copy-css').addEventListener('click', () => copy('css'));
  await update();
}

start();
