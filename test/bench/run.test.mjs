// `npm run bench` reports and fails no build on a timing. This runs it short, on the build, to show that it still
// runs end to end and that what the benchmark issue says "must" hold does: nothing moves when counts arrive late, nor
// from navigation on a page that reserves the widgets' space, 1 and 1,000 counters of one petition make one request
// per refresh, every acknowledged signature survives a restart, and 1,000 event streams hear a new count. It runs
// quick (BENCH_QUICK: our widgets and the floor only, no peers, no growth, no trace). Timings are in the report,
// never asserted.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';

describe('npm run bench, short', { timeout: 240_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), 'campaign-bench-'));
  let results;
  let report;

  before(async () => {
    const env = {
      ...process.env,
      BENCH_OUT: out,
      BENCH_MINUTE_MS: '11500',
      BENCH_LOAD_SECONDS: '1',
      BENCH_RUNS: '1',
      BENCH_QUICK: '1',
    };
    await promisify(execFile)(process.execPath, ['bench/run.mjs'], { env, maxBuffer: 16 * 1024 * 1024 });
    results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    report = readFileSync(join(out, 'BENCHMARKS.md'), 'utf8');
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it('sees no layout shift when counts arrive late, with 4 widgets and with 200', () => {
    assert.equal(results.pages['widgets, 4'].layoutShift, 0);
    assert.equal(results.pages['widgets, 200'].layoutShift, 0);
  });

  it("sees no layout shift from navigation where the page reserves the widgets' space, the count 1.5 s late", () => {
    const { shiftFromNavigation, shifts } = results.shift.reserved;
    assert.equal(shiftFromNavigation, 0, JSON.stringify(shifts));
  });

  it('counts one request per refresh for 1 counter and for 1,000 counters of one petition', () => {
    for (const counters of [1, 1000]) {
      const requests = results.counterRequests[counters];
      assert.ok(requests >= 2, `${counters}: ${requests} requests: the counters did not refresh`);
      assert.ok(requests <= results.refreshes, `${counters}: ${requests} requests for ${results.refreshes} refreshes`);
    }
  });

  it('measures SQLite, PostgreSQL with one instance and with three (PostgreSQL may be missing outside CI)', () => {
    assert.deepEqual(Object.keys(results.load), [
      'SQLite, 1 instance',
      'PostgreSQL, 1 instance',
      'PostgreSQL, 3 instances',
    ]);
    assert.equal(results.load['SQLite, 1 instance'].skipped, undefined);
    if (process.env.CI === 'true')
      for (const load of Object.values(results.load)) assert.equal(load.skipped, undefined);
  });

  it('finds every acknowledged signature after a restart, and every one of 1,000 streams hears the new count, in every setup', () => {
    // How fast (the issue asks for within a second) is reported, not asserted.
    for (const [setup, load] of Object.entries(results.load).filter(([, load]) => !load.skipped)) {
      assert.equal(load.signing.errors, 0, setup);
      assert.ok(load.signing.accepted > 0, setup);
      assert.equal(load.durable, true, `${setup}: counted ${load.counted} for ${load.signing.accepted} acknowledged`);
      assert.equal(load.fanOut.heard, 1000, `${setup}: every stream heard the new count`);
    }
  });

  it('sizes the bundle below its budget, each widget alone below the whole, and Lit below each', () => {
    const brotli = (name) => Object.entries(results.sizes).find(([row]) => row.startsWith(name))[1].brotli;
    const whole = brotli('`dist/campaign-widgets.js`');
    assert.ok(whole <= 20 * 1024);
    for (const tag of ['fact-box', 'testimony-card', 'signature-counter', 'action-button']) {
      assert.ok(brotli(`\`<cw-${tag}>\` alone`) < whole, tag);
      assert.ok(brotli('Lit alone') < brotli(`\`<cw-${tag}>\` alone`), tag);
    }
  });

  it('writes a report with every section and a chart', () => {
    const headings = [
      '## Size',
      '### What the bundles are made of',
      '## Page cost in Chromium',
      '## Layout shift from navigation',
      '## Where the time goes',
      '## How cost grows',
      '## Shared requests',
      '## The reference server under load',
    ];
    for (const heading of headings) assert.ok(report.includes(heading), heading);
    const svg = readFileSync(join(out, 'chart.svg'), 'utf8');
    assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*role="img"/);
    assert.match(svg, /<title id="chart-title">[^<]+<\/title>\s*<desc id="chart-description">[^<]+<\/desc>/);
  });
});
