/**
 * `strata store check`: everything the store promises, checked from the bytes up, changing nothing.
 * The log line by line (checksums, the chain, sequence numbers, every event against its schema), the
 * blobs its events name (present, and holding the bytes their digest says), and the snapshot.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Envelope } from '../events.js';
import type { Digest } from '../layer/changeset.js';
import { EMPTY_BLOB } from '../layer/init-layer.js';
import { START, scan } from './codec.js';
import { FileLog } from './file-log.js';
import { invalidEvent } from './schema.js';
import { decodeSnapshot, readSnapshot } from './snapshot.js';

export interface StoreReport {
  readonly file: string;
  readonly lines: number;
  readonly events: number;
  /** the problems found, each one line; none means the store is sound */
  readonly problems: string[];
  /** what is fine, each one line */
  readonly notes: string[];
}

export function checkStore(home: string): StoreReport {
  const log = new FileLog(home);
  const problems: string[] = [];
  const notes: string[] = [];
  const bytes = fs.existsSync(log.file) ? fs.readFileSync(log.file) : Buffer.alloc(0);
  const s = scan(bytes, START);
  const envelopes = s.batches.flat();
  if (s.stop?.kind === 'corrupt') {
    const rest = bytes.subarray(s.stop.offset).toString('utf8').split('\n').filter((l) => l !== '').length;
    problems.push(`line ${s.stop.line}${s.stop.seq === null ? '' : ` (seq ${s.stop.seq})`}: ${s.stop.reason}; ${rest} line(s) from there on are not read (\`strata store repair --truncate-at ${s.stop.line}\` cuts them, keeping a copy)`);
  } else if (s.stop?.kind === 'torn') {
    notes.push(`${s.stop.bytes} bytes after line ${s.cursor.line} are an unfinished write: the next command cuts them (keeping a copy)`);
  }
  notes.push(`log ${log.file}: ${s.cursor.line} lines, ${envelopes.length} events`);
  let lineOf = 0;
  const batchStart = new Map<number, number>();
  for (const b of s.batches) batchStart.set(b[0]!.seq, ++lineOf);
  for (const env of envelopes) {
    const bad = invalidEvent(env.event);
    if (bad !== null) problems.push(`seq ${env.seq}: a ${env.event.type} event that does not match its schema: ${bad}`);
  }
  const named = blobsNamed(envelopes);
  let missing = 0;
  for (const d of named) {
    const file = path.join(log.blobDir, d.slice(7));
    if (!fs.existsSync(file)) {
      missing++;
      problems.push(`blob ${d} is missing`);
    } else if (`sha256:${createHash('sha256').update(fs.readFileSync(file)).digest('hex')}` !== d) {
      problems.push(`blob ${d} does not hold the bytes its digest names`);
    }
  }
  if (missing === 0) notes.push(`blobs: the ${named.size} the log names are all present`);
  const snap = readSnapshot(home);
  if (snap === null) notes.push('snapshot: none (the next command that replays a long log writes one)');
  else {
    const d = decodeSnapshot(snap);
    if (typeof d === 'string') notes.push(`snapshot: not usable (${d}); it is rebuilt from the log`);
    else {
      const ok = s.batches.length >= d.cursor.line && envelopes.length >= d.cursor.seq && prefixSum(bytes, d.cursor.line) === d.cursor.sum;
      notes.push(ok ? `snapshot: at seq ${d.cursor.seq} (line ${d.cursor.line}), matches the log` : `snapshot: at seq ${d.cursor.seq}, does not match the log: not used, rebuilt from the log`);
    }
  }
  return { file: log.file, lines: s.cursor.line, events: envelopes.length, problems, notes };
}

/** The chained sum after `line` lines, as the scan computes it. */
function prefixSum(bytes: Buffer, line: number): string | null {
  let end = 0;
  for (let i = 0; i < line; i++) {
    const nl = bytes.indexOf(10, end);
    if (nl < 0) return null;
    end = nl + 1;
  }
  const s = scan(bytes.subarray(0, end), START);
  return s.stop === null ? s.cursor.sum : null;
}

/** Every blob an event names: file contents in layers and RW layers, and the tars of stored layers. */
function blobsNamed(envelopes: readonly Envelope[]): Set<Digest> {
  const out = new Set<Digest>();
  const add = (entries: readonly (readonly [string, { type: string; digest?: Digest }])[]): void => {
    for (const [, c] of entries) if (c.type === 'file' && c.digest !== undefined && c.digest !== EMPTY_BLOB) out.add(c.digest);
  };
  for (const { event: e } of envelopes) {
    if (e.type === 'LayerRegistered') {
      add(e.changes);
      if (e.stored) out.add(e.diffId);
    } else if (e.type === 'ContainerFsChanged') add(e.set);
  }
  return out;
}
