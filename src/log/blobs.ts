/**
 * The content-addressed blob store, `blobs/sha256/<hex>`: file contents and imported layer tars. A
 * blob is written to a temporary file, fsynced and renamed into place, and the directory fsynced after
 * the batch, all before the log line that names them: a name that exists always has its bytes.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Digest } from '../layer/changeset.js';
import { EMPTY_BLOB } from '../layer/init-layer.js';
import { type FileLogHooks, fsyncPath, writeAll } from './disk.js';
import { StoreError, io, ioFault } from './errors.js';

export class BlobStore {
  constructor(
    readonly dir: string,
    private readonly home: string,
    private readonly hooks: FileLogHooks,
  ) {}

  private file(d: Digest): string {
    return join(this.dir, d.slice(7));
  }

  get(d: Digest): Uint8Array {
    if (d === EMPTY_BLOB) return new Uint8Array();
    try {
      return readFileSync(this.file(d));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new StoreError({ code: 'blob_missing', digest: d, home: this.home });
      throw ioFault(e, 'read', this.file(d));
    }
  }

  has(d: Digest): boolean {
    return d === EMPTY_BLOB || existsSync(this.file(d));
  }

  write(blobs: ReadonlyMap<Digest, Uint8Array>): void {
    const fresh = [...blobs].filter(([d]) => !this.has(d));
    if (fresh.length === 0) return;
    io('create', this.dir, () => {
      const first = mkdirSync(this.dir, { recursive: true });
      if (first !== undefined) for (let dir = this.dir; dir.length >= first.length; dir = dirname(dir)) fsyncPath(dirname(dir));
    });
    for (const [d, bytes] of fresh) {
      const target = this.file(d);
      const tmp = `${target}.${process.pid}.tmp`;
      let fd: number | null = null;
      try {
        this.hooks.step?.('blob', target);
        fd = openSync(tmp, 'w', 0o644);
        writeAll(fd, bytes, this.hooks);
        fsyncSync(fd);
        closeSync(fd);
        fd = null;
        renameSync(tmp, target);
      } catch (e) {
        if (fd !== null) closeSync(fd);
        rmSync(tmp, { force: true });
        throw ioFault(e, 'write the blob', target);
      }
    }
    io('sync', this.dir, () => fsyncPath(this.dir));
  }
}
