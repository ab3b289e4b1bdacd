/**
 * Breadth-first exploration of the model's reachable states, level by level, each abstract state
 * (canonical.ts) visited once, every check run on every state. The coordinator here owns the visited
 * set and numbers the states in the order (level, parent's number, action's place in the alphabet);
 * shards (shard.ts) hold the concrete states and expand them, in this thread (one worker) or in
 * worker threads (worker.ts). A state's number fixes which concrete state stands for its abstract
 * state (the first one reached in that order), so the same states are found whatever the number of
 * workers, and the first violation found is one at the least depth: its path is a shortest one.
 */
import { Worker } from 'node:worker_threads';
import type { Command } from '../commands.js';
import type { State } from '../state.js';
import { canonicalKey } from './canonical.js';
import { StateGraph } from './lts.js';
import { CHECK_FAULT, libraryFile, loadChecks, workerScript } from './modules.js';
import { type Answer, type Candidate, type Edge, Shard, type ShardRequest, serve } from './shard.js';
import { type Blobs, type Universe, type UniverseOptions, actions, makeUniverse, rootState, step } from './universe.js';

export interface ExploreOptions {
  readonly universe: UniverseOptions;
  /** the deepest level explored (states at most this many commands from the root); Infinity for all */
  readonly depth: number;
  /** worker threads; 1 runs the one shard in this thread */
  readonly workers: number;
  /** user invariant modules (files) */
  readonly invariants?: readonly string[];
  /** told the progress now and then */
  readonly progress?: (p: Progress) => void;
  /** every state visited, with its depth (one worker only: the states stay in this thread) */
  readonly onState?: (state: State, depth: number) => void;
  /** keep every transition: the result's `graph` */
  readonly graph?: boolean;
}

export interface Progress {
  readonly states: number;
  readonly frontier: number;
  readonly depth: number;
  /** states expanded per second so far */
  readonly statesPerSecond: number;
  /** states of the frontier expanded so far */
  readonly expanded: number;
}

export interface Found {
  readonly check: string;
  readonly message: string;
  /** the commands from the root state to the violating state */
  readonly path: readonly Command[];
  /** the states along it, the root first */
  readonly states: readonly State[];
}

export interface ExploreResult {
  readonly states: number;
  readonly transitions: number;
  /** the deepest level holding a state */
  readonly depth: number;
  /** states at that depth violating a check (the run stops at the first level with one) */
  readonly violations: number;
  readonly elapsedMs: number;
  /** new states per level, the root's level first */
  readonly levels: readonly number[];
  readonly violation?: Found;
  /**
   * Every transition between the states numbered, when asked for (`graph`): the states expanded
   * (all but the last level's, or the violating level's), each by every command of the alphabet it
   * does not refuse, in the order (source, place in the alphabet).
   */
  readonly graph?: StateGraph;
}

export interface WorkerSetup {
  readonly universe: UniverseOptions;
  readonly invariants: readonly string[];
  /** the module `import 'strata'` stands for in invariant modules */
  readonly library?: string;
  /** shards record every transition */
  readonly edges?: boolean;
}

interface ShardHandle {
  ask<R extends ShardRequest>(req: R): Promise<Answer<R>>;
  close(): Promise<void>;
}

/** The shard in this thread. */
function localShard(shard: Shard): ShardHandle {
  return {
    ask: (req) => Promise.resolve(serve(shard, req)),
    close: () => Promise.resolve(),
  };
}

/** A shard in a worker thread (worker.ts). */
function workerShard(script: string, setup: WorkerSetup): ShardHandle {
  const worker = new Worker(script, { workerData: setup });
  let next = 0;
  const waiting = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>();
  const fail = (e: Error): void => {
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  worker.on('message', (m: { id: number; result?: unknown; error?: string }) => {
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.error !== undefined) w?.reject(new Error(m.error.startsWith(CHECK_FAULT) ? m.error : `strata check: a worker failed: ${m.error}`));
    else w?.resolve(m.result as never);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`strata check: a worker exited (${code})`)));
  return {
    ask: (req) =>
      new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve: resolve as (v: never) => void, reject });
        worker.postMessage({ ...req, id });
      }),
    close: async () => {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}

