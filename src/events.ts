/**
 * Everything that can happen, past tense. The log is a sequence of these; the state is their fold.
 * `ACTIONS` maps each to the moby events.Action that `docker events` prints for it (none for
 * bookkeeping): the one table the events view (view/events.ts) reads its actions from.
 */
import type { Change, Digest, Unsavable } from './layer/changeset.js';
import type { ContainerConfig } from './image/config.js';
import type { Output, ProcState } from './sh/index.js';
import type { HostConfig, ProcessUser, RestartPolicy } from './state.js';

export type LayerEvent =
  | {
      type: 'LayerRegistered';
      chainId: Digest;
      diffId: Digest;
      parent: Digest | null;
      size: number;
      changes: [string, Change][];
      /**
       * The layer came in as a tar (import, load): those bytes are kept in the blob store under
       * their sha256, the DiffID, as tar-split keeps them, so `save` gives them back unchanged.
       * Otherwise (commit, build) the tar is regenerated from `changes`, as its DiffID was.
       */
      stored?: true;
      /** the first entry of that tar tar-split cannot read back from the layer (layer/tar-read.ts Unsavable): save fails on it */
      unsavable?: Unsavable;
      /** logs before `unsavable`: an entry whose data was kept nowhere (a whiteout with contents), which opening fails on with ENOENT */
      missingPayload?: string;
    }
  | { type: 'LayerDeleted'; chainId: Digest };

export type ImageEvent =
  | { type: 'ImageCreated'; id: Digest; json: string; parent: Digest | null; builtLocally: boolean; action: 'import' | 'commit' | 'load' | 'build' }
  /** `quiet`: load sets the tag in the reference store directly, and logs no `tag` event */
  | { type: 'ImageTagged'; id: Digest; ref: string; quiet?: true }
  | { type: 'ImageUntagged'; id: Digest; ref: string }
  | { type: 'ImageDeleted'; id: Digest }
  /** load links an image to a parent loaded with it (tarexport setParentID): any previous link goes */
  | { type: 'ImageParentSet'; id: Digest; parent: Digest }
  /** save and load log one event per image, changing nothing else */
  | { type: 'ImageSaved'; id: Digest }
  | { type: 'ImageLoaded'; id: Digest };

export type ContainerEvent =
  | {
      type: 'ContainerCreated';
      id: string;
      name: string;
      path: string;
      args: string[];
      config: ContainerConfig;
      hostConfig: HostConfig;
      /** '' for a build step's container on `FROM scratch` */
      image: Digest | '';
      imageRef: string;
    }
  /**
   * PID 1 started, with host pid `pid`. `lastPid`: the last of the pids the start took (the shim's
   * before `pid`, and after it those of the processes PID 1 may have at once: docker-init's child, a
   * shell's foreground child); absent in logs written before, where the start took `pid` alone.
   * `user`: PID 1's user, when it is not root with HOME=/.
   */
  | { type: 'ContainerStarted'; id: string; pid: number; restart: boolean; lastPid?: number; user?: ProcessUser }
  | { type: 'ContainerStartFailed'; id: string; exitCode: number; error: string }
  | { type: 'ContainerFsChanged'; id: string; set: [string, Change][]; removed: string[] }
  | { type: 'ContainerOutput'; id: string; output: Output[] }
  | { type: 'ContainerProcessBlocked'; id: string; state: ProcState; wakeAt: number | null }
  /**
   * A signal sent to PID 1. `restartKept`: a signal other than the container's own StopSignal (and
   * not SIGKILL), which leaves the restart manager as it was (killWithSignal calls no ExitOnNext).
   */
  | { type: 'ContainerKilled'; id: string; signal: number; restartKept?: true }
  | { type: 'ContainerDied'; id: string; exitCode: number; error?: string }
  /**
   * The container is stopped for good. `kill`: by `docker kill` while it waited to restart, which only
   * cancels the restart (ExitOnNext), and which the engine logs no event for.
   */
  | { type: 'ContainerStopped'; id: string; kill?: true }
  | { type: 'ContainerRestarting'; id: string; wakeAt: number; delay: number }
  | { type: 'ContainerRestarted'; id: string }
  | { type: 'ContainerPaused'; id: string }
  | { type: 'ContainerUnpaused'; id: string }
  | { type: 'ContainerRenamed'; id: string; name: string }
  /** `docker update`: the new restart policy, absent when none was given (the engine logs the update all the same) */
  | { type: 'ContainerUpdated'; id: string; restartPolicy?: RestartPolicy }
  | { type: 'ContainerCommitted'; id: string; image: Digest }
  | { type: 'ContainerExported'; id: string }
  /** `docker top`: the daemon ran ps on the container's processes (what it answered is not logged) */
  | { type: 'ContainerProcessesListed'; id: string }
  /** `docker cp` out of the container: the daemon archived a path (what it wrote is not logged) */
  | { type: 'ContainerPathArchived'; id: string }
  /** `docker cp` into the container: a tar was extracted whole (its writes are the ContainerFsChanged before it) */
  | { type: 'ContainerArchiveExtracted'; id: string }
  /** `start -a`: the client attaches before it starts (a foreground `run`'s attach is read from its config) */
  | { type: 'ContainerAttached'; id: string }
  | { type: 'ContainerDestroyed'; id: string }
  | { type: 'ExecStarted'; id: string; execId: string; argv: string[] }
  | { type: 'ExecDied'; id: string; execId: string; exitCode: number };

