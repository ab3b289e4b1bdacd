/**
 * The file store: `$STRATA_HOME/events.jsonl` (one line per command, see codec.ts), the
 * content-addressed blobs (blobs.ts), a snapshot of the projected state (snapshot.ts) and the writer
 * lock (lock.ts). Its guarantees:
 * - One writer at a time, by an OS lock the kernel drops when its holder dies; it is held only while
 *   a command is decided and appended.
 * - A command is acknowledged once its whole line is written and fsynced; a short write or an error
 *   cuts the partial bytes back and fails the command. Blobs are fsynced (file, then directory)
 *   before the line that names them is written.
 * - Readers take no lock: they read the complete lines present when they look, a prefix of the log.
 * - A torn tail (bytes after the last newline: a writer died mid-write, so nothing of it was
 *   acknowledged) is cut by the next writer, its bytes kept in `lost+found/`. A complete line that fails
 *   its checks is corruption: every command stops with an error naming it, until `strata store
 *   repair --truncate-at LINE` cuts the log there (keeping the cut lines in `lost+found/`).
 */
import { closeSync, constants, existsSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, readSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Envelope } from '../events.js';
import { freezeState, replay } from '../evolve.js';
import type { Digest } from '../layer/changeset.js';
import { type State, initialState } from '../state.js';
import { type Cursor, START, type Scan, encodeBatch, endsAt, scan } from './codec.js';
import { BlobStore } from './blobs.js';
import { type FileLogHooks, fsyncPath, homeStat, writeAll } from './disk.js';
import { StoreError, io, ioFault } from './errors.js';
import { WriterLock } from './lock.js';
import { decodeSnapshot, readSnapshot, snapshotFile, writeSnapshot } from './snapshot.js';
import type { Projection, Store } from './store.js';

export type { FileLogHooks } from './disk.js';

/** Rewrite a snapshot once this many events have been appended after the one on disk. */
export const SNAPSHOT_EVERY = 256;
/** FileLogOptions.smallSnapshot's default. */
const SMALL_SNAPSHOT = 1 << 20;

export interface FileLogOptions {
  readonly hooks?: FileLogHooks;
  /**
   * Why an event may not be appended, or null (the event schema, schema.ts). Checked once per event,
   * when appended; reading trusts the checksums. Without it nothing can be appended: a reader's
   * FileLog never loads the schema.
   */
  readonly validate?: (event: unknown) => string | null;
  /** false: projections are left unfrozen (a reader's, never given to the live path) */
  readonly frozen?: boolean;
  /**
   * Below this many bytes of snapshot (or of log, with none), a command that leaves lines after the
   * snapshot (checkpoint's `leaving`) leaves a new one at once (default 1 MiB); above it, once those
   * lines outweigh it.
   */
  readonly smallSnapshot?: number;
}

export class FileLog implements Store {
  readonly file: string;
  readonly blobDir: string;
  readonly lockFile: string;
  readonly warnings: string[] = [];
  private cursor: Cursor = START;
  private readonly writer: WriterLock;
  private readonly blobs: BlobStore;
  /** the seq of the usable snapshot on disk, as far as this process knows (0: none) */
  private snapshotSeq = 0;
  /** that snapshot's size, and the log's length where it ends */
  private snapshotBytes = 0;
  private snapshotOffset = 0;

  private readonly hooks: FileLogHooks;

  constructor(
    readonly home: string,
    private readonly options: FileLogOptions = {},
  ) {
    this.hooks = options.hooks ?? {};
    if (home === '') throw new StoreError({ code: 'home', home, reason: 'STRATA_HOME is set but empty' });
    if (homeStat(home)?.isDirectory() === false) throw new StoreError({ code: 'home', home, reason: 'it is not a directory' });
    this.file = join(home, 'events.jsonl');
    this.blobDir = join(home, 'blobs', 'sha256');
    this.lockFile = join(home, 'lock');
    this.writer = new WriterLock(this.lockFile, home);
    this.blobs = new BlobStore(this.blobDir, home, this.hooks);
  }

  /** Read and check the whole log from the start (the events view, `store check`, tests). */
  read(): { envelopes: Envelope[]; commands: Envelope[][]; warnings: string[] } {
    const s = this.scanFrom(START);
    if (s.stop?.kind === 'corrupt') throw this.corrupt(s.stop);
    return { envelopes: s.batches.flat(), commands: s.commands, warnings: [] };
  }

