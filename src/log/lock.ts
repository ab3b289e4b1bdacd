/**
 * The writer lock: an OS lock on `$STRATA_HOME/lock` (fcntl open-file-description lock on Linux, flock
 * elsewhere, from fs-native-extensions, which ships prebuilt binaries). The kernel drops it when its
 * holder dies, kill -9 included, so a dead holder never blocks anyone and there is no takeover that
 * could let two writers in. The file's content (the holder's pid) is only for the message a waiting
 * writer gets.
 */
import { closeSync, constants, existsSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readOr, sleep } from './disk.js';
import { StoreError, io, ioFault } from './errors.js';

interface NativeLock {
  /** an exclusive lock of the whole file taken, or false when another holds one */
  tryLock(fd: number): boolean;
}
/** The addon's own function: throws EAGAIN when the lock is held (binding.c fs_ext_js_try_lock). */
interface Binding {
  tryLock(fd: number, offset: number, length: number, exclusive: boolean): void;
}
let native: NativeLock | undefined;

/**
 * fs-native-extensions' lock, loaded by writers only. The package finds its binary through
 * require-addon, which reads package metadata with a resolver of its own: some 50M instructions
 * (about 20 ms) of every command that appends. The binary it ships for this platform is loaded
 * directly where the package keeps it (its index.js wraps the same tryLock so, in the version
 * pinned); anywhere else (another layout, a libc the binary was not built for) through the package.
 */
function nativeLock(): NativeLock {
  if (native !== undefined) return native;
  const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
  const direct = shippedBinding(require);
  native =
    direct === undefined
      ? (require('fs-native-extensions') as NativeLock)
      : {
          tryLock: (fd) => {
            try {
              direct.tryLock(fd, 0, 0, true);
              return true;
            } catch (e) {
              if ((e as { code?: unknown }).code === 'EAGAIN') return false;
              throw e;
            }
          },
        };
  return native;
}

/** The binary the package ships for this platform, where it keeps it; undefined where its own loader must choose. */
function shippedBinding(require: NodeJS.Require): Binding | undefined {
  // the package's loader picks a musl build on Alpine, which it may not ship: its choice then
  if (process.platform === 'linux' && existsSync('/etc/alpine-release')) return undefined;
  try {
    const dir = dirname(require.resolve('fs-native-extensions/package.json'));
    return require(join(dir, 'prebuilds', `${process.platform}-${process.arch}`, 'fs-native-extensions.node')) as Binding;
  } catch {
    return undefined;
  }
}

export class WriterLock {
  private fd: number | null = null;

  constructor(
    readonly file: string,
    private readonly home: string,
  ) {}

  get held(): boolean {
    return this.fd !== null;
  }

  /** Take it, waiting up to `waitMs` for another writer's command to finish. */
  take(waitMs: number): void {
    if (this.fd !== null) return;
    const fd = io('open the lock file', this.file, () => openSync(this.file, constants.O_RDWR | constants.O_CREAT, 0o644));
    const deadline = Date.now() + waitMs;
    for (;;) {
      let got: boolean;
      try {
        got = nativeLock().tryLock(fd);
      } catch (e) {
        closeSync(fd);
        throw ioFault(e, 'lock', this.file);
      }
      if (got) break;
      if (Date.now() >= deadline) {
        const holder = readOr(this.file, '').trim();
        closeSync(fd);
        throw new StoreError({ code: 'locked', home: this.home, holder: holder ? `process ${holder}` : 'another process', waitedMs: waitMs });
      }
      sleep(10);
    }
    this.fd = fd;
    try {
      ftruncateSync(fd, 0);
      writeSync(fd, `${process.pid}\n`, 0);
    } catch {
      // informational only
    }
  }

  release(): void {
    if (this.fd === null) return;
    const fd = this.fd;
    this.fd = null;
    try {
      ftruncateSync(fd, 0); // still ours: the next holder writes its own pid after taking it
    } catch {
      // informational only
    }
    closeSync(fd); // closing the descriptor releases the lock
  }
}
