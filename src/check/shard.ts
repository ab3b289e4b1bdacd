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

export interface Expansion {
  readonly candidates: readonly Candidate[];
  /** commands that changed the state (whether to a new abstract state or not) */
  readonly transitions: number;
  /** blobs written by this expansion's steps: every shard needs them before it reads them */
  readonly blobs: readonly (readonly [Digest, Uint8Array])[];
}

export interface Violation {
  readonly index: number;
  readonly check: string;
  readonly message: string;
}

export class Shard {
  /** global index -> state, in index order */
  private frontier = new Map<number, State>();
  private candidates = new Map<string, State>();
  private readonly known = new Set<Digest>();

  constructor(
    private readonly universe: Universe,
    private readonly blobs: Blobs,
    private readonly checks: readonly Check[],
    /** told every state that enters the frontier */
    private readonly observe?: (state: State) => void,
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
      this.observe?.(s);
    }
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

  /** Every action from every frontier state. `progress` is told how many states are done, now and then. */
  expand(progress?: (done: number) => void): Expansion {
    const out: Candidate[] = [];
    this.candidates = new Map();
    let transitions = 0;
    let done = 0;
    let last = Date.now();
    for (const i of [...this.frontier.keys()].sort((a, b) => a - b)) {
      const s = this.frontier.get(i)!;
      const elapsed = elapse(s, this.blobs);
      actions(s, this.universe).forEach((command, j) => {
        const { decision, state: next } = step(s, command, this.blobs, elapsed);
        if (next === s) return;
        transitions++;
        // a prune that found nothing only reports it: the same abstract state
        if (decision.events.every((e) => e.event.type === 'Pruned')) return;
        const key = canonicalKey(next);
        if (this.candidates.has(key)) return;
        this.candidates.set(key, next);
        out.push({ key, parent: i, action: j });
      });
      done++;
      if (progress && Date.now() - last >= 1000) {
        last = Date.now();
        progress(done);
      }
    }
    const blobs: [Digest, Uint8Array][] = [];
    for (const [d, b] of this.blobs) {
      if (this.known.has(d)) continue;
      this.known.add(d);
      blobs.push([d, b]);
    }
    return { candidates: out, transitions, blobs };
  }

  /**
   * The coordinator's answer: which candidates are new, under which index, and which shard holds
   * each. The frontier becomes the new states kept here; those for other shards are given back.
   */
  settle(keep: readonly (readonly [string, number])[], give: readonly (readonly [string, number])[]): [number, State][] {
    this.frontier = new Map();
    for (const [key, i] of keep) {
      const s = this.candidates.get(key)!;
      this.frontier.set(i, s);
      this.observe?.(s);
    }
    const out: [number, State][] = give.map(([key, i]) => [i, this.candidates.get(key)!]);
    this.candidates = new Map();
    return out;
  }
}