  /**
   * The state as of the log's last complete line: `known` (projected by this store earlier) plus the
   * lines appended since, or else a verified snapshot plus the lines after it, or else a replay from
   * the start.
   */
  project(known: State | null): Projection {
    if (known !== null && known.seq === this.cursor.seq) {
      const s = this.scanFrom(this.cursor);
      if (s.stop?.kind !== 'corrupt') return { ...this.advance(known, s), folded: s.commands };
      // what followed our cursor does not continue the log we knew: it was repaired under us
    }
    this.snapshotSeq = 0;
    const snap = this.verifiedSnapshot();
    if (snap !== null) {
      const s = this.scanFrom(snap.cursor);
      if (s.stop?.kind === 'corrupt') throw this.corrupt(s.stop);
      try {
        this.cursor = snap.cursor;
        return this.advance(snap.state, s);
      } catch (e) {
        if (e instanceof StoreError) throw e;
        // a state this build cannot fold onto: the snapshot is not used
        this.warnings.push(`strata: the snapshot was not used (${e instanceof Error ? e.message : String(e)}); the state is rebuilt from the log`);
      }
    }
    const s = this.scanFrom(START);
    if (s.stop?.kind === 'corrupt') throw this.corrupt(s.stop);
    this.cursor = START;
    return this.advance(null, s);
  }

  /** `state` (null: the initial one) with the scanned lines folded in. */
  private advance(state: State | null, s: Scan): Projection {
    const events = s.batches.flat();
    this.cursor = s.cursor;
    if (s.stop?.kind === 'torn' && this.writer.held) this.cutTornTail(s.stop.offset);
    if (events.length === 0) return { state: state ?? initialState(), replayed: 0 };
    return { state: replay(events, state ?? undefined, { freeze: this.frozen }), replayed: events.length };
  }

  /**
   * After a projection or an append: write a snapshot when the usable one lags far behind (or there
   * is none). A command that is done with the store (`leaving`: a reader that read lines after the
   * snapshot, a writer that appended some) also writes one: at once while the snapshot is small
   * (options.smallSnapshot), so that the next reads check no line (a read that hashes nothing loads
   * no node:crypto); past that, once the lines outweigh the snapshot in bytes, so that commands write
   * at most a snapshot's bytes per as many bytes of log appended, and the next look starts from the
   * cheaper of the two.
   */
  checkpoint(state: State, leaving = false): void {
    if (state.seq !== this.cursor.seq || state.seq === this.snapshotSeq) return;
    const outweighed = leaving && this.snapshotSeq > 0 && this.cursor.offset - this.snapshotOffset >= this.snapshotBytes;
    // a command that leaves lines after the snapshot leaves a new one while the state is small, so
    // that the next reads find no line to check (and need no sha256: node:crypto is not loaded)
    const small = leaving && (this.snapshotSeq > 0 ? this.snapshotBytes : this.cursor.offset) <= (this.options.smallSnapshot ?? SMALL_SNAPSHOT);
    if (state.seq - this.snapshotSeq < SNAPSHOT_EVERY && !outweighed && !small) return;
    const line = this.readRange(this.cursor.lineStart, this.cursor.offset);
    if (line === null) return;
    const bytes = writeSnapshot(this.home, state, this.cursor, line);
    if (bytes === null) return;
    this.snapshotSeq = state.seq;
    this.snapshotBytes = bytes;
    this.snapshotOffset = this.cursor.offset;
  }

  private verifiedSnapshot(): { state: State; cursor: Cursor } | null {
    const buf = readSnapshot(this.home);
    if (buf === null) return null;
    const snap = decodeSnapshot(buf);
    if (typeof snap === 'string') {
      // another build's (or format's) snapshot is simply rebuilt; a damaged one is worth a word
      if (!/another build|not a strata snapshot/.test(snap)) this.warnings.push(`strata: the snapshot was not used (${snap}); the state is rebuilt from the log`);
      return null;
    }
    // The snapshot's last line must be in the log, at the same place, byte for byte the line it was
    // made after (whose chained sum covers the log before it), and name the cursor's seq and sum.
    const { cursor } = snap;
    if (cursor.line < 1 || snap.state.seq !== cursor.seq || snap.line.length !== cursor.offset - cursor.lineStart) return null;
    const line = this.readRange(cursor.lineStart, cursor.offset);
    if (line === null || !line.equals(snap.line) || !endsAt(line, cursor)) return null;
    this.snapshotSeq = cursor.seq;
    this.snapshotBytes = buf.length;
    this.snapshotOffset = cursor.offset;
    // plain data as read; the live path expects it frozen, as produce leaves its results
    return { state: this.frozen ? freezeState(snap.state) : snap.state, cursor };
  }

