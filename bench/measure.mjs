// Loading one bench page in Chromium, again and again, and reading what bench/pages/probe.js measured.

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The JS heap in use after a garbage collection, in the page's process and in its frames' (another site's) process. */
async function heapAfterGC(page) {
  const sessions = [await page.context().newCDPSession(page)];
  // Out-of-process frames (the iframe embeds) share one process per site: one of them speaks for it.
  const remote = page
    .frames()
    .filter((frame) => frame !== page.mainFrame() && !frame.url().startsWith(new URL(page.url()).origin));
  if (remote.length)
    sessions.push(
      await page
        .context()
        .newCDPSession(remote[0])
        .catch(() => undefined),
    );
  let heap = 0;
  for (const session of sessions.filter(Boolean)) {
    await session.send('HeapProfiler.collectGarbage');
    heap += (await session.send('Runtime.getHeapUsage')).usedSize;
  }
  return heap;
}

/**
 * Median of `runs` fresh loads (each in a new context, so nothing is cached) of `/bench/page?{query}`: time to
 * rendered, long tasks, layout shift after render and from navigation, JS heap after GC, and what went over the
 * wire (requests; bytes as brotli would send them), as the bench's server counted it.
 */
export async function measurePage(bench, query, { runs, waitMs }) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const page = await bench.browser.newPage();
    bench.resetTraffic();
    // Not until "load": a page of 200 frames may take longer than Playwright waits; the probe says when it rendered.
    await page.goto(`${bench.base}/bench/page?${query}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench, undefined, { timeout: 120_000 });
    // A page that never renders fails the bench instead of holding it.
    const renderedMs = await page.evaluate(() =>
      Promise.race([
        window.__bench.then((bench) => bench.renderedMs),
        new Promise((resolve) => setTimeout(resolve, 120_000, NaN)),
      ]),
    );
    if (Number.isNaN(renderedMs)) throw new Error(`${query}: not rendered within 120 s`);
    await page.waitForTimeout(waitMs);
    const { longTasks, layoutShift, shiftFromNavigation, shifts } = await page.evaluate(async () => {
      const bench = await window.__bench;
      return {
        longTasks: bench.longTasks(),
        layoutShift: bench.layoutShift(),
        shiftFromNavigation: bench.shiftFromNavigation(),
        shifts: bench.shifts(),
      };
    });
    const { requests, raw, brotli, scriptBrotli } = bench.traffic;
    const heap = await heapAfterGC(page);
    samples.push({
      renderedMs,
      longTasks: longTasks.length,
      longestTaskMs: Math.max(0, ...longTasks),
      layoutShift,
      shiftFromNavigation,
      heap,
      requests,
      raw,
      brotli,
      scriptBrotli,
      shifts,
    });
    await page.close();
  }
  process.stderr.write(`${query}: ${median(samples.map((sample) => sample.renderedMs)).toFixed(1)} ms\n`);
  const result = Object.fromEntries(
    Object.keys(samples[0])
      .filter((key) => key !== 'shifts')
      .map((key) => [key, median(samples.map((sample) => sample[key]))]),
  );
  // The shifts of the run whose total is the median, to say what moved.
  result.shifts = samples.find((sample) => sample.shiftFromNavigation === result.shiftFromNavigation).shifts;
  return result;
}

/** How many requests `counters` counters of one petition make in `durationMs`. */
export async function requestsOfCounters(bench, counters, durationMs) {
  const page = await bench.browser.newPage();
  const path = `/bench-petition/counters-${counters}`;
  bench.traffic.petitions.delete(path);
  await page.goto(`${bench.base}/bench/page?kind=counters&n=${counters}`);
  await page.waitForTimeout(durationMs);
  await page.close();
  return bench.traffic.petitions.get(path) ?? 0;
}
