/**
 * Where events and blobs live, and how the state is projected from them. The file store
 * (file-log.ts) is the default; the memory store serves tests and embedding.
 */
import type { Envelope } from '../events.js';
import { replay } from '../evolve.js';
import type { Digest } from '../layer/changeset.js';
import { EMPTY_BLOB } from '../layer/init-layer.js';
import { type State, initialState } from '../state.js';

export interface Projection {
  readonly state: State;
  /** how many events had to be folded to get it */
  readonly replayed: number;
  /** the commands folded onto `known` when it was brought up to date, each its envelopes (absent when the state was rebuilt) */
  readonly folded?: readonly (readonly Envelope[])[];
}

export interface Store {
  /**
   * every envelope, checked, in order (tests); and the same as the commands appended them, one array
   * per command (a line of the file log; see codec.ts `Scan` for the first format's lines): the unit
   * the events view reads
   */
  read(): { envelopes: Envelope[]; commands: Envelope[][]; warnings: string[] };
  /**
   * The state as of the end of the log: `known` (a state this store projected before) brought up
   * to date with whatever was appended since, by this process or another.
   */
  project(known: State | null): Projection;
  /**
   * a chance to keep a snapshot of a state this store just projected or appended; `leaving`: the
   * command is done with the store, so a snapshot now saves the next command the lines after it
   */
  checkpoint(state: State, leaving?: boolean): void;
  /** warnings about repairs made while projecting (a torn tail cut off, a snapshot not used) */
  readonly warnings: string[];
  writeBlobs(blobs: ReadonlyMap<Digest, Uint8Array>): void;
  /** one command's events, all or nothing; acknowledged once this returns */
  append(envelopes: readonly Envelope[]): void;
  blob(d: Digest): Uint8Array;
  /** the writer lock, held while one command is decided and appended */
  lock(): void;
  unlock(): void;
}

export class MemoryStore implements Store {
  readonly envelopes: Envelope[] = [];
  /** `envelopes`, one array per append */
  private readonly commands: Envelope[][] = [];
  readonly blobs = new Map<Digest, Uint8Array>();
  readonly warnings: string[] = [];

  read(): { envelopes: Envelope[]; commands: Envelope[][]; warnings: string[] } {
    return { envelopes: [...this.envelopes], commands: this.commands.map((c) => [...c]), warnings: [] };
  }
  project(known: State | null): Projection {
    const from = known ?? initialState();
    const tail = this.envelopes.slice(from.seq);
    const state = tail.length === 0 ? from : replay(tail, from);
    if (known === null) return { state, replayed: tail.length };
    // the commands after `from` are a suffix: found from the end, so a refresh costs what was appended
    let first = this.commands.length;
    while (first > 0 && this.commands[first - 1]![0]!.seq > from.seq) first--;
    return { state, replayed: tail.length, folded: this.commands.slice(first) };
  }
  checkpoint(): void {}
  writeBlobs(blobs: ReadonlyMap<Digest, Uint8Array>): void {
    for (const [d, b] of blobs) this.blobs.set(d, b);
  }
  append(envelopes: readonly Envelope[]): void {
    this.envelopes.push(...envelopes);
    this.commands.push([...envelopes]);
  }
  blob(d: Digest): Uint8Array {
    if (d === EMPTY_BLOB) return new Uint8Array();
    const b = this.blobs.get(d);
    if (!b) throw new Error(`strata: blob ${d} is missing from the store`);
    return b;
  }
  lock(): void {}
  unlock(): void {}
}
