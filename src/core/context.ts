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
