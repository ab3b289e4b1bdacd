/**
 * A shard of the exploration: the concrete states of part of the current frontier, expanded by the
 * alphabet with the model's own decide and apply. The coordinator (explore.ts) owns the set of
 * visited abstract states and the numbering; a shard only ever reports abstract keys and keeps, for
 * each new key, the concrete state it reached first, until told which of them are new.
 *
 * Everything a shard reports is ordered by (parent index, action index), so whichever shard
 * computed a state, and however many shards there are, the coordinator picks the same
 * representative for each abstract state: the count is the same for any number of workers.
 */
import type { Digest } from '../layer/changeset.js';
import type { State } from '../state.js';
import { frozen } from '../evolve.js';
import { canonicalKey } from './canonical.js';
import { actionLabel } from './script.js';
import { type Blobs, type Universe, actions, elapse, step } from './universe.js';

/** A named check of a state: the violations it finds (none when the state is sound). */
export interface Check {
  readonly name: string;
  readonly check: (state: State) => readonly string[];
}

/** A successor not known to be visited: its key, and the step that reached it first in this shard. */
export interface Candidate {
  readonly key: string;
  readonly parent: number;
  readonly action: number;
}

/**
 * A transition of the state graph (recorded only when asked, for `strata check --lts`): from a
 * frontier state, by the action at `action` in its alphabet, to the state of key `to`, or back to
 * itself (`to` null: a command that succeeded and changed nothing the abstract state keeps, such as
 * a prune that found nothing to delete). A refused command is no transition.
 */
export interface Edge {
  readonly from: number;
  readonly action: number;
  readonly label: string;
  readonly to: string | null;
}

/** What one level's expansion found in a shard, asked for once every shard is done. */
export interface Expansion {
  /** ordered by (parent, action) */
  readonly candidates: readonly Candidate[];
  /** commands that changed the state (whether to a new abstract state or not) */
  readonly transitions: number;
  /** blobs written by this level's steps: every shard needs them before it reads them */
  readonly blobs: readonly (readonly [Digest, Uint8Array])[];
  /** every transition of this level, when the shard records them (else empty) */
  readonly edges: readonly Edge[];
}

export interface ShardOptions {
  /** told every state that enters the frontier */
  readonly observe?: (state: State) => void;
  /** record every transition (Edge) */
  readonly edges?: boolean;
}

/** One chunk of a level's expansion: how many states it expanded, and how many are left here. */
export interface Chunk {
  readonly done: number;
  readonly left: number;
}

export interface Violation {
  readonly index: number;
  readonly check: string;
  readonly message: string;
}

interface Reached {
  readonly parent: number;
  readonly action: number;
  readonly state: State;
}

export class Shard {
  /** global index -> state: the level being checked and expanded */
  private frontier = new Map<number, State>();
  /** the frontier's indices not yet expanded, ascending, from `next` on */
  private queue: number[] = [];
  private next = 0;
  /** each key reached this level, by the least (parent, action) that reached it here */
  private reached = new Map<string, Reached>();
  private transitions = 0;
  private edges: Edge[] = [];
  private readonly known = new Set<Digest>();

  constructor(
    private readonly universe: Universe,
    private readonly blobs: Blobs,
    private readonly checks: readonly Check[],
    private readonly options: ShardOptions = {},
  ) {
    for (const d of blobs.keys()) this.known.add(d);
  }

  get size(): number {
    return this.frontier.size;
  }

  /** Take states into the frontier (the root, or states another shard reached). */
  receive(states: Iterable<readonly [number, State]>): void {
    for (const [i, s] of states) {
      this.frontier.set(i, frozen(s));
      this.options.observe?.(s);
    }
    this.requeue();
  }

  addBlobs(blobs: Iterable<readonly [Digest, Uint8Array]>): void {
    for (const [d, b] of blobs) {
      this.blobs.set(d, b);
      this.known.add(d);
    }
  }

  /** Every check on every frontier state; the violations, by state index. */
  check(): Violation[] {
    const out: Violation[] = [];
    for (const i of [...this.frontier.keys()].sort((a, b) => a - b)) {
      const s = this.frontier.get(i)!;
      for (const c of this.checks) for (const message of c.check(s)) out.push({ index: i, check: c.name, message });
    }
    return out;
  }

