// The builder's controls, made from /embed/widgets.json: each labelled, with the manifest's description as its hint.
// Text and addresses take a text box, numbers a number box, a fixed set of values a list, booleans a checkbox;
// a colour token a text box (for `transparent`, `inherit`, `rgb(…)`) and a colour picker.

/** A description from the manifest, as plain text. */
const plain = (text) => text.replace(/`/g, '');

/** `<div class="control"><label/><control/><p class="hint"/></div>`, the hint describing the control. */
function labelled(control, labelText, hintText) {
  const wrapper = document.createElement('div');
  const checkbox = control.type === 'checkbox';
  wrapper.className = checkbox ? 'control checkbox' : 'control';
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.id = `${control.id}-hint`;
  hint.textContent = hintText;
  control.setAttribute('aria-describedby', hint.id);
  const label = labelFor(control, labelText);
  wrapper.append(...(checkbox ? [control, label] : [label, control]), hint);
  return wrapper;
}

function labelFor(control, text) {
  const label = document.createElement('label');
  label.htmlFor = control.id;
  label.textContent = text;
  return label;
}

function input(id, type, value) {
  const control = document.createElement('input');
  Object.assign(control, { id, type });
  if (type === 'checkbox') control.checked = value === true;
  else control.value = value ?? '';
  return control;
}

function select(id, options, value) {
  const control = document.createElement('select');
  control.id = id;
  control.append(...options.map(([optionValue, text]) => new Option(text, optionValue, false, optionValue === value)));
  return control;
}

/** `#abc` and `#aabbcc` as a colour picker takes them; anything else undefined. */
export function hexColour(value) {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  return /^#[0-9a-f]{6}$/i.test(value) ? value.toLowerCase() : undefined;
}

/** An attribute's control, `data-attribute` naming the attribute, at `value` (or the element's default). */
export function attributeControl(attribute, value) {
  const id = `attribute-${attribute.name}`;
  let control;
  if (attribute.kind === 'enum')
    control = select(
      id,
      attribute.values.map((option) => [option, option]),
      value || attribute.default,
    );
  else if (attribute.kind === 'boolean') control = input(id, 'checkbox', value === true);
  else control = input(id, attribute.kind === 'number' ? 'number' : 'text', value);
  if (attribute.kind === 'number' && attribute.default) control.placeholder = attribute.default;
  if (attribute.kind === 'url') control.inputMode = 'url';
  if (attribute.kind === 'json') control.placeholder = '{"sourceLabel": "According to"}';
  // The server's petitions to pick from; any other address may be typed.
  if (attribute.name === 'petition') control.setAttribute('list', 'petitions');
  control.dataset.attribute = attribute.name;
  return labelled(control, attribute.name, plain(attribute.description));
}

/** A slot's text, `data-slot` naming the slot ('' the default one). */
export function slotControl(slot, value) {
  const control = document.createElement('textarea');
  control.id = `slot-${slot.name || 'default'}`;
  control.rows = 2;
  control.value = value ?? '';
  control.dataset.slot = slot.name;
  return labelled(control, slot.name ? `${slot.name} slot` : 'Text', plain(slot.description));
}

/** A token's text box (`data-token`), empty for its default; a colour token's picker (`data-picker-for`) beside it. */
export function tokenControl(token) {
  const id = `token-${token.name.slice(2)}`;
  const text = input(id, 'text', '');
  text.placeholder = token.default;
  text.dataset.token = token.name;
  const wrapper = labelled(text, token.name, `${token.description} Default: ${token.default}.`);
  if (token.kind === 'color') {
    const picker = input(`${id}-picker`, 'color', hexColour(token.default) ?? '#000000');
    picker.dataset.pickerFor = token.name;
    const pickerLabel = labelFor(picker, `Pick ${token.name}`);
    pickerLabel.className = 'picker-label';
    text.after(pickerLabel, picker);
  }
  return wrapper;
}

/** The languages: the page's own (no `lang`), then each shipped one named in itself where the browser can. */
export function languageOptions(locales) {
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

/** `cw-signature-counter` → `Signature counter (<cw-signature-counter>)`. */
export const widgetName = (tag) =>
  `${tag
    .slice(3)
    .replace(/-/g, ' ')
    .replace(/^./, (first) => first.toUpperCase())} (<${tag}>)`;
