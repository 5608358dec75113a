// A small, dependency-free SVG bar chart: one panel per measure, one labelled bar per row.
const escape = (text) => String(text).replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

export function barChart(panels, { width = 720, barHeight = 22, gap = 6, labelWidth = 300 } = {}) {
  let y = 0;
  const parts = [];
  for (const { title, bars } of panels) {
    y += 28;
    parts.push(`<text x="0" y="${y}" font-weight="700">${escape(title)}</text>`);
    y += 8;
    const max = Math.max(...bars.map(([, value]) => value));
    for (const [label, value] of bars) {
      const length = ((width - labelWidth - 80) * value) / max;
      parts.push(
        `<text x="${labelWidth - 8}" y="${y + barHeight * 0.7}" text-anchor="end">${escape(label)}</text>`,
        `<rect x="${labelWidth}" y="${y}" width="${length.toFixed(1)}" height="${barHeight}" fill="#1d1d1b"/>`,
        `<text x="${(labelWidth + length + 6).toFixed(1)}" y="${y + barHeight * 0.7}">${value.toFixed(1)}</text>`,
      );
      y += barHeight + gap;
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y + 10}" font-family="sans-serif" font-size="13">
<rect width="100%" height="100%" fill="#fff"/>
${parts.join('\n')}
</svg>
`;
}