/**
 * Expand the level the shards hold, a chunk at a time. A shard that runs out takes half of what is
 * left to the shard with the most left: states differ a great deal in cost (a looping program's
 * shell runs for every command), so equal shares of states are not equal shares of work. A shard
 * answers a `give` between two chunks.
 */
async function expandLevel(shards: readonly ShardHandle[], sizes: readonly number[], onChunk: (done: number) => void): Promise<void> {
  const left = [...sizes];
  const drive = async (w: number): Promise<void> => {
    for (;;) {
      const chunk = await shards[w]!.ask({ op: 'expand', limit: CHUNK });
      left[w] = chunk.left;
      if (chunk.done > 0) onChunk(chunk.done);
      if (chunk.left > 0) continue;
      let victim = -1;
      for (let v = 0; v < shards.length; v++) if (v !== w && left[v]! >= 2 && (victim < 0 || left[v]! > left[victim]!)) victim = v;
      if (victim < 0) return;
      const count = Math.floor(left[victim]! / 2);
      left[victim] = left[victim]! - count;
      const given = await shards[victim]!.ask({ op: 'give', count });
      if (given.length === 0) continue;
      left[w] = await shards[w]!.ask({ op: 'take', states: given });
    }
  };
  await Promise.all(shards.map((_, w) => drive(w)));
}

/** States a shard expands before it answers again (and so before it can give any away). */
const CHUNK = 16;

/** The path to state `index`, replayed from the root: its commands and its states. */
function pathTo(index: number, parents: readonly number[], actionsOf: readonly number[], root: State, universe: Universe, blobs: Blobs): Pick<Found, 'path' | 'states'> {
  const chain: number[] = [];
  for (let i = index; i > 0; i = parents[i]!) chain.unshift(actionsOf[i]!);
  const path: Command[] = [];
  const states = [root];
  let s = root;
  for (const a of chain) {
    const command = actions(s, universe)[a]!;
    path.push(command);
    s = step(s, command, blobs).state;
    states.push(s);
  }
  return { path, states };
}

