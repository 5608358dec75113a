// `npm test`: every stage, one after another, each run to its end even when an earlier one failed (only a failed
// build stops the stages that test what it builds), its output kept in test-results/<stage>.log, and at the end one
// line per stage and a total that a newcomer can read. A failing stage prints the end of its log where it failed.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** The stages, in order; `what` says in a few words what each proves. */
const STAGES = [
  { script: 'build', what: 'library, bundles, server, manifest, framework types' },
  { script: 'size', what: 'bundle budget' },
  { script: 'typecheck', what: 'TypeScript, tests and stories included' },
  { script: 'lint', what: 'ESLint (lit, wc, lit-a11y), lit-analyzer strict, Prettier' },
  { script: 'test:server', what: 'petition server over real HTTP, SQLite and PostgreSQL' },
  { script: 'test:embedding', what: 'real partner pages in Chromium' },
  { script: 'test:frameworks', what: 'React, Vue, Svelte and SSR apps from the packed package' },
  { script: 'test:bench', what: 'the benchmark, short, with its musts' },
  { script: 'test:stories', what: 'every Storybook story in Chromium' },
  { script: 'test:browser', what: 'components in Chromium' },
];
const LOGS = 'test-results';
/** How much of a failing stage's log to print. */
const TAIL_LINES = 60;

/** Counts of tests a stage's runner reported, from its own summary lines; a stage may run more than one runner. */
function countTests(coloured) {
  // @web/test-runner colours its progress line whatever FORCE_COLOR says: read the text without its escape codes.
  // eslint-disable-next-line no-control-regex -- the terminal's escape character is what it removes.
  const output = coloured.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  const sum = (pattern) => [...output.matchAll(pattern)].reduce((total, [, count]) => total + Number(count), 0);
  const counts = [];
  // node:test (TAP): `# pass 12` / `# fail 0`, once per file run.
  if (/^# pass \d+/m.test(output)) counts.push({ passed: sum(/^# pass (\d+)/gm), failed: sum(/^# fail (\d+)/gm) });
  // @web/test-runner ends with its progress line: `12/12 test files | 199 passed, 0 failed`.
  const wtr = [...output.matchAll(/test files \| (\d+) passed, (\d+) failed/g)].at(-1);
  if (wtr) counts.push({ passed: Number(wtr[1]), failed: Number(wtr[2]) });
  // The story renderer: a line per story, ✓ or ✗.
  const stories = { passed: (output.match(/^✓ /gm) ?? []).length, failed: (output.match(/^✗ /gm) ?? []).length };
  if (stories.passed + stories.failed) counts.push(stories);
  return counts.length
    ? counts.reduce((total, count) => ({ passed: total.passed + count.passed, failed: total.failed + count.failed }))
    : undefined;
}

function runStage({ script }) {
  return new Promise((resolve) => {
    const log = createWriteStream(`${LOGS}/${script.replace(':', '-')}.log`);
    const child = spawn('npm', ['run', '--silent', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    let output = '';
    const keep = (chunk) => {
      output += chunk;
      log.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (code) => log.end(() => resolve({ code: code ?? 1, output })));
  });
}

const seconds = (ms) => `${Math.round(ms / 1000)} s`;

rmSync(LOGS, { recursive: true, force: true });
mkdirSync(LOGS);
const started = performance.now();
const results = [];
let buildFailed = false;
for (const stage of STAGES) {
  if (buildFailed) {
    results.push({ ...stage, status: 'not run', note: 'the build failed' });
    continue;
  }
  process.stdout.write(`▶ ${stage.script}: ${stage.what}\n`);
  const stageStarted = performance.now();
  const { code, output } = await runStage(stage);
  const tests = countTests(output);
  const failed = code !== 0 || (tests?.failed ?? 0) > 0;
  results.push({ ...stage, status: failed ? 'failed' : 'passed', tests, time: performance.now() - stageStarted });
  if (failed) {
    const lines = output.trimEnd().split('\n');
    process.stdout.write(
      `${lines.slice(-TAIL_LINES).join('\n')}\n✘ ${stage.script} failed (exit code ${code}); its whole output: ${LOGS}/${stage.script.replace(':', '-')}.log\n\n`,
    );
  }
  if (failed && stage.script === 'build') buildFailed = true;
}

const totals = results.reduce(
  (sum, { tests }) => ({ passed: sum.passed + (tests?.passed ?? 0), failed: sum.failed + (tests?.failed ?? 0) }),
  { passed: 0, failed: 0 },
);
const failedStages = results.filter(({ status }) => status !== 'passed');
process.stdout.write("\nSummary (each stage's output is in test-results/):\n");
for (const { script, status, tests, time, note } of results) {
  const mark = { passed: '✔', failed: '✘', 'not run': '–' }[status];
  const counted = tests ? `${tests.passed} passed, ${tests.failed} failed` : '';
  process.stdout.write(
    `  ${mark} ${script.padEnd(16)} ${status.padEnd(8)} ${counted.padEnd(24)} ${time ? seconds(time) : note}\n`,
  );
}
process.stdout.write(
  `\n${failedStages.length ? `${failedStages.length} of ${results.length} stages did not pass: ${failedStages.map(({ script }) => script).join(', ')}` : `All ${results.length} stages passed`} in ${seconds(performance.now() - started)}.\n`,
);
// The closing line CI reads: every test the stages counted, plus one failure for a stage that failed without a count.
const uncounted = results.filter(({ status, tests }) => status !== 'passed' && !tests?.failed).length;
process.stdout.write(`tests: ${totals.passed} passed, ${totals.failed + uncounted} failed\n`);
process.exitCode = failedStages.length ? 1 : 0;
