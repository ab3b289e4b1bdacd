/** What decide answers: the events to append (possibly none), and what the caller shows the user. */
import type { DockerError } from './core/errors.js';
import type { Timed, Work } from './core/work.js';
import type { PathArchive } from './container/cp.js';
import type { TopReply } from './container/top.js';
import type { SavedImage } from './image/archive/write.js';
import type { LoadRecord } from './image/load.js';
import type { DeleteRecord } from './image/rmi.js';
import type { Digest } from './layer/changeset.js';
import type { Output } from './sh/index.js';

export interface Reply {
  /** the container or image id a command created */
  readonly id?: string;
  /** the container's (or exec's) exit code, for run, start -a, exec and wait */
  readonly exitCode?: number;
  /** what a foreground process printed */
  readonly output?: readonly Output[];
  /** an attached command (`leaveAfter`) left the process running: it has no exit code yet */
  readonly running?: true;
  /** rmi, image prune and system prune: what was untagged and deleted, in the engine's order (the CLI prints the lines) */
  readonly deleted?: readonly DeleteRecord[];
  /** container prune and system prune: the ids of the containers removed */
  readonly removed?: readonly string[];
  /** load: what the engine streamed about each image, in order */
  readonly loaded?: readonly LoadRecord[];
  /** bytes reclaimed, for prune */
  readonly reclaimed?: number;
  /** what build prints on stdout, in order */
  readonly stream?: string;
  /** the images a save selected, in order, with the tags it keeps */
  readonly saved?: readonly SavedImage[];
  /** cp out of a container: the path's stat and the entries of its tar */
  readonly archived?: PathArchive;
  /** top: the titles and processes the daemon answers (the CLI aligns them) */
  readonly top?: TopReply;
}

export interface Decision {
  readonly events: readonly Timed[];
  readonly blobs: ReadonlyMap<Digest, Uint8Array>;
  /** set when the command failed; events may still hold what happened before it failed (a run whose start failed) */
  readonly error?: DockerError;
  readonly reply: Reply;
}

/** Success: keep everything the work emitted. */
export const done = (w: Work, reply: Reply = {}): Decision => ({ events: w.events, blobs: w.blobs, reply });

/** Refusal: nothing happened. */
export const refuse = (error: DockerError): Decision => ({ events: [], blobs: new Map(), error, reply: {} });

/** Failure part-way: what happened before the failure stays. */
export const failed = (w: Work, error: DockerError, reply: Reply = {}): Decision => ({ events: w.events, blobs: w.blobs, error, reply });
