/**
 * The model's state: only ever the projection of the event log (see evolve.ts). Plain data, so
 * immer can draft it and JSON can show it. Vocabulary follows moby: `id` is a 64-hex container id
 * or a `sha256:` image id, `name` a container name without its leading '/', `ref` a `repo:tag`.
 */
import type { Change, Digest, Unsavable } from './layer/changeset.js';
import type { ContainerConfig, ImageConfig } from './image/config.js';
import type { ProcState } from './sh/index.js';
import { type Table, emptyTable } from './core/table.js';

/** A read-only layer, keyed by its ChainID, with the number of images, containers and child layers using it. */
export interface Layer {
  readonly chainId: Digest;
  readonly diffId: Digest;
  readonly parent: Digest | null;
  readonly size: number;
  readonly changes: ReadonlyMap<string, Change>;
  /** its tar is the blob at `diffId` (it came in as a tar); else `changes` regenerate it */
  readonly stored: boolean;
  /** the first entry of that tar tar-split cannot read back: `save` cannot rebuild the tar */
  readonly unsavable: Unsavable | null;
  readonly refs: number;
}

export interface Image {
  readonly id: Digest;
  /** the exact config bytes: sha256 of them is `id` */
  readonly json: string;
  readonly config: ImageConfig;
  /** ChainIDs of the image's layers, bottom first */
  readonly chain: readonly Digest[];
  readonly parent: Digest | null;
  readonly children: readonly Digest[];
  readonly builtLocally: boolean;
  readonly created: number;
  readonly lastTagTime: number | null;
}

export type RestartPolicyName = 'no' | 'always' | 'unless-stopped' | 'on-failure';

/**
 * `Name: ''` is what `--restart ''` (or `--restart :N`) creates: the engine keeps it as it is, and
 * restarts such a container as it would with `no` (RestartPolicy.IsNone).
 */
export interface RestartPolicy {
  readonly Name: RestartPolicyName | '';
  readonly MaximumRetryCount: number;
}

export interface HostConfig {
  /** --network as given ("default" when not); the model has no networks, it only records it */
  readonly NetworkMode: string;
  readonly RestartPolicy: RestartPolicy;
  readonly AutoRemove: boolean;
  /** --read-only: the processes cannot change the rootfs (absent in logs written before it was modelled) */
  readonly ReadonlyRootfs?: true;
  /** --init: docker-init runs as PID 1, the program as its child; absent when not given (the engine's null) */
  readonly Init?: boolean;
}

/**
 * Who a container's process runs as (container/user.ts): its credentials, as runc set them, and
 * the HOME runc found for its uid.
 */
export interface ProcessUser {
  readonly uid: number;
  readonly gid: number;
  /** the supplementary groups, sorted, as the kernel keeps them */
  readonly groups: readonly number[];
  readonly home: string;
}

/** moby's container.State flags: they are not exclusive (paused and restarting containers are Running). */
export interface ContainerState {
  readonly running: boolean;
  readonly paused: boolean;
  readonly restarting: boolean;
  readonly dead: boolean;
  readonly pid: number;
  readonly exitCode: number;
  readonly error: string;
  readonly startedAt: number | null;
  readonly finishedAt: number | null;
  /** PID 1's user, from its last start; absent for root with HOME=/ */
  readonly user?: ProcessUser;
}

/** PID 1's interpreter state while it waits (for a timer or a signal). */
export interface Process {
  readonly state: ProcState;
  readonly wakeAt: number | null;
}

/**
 * One message of a container's log, as the json-file driver keeps it: a line with its newline, or
 * what a process left without one when its streams closed. The daemon's log copier holds a line
 * until its newline arrives, so a message's time (`at`, the model time) is when it was completed,
 * and its place in the log is that time's. `open`: a line whose newline has not come yet, which the
 * log does not hold yet (`logs` does not show it); the process's end closes it.
 */
export interface LogEntry {
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
  readonly at: number;
  readonly open?: true;
}

export interface Container {
  readonly id: string;
  readonly name: string;
  readonly created: number;
  readonly path: string;
  readonly args: readonly string[];
  readonly config: ContainerConfig;
  readonly hostConfig: HostConfig;
  /** the image id pinned at create */
  /** '' for a build step's container on `FROM scratch` */
  readonly image: Digest | '';
  /** the image as the user typed it */
  readonly imageRef: string;
  /** ChainID of the image's top layer: the parent of the RW layer, pinned even if the image is deleted */
  readonly layer: Digest | null;
  readonly state: ContainerState;
  readonly restartCount: number;
  /** the restart manager's next delay (ms); 0 when no restart is pending */
  readonly restartDelay: number;
  /**
   * HasBeenManuallyStopped: a stop or any kill since the user last started it. Under `unless-stopped`
   * the next exit is then not restarted.
   */
  readonly manuallyStopped: boolean;
  /**
   * The restart manager was cancelled (ExitOnNext: a stop, or a kill with the container's stop
   * signal, SIGKILL, or any signal when it has none): no policy restarts it.
   */
  readonly restartCanceled: boolean;
  readonly rw: ReadonlyMap<string, Change>;
  readonly logs: readonly LogEntry[];
  readonly process: Process | null;
}

export interface State {
  readonly containers: Table<Container>;
  /** container name (no leading '/') -> id */
  readonly names: Table<string>;
  readonly images: Table<Image>;
  /** `repo:tag` -> image id */
  readonly tags: Table<Digest>;
  readonly layers: Table<Layer>;
  /** container id -> the model time at which its process wakes or it restarts */
  readonly timers: Table<number>;
  /** the model clock (ms): the time of the latest event */
  readonly clock: number;
  readonly seq: number;
  /** last pid handed out */
  readonly pids: number;
}

export const initialState = (): State => ({
  containers: emptyTable(),
  names: emptyTable(),
  images: emptyTable(),
  tags: emptyTable(),
  layers: emptyTable(),
  timers: emptyTable(),
  clock: 0,
  seq: 0,
  pids: 0,
});

export type Status = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

/** container/state.go State.StateString, in its precedence order. */
export function statusOf(s: ContainerState): Status {
  if (s.running) {
    if (s.paused) return 'paused';
    if (s.restarting) return 'restarting';
    return 'running';
  }
  if (s.dead) return 'dead';
  if (s.startedAt === null) return 'created';
  return 'exited';
}
