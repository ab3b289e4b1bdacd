/**
 * The query side: a store's state as of the log's last complete line, for the read verbs (`ps`,
 * `images`, `inspect`, `logs`, `diff`, `history`, `events`). It takes no lock and loads neither
 * `decide` nor the event schema, so a read costs the snapshot and the lines after it, nothing more.
 * Whether a timer has fallen due (a `sleep` ending, a restart) it can tell; what happens then is a
 * command's to decide and log (Strata.tick), as any command does first.
 */
import * as table from './core/table.js';
import type { Envelope } from './events.js';
import type { Digest } from './layer/changeset.js';
import { earliestTimer } from './container/timers.js';
import { FileLog } from './log/file-log.js';
import type { State } from './state.js';

/** What a read verb needs: the state, the blobs its files name, the log itself. Strata is one too. */
export interface View {
  readonly state: State;
  blob(d: Digest): Uint8Array;
  /** every event of the log, checked, one array per command (a line of the log) */
  commands(): Envelope[][];
  /**
   * The model time the view answers at when it is not the wall clock's: a view of the past (`--at`)
   * answers at the time of its last event, so "Exited (0) 2 seconds ago" reads as it did then.
   */
  readonly at?: number;
}

export interface ReaderOptions {
  readonly onWarning?: (text: string) => void;
}

export class Reader implements View {
  private constructor(
    private readonly log: FileLog,
    readonly state: State,
  ) {}

  /**
   * The store in `home` as it is now, its warnings told; its state is plain data, never frozen
   * (nobody but this reader sees it). Nothing is written: see leave.
   */
  static open(home: string, options: ReaderOptions = {}): Reader {
    return Reader.look(home).settle(options);
  }

  /**
   * The store in `home` as it is now, with nothing done about it yet: no warning told. What a
   * caller that may still hand the command to a writer looks at.
   */
  static look(home: string): Reader {
    const log = new FileLog(home, { frozen: false });
    return new Reader(log, log.project(null).state);
  }

  /** Tell what the look found worth a warning. */
  settle(options: ReaderOptions = {}): this {
    for (const w of this.log.warnings.splice(0)) options.onWarning?.(w);
    return this;
  }

  /**
   * Leave a snapshot for the next command when this one had lines to check after the snapshot
   * (FileLog.checkpoint's rule for a command that leaves). Called once a read verb has answered
   * (exit 0): a refused command, and a look at the past (`--at`), write nothing.
   */
  leave(): void {
    this.log.checkpoint(this.state, true);
  }

  blob(d: Digest): Uint8Array {
    return this.log.blob(d);
  }

  /** Every event of the log, checked, command by command (the events verb). */
  commands(): Envelope[][] {
    return this.log.read().commands;
  }

  /** Whether a timer falls due by `now`: then the state is not yet the engine's at `now`. */
  due(now: number): boolean {
    return timerDue(this.state, now);
  }
}

/**
 * Whether a command at wall time `now` would fire a timer first: decide catches the clock up to
 * `now`, or to just after the last event when waits have carried it further; paused containers'
 * timers wait.
 */
export function timerDue(s: State, wall: number): boolean {
  const now = Math.max(wall, s.clock + 1);
  if (earliestTimer(s) > now) return false;
  for (const [id, at] of table.entries(s.timers)) {
    if (at > now) continue;
    const c = table.get(s.containers, id);
    if (c && !c.state.paused) return true;
  }
  return false;
}

