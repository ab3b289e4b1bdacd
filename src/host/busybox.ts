/**
 * The busybox binary of the machine the model runs on, read for the base image's rootfs
 * (layer/rootfs.ts makeBaseRootfs builds the tar from the bytes it is given). Reading the host's
 * disk is kept out of the model's domain: this module is outside it.
 */
import { existsSync, readFileSync } from 'node:fs';

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
