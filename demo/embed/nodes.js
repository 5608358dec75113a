// A node of the code to paste, described once: `{ tag, attributes: [[name, value]], children: [node or text] }`.
// The preview builds it with DOM calls; the code writes it as markup, every value escaped.

export const node = (tag, attributes = [], ...children) => ({ tag, attributes, children });

export const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** The node as markup: an empty value is a bare attribute (`inline`), every other value escaped. */
export function markup(described) {
  if (typeof described === 'string') return escapeHtml(described);
  const attributes = described.attributes
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  return `<${described.tag}${attributes}>${described.children.map(markup).join('')}</${described.tag}>`;
}

/** The node as DOM, for the preview. */
export function element(described) {
  if (typeof described === 'string') return document.createTextNode(described);
  const built = document.createElement(described.tag);
  for (const [name, value] of described.attributes) built.setAttribute(name, value);
  built.append(...described.children.map(element));
  return built;
}
