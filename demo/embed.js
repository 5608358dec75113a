// The embed builder (/embed): the widget a web editor chose, shown live with our own widgets, and the code to paste
// (the script with its integrity value, the element, its fallback for readers without JavaScript), plus the origin
// the petition server must allow. It talks only to this server; the preview is built with DOM calls, never HTML.
const field = (id) => document.getElementById(id);
const integrity = fetch('/dist/campaign-widgets.js.sri', { credentials: 'omit' })
  .then((response) => (response.ok ? response.text() : ''))
  .then((text) => text.trim(), () => '');
const escapeHtml = (text) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** The chosen widget as a tag, its attributes and its no-script fallback (a link, or a sentence). */
function widget() {
  const petition = new URL(field('petition').value || '/', location.href).href.replace(/\/$/, '');
  const text = field('text').value.trim() || 'Sign the petition';
  const lang = field('lang').value;
  const tag = field('widget').value;
  const attributes = [];
  let fallback;
  if (tag === 'cw-action-button') {
    attributes.push(['petition', petition]);
    fallback = { tag: 'a', attributes: [['href', `${petition}/form`]], text };
  } else if (tag === 'cw-signature-counter') {
    attributes.push(['petition', petition]);
    fallback = { tag: 'p', attributes: [['slot', 'fallback']], text: 'See how many have signed on the petition’s page.' };
  } else {
    const value = field('value').value.trim() || '0';
    attributes.push(['value', value], ['label', text]);
    const figure = /^\d+(\.\d+)?$/.test(value) ? new Intl.NumberFormat(lang).format(Number(value)) : value;
    fallback = { tag: 'p', attributes: [['slot', 'fallback']], text: `${figure} ${text}` };
  }
  if (lang !== 'en') attributes.push(['lang', lang]);
  return { tag, attributes, fallback, petition };
}

const markup = ({ tag, attributes, text }, inner = escapeHtml(text ?? '')) =>
  `<${tag}${attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('')}>${inner}</${tag}>`;

function element({ tag, attributes, text }) {
  const node = document.createElement(tag);
  for (const [name, value] of attributes) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
}

/** Whether the petition's server frames its form on the editor's site: its refusal says why (issue 13's contract). */
async function allowedNote(petition) {
  let site;
  try {
    site = new URL(field('site').value).origin;
  } catch {
    return 'Enter your site’s address to check that the petition’s server allows it.';
  }
  const url = `${petition}/form?origin=${encodeURIComponent(site)}`;
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

let latest = 0;
async function update() {
  const run = ++latest;
  const chosen = widget();
  const accent = field('accent').value;
  const preview = field('preview');
  const node = element(chosen);
  node.append(element(chosen.fallback));
  preview.replaceChildren(node);
  preview.style.setProperty('--cw-color-accent', accent);

  const version = (await customElements.whenDefined('cw-fact-box')).version;
  const script = `<script type="module" src="${new URL(`/dist/${version}/campaign-widgets.js`, location.href).href}" integrity="${await integrity}" crossorigin="anonymous"></script>`;
  const code = [script, `<!-- In your stylesheet: :root { --cw-color-accent: ${accent}; } -->`, markup(chosen, markup(chosen.fallback))].join('\n');
  const note = chosen.tag === 'cw-fact-box' ? '' : await allowedNote(chosen.petition);
  if (run !== latest) return;
  field('snippet').textContent = code;
  field('allowed').textContent = note;
}

field('choices').addEventListener('input', update);
field('choices').addEventListener('submit', (event) => event.preventDefault());
field('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(field('snippet').textContent);
    field('copied').textContent = 'Copied.';
  } catch {
    getSelection().selectAllChildren(field('snippet'));
    field('copied').textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
});
update();
