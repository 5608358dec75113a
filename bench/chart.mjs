// A small, dependency-free, accessible SVG chart (role="img", a title and a description, every value written as
// text): panels of labelled bars, and panels of lines over a few sizes, where each line is drawn in its own dash
// pattern and named at its end, so no colour is needed to tell them apart.
const escape = (text) => String(text).replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
const INK = '#1d1d1b';
const DASHES = ['', '6 4', '2 3', '10 3 2 3'];
const number = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

/** A panel of bars: `{ title, bars: [[label, value]] }`. Returns its SVG parts and the height it takes. */
function barPanel({ title, bars }, { y, width, labelWidth, barHeight = 22, gap = 6 }) {
  const parts = [`<text x="0" y="${y + 28}" font-weight="700">${escape(title)}</text>`];
  let top = y + 36;
  const max = Math.max(...bars.map(([, value]) => value));
  for (const [label, value] of bars) {
    const length = ((width - labelWidth - 80) * value) / max;
    parts.push(
      `<text x="${labelWidth - 8}" y="${top + barHeight * 0.7}" text-anchor="end">${escape(label)}</text>`,
      `<rect x="${labelWidth}" y="${top}" width="${length.toFixed(1)}" height="${barHeight}" fill="${INK}"/>`,
      `<text x="${(labelWidth + length + 6).toFixed(1)}" y="${top + barHeight * 0.7}">${number(value)}</text>`,
    );
    top += barHeight + gap;
  }
  return { parts, height: top - y };
}

/**
 * A panel of lines: `{ title, xs: [1, 4, …], xLabel, lines: [[label, [value per x]]] }`, the x positions evenly
 * spaced (the sizes grow by about 5× a step), the y axis linear from 0, each point's value written beside it.
 */
function linePanel({ title, xs, xLabel, lines }, { y, width, labelWidth, plotHeight = 160 }) {
  const parts = [`<text x="0" y="${y + 28}" font-weight="700">${escape(title)}</text>`];
  const top = y + 48;
  const left = labelWidth;
  const right = width - 170;
  const max = Math.max(...lines.flatMap(([, values]) => values));
  const xOf = (index) => left + ((right - left) * index) / (xs.length - 1);
  const yOf = (value) => top + plotHeight - (plotHeight * value) / max;
  parts.push(
    `<line x1="${left}" y1="${top + plotHeight}" x2="${right}" y2="${top + plotHeight}" stroke="${INK}"/>`,
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotHeight}" stroke="${INK}"/>`,
    ...xs.map(
      (x, index) =>
        `<text x="${xOf(index).toFixed(1)}" y="${top + plotHeight + 18}" text-anchor="middle">${escape(x.toLocaleString('en'))}</text>`,
    ),
    `<text x="${((left + right) / 2).toFixed(1)}" y="${top + plotHeight + 36}" text-anchor="middle">${escape(xLabel)}</text>`,
    `<text x="${left - 8}" y="${top + 4}" text-anchor="end">${number(max)}</text>`,
    `<text x="${left - 8}" y="${top + plotHeight + 4}" text-anchor="end">0</text>`,
  );
  lines.forEach(([label, values], line) => {
    const points = values.map((value, index) => `${xOf(index).toFixed(1)},${yOf(value).toFixed(1)}`).join(' ');
    const dash = DASHES[line % DASHES.length];
    parts.push(
      `<polyline points="${points}" fill="none" stroke="${INK}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
      ...values.map(
        (value, index) => `<circle cx="${xOf(index).toFixed(1)}" cy="${yOf(value).toFixed(1)}" r="3" fill="${INK}"/>`,
      ),
      // Each value above its point, except the first line's, which go below, so two lines' labels do not collide.
      ...values.map(
        (value, index) =>
          `<text x="${xOf(index).toFixed(1)}" y="${(yOf(value) + (line === 0 ? -8 : 16)).toFixed(1)}" text-anchor="middle" font-size="11">${number(value)}</text>`,
      ),
      `<text x="${right + 28}" y="${(yOf(values.at(-1)) + 4 + line * 14).toFixed(1)}">${escape(label)}</text>`,
    );
  });
  return { parts, height: plotHeight + 90 };
}

/** The whole chart: `panels` of `{ kind: 'bars' | 'lines', … }` one under another, with `title` and `description`. */
export function chart({ title, description, panels }, { width = 760, labelWidth = 300 } = {}) {
  let y = 0;
  const parts = [];
  for (const panel of panels) {
    const drawn = (panel.kind === 'lines' ? linePanel : barPanel)(panel, { y, width, labelWidth });
    parts.push(...drawn.parts);
    y += drawn.height + 8;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y + 10}" viewBox="0 0 ${width} ${y + 10}" role="img" aria-labelledby="chart-title chart-description" font-family="sans-serif" font-size="13" fill="${INK}">
<title id="chart-title">${escape(title)}</title>
<desc id="chart-description">${escape(description)}</desc>
<rect width="100%" height="100%" fill="#fff"/>
${parts.join('\n')}
</svg>
`;
}
