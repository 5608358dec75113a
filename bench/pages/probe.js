// Runs on every benchmark page: waits until what the page is about (our widgets, the plain-DOM floor, a peer) has
// rendered, and leaves the measures on window.__bench for the harness to read. Times are from navigation start.
const params = new URLSearchParams(location.search);
const layoutShifts = [];
const longTasks = [];
new PerformanceObserver((list) => layoutShifts.push(...list.getEntries())).observe({
  type: 'layout-shift',
  buffered: true,
});
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });

const TAGS = ['cw-fact-box', 'cw-testimony-card', 'cw-signature-counter', 'cw-action-button'];
const SHOELACE = ['sl-card', 'sl-progress-bar', 'sl-button'];

/** Every element of these tags on the page defined and rendered (the page's own script loads their definitions). */
async function elementsRendered(tags) {
  const elements = [...document.querySelectorAll(tags.join(','))];
  await Promise.all(
    [...new Set(elements.map((element) => element.localName))].map((tag) => customElements.whenDefined(tag)),
  );
  await Promise.all(elements.map((element) => element.updateComplete));
}

/** Every frame has posted that its widget rendered; each frame is given the height it posts. */
function framesRendered() {
  const frames = [...document.querySelectorAll('iframe')];
  let waiting = frames.length;
  return new Promise((resolve) => {
    const hear = ({ source, data }) => {
      const frame = frames.find((candidate) => candidate.contentWindow === source);
      if (!frame || data?.benchFrame !== 'rendered') return;
      frame.style.height = `${data.height}px`;
      if (--waiting === 0) resolve();
    };
    // What the page heard before this module ran (bench/site.mjs keeps it), then what comes.
    window.__frameMessages.forEach(hear);
    addEventListener('message', hear);
  });
}

async function rendered(kind) {
  const plainModules = { baseline: '/bench/pages/baseline.js', peer: '/bench/pages/peer-countup.js' };
  if (plainModules[kind]) (await import(plainModules[kind])).render();
  else if (['widgets', 'shift', 'counters', 'lit-static'].includes(kind)) await elementsRendered(TAGS);
  else if (kind === 'shoelace') await elementsRendered(SHOELACE);
  else if (kind === 'react') await window.__reactRendered;
  else if (kind === 'iframe') await framesRendered();
  // The floor (static HTML) and a blank page have nothing to wait for.
}

const frameDone = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      // The task after the frame's callbacks: the frame has been laid out and painted.
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(0);
    }),
  );

const describe = (node) =>
  !node
    ? '(gone)'
    : node.nodeType !== 1
      ? node.nodeName
      : `${node.localName}${node.className && typeof node.className === 'string' ? `.${node.className.trim().split(/\s+/).join('.')}` : ''}${node.getRootNode() instanceof ShadowRoot ? ` in <${node.getRootNode().host.localName}>` : ''}`;
const box = ({ x, y, width, height }) => [x, y, width, height].map((value) => Math.round(value * 10) / 10);

window.__bench = (async () => {
  await rendered(params.get('kind'));
  await frameDone();
  const renderedAt = performance.now();
  // What moves after this is what must not: the late counts arriving.
  await frameDone();
  const settledAt = performance.now();
  const sum = (shifts) =>
    shifts.filter((shift) => !shift.hadRecentInput).reduce((total, shift) => total + shift.value, 0);
  return {
    renderedMs: renderedAt,
    longTasks: () => longTasks.map((task) => task.duration),
    layoutShift: () => sum(layoutShifts.filter((shift) => shift.startTime > settledAt)),
    shiftFromNavigation: () => sum(layoutShifts),
    /** Every shift: when, how much, and which element moved from which box to which ([x, y, width, height]). */
    shifts: () =>
      layoutShifts.map((shift) => ({
        atMs: Math.round(shift.startTime),
        value: shift.value,
        sources: shift.sources.map((source) => ({
          node: describe(source.node),
          from: box(source.previousRect),
          to: box(source.currentRect),
        })),
      })),
  };
})();
