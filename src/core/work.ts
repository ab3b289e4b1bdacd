/**
 * One command's unit of work inside decide: the events it emits so far, applied to a private
 * state so the rest of the decision sees their effect (a `run` creates, then starts, then waits).
 * The private state is a copy of the root that copies on write what it shares with the state
 * decided against (core/table.ts `writable`): reads are plain property reads, with no immer proxy.
 * Events are applied to it when the state is next read, so a decision that emits and returns (a
 * pause, a rename, a tag) copies nothing. It is thrown away; the caller appends the events and
 * evolves its own state with them.
 */
import type { Draft } from 'immer';
import type { Context } from './context.js';
import type { Event } from '../events.js';
import { evolve, frozen } from '../evolve.js';
import { freezeDeep } from './table.js';
import type { Digest } from '../layer/changeset.js';
import type { State } from '../state.js';

export interface Timed {
  readonly at: number;
  readonly event: Event;
}

export class Work {
  readonly events: Timed[] = [];
  readonly blobs = new Map<Digest, Uint8Array>();
  /** containers whose --rm must not act on this exit: restart stops them only to start them again */
  readonly keepOnExit = new Set<string>();
  /** the model time the work has reached; timers and foreground waits move it forward */
  now: number;
  /** the state decided against: frozen, so the private state can share it */
  private readonly base: State;
  /** the private state, once an event has been emitted */
  private scratch: Draft<State> | null = null;
  /** how many of `events` the private state has had applied */
  private applied = 0;

  constructor(state: State, readonly ctx: Context) {
    this.base = frozen(state);
    // Strictly after the last event: once waits have carried the model clock past the wall clock,
    // two commands must still not happen at the same instant (two commits of one container would
    // otherwise get the same config bytes, so the same image id, where the engine gives two).
    this.now = Math.max(ctx.now, state.clock + 1);
  }

  /** The state with every event emitted so far applied. Read it, never write it. */
  get state(): State {
    if (this.applied === this.events.length) return (this.scratch ?? this.base) as State;
    const s = (this.scratch ??= { ...this.base } as Draft<State>);
    for (; this.applied < this.events.length; this.applied++) {
      const { at, event } = this.events[this.applied]!;
      evolve(s, { seq: s.seq + 1, at, event });
    }
    return s as State;
  }

  /** Where the work is: what `rewind` takes it back to. */
  mark(): { readonly events: number; readonly now: number; readonly blobs: number } {
    return { events: this.events.length, now: this.now, blobs: this.blobs.size };
  }

  /**
   * Take back what was emitted since `mark` (a foreground wait that looked ahead and found the
   * process never exits): the private state is rebuilt from the events kept when next read.
   */
  rewind(mark: ReturnType<Work['mark']>): void {
    this.events.length = mark.events;
    this.now = mark.now;
    if (this.applied > mark.events) {
      this.scratch = null;
      this.applied = 0;
    }
    // blobs are kept in insertion order: the ones added since the mark are the last ones
    for (const d of [...this.blobs.keys()].slice(mark.blobs)) this.blobs.delete(d);
  }

  /**
   * Record an event, to be applied to the private state when it is next read. The event is frozen:
   * it may carry pieces of the state (a RW layer's entries, a config), and from here on it is what
   * the log will hold and what apply and replay will apply, so nothing may change it any more (a
   * write to it is a TypeError, which decide reports as a bug in the model).
   */
  emit(event: Event): void {
    this.events.push({ at: this.now, event: freezeDeep(event) });
  }

  addBlobs(blobs: ReadonlyMap<Digest, Uint8Array>): void {
    for (const [d, b] of blobs) this.blobs.set(d, b);
  }

  blob(d: Digest): Uint8Array {
    return this.blobs.get(d) ?? this.ctx.blob(d);
  }
}
