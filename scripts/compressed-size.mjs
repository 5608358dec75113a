// How many bytes a reader downloads: raw, gzip -9 and brotli at maximum quality, as CDNs serve them.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function compressedSizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } })
      .length,
  };
}

export const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
