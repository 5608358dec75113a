// Runs on a benchmark page: loads what the page is about (our bundle, the plain-DOM baseline or the peer), waits until
// every widget has rendered, and leaves the measures on window.__bench for the harness to read.
const started = performance.now();
const params = new URLSearchParams(location.search);
const layoutShifts = [];
const longTasks = [];
new PerformanceObserver((list) => layoutShifts.push(...list.getEntries())).observe({ type: 'layout-shift', buffered: true });
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });

const TAGS = ['cw-fact-box', 'cw-testimony-card', 'cw-signature-counter', 'cw-action-button'];

async function renderWidgets() {
  await import('/dist/campaign-widgets.js');
  await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
  await Promise.all([...document.querySelectorAll(TAGS.join(','))].map((element) => element.updateComplete));
}

window.__bench = (async () => {
  const plainModules = { baseline: '/bench/pages/baseline.js', peer: '/bench/pages/peer-countup.js' };
  const kind = params.get('kind');
  // A blank page loads nothing: the heap every other page is measured against.
  if (plainModules[kind]) (await import(plainModules[kind])).render();
  else if (kind !== 'blank') await renderWidgets();
  await new Promise(requestAnimationFrame);
  const renderedAt = performance.now();
  // The frame that paints the upgraded widgets shifts the page once, as any late-loading content does;
  // what must not shift is anything after it.
  await new Promise(requestAnimationFrame);
  await new Promise(requestAnimationFrame);
  const settledAt = performance.now();
  return {
    renderedMs: renderedAt - started,
    longTasks: () => longTasks.map((task) => task.duration),
    // Only what moves after everything has rendered: the late counts arriving.
    layoutShift: () =>
      layoutShifts
        .filter((shift) => !shift.hadRecentInput && shift.startTime > settledAt)
        .reduce((sum, shift) => sum + shift.value, 0),
  };
})();