  private readRange(from: number, to: number): Buffer | null {
    let fd: number;
    try {
      fd = openSync(this.file, 'r');
    } catch {
      return null;
    }
    try {
      const buf = Buffer.alloc(to - from);
      const n = readSync(fd, buf, 0, buf.length, from);
      return n === buf.length ? buf : null;
    } finally {
      closeSync(fd);
    }
  }

  /** The log's bytes from `from.offset` to its current end, scanned. */
  private scanFrom(from: Cursor): Scan {
    let fd: number;
    try {
      fd = openSync(this.file, 'r');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOTDIR') throw new StoreError({ code: 'home', home: this.home, reason: 'a part of its path is not a directory' });
      if (code === 'ENOENT') return { batches: [], commands: [], cursor: from, stop: from.offset > 0 ? rewound(from) : null };
      throw ioFault(e, 'read', this.file);
    }
    try {
      const size = fstatSync(fd).size;
      if (size < from.offset) return { batches: [], commands: [], cursor: from, stop: rewound(from) };
      const buf = Buffer.allocUnsafe(size - from.offset);
      let got = 0;
      while (got < buf.length) {
        const n = readSync(fd, buf, got, buf.length - got, from.offset + got);
        if (n === 0) break;
        got += n;
      }
      return scan(buf.subarray(0, got), from);
    } catch (e) {
      throw ioFault(e, 'read', this.file);
    } finally {
      closeSync(fd);
    }
  }

  private corrupt(stop: Extract<Scan['stop'], { kind: 'corrupt' }>): StoreError {
    return new StoreError({ code: 'corrupt', file: this.file, line: stop.line, seq: stop.seq, reason: stop.reason });
  }

  /** Keep a torn tail's bytes in lost+found, then cut it off (we hold the lock: its writer is gone). */
  private cutTornTail(offset: number): void {
    const size = statSync(this.file).size;
    const aside = this.keepAside(offset, size, 'torn');
    this.hooks.step?.('truncate', this.file);
    io('cut the torn tail of', this.file, () => {
      truncateSync(this.file, offset);
      fsyncPath(this.file);
    });
    this.warnings.push(`strata: the log's last ${size - offset} bytes were an unfinished write (no command acknowledged them): cut off, kept in ${aside}`);
  }

  /** Copy bytes [from, to) of the log into lost+found; the copy's path. */
  keepAside(from: number, to: number, what: string): string {
    const dir = join(this.home, 'lost+found');
    const target = join(dir, `${what}-${new Date().toISOString().replace(/[:.]/g, '-')}-at-${from}.jsonl`);
    io('keep the cut bytes in', dir, () => {
      mkdirSync(dir, { recursive: true });
      const bytes = this.readRange(from, to) ?? Buffer.alloc(0);
      writeFileSync(target, bytes);
      fsyncPath(target);
      fsyncPath(dir);
    });
    return target;
  }

  /**
   * `strata store repair --truncate-at LINE`: cut the log before line `line` (1-based), keeping the
   * cut lines in lost+found. Takes the writer lock; the snapshot goes too (it is rebuilt).
   */
  truncateAt(line: number): { lines: number; events: number; aside: string } {
    if (!existsSync(this.file)) throw new StoreError({ code: 'repair', reason: `there is no log at ${this.file} to cut` });
    this.lock();
    try {
      const text = io('read', this.file, () => readFileSync(this.file));
      let start = 0;
      for (let n = 1; n < line; n++) {
        const nl = text.indexOf(10, start);
        if (nl < 0) throw new StoreError({ code: 'repair', reason: `the log has ${n - 1} complete lines: there is no line ${line} to cut at` });
        start = nl + 1;
      }
      if (start >= text.length) throw new StoreError({ code: 'repair', reason: `the log has ${line - 1} lines: there is no line ${line} to cut at` });
      const cut = text.subarray(start).toString('utf8').split('\n').filter((l) => l !== '');
      const events = cut.reduce((n, l) => n + eventsIn(l), 0);
      const aside = this.keepAside(start, text.length, 'cut');
      io('truncate', this.file, () => {
        truncateSync(this.file, start);
        fsyncPath(this.file);
        rmSync(snapshotFile(this.home), { force: true });
      });
      this.cursor = START;
      this.snapshotSeq = 0;
      return { lines: cut.length, events, aside };
    } finally {
      this.unlock();
    }
  }

