// One consumer install shared by every framework app: the packed tarball (what `npm install campaign-widgets`
// gets) plus the framework packages at the versions the repository's own install holds, so npm finds every one
// of them in its cache. It lives in the OS temp folder, not in the repository: nothing there may resolve a module
// from the repository's node_modules, and our own tools (tsc, wtr, Storybook, duplicates) must not scan it.
//
//   consumerRoot()   the installed root, (re)packed and (re)installed when the build changed since last time
//   copyApp(name)    copies test/frameworks/<name>/ under the root (its node_modules shared) and returns its path
//
// `node test/frameworks/consumer.mjs` does the install up front, so that parallel test files find it ready.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const APPS = fileURLToPath(new URL('./', import.meta.url));

/** What the apps need besides the package, at the repository's installed versions (all in its lock). */
const FRAMEWORK_PACKAGES = [
  'typescript',
  'vite',
  'react',
  'react-dom',
  '@types/react',
  '@types/react-dom',
  '@vitejs/plugin-react',
  'vue',
  '@vitejs/plugin-vue',
  'vue-tsc',
  'svelte',
  '@sveltejs/vite-plugin-svelte',
  '@lit-labs/ssr',
  '@lit-labs/ssr-client',
];

// One root per checkout, so a second clone on the same machine (CI) never shares a half-written install.
const ROOT = join(
  tmpdir(),
  `campaign-widgets-consumers-${createHash('sha256').update(REPO).digest('hex').slice(0, 8)}`,
);
const LOCK = `${ROOT}.lock`;
const STAMP = join(ROOT, '.installed');

const run = promisify(execFile);

function* filesUnder(path) {
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path).sort()) yield* filesUnder(join(path, entry));
  } else {
    yield path;
  }
}

/** Changes whenever the tarball would: package.json, README, LICENSE and everything under dist/. */
function buildHash() {
  const hash = createHash('sha256');
  for (const file of ['package.json', 'README.md', 'LICENSE']
    .map((name) => join(REPO, name))
    .concat([...filesUnder(join(REPO, 'dist'))])) {
    hash.update(file.slice(REPO.length)).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

function installedVersion(name) {
  return JSON.parse(readFileSync(join(REPO, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/** Holds a lock folder while `work` runs; a lock whose process is gone is taken over. */
async function locked(work) {
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(join(LOCK, 'pid'), { encoding: 'utf8', flag: 'a+' }));
      if (holder && !isAlive(holder)) rmSync(LOCK, { recursive: true, force: true });
      else await sleep(250);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function install(hash) {
  mkdirSync(ROOT, { recursive: true });
  for (const old of readdirSync(ROOT).filter((name) => name.endsWith('.tgz'))) rmSync(join(ROOT, old));
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', ROOT], {
    cwd: REPO,
  });
  // A tarball name per build: npm then replaces the package in the lock instead of refusing a changed integrity.
  const tarball = `campaign-widgets-${hash}.tgz`;
  renameSync(join(ROOT, JSON.parse(stdout)[0].filename), join(ROOT, tarball));
  const dependencies = { 'campaign-widgets': `file:./${tarball}` };
  for (const name of FRAMEWORK_PACKAGES) dependencies[name] = installedVersion(name);
  writeFileSync(
    join(ROOT, 'package.json'),
    `${JSON.stringify({ name: 'consumers', private: true, type: 'module', dependencies }, null, 2)}\n`,
  );
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
  });
  writeFileSync(STAMP, hash);
}

/** The consumer install for the current build: packed and installed at most once per build. */
export async function consumerRoot() {
  const hash = buildHash();
  const current = () => existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash;
  if (!current()) await locked(async () => current() || (await install(hash)));
  return ROOT;
}

/** A fresh copy of the app in test/frameworks/<name>/ under the consumer root, sharing its node_modules. */
export async function copyApp(name) {
  const root = await consumerRoot();
  const app = join(root, name);
  rmSync(app, { recursive: true, force: true });
  cpSync(join(APPS, name), app, { recursive: true });
  return app;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`consumer apps install at ${await consumerRoot()}`);
}