  /** Every action from up to `limit` more frontier states, in index order. */
  expand(limit: number): Chunk {
    let done = 0;
    for (; done < limit && this.next < this.queue.length; done++) {
      const i = this.queue[this.next++]!;
      const s = this.frontier.get(i)!;
      const elapsed = elapse(s, this.blobs);
      actions(s, this.universe).forEach((command, j) => {
        const { decision, state: next } = step(s, command, this.blobs, elapsed);
        const edge = (to: string | null): void => void (this.options.edges === true && this.edges.push({ from: i, action: j, label: actionLabel(command), to }));
        if (next === s) {
          if (decision.error === undefined) edge(null);
          return;
        }
        this.transitions++;
        // a prune that found nothing only reports it: the same abstract state
        if (decision.events.every((e) => e.event.type === 'Pruned')) return edge(null);
        const key = canonicalKey(next);
        edge(key);
        const seen = this.reached.get(key);
        // states given to this shard are expanded after its own, so a later one may reach a key first
        if (seen && (seen.parent < i || (seen.parent === i && seen.action < j))) return;
        this.reached.set(key, { parent: i, action: j, state: next });
      });
    }
    return { done, left: this.queue.length - this.next };
  }

  /** Hand over up to `count` states not yet expanded, the last in index order first, to another shard. */
  give(count: number): [number, State][] {
    const n = Math.max(0, Math.min(count, this.queue.length - this.next));
    const out: [number, State][] = this.queue.splice(this.queue.length - n, n).map((i) => [i, this.frontier.get(i)!]);
    for (const [i] of out) this.frontier.delete(i);
    return out;
  }

  /** Take over states another shard gave up, to expand them this level (they entered the frontier there). */
  take(states: Iterable<readonly [number, State]>): void {
    const added: number[] = [];
    for (const [i, s] of states) {
      this.frontier.set(i, frozen(s));
      added.push(i);
    }
    this.queue = [...this.queue.slice(this.next), ...added].sort((a, b) => a - b);
    this.next = 0;
  }

  /** What this level reached, once every shard is done. */
  collect(): Expansion {
    const candidates: Candidate[] = [...this.reached].map(([key, r]) => ({ key, parent: r.parent, action: r.action }));
    candidates.sort((a, b) => a.parent - b.parent || a.action - b.action);
    const blobs: [Digest, Uint8Array][] = [];
    for (const [d, b] of this.blobs) {
      if (this.known.has(d)) continue;
      this.known.add(d);
      blobs.push([d, b]);
    }
    const edges = this.edges;
    this.edges = [];
    return { candidates, transitions: this.transitions, blobs, edges };
  }

  /**
   * The coordinator's answer: which candidates are new, under which index, and which shard holds
   * each. The frontier becomes the new states kept here; those for other shards are given back.
   */
  settle(keep: readonly (readonly [string, number])[], give: readonly (readonly [string, number])[]): [number, State][] {
    this.frontier = new Map();
    for (const [key, i] of keep) {
      const s = this.reached.get(key)!.state;
      this.frontier.set(i, s);
      this.options.observe?.(s);
    }
    const out: [number, State][] = give.map(([key, i]) => [i, this.reached.get(key)!.state]);
    this.reached = new Map();
    this.transitions = 0;
    this.requeue();
    return out;
  }

  private requeue(): void {
    this.queue = [...this.frontier.keys()].sort((a, b) => a - b);
    this.next = 0;
  }
}

/** What the coordinator (explore.ts) asks of a shard. */
export type ShardRequest =
  | { readonly op: 'receive'; readonly states: readonly (readonly [number, State])[]; readonly blobs: readonly (readonly [Digest, Uint8Array])[] }
  | { readonly op: 'check' }
  | { readonly op: 'expand'; readonly limit: number }
  | { readonly op: 'give'; readonly count: number }
  | { readonly op: 'take'; readonly states: readonly (readonly [number, State])[] }
  | { readonly op: 'collect' }
  | { readonly op: 'settle'; readonly keep: readonly (readonly [string, number])[]; readonly give: readonly (readonly [string, number])[] };

export interface Answers {
  receive: number;
  check: Violation[];
  expand: Chunk;
  give: [number, State][];
  take: number;
  collect: Expansion;
  settle: [number, State][];
}
export type Answer<R extends ShardRequest> = Answers[R['op']];

/** A request carried out on a shard: the one code both the shard in this thread and a worker run. */
export function serve<R extends ShardRequest>(shard: Shard, req: R): Answer<R> {
  const answer = (): Answers[keyof Answers] => {
    switch (req.op) {
      case 'receive':
        shard.addBlobs(req.blobs);
        shard.receive(req.states);
        return shard.size;
      case 'check':
        return shard.check();
      case 'expand':
        return shard.expand(req.limit);
      case 'give':
        return shard.give(req.count);
      case 'take':
        shard.take(req.states);
        return shard.size;
      case 'collect':
        return shard.collect();
      case 'settle':
        return shard.settle(req.keep, req.give);
    }
  };
  return answer() as Answer<R>;
}
