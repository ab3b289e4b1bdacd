/**
 * The base image's rootfs as a layer tar, from the busybox bytes it is given (host/busybox.ts reads
 * them from the machine).
 */
import type { Change, Digest } from './changeset.js';
import { sha256 } from './digest.js';
import { writeLayerTar } from './tar-write.js';

/** The applets the base image links to busybox: what the model's shell scripts may call. */
export const DEFAULT_APPLETS: readonly string[] = [
  'sh', 'ls', 'cat', 'echo', 'rm', 'rmdir', 'mkdir', 'sleep', 'touch', 'cp', 'mv', 'ln', 'chmod', 'true', 'false', 'env', 'pwd',
];

/** An applet becomes bin/<applet>: one plain file name, and not the binary's own. */
const isAppletName = (a: string): boolean => a !== '' && a !== '.' && a !== '..' && a !== 'busybox' && !a.includes('/') && !a.includes('\0');

/**
 * A deterministic tar of a busybox root filesystem: bin/ (0755), bin/busybox (0755) and a symlink
 * bin/<applet> -> busybox per applet, all owned 0:0 with mtime 0. Repeated applets are written
 * once; names that are not a single file name (or are "busybox" itself) are skipped.
 */
export const makeBaseRootfs = (busybox: Uint8Array, applets: readonly string[], files: Readonly<Record<string, string>> = {}): Uint8Array => {
  const digest = sha256(busybox);
  const contents = new Map<Digest, Uint8Array>([[digest, busybox]]);
  const changes = new Map<string, Change>([
    ['bin', { type: 'dir', mode: 0o755, mtime: 0 }],
    ['bin/busybox', { type: 'file', mode: 0o755, mtime: 0, size: busybox.length, digest }],
  ]);
  for (const applet of applets) {
    if (isAppletName(applet)) changes.set(`bin/${applet}`, { type: 'symlink', mode: 0o777, mtime: 0, target: 'busybox' });
  }
  // Extra top-level files (e.g. a marker that makes the layer unique to one test run).
  for (const [name, text] of Object.entries(files)) {
    if (!isAppletName(name)) continue;
    const bytes = new TextEncoder().encode(text);
    const d = sha256(bytes);
    contents.set(d, bytes);
    changes.set(name, { type: 'file', mode: 0o644, mtime: 0, size: bytes.length, digest: d });
  }
  // a tar a user makes (what `docker import` is given), not one the daemon writes: no owner names
  return writeLayerTar(changes, (d: Digest) => contents.get(d) ?? new Uint8Array(0), { ownerNames: false });
};
