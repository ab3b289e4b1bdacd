/**
 * The universe `strata check` explores: the state it starts from (one imported busybox image,
 * `base:1`), the bounds (how many containers at once, how many images besides `base:1`), and the
 * command alphabet — which commands can be typed in a state, each a docker command line with its
 * names chosen deterministically (the lowest free `cN`, the lowest free `iN:1`), so that a path of
 * the exploration is a script anyone can replay.
 *
 * Each step is decided and applied by the model itself (`decide`, `apply`): the same code the CLI
 * runs. A step's context is a function of the state it starts from — the clock moves one second per
 * command, ids come from the state's sequence number — so a path replays to the very same states.
 */
import { createHash } from 'node:crypto';
import type { Command, CreateOptions } from '../commands.js';
import type { Context } from '../core/context.js';
import { render } from '../core/errors.js';
import * as table from '../core/table.js';
import { decide } from '../decide.js';
import type { Decision } from '../decision.js';
import type { Envelope } from '../events.js';
import { replay } from '../evolve.js';
import type { Digest } from '../layer/changeset.js';
import { loadBusybox } from '../host/busybox.js';
import { DEFAULT_APPLETS, makeBaseRootfs } from '../layer/rootfs.js';
import { readLayerTar } from '../layer/tar-read.js';
import { type State, initialState } from '../state.js';

/** A container's program: its argv, and whether it exits at once (then its commands wait for that exit). */
export interface Program {
  readonly argv: readonly string[];
  readonly instant: boolean;
}

/** The programs the alphabet creates containers with, unless overridden. */
export const DEFAULT_PROGRAMS: readonly (readonly string[])[] = [
  ['true'],
  ['sh', '-c', 'exit 3'],
  ['sh', '-c', 'echo x > /f'],
  ['sh', '-c', 'while :; do sleep 1; done'],
  ['sh', '-c', "trap 'exit 0' TERM; while :; do sleep 1; done"],
];

/** What `docker exec` runs in the alphabet: it writes a file into the container's RW layer. */
export const DEFAULT_EXEC: readonly string[] = ['sh', '-c', 'echo e > /e'];

/** The verbs of the alphabet, by the name the `--verbs` option takes. */
export const VERB_NAMES = [
  'create', 'run', 'start', 'stop', 'kill', 'pause', 'unpause', 'restart', 'rm', 'rm-f', 'exec', 'commit', 'tag', 'rmi', 'rmi-f', 'container-prune', 'image-prune', 'image-prune-a',
] as const;
export type VerbName = (typeof VERB_NAMES)[number];

export interface UniverseOptions {
  /** at most this many containers exist at once */
  readonly containers: number;
  /** at most this many images besides `base:1` exist at once (commit is offered only below it) */
  readonly images: number;
  /** argv of each program (default DEFAULT_PROGRAMS) */
  readonly programs?: readonly (readonly string[])[];
  /** argv `exec` runs (default DEFAULT_EXEC) */
  readonly exec?: readonly string[];
  /** the verbs offered (default all of VERB_NAMES) */
  readonly verbs?: readonly VerbName[];
}

export interface Universe {
  readonly containers: number;
  readonly images: number;
  readonly programs: readonly Program[];
  readonly exec: readonly string[];
  readonly verbs: ReadonlySet<VerbName>;
  /** the tag names commit and tag may give: `i1:1` … `i(M+1):1` */
  readonly tagPool: readonly string[];
  /** the id of the image the root state imported as `base:1` */
  readonly baseImage: string;
}

export const BASE_REF = 'base:1';

/** The tar of the base image: the project's busybox rootfs, as the engine tests import it. */
export const baseTar = (): Uint8Array => makeBaseRootfs(loadBusybox(), DEFAULT_APPLETS);

/** Content-addressed blobs the steps wrote (file contents): what `ctx.blob` reads. */
export type Blobs = Map<Digest, Uint8Array>;

const SECOND = 1000;

/** The context of a step from `state`: a second later than its last event, ids from its sequence number. */
export function contextFor(state: State, blobs: Blobs): Context {
  let n = 0;
  const id = (): string => createHash('sha256').update(`strata-check:${state.seq}:${n++}`).digest('hex');
  return {
    now: state.clock + SECOND,
    newId: id,
    randomName: () => `strata_${id().slice(0, 8)}`,
    blob: (d) => {
      const b = blobs.get(d);
      if (b === undefined) throw new Error(`strata check: blob ${d} was never written`);
      return b;
    },
  };
}

/** The state after `decision`'s events, or `state` itself when there are none. */
function after(state: State, decision: Decision, blobs: Blobs): State {
  if (decision.events.length === 0) return state;
  for (const [d, b] of decision.blobs) blobs.set(d, b);
  let seq = state.seq;
  const envelopes: Envelope[] = decision.events.map(({ at, event }) => ({ seq: ++seq, at, event }));
  // the replay from a frozen state: copy on write, no proxies (evolve.ts); what it makes is frozen
  return replay(envelopes, state);
}

/**
 * The second that passes before the next command: what falls due in it happens (sleeps end, loops
 * go round). Every command from `state` starts from this same state, so the model's catching up is
 * done once per state rather than once per command.
 */
export const elapse = (state: State, blobs: Blobs): State => after(state, decide({ type: 'tick' }, state, contextFor(state, blobs)), blobs);

/**
 * One step: a second passes (`elapsed`, from `elapse`), then the command is decided at its end.
 * A refused command leaves `state` as it was: nothing happened, the second's passing included.
 */