export async function explore(options: ExploreOptions): Promise<ExploreResult> {
  const started = Date.now();
  const blobs: Blobs = new Map();
  const root = await rootState(blobs);
  const universe = makeUniverse(options.universe, root, blobs);
  const count = Math.max(1, Math.floor(options.workers));
  if (options.onState && count > 1) throw new Error('strata check: onState needs the states in this thread (one worker)');

  let states = 1;
  let frontierSize = 1;
  let depth = 0;
  let expanded = 0;
  /** the depth of the states entering the frontier (what onState is told) */
  let entering = 0;
  /** states whose expansion is done, in earlier levels */
  let processed = 0;
  const report = (): void =>
    options.progress?.({ states, frontier: frontierSize, depth, statesPerSecond: rate(processed + expanded, Date.now() - started), expanded });
  const shards: ShardHandle[] =
    count === 1
      ? [
          localShard(
            new Shard(universe, blobs, await loadChecks(options.invariants ?? []), {
              ...(options.onState ? { observe: (s: State) => options.onState?.(s, entering) } : {}),
              edges: options.graph === true,
            }),
          ),
        ]
      : await Promise.all(
          Array.from({ length: count }, async () =>
            workerShard(await workerScript(), {
              universe: options.universe,
              invariants: options.invariants ?? [],
              ...((options.invariants ?? []).length > 0 ? { library: await libraryFile() } : {}),
              edges: options.graph === true,
            }),
          ),
        );

  try {
    /** every abstract state numbered so far: key -> number */
    const visited = new Map<string, number>([[canonicalKey(root), 0]]);
    const graph = options.graph === true ? new StateGraph() : undefined;
    const parents: number[] = [-1];
    const actionsOf: number[] = [-1];
    const levels: number[] = [1];
    let transitions = 0;
    let violation: Found | undefined;
    let violations = 0;
    /** how many states of the level each shard holds */
    const sizes: number[] = shards.map(() => 0);
    sizes[0] = await shards[0]!.ask({ op: 'receive', states: [[0, root]], blobs: [] });

    for (;;) {
      const found = (await Promise.all(shards.map((s) => s.ask({ op: 'check' })))).flat().sort((a, b) => a.index - b.index);
      if (found.length > 0) {
        const first = found[0]!;
        violations = new Set(found.map((v) => v.index)).size;
        violation = { check: first.check, message: first.message, ...pathTo(first.index, parents, actionsOf, root, universe, blobs) };
        break;
      }
      if (depth >= options.depth) break;
      await expandLevel(shards, sizes, (n) => {
        expanded += n;
        report();
      });
      const expansions = await Promise.all(shards.map((s) => s.ask({ op: 'collect' })));
      transitions += expansions.reduce((n, e) => n + e.transitions, 0);
      const newBlobs = expansions.flatMap((e) => e.blobs);
      for (const [d, b] of newBlobs) blobs.set(d, b);

      // the first (parent, action) to reach each new key, over every shard
      const first = new Map<string, { c: Candidate; shard: number }>();
      expansions.forEach((e, shard) => {
        for (const c of e.candidates) {
          if (visited.has(c.key)) continue;
          const seen = first.get(c.key);
          if (!seen || c.parent < seen.c.parent || (c.parent === seen.c.parent && c.action < seen.c.action)) first.set(c.key, { c, shard });
        }
      });
      const fresh = [...first.values()].sort((a, b) => a.c.parent - b.c.parent || a.c.action - b.c.action);
      const numbered = parents.length;
      for (const { c } of fresh) {
        visited.set(c.key, parents.length);
        parents.push(c.parent);
        actionsOf.push(c.action);
      }
      if (graph) addEdges(graph, expansions.flatMap((e) => e.edges), visited);
      if (fresh.length === 0) break;
      const keep: [string, number][][] = shards.map(() => []);
      const give: [string, number][][] = shards.map(() => []);
      const owner = new Map<number, number>();
      const targets = balance(fresh.map((f) => f.shard), count);
      fresh.forEach(({ c, shard }, n) => {
        const index = numbered + n;
        const target = targets[n]!;
        owner.set(index, target);
        (target === shard ? keep : give)[shard]!.push([c.key, index]);
      });
      entering = depth + 1;
      const given = (await Promise.all(shards.map((s, i) => s.ask({ op: 'settle', keep: keep[i]!, give: give[i]! })))).flat();
      const byTarget: [number, State][][] = shards.map(() => []);
      for (const [index, s] of given) byTarget[owner.get(index)!]!.push([index, s]);
      const received = await Promise.all(shards.map((s, i) => s.ask({ op: 'receive', states: byTarget[i]!, blobs: newBlobs })));
      received.forEach((n, i) => (sizes[i] = n));
      depth++;
      processed += frontierSize;
      expanded = 0;
      states += fresh.length;
      frontierSize = fresh.length;
      levels.push(fresh.length);
      report();
    }
    return { states, transitions, depth, violations, elapsedMs: Date.now() - started, levels, ...(violation ? { violation } : {}), ...(graph ? { graph } : {}) };
  } finally {
    await Promise.all(shards.map((s) => s.close()));
  }
}

/** A level's transitions, from every shard, into the graph: by source, then place in the alphabet, each target by its number. */
function addEdges(graph: StateGraph, edges: Edge[], numbers: ReadonlyMap<string, number>): void {
  edges.sort((a, b) => a.from - b.from || a.action - b.action);
  for (const e of edges) {
    const to = e.to === null ? e.from : numbers.get(e.to);
    if (to === undefined) throw new Error('strata check: a transition reached a state that was never numbered');
    graph.add(e.from, e.label, to);
  }
}

/**
 * Which shard expands each new state of the next level, given the shard that found it. A state
 * stays where it was found (moving it costs a structured clone on each side, and the shard that
 * found it holds its parent's objects, which the canonical keys' caches know); only a shard's excess
 * over an even share moves, the last-found first, to the shards short of theirs. Which shard holds a
 * state never changes what is found: the numbering is fixed before.
 */
export function balance(foundBy: readonly number[], shards: number): number[] {
  const targets = [...foundBy];
  const share = Math.ceil(foundBy.length / shards);
  const held = new Array<number>(shards).fill(0);
  for (const s of foundBy) held[s]!++;
  let short = 0;
  for (let n = targets.length - 1; n >= 0; n--) {
    const from = targets[n]!;
    if (held[from]! <= share) continue;
    while (held[short]! >= share) short++;
    held[from]!--;
    held[short]!++;
    targets[n] = short;
  }
  return targets;
}

const rate = (n: number, ms: number): number => (ms <= 0 ? 0 : Math.round((n * 1000) / ms));
