/**
 * The default store: `$STRATA_HOME/events.jsonl`, one event per line with its sequence number and a
 * checksum, plus a content-addressed blob store `blobs/sha256/<hex>` for file contents.
 * - A writer holds `lock` (created exclusively, holding its pid; a dead holder's lock is taken over).
 * - Blobs are written (temp file + rename) before the events that name them; events are fsynced
 *   before a command is acknowledged.
 * - Reading validates every line. A torn last line (a crash mid-append) is cut off with a warning;
 *   a bad line anywhere else is an error naming it, and nothing is appended after it.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Envelope, Event } from '../events.js';
import type { Digest } from '../layer/changeset.js';
import { EMPTY_BLOB } from '../layer/init-layer.js';
import { eventSchema, lineSchema } from './schema.js';

export class LogError extends Error {
  readonly code = 'log_corrupt';
}

const checksum = (seq: number, at: number, event: unknown): string =>
  createHash('sha256').update(JSON.stringify([seq, at, event])).digest('hex').slice(0, 16);

export function encodeLine(env: Envelope): string {
  return `${JSON.stringify({ seq: env.seq, at: env.at, event: env.event, sum: checksum(env.seq, env.at, env.event) })}\n`;
}

/** Parse and validate one line; an error message when it is not a well-formed, intact event. */
export function decodeLine(line: string, expectedSeq: number): Envelope | string {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  const env = lineSchema.safeParse(raw);
  if (!env.success) return `bad envelope: ${env.error.issues[0]?.message ?? 'invalid'}`;
  const { seq, at, event, sum } = env.data;
  if (sum !== checksum(seq, at, event)) return 'checksum mismatch';
  if (seq !== expectedSeq) return `sequence number ${seq}, expected ${expectedSeq}`;
  const ev = eventSchema.safeParse(event);
  if (!ev.success) return `bad event: ${ev.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
  return { seq, at, event: ev.data as Event };
}

export interface ReadResult {
  readonly envelopes: Envelope[];
  readonly warnings: string[];
}

export class FileLog {
  readonly file: string;
  readonly blobDir: string;
  private lockFd: number | null = null;

  constructor(readonly home: string) {
    this.file = path.join(home, 'events.jsonl');
    this.blobDir = path.join(home, 'blobs', 'sha256');
  }

  /** Read and validate the whole log, cutting a torn last line off (with a warning). */
  read(): ReadResult {
    if (!fs.existsSync(this.file)) return { envelopes: [], warnings: [] };
    const text = fs.readFileSync(this.file, 'utf8');
    const envelopes: Envelope[] = [];
    const warnings: string[] = [];
    let offset = 0;
    let lineNo = 0;
    while (offset < text.length) {
      const nl = text.indexOf('\n', offset);
      lineNo++;
      const last = nl < 0 || nl === text.length - 1;
      const line = nl < 0 ? text.slice(offset) : text.slice(offset, nl);
      const env = decodeLine(line, envelopes.length + 1);
      if (typeof env === 'string') {
        if (last) {
          warnings.push(`strata: the log's last line (${lineNo}) is incomplete (${env}): it was cut off`);
          fs.truncateSync(this.file, Buffer.byteLength(text.slice(0, offset)));
          break;
        }
        throw new LogError(`strata: the event log ${this.file} is corrupt at line ${lineNo}: ${env}`);
      }
      if (nl < 0) {
        // an intact event without its newline: the crash came between the two writes
        fs.appendFileSync(this.file, '\n');
      }
      envelopes.push(env);
      offset = nl < 0 ? text.length : nl + 1;
    }
    return { envelopes, warnings };
  }

  /** Take the writer lock, waiting up to `waitMs` for another strata process to finish. */
  lock(waitMs = 10_000): void {
    fs.mkdirSync(this.home, { recursive: true });
    const lockFile = path.join(this.home, 'lock');
    const deadline = Date.now() + waitMs;
    for (let attempt = 0; ; attempt++) {
      try {
        this.lockFd = fs.openSync(lockFile, 'wx');
        fs.writeSync(this.lockFd, String(process.pid));
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        const holder = Number(readOr(lockFile, ''));
        if (holder && holder !== process.pid && alive(holder)) {
          if (Date.now() > deadline) throw new LogError(`strata: the store ${this.home} is locked by process ${holder}`);
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
          continue;
        }
        // The holder died without unlocking (or is still writing its pid): take over a dead lock only.
        if (holder) fs.rmSync(lockFile, { force: true });
        else if (attempt > 50) fs.rmSync(lockFile, { force: true });
        else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      }
    }
  }

  unlock(): void {
    if (this.lockFd === null) return;
    fs.closeSync(this.lockFd);
    this.lockFd = null;
    fs.rmSync(path.join(this.home, 'lock'), { force: true });
  }

  blob(d: Digest): Uint8Array {
    if (d === EMPTY_BLOB) return new Uint8Array();
    return fs.readFileSync(path.join(this.blobDir, d.slice(7)));
  }

  writeBlobs(blobs: ReadonlyMap<Digest, Uint8Array>): void {
    if (blobs.size === 0) return;
    fs.mkdirSync(this.blobDir, { recursive: true });
    for (const [d, bytes] of blobs) {
      const target = path.join(this.blobDir, d.slice(7));
      if (fs.existsSync(target)) continue;
      const tmp = `${target}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, bytes);
      fs.renameSync(tmp, target);
    }
  }

  /** Append envelopes in one write and fsync: once this returns, they are acknowledged. */
  append(envelopes: readonly Envelope[]): void {
    if (envelopes.length === 0) return;
    if (this.lockFd === null) throw new LogError('strata: appending to the log without holding its lock');
    fs.mkdirSync(this.home, { recursive: true });
    const fd = fs.openSync(this.file, 'a');
    try {
      fs.writeSync(fd, envelopes.map(encodeLine).join(''));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }
}

function readOr(file: string, fallback: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