/** A prune's report: the engine logs one event for the whole run, with no actor. */
export type PruneEvent = { type: 'Pruned'; what: 'container' | 'image' | 'network' | 'builder'; reclaimed: number };

export type Event = LayerEvent | ImageEvent | ContainerEvent | PruneEvent;
export type EventType = Event['type'];

/** One line of the log: the event, its position and the model time it happened at. */
export interface Envelope {
  readonly seq: number;
  /** model time, ms since the epoch */
  readonly at: number;
  readonly event: Event;
}

/**
 * moby's events.Action for each event, or null for bookkeeping events `docker events` does not show.
 * view/events.ts gives each its attributes and what the engine logs with it (a start's network
 * connect, a die's disconnect, exec_create before exec_start); ImageCreated shows only for an import.
 */
export const ACTIONS = {
  LayerRegistered: null,
  LayerDeleted: null,
  ImageCreated: 'import',
  ImageTagged: 'tag',
  ImageUntagged: 'untag',
  ImageDeleted: 'delete',
  ImageParentSet: null,
  ImageSaved: 'save',
  ImageLoaded: 'load',
  ContainerCreated: 'create',
  ContainerStarted: 'start',
  ContainerStartFailed: null,
  ContainerFsChanged: null,
  ContainerOutput: null,
  ContainerProcessBlocked: null,
  ContainerKilled: 'kill',
  ContainerDied: 'die',
  ContainerStopped: 'stop',
  ContainerRestarting: null,
  ContainerRestarted: 'restart',
  ContainerPaused: 'pause',
  ContainerUnpaused: 'unpause',
  ContainerRenamed: 'rename',
  ContainerUpdated: 'update',
  ContainerCommitted: 'commit',
  ContainerExported: 'export',
  ContainerProcessesListed: 'top',
  ContainerPathArchived: 'archive-path',
  ContainerArchiveExtracted: 'extract-to-dir',
  ContainerAttached: 'attach',
  Pruned: 'prune',
  ContainerDestroyed: 'destroy',
  ExecStarted: 'exec_start',
  ExecDied: 'exec_die',
} as const satisfies { readonly [T in EventType]: string | null };

/** Every event type, in the order of ACTIONS (`strata log --type` checks against it). */
export const EVENT_TYPES = Object.keys(ACTIONS) as readonly EventType[];
