// Where a page's time goes: one load recorded with a Chromium trace (CDP Tracing.start / Tracing.end), from navigation
// to rendered. The renderer's main thread is summed by what it did (each event's self time, so nothing counts twice),
// and the JavaScript samples the trace carries are attributed, through the bundle's source map, to the modules of ours
// and of Lit they ran in.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';

const CATEGORIES = [
  'toplevel',
  'blink.user_timing',
  'loading',
  'devtools.timeline',
  'blink',
  'v8',
  'v8.execute',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
];

// What each trace event is, in the words DevTools' Performance panel uses.
const ACTIVITY = [
  [/^(ParseHTML|ResourceReceivedData|ResourceFinish)$/, 'Parse HTML'],
  [
    /^(v8\.compile|v8\.compileModule|V8\.CompileCode|v8\.produceCache|V8\.ParseFunctions|v8\.parseOnBackground|CompileScript|V8\.CompileLazy)/,
    'Compile script',
  ],
  [
    /^(EvaluateScript|v8\.evaluateModule|FunctionCall|v8\.callFunction|V8\.Execute|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|v8\.run|RunTask)$/,
    'Run script',
  ],
  [/^(MinorGC|MajorGC|V8\.GC|BlinkGC|V8\.GCScavenger|V8\.GCFinalizeMC|V8\.GCIncrementalMarking)/, 'Garbage collection'],
  [
    /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation|InvalidateLayout|StyleInvalidatorInvalidationTracking)$/,
    'Style',
  ],
  [/^(Layout|UpdateLayoutTree\.Layout|LayoutShift)$/, 'Layout'],
  [
    /^(Paint|PrePaint|Layerize|UpdateLayer|UpdateLayerTree|PaintImage|CompositeLayers|Commit|RasterTask|Decode)/,
    'Paint and composite',
  ],
];
// What a long task is made of, in the report's words (spans: what they contain counts in them).
const TASK_PARTS = {
  'v8.evaluateModule':
    'evaluating a module (for the bundle: customElements.define upgrading every element on the page)',
  RunMicrotasks: "microtasks (for the widgets: Lit's first render of every element)",
  ParseHTML: 'parsing HTML',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  MinorGC: 'garbage collection',
  MajorGC: 'garbage collection',
};

const activityOf = (name) => ACTIVITY.find(([pattern]) => pattern.test(name))?.[1] ?? 'Other';

/** The part of the bundle a source belongs to, in the words of the report. */
function partOf(source) {
  if (!source) return 'bundle (unmapped)';
  const path = source.replace(/^(\.\.\/)+/, '');
  if (path.includes('lit-html/')) return 'lit-html (templates: prepare, clone, commit)';
  if (path.includes('@lit/reactive-element/css-tag')) return '@lit/reactive-element (styles)';
  if (path.includes('@lit/reactive-element')) return '@lit/reactive-element (properties, update cycle)';
  if (path.includes('lit-element')) return 'lit-element';
  const component = /src\/components\/([^/]+)\//.exec(path);
  if (component) return `<cw-${component[1]}>`;
  if (path.startsWith('src/locales')) return 'src/locales (catalogs)';
  return path.replace(/^node_modules\//, '');
}

/** Records one load of `url` and returns the trace's events. */
async function recordTrace(browser, url, waitFor) {
  const page = await browser.newPage();
  const session = await page.context().newCDPSession(page);
  const events = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
  await session.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  await page.goto(url);
  const renderedMs = await page.evaluate(waitFor);
  await session.send('Tracing.end');
  await complete;
  await page.close();
  return { events, renderedMs };
}

/** Self time of each task and each activity in it on one thread: its duration less its children's. */
function selfTimes(threadEvents) {
  const spans = threadEvents
    .filter(
      (event) =>
        event.ph === 'X' && event.dur !== undefined && (event.name === 'RunTask' || activityOf(event.name) !== 'Other'),
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const self = new Map();
  for (const event of spans) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent, self.get(parent) - Math.min(event.dur, parent.ts + parent.dur - event.ts));
    self.set(event, event.dur);
    stack.push(event);
  }
  return self;
}

