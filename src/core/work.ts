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
  /** the model time the work has reached; timers and foreground waits move it forward */
  now: number;
  private readonly draft: Draft<State>;

  constructor(state: State, readonly ctx: Context) {
    this.draft = createDraft(state);
    this.now = Math.max(ctx.now, state.clock);
  }

  /** The state with every event emitted so far applied. Read it, never write it. */
  get state(): State {
    return this.draft as State;
  }

  emit(event: Event): void {
    this.events.push({ at: this.now, event });
    evolve(this.draft, { seq: this.draft.seq + 1, at: this.now, event });
  }

  addBlobs(blobs: ReadonlyMap<Digest, Uint8Array>): void {
    for (const [d, b] of blobs) this.blobs.set(d, b);
  }

  blob(d: Digest): Uint8Array {
    return this.blobs.get(d) ?? this.ctx.blob(d);
  }
}