  /** Create the store's directory (and make that durable); a file or an unwritable place is a clear error. */
  private ensureHome(): void {
    const st = homeStat(this.home);
    if (st && !st.isDirectory()) throw new StoreError({ code: 'home', home: this.home, reason: 'it is not a directory' });
    if (st) return;
    try {
      const first = mkdirSync(this.home, { recursive: true });
      if (first !== undefined) fsyncPath(dirname(first));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOTDIR' || code === 'EEXIST') throw new StoreError({ code: 'home', home: this.home, reason: 'a part of its path is not a directory' });
      throw ioFault(e, 'create the store directory', this.home);
    }
  }

  /** Take the writer lock, waiting up to `waitMs` for another writer's command to finish. */
  lock(waitMs = 10_000): void {
    if (this.writer.held) return;
    this.ensureHome();
    this.hooks.step?.('lock', this.lockFile);
    this.writer.take(waitMs);
  }

  unlock(): void {
    this.writer.release();
  }

  private get frozen(): boolean {
    return this.options.frozen !== false;
  }

  get locked(): boolean {
    return this.writer.held;
  }

  blob(d: Digest): Uint8Array {
    return this.blobs.get(d);
  }

  hasBlob(d: Digest): boolean {
    return this.blobs.has(d);
  }

  writeBlobs(blobs: ReadonlyMap<Digest, Uint8Array>): void {
    this.blobs.write(blobs);
  }

  /**
   * Append one command's events as one line and fsync it: when this returns they are acknowledged.
   * On any failure the bytes written are cut back and the error thrown: nothing of the command stays.
   */
  append(envelopes: readonly Envelope[]): void {
    if (envelopes.length === 0) return;
    if (!this.writer.held) throw new Error('strata: appending to the log without holding its lock');
    if (envelopes[0]!.seq !== this.cursor.seq + 1) throw new Error(`strata: appending seq ${envelopes[0]!.seq} after ${this.cursor.seq}`);
    const { validate } = this.options;
    if (validate === undefined) throw new Error('strata: this store was opened for reading: it has no event validator to append with');
    for (const env of envelopes) {
      const bad = validate(env.event);
      // a model bug, not an environment fault: nothing is written
      if (bad !== null) throw new Error(`strata: refusing to append an invalid ${env.event.type} event (seq ${env.seq}): ${bad}`);
    }
    const { line, sum } = encodeBatch(envelopes, this.cursor.sum);
    const bytes = Buffer.from(line);
    const start = this.cursor.offset;
    const created = !existsSync(this.file);
    let fd: number;
    try {
      fd = openSync(this.file, constants.O_WRONLY | constants.O_CREAT, 0o644);
    } catch (e) {
      throw ioFault(e, 'open', this.file);
    }
    try {
      const size = fstatSync(fd).size;
      if (size !== start) throw new Error(`strata: the log is ${size} bytes long where this writer expected ${start}`);
      this.hooks.step?.('append', this.file);
      writeAll(fd, bytes, this.hooks, start);
      this.hooks.step?.('fsync', this.file);
      fsyncSync(fd);
      if (created) fsyncPath(this.home);
    } catch (e) {
      const fault = ioFault(e, 'append to', this.file);
      rollBack(fd, start);
      closeSync(fd);
      throw fault;
    }
    closeSync(fd);
    this.cursor = { offset: start + bytes.length, lineStart: start, line: this.cursor.line + 1, seq: this.cursor.seq + envelopes.length, sum };
  }
}

/** Cut a failed append's partial bytes. If even that fails, they are a torn tail the next writer cuts. */
function rollBack(fd: number, size: number): void {
  try {
    ftruncateSync(fd, size);
    fsyncSync(fd);
  } catch {
    // the next writer finds bytes without a newline (or a line its chain check refuses) and cuts them
  }
}

/** How many events a (possibly damaged) line holds, as far as can be told. */
function eventsIn(line: string): number {
  try {
    const raw = JSON.parse(line) as { events?: unknown };
    return Array.isArray(raw.events) ? raw.events.length : 1;
  } catch {
    return 0;
  }
}

const rewound = (from: Cursor): Scan['stop'] => ({ kind: 'corrupt', line: from.line, offset: from.offset, seq: null, reason: 'the log is shorter than it was' });
