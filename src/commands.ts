/**
 * What a user can ask of the engine, named after docker's verbs. `ref` is whatever the user typed to
 * name a container or an image; flags keep docker's meaning and defaults.
 */
import type { BuildContext } from './build/context.js';
import type { CopyArchive } from './container/cp.js';
import type { RestartPolicyRequest } from './container/restart-policy.js';
import type { LoadArchive } from './image/archive/read.js';
import type { Change, Digest, Unsavable } from './layer/changeset.js';

export interface CreateOptions {
  readonly image: string;
  readonly name?: string;
  /** arguments after the image: they replace the image's Cmd */
  readonly cmd: readonly string[];
  /** --entrypoint: "" resets the image's entrypoint */
  readonly entrypoint?: string;
  readonly env: readonly string[];
  readonly workdir?: string;
  readonly labels: readonly string[];
  /** --restart, already split by the CLI: name and maximum retry count */
  readonly restart: RestartPolicyRequest;
  readonly autoRemove: boolean;
  /** --network: recorded only (the model has no networks) */
  readonly network: string;
  /** AttachStdout/AttachStderr: true for create and foreground run, false for run -d */
  readonly attach: boolean;
  /** -h/--hostname: "" (or none) leaves the daemon's default, the short id */
  readonly hostname?: string;
  /** --stop-signal, as typed ("" is none: the image's, else SIGTERM) */
  readonly stopSignal?: string;
  /** --stop-timeout: seconds (the client's int; beyond 2^53 refused by the CLI) */
  readonly stopTimeout?: number;
  /** --read-only: HostConfig.ReadonlyRootfs */
  readonly readOnly?: true;
  /** --init: HostConfig.Init, as given (`--init=false` is false, no flag leaves it unset) */
  readonly init?: boolean;
  /** -u/--user: Config.User as typed ("" or none: the image's) */
  readonly user?: string;
}

/** A layer tar already read by the adaptor (layer/tar-read.ts): decide never parses bytes. */
export interface LayerInput {
  readonly changes: ReadonlyMap<string, Change>;
  readonly diffId: Digest;
  /** the uncompressed tar itself, kept so that `save` gives back the very bytes */
  readonly tar: Uint8Array;
  readonly size: number;
  readonly blobs: ReadonlyMap<Digest, Uint8Array>;
  /** the first entry tar-split cannot read back (see LayerTar): a save of it fails */
  readonly unsavable?: Unsavable;
}

/** docker build (classic builder): the context as the daemon received it, and the build's options. */
export interface BuildOptions {
  readonly context: BuildContext;
  /** -t: references already normalised (`repo:tag`) */
  readonly tags: readonly string[];
  readonly noCache: boolean;
  /** --rm (default true): remove each successful step's containers */
  readonly rm: boolean;
  /** --force-rm: remove them after failed steps too */
  readonly forceRm: boolean;
  readonly target?: string;
  /** --build-arg: a value, or undefined for `--build-arg NAME` unset in the client's environment */
  readonly buildArgs: readonly (readonly [string, string | undefined])[];
}

/**
 * How long an attached client (foreground `run`, `start -a`, `attach`) stays with a process that never
 * exits on its own, in model ms, before it leaves it running (as a client interrupted then would).
 * Without it such a command is refused as would_block. A process that exits is waited for, however
 * long that takes in model time, with or without it. The CLI gives 0 and follows in real time.
 */
export interface Attached {
  readonly leaveAfter?: number;
}

export type Command =
  | { readonly type: 'tick' }
  | ({ readonly type: 'create' } & CreateOptions)
  | ({ readonly type: 'run'; readonly detach: boolean } & CreateOptions & Attached)
  | ({ readonly type: 'start'; readonly ref: string; readonly attach: boolean } & Attached)
  /** docker attach: the client's checks, the attach, then the same wait as a foreground run */
  | ({ readonly type: 'attach'; readonly ref: string } & Attached)
  | { readonly type: 'stop'; readonly ref: string; readonly timeout?: number }
  | { readonly type: 'kill'; readonly ref: string; readonly signal: string }
  | { readonly type: 'pause'; readonly ref: string }
  | { readonly type: 'unpause'; readonly ref: string }
  | { readonly type: 'restart'; readonly ref: string; readonly timeout?: number }
  | { readonly type: 'rm'; readonly ref: string; readonly force: boolean }
  | { readonly type: 'exec'; readonly ref: string; readonly argv: readonly string[]; readonly env: readonly string[]; readonly workdir?: string; readonly user?: string }
  /** docker top: `psArgs` is what followed the container, joined by spaces as the client sends it ('' for ps's -ef) */
  | { readonly type: 'top'; readonly ref: string; readonly psArgs: string }
  | { readonly type: 'wait'; readonly ref: string }
  | { readonly type: 'rename'; readonly ref: string; readonly name: string }
  /** docker update: only --restart is modelled; without it the update changes nothing (and is still logged) */
  | { readonly type: 'update'; readonly ref: string; readonly restart?: RestartPolicyRequest }
  | {
      readonly type: 'commit';
      readonly ref: string;
      readonly repoTag?: string;
      readonly message: string;
      readonly author: string;
      readonly changes: readonly string[];
      readonly pause: boolean;
    }
  | { readonly type: 'import'; readonly layer: LayerInput; readonly repoTag?: string; readonly message: string; readonly changes: readonly string[] }
  | { readonly type: 'tag'; readonly source: string; readonly target: string }
  | { readonly type: 'rmi'; readonly ref: string; readonly force: boolean; readonly prune: boolean }
  | { readonly type: 'image_prune'; readonly all: boolean; readonly filters?: readonly string[] }
  | { readonly type: 'container_prune'; readonly filters?: readonly string[] }
  /** the prunes of containers, networks, images and the build cache, in the client's order; `filters` as the user gave them */
  | { readonly type: 'system_prune'; readonly all: boolean; readonly filters?: readonly string[] }
  /** the flattened view is read from the state by the caller; the engine logs the export */
  | { readonly type: 'export'; readonly ref: string }
  /**
   * docker cp into a container: the tar the client sends (already parsed by the caller) extracted in
   * the directory `path` (the client has applied its path rules); `copyUIDGID` is `-a`
   */
  | { readonly type: 'cp_in'; readonly ref: string; readonly path: string; readonly archive: CopyArchive; readonly copyUIDGID: boolean }
  /** docker cp out of a container: the path's stat and its tar's entries are answered; the engine logs the archive */
  | { readonly type: 'cp_out'; readonly ref: string; readonly path: string }
  | ({ readonly type: 'build' } & BuildOptions)
  /** the archive is written from the state by the caller (image/archive/write.ts); the engine logs the save */
  | { readonly type: 'save'; readonly names: readonly string[] }
  | { readonly type: 'load'; readonly archive: LoadArchive };

export type CommandType = Command['type'];
