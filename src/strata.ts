/**
 * The engine: a store, the state projected from it, and `execute`, the one path every command takes:
 * under the store's writer lock, catch up with what other writers appended, decide against that
 * state, store the blobs, append the events (acknowledged once written), then evolve the state with
 * them. Reading needs no lock: `state` is the projection of the log as it was last looked at.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { Command } from './commands.js';
import type { Context } from './core/context.js';
import { randomName } from './core/names.js';
import { decide } from './decide.js';
import type { Decision } from './decision.js';
import type { Envelope } from './events.js';
import { apply } from './evolve.js';
import { FileLog } from './log/file-log.js';
import { invalidEvent } from './log/schema.js';
import { MemoryStore, type Store } from './log/store.js';
import { type View, timerDue } from './reader.js';
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

export interface StrataOptions {
  /** told about repairs the store made (a torn tail cut off, a snapshot rebuilt); default: kept in `warnings` */
  readonly onWarning?: (text: string) => void;
  /**
   * told of every command this Strata folds into its state after it was opened, each its envelopes,
   * in the log's order: the ones other processes appended (at a refresh) and its own (an execute).
   * A follower reads what happens from here, without reading the log again; the events view reads
   * each envelope in its command's context.
   */
  readonly onCommands?: (commands: readonly (readonly Envelope[])[]) => void;
}

/**
 * Runs after a command is decided and before its events are appended (export and save write their
 * file here): if it throws, nothing is appended and the error propagates.
 */
export type BeforeAppend = (decision: Decision, state: State) => void;

export class Strata implements View {
  private current: State;
  readonly warnings: string[] = [];

  constructor(
    readonly store: Store,
    private readonly env: Environment = systemEnvironment,
    private readonly options: StrataOptions = {},
  ) {
    this.current = store.project(null).state;
    this.flushWarnings();
    store.checkpoint(this.current);
  }

  static inMemory(env?: Environment): Strata {
    return new Strata(new MemoryStore(), env);
  }

  /** Open the store in `home`. No lock is held: each command takes the writer lock while it runs. */
  static open(home: string, env?: Environment, options?: StrataOptions): Strata {
    return new Strata(new FileLog(home, { validate: invalidEvent }), env, options);
  }

  /** Nothing to release (the lock is held only inside execute); kept so callers need not know. */
  close(): void {
    this.store.unlock();
  }

  /** The state as of the log's end when last looked at (at open, or by the last command). */
  get state(): State {
    return this.current;
  }

  /** Look at the log again: what other processes appended since is folded in. */
  refresh(): State {
    const before = this.current;
    const p = this.store.project(before);
    this.current = p.state;
    this.flushWarnings();
    const told = this.options.onCommands;
    if (told !== undefined && p.state.seq > before.seq) {
      // a state rebuilt (the log was repaired under us) names no folded commands: read them
      told(p.folded ?? this.commandsAfter(before.seq));
    }
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

  /**
   * Decide, persist, project. The state changes only by events that were written. A refusal, and a
   * bug of the model (an exception inside decide, answered as model_bug), append nothing; a store
   * fault (StoreError) is thrown.
   */
  execute(command: Command, beforeAppend?: BeforeAppend): Decision {
    this.store.lock();
    try {
      this.refresh();
      const d = decide(command, this.current, this.context());
      if (d.events.length === 0) return d;
      beforeAppend?.(d, this.current);
      let seq = this.current.seq;
      const envelopes: Envelope[] = d.events.map(({ at, event }) => ({ seq: ++seq, at, event }));
      this.store.writeBlobs(d.blobs);
      this.store.append(envelopes);
      this.current = apply(this.current, envelopes);
      this.store.checkpoint(this.current);
      this.options.onCommands?.([envelopes]);
      return d;
    } finally {
      this.store.unlock();
    }
  }

  /**
   * Done with the store: leave a snapshot for the next command when this one appended lines after it
   * (FileLog.checkpoint's rule for a command that leaves). The CLI calls it once a verb has answered
   * (exit 0); a library that runs many commands need not, the store keeps its own snapshots.
   */
  leave(): void {
    this.store.checkpoint(this.current, true);
  }

  /**
   * Catch the clock up with now (timers due fire) and persist what happened, as any command does
   * first. When no timer is due nothing can happen, and no lock is taken.
   */
  tick(): void {
    if (timerDue(this.current, this.env.now())) this.execute({ type: 'tick' });
  }

  blob(d: Parameters<Store['blob']>[0]): Uint8Array {
    return this.store.blob(d);
  }

  /** The envelopes the log holds after `seq` (read whole: for the rare look past what was folded). */
  envelopesAfter(seq: number): Envelope[] {
    return this.commandsAfter(seq).flat();
  }

  /** The commands logged after event `seq` (a state's seq ends a command), each its envelopes. */
  commandsAfter(seq: number): Envelope[][] {
    return this.store.read().commands.filter((c) => c[0]!.seq > seq);
  }

  /** Every event of the log, checked, command by command. */
  commands(): Envelope[][] {
    return this.store.read().commands;
  }

  private flushWarnings(): void {
    for (const w of this.store.warnings.splice(0)) {
      if (this.options.onWarning) this.options.onWarning(w);
      else this.warnings.push(w);
    }
  }
}

