/**
 * The writer lock: an OS lock on `$STRATA_HOME/lock` (fcntl open-file-description lock on Linux, flock
 * elsewhere, from fs-native-extensions, which ships prebuilt binaries). The kernel drops it when its
 * holder dies, kill -9 included, so a dead holder never blocks anyone and there is no takeover that
 * could let two writers in. The file's content (the holder's pid) is only for the message a waiting
 * writer gets.
 */
import { closeSync, constants, ftruncateSync, openSync, writeSync } from 'node:fs';
import { readOr, sleep } from './disk.js';
import { StoreError, io, ioFault } from './errors.js';

interface NativeLock {
  tryLock(fd: number, opts?: { shared?: boolean }): boolean;
}
let native: NativeLock | undefined;
// loaded by writers only: locating the addon (node:module's require included) costs a reader's start-up
const nativeLock = (): NativeLock => (native ??= process.getBuiltinModule('node:module').createRequire(import.meta.url)('fs-native-extensions') as NativeLock);

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
