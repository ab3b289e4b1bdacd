/** Where events and blobs live. The file store is the default; the memory store serves tests and embedding. */
import type { Envelope } from '../events.js';
import type { Digest } from '../layer/changeset.js';
import { EMPTY_BLOB } from '../layer/init-layer.js';

export interface Store {
  /** every envelope, validated, in order; warnings about repairs (a torn last line cut off) */
  read(): { envelopes: Envelope[]; warnings: string[] };
  writeBlobs(blobs: ReadonlyMap<Digest, Uint8Array>): void;
  append(envelopes: readonly Envelope[]): void;
  blob(d: Digest): Uint8Array;
  lock(): void;
  unlock(): void;
}

export class MemoryStore implements Store {
  readonly envelopes: Envelope[] = [];
  readonly blobs = new Map<Digest, Uint8Array>();

  read(): { envelopes: Envelope[]; warnings: string[] } {
    return { envelopes: [...this.envelopes], warnings: [] };
  }
  writeBlobs(blobs: ReadonlyMap<Digest, Uint8Array>): void {
    for (const [d, b] of blobs) this.blobs.set(d, b);
  }
  append(envelopes: readonly Envelope[]): void {
    this.envelopes.push(...envelopes);
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
