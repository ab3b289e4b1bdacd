/**
 * The file-system steps the store's guarantees rest on: a write that is whole or an error, fsync of a
 * file or a directory, and the seams tests use to fail or race any step.
 */
import { closeSync, fsyncSync, openSync, readFileSync, type Stats, statSync, writeSync } from 'node:fs';
import { StoreError, ioFault } from './errors.js';

/** Test seams: called between the steps of a write, so a test can fail or race at any of them. */
export interface FileLogHooks {
  /** before each step; throwing there is the step failing */
  step?(name: 'lock' | 'blob' | 'append' | 'fsync' | 'truncate', detail: string): void;
  /** replaces fs.writeSync for the log and blobs (short writes, ENOSPC) */
  write?(fd: number, buf: Uint8Array, offset: number, length: number): number;
}

/** Write every byte (at `position`, or at the file's offset) or throw: a short write is an error (SHORT). */
export function writeAll(fd: number, bytes: Uint8Array, hooks: FileLogHooks, position?: number): void {
  const write = hooks.write ?? ((f: number, b: Uint8Array, o: number, l: number): number => writeSync(f, b, o, l, position === undefined ? null : position + o));
  for (let off = 0; off < bytes.length; ) {
    const n = write(fd, bytes, off, bytes.length - off);
    if (n <= 0) throw Object.assign(new Error('short write'), { code: 'SHORT' });
    off += n;
  }
}

export function fsyncPath(p: string): void {
  const fd = openSync(p, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The store directory's stat, or null when it does not exist yet. */
export function homeStat(home: string): Stats | null {
  try {
    return statSync(home, { throwIfNoEntry: false }) ?? null;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOTDIR') throw new StoreError({ code: 'home', home, reason: 'a part of its path is not a directory' });
    throw ioFault(e, 'look at the store directory', home);
  }
}

export function readOr(file: string, fallback: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
export const sleep = (ms: number): void => {
  Atomics.wait(sleeper, 0, 0, ms);
};
