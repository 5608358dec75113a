// The floor: the same four widgets as a partner could hand-write them with plain DOM, no framework, no
// localisation, no shadow DOM, no accessibility extras. Whatever we cost above this is the price of the rest.
const format = new Intl.NumberFormat(document.documentElement.lang || 'en');

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function render() {
  for (const slot of document.querySelectorAll('[data-baseline]')) {
    const kind = slot.dataset.baseline;
    if (kind === 'fact') {
      slot.append(
        element('strong', format.format(1_000_000)),
        element('span', 'people detained'),
        element('small', 'Source: Amnesty International'),
      );
    } else if (kind === 'quote') {
      slot.append(element('blockquote', 'It makes me cry to watch from afar…'), element('cite', 'Gulzire'));
    } else if (kind === 'counter') {
      const count = element('strong', '…');
      slot.append(count, element('span', ' signatures'));
      fetch(slot.dataset.src, { credentials: 'omit' })
        .then((response) => response.json())
        .then(({ count: value }) => (count.textContent = format.format(value)));
    } else {
      const link = element('a', 'Take action now');
      link.href = '#';
      slot.append(link);
    }
  }
}
