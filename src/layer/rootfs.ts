import { existsSync, readFileSync } from 'node:fs';
import type { Change, Digest } from './changeset.js';
import { sha256 } from './digest.js';
import { writeLayerTar } from './tar-write.js';

/** The applets the base image links to busybox: what the model's shell scripts may call. */
export const DEFAULT_APPLETS: readonly string[] = [
  'sh', 'ls', 'cat', 'echo', 'rm', 'rmdir', 'mkdir', 'sleep', 'touch', 'cp', 'mv', 'ln', 'chmod', 'true', 'false', 'env', 'pwd',
];

/** Debian's busybox-static installs a statically linked binary here. */
const BUSYBOX_PATH = '/bin/busybox';

/** Stand-in content when busybox-static is not installed: fixed bytes, so rootfs tars stay reproducible. */
const PLACEHOLDER = new TextEncoder().encode(
  '#!strata-placeholder\n# Not busybox: busybox-static was not installed when this rootfs was built.\n' +
    '# The model never executes /bin/busybox; only a real engine needs the real binary.\n',
);

/** Whether loadBusybox() will return the real binary (an engine-facing caller needs it to be). */
export const busyboxAvailable = (): boolean => existsSync(BUSYBOX_PATH);

/**
 * The busybox binary for the base image: /bin/busybox when present, else a small deterministic
 * placeholder file (not an ELF). The model only needs the bytes (for digests and sizes); whether
 * the placeholder is acceptable is the caller's decision, which busyboxAvailable() informs.
 */
export const loadBusybox = (): Uint8Array => {
  if (!busyboxAvailable()) return PLACEHOLDER.slice();
  try {
    return new Uint8Array(readFileSync(BUSYBOX_PATH));
  } catch {
    return PLACEHOLDER.slice(); // e.g. unreadable: same fallback as absent
  }
};

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
  return writeLayerTar(changes, (d: Digest) => contents.get(d) ?? new Uint8Array(0));
};
