// The peers' code, built as their users would ship it: bundled and minified by esbuild, production mode, in memory.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

async function bundle(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    jsx: 'automatic',
    write: false,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return Buffer.from(result.outputFiles[0].contents);
}

/** `{ react, shoelace, litStatic }`: each peer's script, as bytes. */
export async function buildPeers() {
  return {
    react: await bundle('bench/peers/react-widgets.jsx'),
    shoelace: await bundle('bench/peers/shoelace-widgets.js'),
    litStatic: await bundle('bench/peers/lit-static.js'),
  };
}

export const packageVersion = (name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;
