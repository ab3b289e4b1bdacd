/**
 * The engine: a store, the state projected from it, and `execute`, the one path every command takes:
 * decide against the current state, store the blobs, append the events (acknowledged once written),
 * then evolve the state with them.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { Command } from './commands.js';
import type { Context } from './core/context.js';
import { randomName } from './core/names.js';
import { decide } from './decide.js';
import type { Decision } from './decision.js';
import type { Envelope } from './events.js';
import { apply, replay } from './evolve.js';
import { FileLog } from './log/file-log.js';
import { MemoryStore, type Store } from './log/store.js';
import type { State } from './state.js';

export interface Environment {
  now(): number;
  newId(): string;
  randomName(): string;
}

/** The real world: wall clock and crypto-random ids. */
export const systemEnvironment: Environment = {
  now: () => Date.now(),
  newId: () => randomBytes(32).toString('hex'),
  randomName: () => randomName((n) => randomInt(n)),
};

export class Strata {
  private current: State;
  readonly warnings: readonly string[];

  constructor(
    readonly store: Store,
    private readonly env: Environment = systemEnvironment,
  ) {
    const { envelopes, warnings } = store.read();
    this.current = replay(envelopes);
    this.warnings = warnings;
  }

  static inMemory(env?: Environment): Strata {
    return new Strata(new MemoryStore(), env);
  }

  /** Open the store in `home` and hold its writer lock until close(): read and append see one log. */
  static open(home: string, env?: Environment): Strata {
    const log = new FileLog(home);
    log.lock();
    try {
      return new Strata(log, env);
    } catch (e) {
      log.unlock();
      throw e;
    }
  }

  close(): void {
    this.store.unlock();
  }

  get state(): State {
    return this.current;
  }

  context(): Context {
    return {
      now: this.env.now(),
      newId: () => this.env.newId(),
      randomName: () => this.env.randomName(),
      blob: (d) => this.store.blob(d),
    };
  }

  /** Decide, persist, project. The state changes only by events that were written. */
  execute(command: Command): Decision {
    const d = decide(command, this.current, this.context());
    if (d.events.length === 0) return d;
    let seq = this.current.seq;
    const envelopes: Envelope[] = d.events.map(({ at, event }) => ({ seq: ++seq, at, event }));
    this.store.writeBlobs(d.blobs);
    this.store.append(envelopes);
    this.current = apply(this.current, envelopes);
    return d;
  }

  /** Catch the clock up with now (timers due fire) and persist what happened, as any command does first. */
  tick(): void {
    this.execute({ type: 'tick' });
  }

  blob(d: Parameters<Store['blob']>[0]): Uint8Array {
    return this.store.blob(d);
  }
}
