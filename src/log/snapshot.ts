/**
 * A snapshot: the state projected from a prefix of the log, so opening a store replays only the
 * tail. A cache, never the truth: it names the prefix it folds by the cursor of its last line (byte
 * offset, line, seq and that line's chained sum, which covers every line before it), carries a sha256
 * of its own bytes, and is used only when both check out against the log; otherwise the state is
 * rebuilt from the log (and a new snapshot written). Written to a temporary file and renamed into
 * place, so a reader sees an old snapshot or a new one, never half of one.
 *
 * The state is written as JSON, which node parses natively (node:v8's serialisation would load
 * node's streams with it, a tenth of a bare node start): its Maps — the tables' leaves, a layer's
 * changes, a container's RW layer — as their entries, put back by a walk that knows where they
 * are. Everything else in the state is JSON's own: strings, finite numbers, booleans, null, arrays
 * and plain objects without undefined members (a property holds decode(encode(s)) strictly equal
 * to s over generated states).
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Table, type TableJSON, tableFromJSON, tableToJSON } from '../core/table.js';
import type { Container, Layer, State } from '../state.js';
import type { Cursor } from './codec.js';

const MAGIC = 'strata-snapshot 4\n';

/** The keys of T whose values are Maps: a codec below must name each one (a new one fails to compile). */
type MapKeys<T> = { [K in keyof T]-?: T[K] extends ReadonlyMap<string, unknown> ? K : never }[keyof T];
type TableKeys<T> = { [K in keyof T]-?: T[K] extends Table<unknown> ? K : never }[keyof T];

/** Each Map member of a table's values, as JSON holds it (entries) and back. */
const LAYER_MAPS = { changes: true } as const satisfies Record<MapKeys<Layer>, true>;
const CONTAINER_MAPS = { rw: true } as const satisfies Record<MapKeys<Container>, true>;

/** Each table of the state, with what its values' Maps are. */
const TABLES = {
  containers: CONTAINER_MAPS,
  names: null,
  images: null,
  tags: null,
  layers: LAYER_MAPS,
  timers: null,
} as const satisfies Record<TableKeys<State>, Readonly<Record<string, true>> | null>;

type Entity = Record<string, unknown>;

/** The state as JSON can hold it: every Map as its entries. */
function stateToJSON(s: State): unknown {
  const out: Record<string, unknown> = { ...s };
  for (const [key, maps] of Object.entries(TABLES)) {
    const t = s[key as keyof typeof TABLES] as Table<unknown>;
    out[key] =
      maps === null
        ? tableToJSON(t)
        : tableToJSON(t, (v) => {
            const e: Entity = { ...(v as Entity) };
            for (const m of Object.keys(maps)) e[m] = Array.from(e[m] as ReadonlyMap<string, unknown>);
            return e;
          });
  }
  return out;
}

/** stateToJSON's inverse, in place on what JSON.parse made (nobody else holds it). */
function stateFromJSON(json: Record<string, unknown>): State {
  for (const [key, maps] of Object.entries(TABLES)) {
    const revive =
      maps === null
        ? undefined
        : (v: unknown): unknown => {
            const e = v as Entity;
            for (const m of Object.keys(maps)) e[m] = new Map(e[m] as [string, unknown][]);
            return e;
          };
    json[key] = tableFromJSON(json[key] as TableJSON, revive);
  }
  return json as unknown as State;
}

/** Set by the CLI's bundler (scripts/build-cli.mjs): the identity of the modules it bundled. */
declare const STRATA_BUILD: string | undefined;

let identity: string | undefined;
/**
 * Which build of strata writes and may read a snapshot: the state's layout is that build's. The
 * package version (another release) and this module's file size and time (another build of the same
 * version: tsc rewrites every file) — a snapshot of any other build is rebuilt from the log instead
 * of being read as a state of another shape. The bundled CLI carries the identity of the modules it
 * was bundled from, so it and the library of one build share their snapshots.
 */
function buildIdentity(): string {
  identity ??= typeof STRATA_BUILD === 'string' ? STRATA_BUILD : identityOf(fileURLToPath(import.meta.url));
  return identity;
}

