/**
 * One command's unit of work inside decide: the events it emits so far, applied to a private
 * draft so the rest of the decision sees their effect (a `run` creates, then starts, then waits).
 * The draft is thrown away; the caller appends the events and evolves its own state.
 */
import { type Draft, createDraft } from 'immer';
import type { Context } from './context.js';
import type { Event } from '../events.js';
import { evolve } from '../evolve.js';
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
  private readonly draft: Draft<State>;

  constructor(state: State, readonly ctx: Context) {
    this.draft = createDraft(state);
    // Strictly after the last event: once waits have carried the model clock past the wall clock,
    // two commands must still not happen at the same instant (two commits of one container would
    // otherwise get the same config bytes, so the same image id, where the engine gives two).
    this.now = Math.max(ctx.now, state.clock + 1);
  }

  /** The state with every event emitted so far applied. Read it, never write it. */
  get state(): State {
    return this.draft as State;
  }

  /**
   * Record an event and apply it to the draft. Decisions read the draft, so an event may carry
   * pieces of it (a RW layer's entries, a config); it is stored as the plain data the log will hold,
   * never as live draft proxies, so what is applied here is exactly what a replay will apply.
   */
  emit(event: Event): void {
    const plain = JSON.parse(JSON.stringify(event)) as Event;
    this.events.push({ at: this.now, event: plain });
    evolve(this.draft, { seq: this.draft.seq + 1, at: this.now, event: plain });
  }

  addBlobs(blobs: ReadonlyMap<Digest, Uint8Array>): void {
    for (const [d, b] of blobs) this.blobs.set(d, b);
  }

  blob(d: Digest): Uint8Array {
    return this.blobs.get(d) ?? this.ctx.blob(d);
  }
}
