/**
 * ADD's local archives: moby 20.10's isArchivePath (DecompressStream, then one successful
 * tar.Reader.Next) and the entries Go's archive/tar reader (src/go/tar) yields for the untar. gzip is
 * decompressed here; bzip2 and xz, which the engine also accepts, are not modelled (a clear error).
 * Observed: a .tar, a .tgz and a gzipped tar without extension are extracted; a gzipped text file
 * and an empty tar (1024 zero bytes: Next() finds the end at once) are copied as files.
 */
import { nodeZlib } from '../core/zlib.js';
import type { DockerError } from '../core/errors.js';
import { type Entry, readTar } from '../go/tar/index.js';

export type Archive =
  | { readonly kind: 'archive'; readonly entries: readonly Entry[]; readonly error?: string }
  | { readonly kind: 'file' }
  | { readonly kind: 'unmodelled'; readonly error: DockerError };

const startsWith = (b: Uint8Array, magic: readonly number[]): boolean => b.length >= magic.length && magic.every((m, i) => b[i] === m);

/** isArchivePath: is this file extracted by ADD? With the entries, and the error the untar would stop at. */
export function readArchive(content: Uint8Array, name: string): Archive {
  if (startsWith(content, [0x42, 0x5a, 0x68]) || startsWith(content, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) {
    return { kind: 'unmodelled', error: { code: 'unsupported', message: `strata does not model bzip2- or xz-compressed files as sources of ADD: ${name}` } };
  }
  let tar = content;
  if (startsWith(content, [0x1f, 0x8b, 0x08])) {
    const inflated = gunzip(content);
    if (inflated === undefined) return { kind: 'file' };
    tar = inflated;
  }
  const entries: Entry[] = [];
  let error: string | undefined;
  for (const e of readTar(tar)) {
    if ('error' in e) error = e.error;
    else entries.push(e);
  }
  if (entries.length === 0) return { kind: 'file' };
  return { kind: 'archive', entries, ...(error === undefined ? {} : { error }) };
}

/** gzip's reader: what a corrupt or cut stream yields before it fails (undefined: not even a header). */
function gunzip(content: Uint8Array): Uint8Array | undefined {
  const zlib = nodeZlib();
  try {
    return new Uint8Array(zlib.gunzipSync(content));
  } catch {
    try {
      return new Uint8Array(zlib.gunzipSync(content, { finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    } catch {
      return undefined;
    }
  }
}
