/**
 * Everything decide needs from the outside world, passed in so that decide stays pure:
 * the wall clock, id and name generators, and read access to the content-addressed blob store
 * (content-addressed, so reading it cannot make decide depend on anything but its inputs).
 */
import type { Digest } from '../layer/changeset.js';

export interface Context {
  /** milliseconds since the epoch */
  readonly now: number;
  /** 64 lowercase hex characters */
  newId(): string;
  /** a random `adjective_surname` name, as moby's namesgenerator draws them */
  randomName(): string;
  blob(digest: Digest): Uint8Array;
}

/**
 * The mark of the outside world failing under one of the context's calls (a store missing a blob, an
 * EIO while reading one): neither the engine's refusal nor a bug of the model, so decide lets such an
 * exception propagate and nothing of the command is applied. The store's faults (log/errors.ts
 * StoreError) carry it; decide knows them by the mark alone, never by the store's modules.
 */
export const CONTEXT_FAULT: unique symbol = Symbol.for('strata.contextFault');

export interface ContextFault {
  readonly [CONTEXT_FAULT]: true;
}

export const isContextFault = (e: unknown): e is ContextFault =>
  typeof e === 'object' && e !== null && (e as Partial<ContextFault>)[CONTEXT_FAULT] === true;