/** The CPU profile's samples on one thread between `start` and `end`: milliseconds per script location. */
function jsSamples(events, { pid, tid }, start, end) {
  const profile = events.find((event) => event.name === 'Profile' && event.pid === pid && event.tid === tid);
  if (!profile) return [];
  const nodes = new Map();
  const timeByNode = new Map();
  let time = profile.args.data.startTime;
  let last;
  for (const event of events.filter(
    (candidate) => candidate.name === 'ProfileChunk' && candidate.pid === pid && candidate.id === profile.id,
  )) {
    const { cpuProfile = {}, timeDeltas = [] } = event.args.data;
    for (const node of cpuProfile.nodes ?? []) nodes.set(node.id, node);
    (cpuProfile.samples ?? []).forEach((id, index) => {
      // A sample stands for the time since the one before it.
      time += timeDeltas[index] ?? 0;
      if (last !== undefined && time >= start && time <= end)
        timeByNode.set(last, (timeByNode.get(last) ?? 0) + (timeDeltas[index] ?? 0) / 1000);
      last = id;
    });
  }
  return [...timeByNode].map(([id, ms]) => ({ frame: nodes.get(id)?.callFrame, ms }));
}

/**
 * Where the time of one load of `url` goes: `{ renderedMs, activities: [[name, ms]], scripts: [[part, ms]], longest,
 * longTaskCount, longTasks }`,
 * from navigation to rendered, on the main thread of the page's renderer.
 */
export async function traceLoad(browser, url, bundle = 'dist/campaign-widgets.js') {
  const { events, renderedMs } = await recordTrace(browser, url, async () => (await window.__bench).renderedMs);
  const navigation = events.find(
    (event) =>
      event.name === 'navigationStart' &&
      event.args?.data?.isLoadingMainFrame &&
      event.args?.data?.documentLoaderURL?.includes('/bench/page'),
  );
  const main = events.find(
    (event) => event.name === 'thread_name' && event.args.name === 'CrRendererMain' && event.pid === navigation.pid,
  );
  const start = navigation.ts;
  const end = start + renderedMs * 1000;
  const threadEvents = events.filter(
    (event) => event.pid === main.pid && event.tid === main.tid && event.ts >= start && event.ts <= end,
  );
  const activities = new Map();
  for (const [event, selfUs] of selfTimes(threadEvents)) {
    const activity =
      event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask' ? 'Other' : activityOf(event.name);
    activities.set(activity, (activities.get(activity) ?? 0) + selfUs / 1000);
  }
  const longest = Math.max(
    0,
    ...threadEvents.filter((event) => event.name === 'RunTask').map((event) => event.dur / 1000),
  );
  const overFifty = threadEvents.filter((event) => event.name === 'RunTask' && event.dur > 50_000);
  const longTaskCount = overFifty.length;
  const longTasks = overFifty
    .sort((a, b) => b.dur - a.dur)
    .slice(0, 3)
    .map((task) => {
      const parts = new Map();
      for (const event of threadEvents) {
        if (
          !TASK_PARTS[event.name] ||
          event.ph !== 'X' ||
          event.ts < task.ts ||
          event.ts + event.dur > task.ts + task.dur
        )
          continue;
        parts.set(TASK_PARTS[event.name], (parts.get(TASK_PARTS[event.name]) ?? 0) + event.dur / 1000);
      }
      return { ms: task.dur / 1000, atMs: (task.ts - start) / 1000, parts: [...parts].sort((a, b) => b[1] - a[1]) };
    });

  const map = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')));
  const scripts = new Map();
  for (const { frame, ms } of jsSamples(events, main, start, end)) {
    let part;
    if (frame?.functionName === '(idle)') continue;
    if (!frame || !frame.url)
      part =
        frame?.functionName === '(garbage collector)'
          ? 'garbage collector'
          : 'the browser, outside script (parse, style, layout, paint)';
    else if (frame.url.endsWith(bundle.replace(/^dist/, '')))
      part = partOf(map.findEntry(frame.lineNumber, frame.columnNumber).originalSource);
    else part = `other script (${new URL(frame.url).pathname})`;
    scripts.set(part, (scripts.get(part) ?? 0) + ms);
  }
  const ranked = (entries) => [...entries].filter(([, ms]) => ms >= 0.05).sort((a, b) => b[1] - a[1]);
  return { renderedMs, activities: ranked(activities), scripts: ranked(scripts), longest, longTaskCount, longTasks };
}