/** The identity of the build a module file belongs to (its package two directories up). */
export function identityOf(file: string): string {
  let version = '?';
  try {
    version = (JSON.parse(readFileSync(join(dirname(file), '..', '..', 'package.json'), 'utf8')) as { version?: string }).version ?? '?';
  } catch {
    // not in a package: the file's own identity still tells builds apart
  }
  const st = statSync(file, { throwIfNoEntry: false });
  return `${version}:${st?.size ?? 0}:${Math.floor(st?.mtimeMs ?? 0)}`;
}

export const snapshotFile = (home: string): string => join(home, 'snapshot');

interface Header {
  readonly build: string;
  readonly cursor: Cursor;
  readonly bytes: number;
  /** the bytes of the log's line at the cursor, kept after the payload */
  readonly lineBytes: number;
  /** check32 of the payload and the line */
  readonly check: string;
}

/**
 * FNV-1a's step taken over 32-bit words (each part's last bytes one by one), as 8 hex digits. A
 * snapshot is a cache: this detects a torn or damaged one (a change within one word always changes
 * it), in a tenth of the instructions a sha256 costs a read that would load node:crypto for it.
 * Words are read in the machine's byte order: a snapshot moved to a machine of the other order fails
 * the check and is rebuilt.
 */
export function check32(...parts: readonly Uint8Array[]): string {
  let h = 0x811c9dc5;
  for (const p of parts) {
    const n = p.length >>> 2;
    const words = new Uint32Array(p.buffer.slice(p.byteOffset, p.byteOffset + n * 4));
    for (let i = 0; i < n; i++) h = Math.imul(h ^ words[i]!, 0x01000193);
    for (let i = n * 4; i < p.length; i++) h = Math.imul(h ^ p[i]!, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A snapshot of `state`, folded up to `cursor`, whose line in the log holds `line` (its newline too). */
export function encodeSnapshot(state: State, cursor: Cursor, line: Uint8Array): Buffer {
  const payload = Buffer.from(JSON.stringify(stateToJSON(state)));
  const header: Header = { build: buildIdentity(), cursor, bytes: payload.length, lineBytes: line.length, check: check32(payload, line) };
  return Buffer.concat([Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`), payload, line]);
}

/**
 * The snapshot's state, cursor and the bytes of its cursor's line, or why it cannot be used
 * (missing, torn, from another version).
 */
export function decodeSnapshot(buf: Buffer): { state: State; cursor: Cursor; line: Buffer } | string {
  if (!buf.subarray(0, MAGIC.length).equals(Buffer.from(MAGIC))) return 'not a strata snapshot';
  const nl = buf.indexOf(10, MAGIC.length);
  if (nl < 0) return 'no header';
  let header: Header;
  try {
    header = JSON.parse(buf.toString('utf8', MAGIC.length, nl)) as Header;
  } catch {
    return 'bad header';
  }
  if (header.build !== buildIdentity()) return 'written by another build of strata';
  if (buf.length !== nl + 1 + header.bytes + header.lineBytes) return 'torn';
  const payload = buf.subarray(nl + 1, nl + 1 + header.bytes);
  const line = buf.subarray(nl + 1 + header.bytes);
  if (check32(payload, line) !== header.check) return 'checksum mismatch';
  try {
    return { state: stateFromJSON(JSON.parse(payload.toString('utf8')) as Record<string, unknown>), cursor: header.cursor, line };
  } catch {
    return 'unreadable payload';
  }
}

export function readSnapshot(home: string): Buffer | null {
  try {
    return readFileSync(snapshotFile(home));
  } catch {
    return null;
  }
}

/**
 * Replace the snapshot atomically: its size in bytes, or null. Best effort: a snapshot that cannot be
 * written is simply not there.
 */
export function writeSnapshot(home: string, state: State, cursor: Cursor, line: Uint8Array): number | null {
  const target = snapshotFile(home);
  const tmp = `${target}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`;
  try {
    const bytes = encodeSnapshot(state, cursor, line);
    writeFileSync(tmp, bytes);
    renameSync(tmp, target);
    return bytes.length;
  } catch {
    rmSync(tmp, { force: true });
    return null;
  }
}