export function step(state: State, command: Command, blobs: Blobs, elapsed: State = elapse(state, blobs)): { decision: Decision; state: State } {
  const decision = decide(command, elapsed, contextFor(state, blobs));
  return { decision, state: decision.events.length === 0 ? state : after(elapsed, decision, blobs) };
}

/** The state every exploration starts from: `docker import base.tar base:1` into an empty engine. */
export async function rootState(blobs: Blobs, tar: Uint8Array = baseTar()): Promise<State> {
  const layer = await readLayerTar(tar);
  if ('code' in layer) throw new Error(`strata check: the base rootfs does not read as a layer: ${render(layer.error)}`);
  const start: State = { ...initialState(), clock: Date.UTC(2026, 0, 1) };
  const { decision, state } = step(start, { type: 'import', layer, message: '', changes: [], repoTag: BASE_REF }, blobs);
  if (decision.error) throw new Error(`strata check: importing the base image failed: ${decision.error.code}`);
  return state;
}

/**
 * The universe for the given bounds. Whether a program exits at once is asked of the model: a
 * foreground run of it from the root state either ends or is refused as blocking for ever.
 */
export function makeUniverse(options: UniverseOptions, root: State, blobs: Blobs): Universe {
  const programs = (options.programs ?? DEFAULT_PROGRAMS).map((argv): Program => {
    const probe = step(root, runCommand(argv, 'probe', false), new Map(blobs));
    return { argv, instant: probe.decision.error?.code !== 'would_block' };
  });
  const tagPool = Array.from({ length: options.images + 1 }, (_, i) => `i${i + 1}:1`);
  return {
    containers: options.containers,
    images: options.images,
    programs,
    exec: options.exec ?? DEFAULT_EXEC,
    verbs: new Set(options.verbs ?? VERB_NAMES),
    tagPool,
    baseImage: table.get(root.tags, BASE_REF) ?? '',
  };
}

const createOptions = (argv: readonly string[], name: string, attach: boolean): CreateOptions => ({
  image: BASE_REF,
  name,
  cmd: argv,
  env: [],
  labels: [],
  restart: { name: 'no', max: 0 },
  autoRemove: false,
  network: 'none',
  attach,
});

/** `docker run`: in the foreground for a program that exits at once (no race with its exit), else `-d`. */
const runCommand = (argv: readonly string[], name: string, detach: boolean): Command => ({ type: 'run', detach, ...createOptions(argv, name, !detach) });

/** The lowest name `prefix0`, `prefix1`, … for which `taken` is false. */
function lowestFree(prefix: string, suffix: string, taken: (name: string) => boolean): string {
  for (let i = 0; ; i++) if (!taken(`${prefix}${i}${suffix}`)) return `${prefix}${i}${suffix}`;
}

/** The commands of the alphabet in `state`, in a fixed order (the order of the exploration's transitions). */
export function actions(state: State, u: Universe): Command[] {
  const out: Command[] = [];
  const has = (v: VerbName): boolean => u.verbs.has(v);
  const containers = [...table.values(state.containers)].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (state.containers.size < u.containers) {
    const name = lowestFree('c', '', (n) => table.get(state.names, n) !== undefined);
    for (const p of u.programs) {
      if (has('create')) out.push({ type: 'create', ...createOptions(p.argv, name, true) });
      if (has('run')) out.push(runCommand(p.argv, name, !p.instant));
    }
  }
  const imageCount = state.images.size - (table.get(state.images, u.baseImage) === undefined ? 0 : 1);
  const freeTag = u.tagPool.find((t) => table.get(state.tags, t) === undefined);
  const programOf = (args: readonly string[]): Program | undefined => u.programs.find((p) => p.argv.length === args.length && p.argv.every((a, i) => a === args[i]));
  for (const c of containers) {
    const ref = c.name;
    const instant = programOf([c.path, ...c.args])?.instant ?? false;
    if (has('start')) out.push({ type: 'start', ref, attach: instant });
    if (has('stop')) out.push({ type: 'stop', ref });
    if (has('kill')) out.push({ type: 'kill', ref, signal: 'KILL' });
    if (has('pause')) out.push({ type: 'pause', ref });
    if (has('unpause')) out.push({ type: 'unpause', ref });
    if (has('restart')) out.push({ type: 'restart', ref });
    if (has('rm')) out.push({ type: 'rm', ref, force: false });
    if (has('rm-f')) out.push({ type: 'rm', ref, force: true });
    if (has('exec')) out.push({ type: 'exec', ref, argv: u.exec, env: [] });
    if (has('commit') && imageCount < u.images && freeTag !== undefined) {
      out.push({ type: 'commit', ref, repoTag: freeTag, message: '', author: '', changes: [], pause: true });
    }
  }
  const tags = [...table.entries(state.tags)].map(([t]) => t).sort();
  for (const t of tags) {
    if (has('tag') && freeTag !== undefined) out.push({ type: 'tag', source: t, target: freeTag });
    if (has('rmi')) out.push({ type: 'rmi', ref: t, force: false, prune: true });
    if (has('rmi-f')) out.push({ type: 'rmi', ref: t, force: true, prune: true });
  }
  if (has('container-prune')) out.push({ type: 'container_prune' });
  if (has('image-prune')) out.push({ type: 'image_prune', all: false });
  if (has('image-prune-a')) out.push({ type: 'image_prune', all: true });
  return out;
}
