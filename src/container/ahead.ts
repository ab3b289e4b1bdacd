/**
 * Running a sleeping process's wake-ups ahead of the clock, so that waiting costs the same whatever
 * the wait. A wake-up is quiet when the process only goes back to sleep: no output, no file touched,
 * no exit. Quiet wake-ups leave nothing in the log but the process's state, and only the last one's
 * state matters; and once the process is back at a state it was in at an earlier quiet wake-up
 * (equal but for the wake time), it goes round the same loop for ever, each round shifted by the
 * sleeps in it, so where it stands at any later time is arithmetic. That is `while :; do sleep 1;
 * done` waited on for 10,000 seconds: two wake-ups run, one event kept.
 */
import { type Outcome, type ProcState, type Unsupported, delayed, steadyKey } from '../sh/index.js';

export type Ahead =
  /** every wake-up up to the horizon is quiet: the last one happened at `at` and left `state` */
  | { readonly kind: 'quiet'; readonly state: ProcState; readonly at: number }
  /** the wake-up at `at` is not quiet: `state` is the process just before it, `outcome` what it does */
  | { readonly kind: 'loud'; readonly state: ProcState; readonly at: number; readonly outcome: Outcome | Unsupported }
  /**
   * ENDLESS quiet wake-ups and none back at an earlier state (a loop whose variables grow): where
   * they left the process, at `at`; it wakes again by the horizon
   */
  | { readonly kind: 'endless'; readonly state: ProcState; readonly at: number };

/** One wake-up of `state` at `now`, and whether it touched the filesystem. */
export type Step = (state: ProcState, now: number) => { readonly outcome: Outcome | Unsupported; readonly touched: boolean };

/** How many quiet wake-ups one look ahead runs at the most (a loop that repeats itself needs a few). */
const ENDLESS = 10_000;

export const wakeOf = (state: ProcState): number | null => state.wakeAt;

/**
 * The wake-ups of `from` (asleep, waking at `first`) up to `horizon` (inclusive, finite), run on
 * `step`. Model times are whole milliseconds and every sleep lasts at least one, so a round of a
 * loop takes a positive time.
 */
export function lookAhead(from: ProcState, first: number, horizon: number, step: Step): Ahead {
  const seen = new Map<string, number>();
  const rounds: ProcState[] = [];
  /** The round `s` repeats, if any; else it is remembered as the next round. */
  const repeated = (s: ProcState): number | undefined => {
    const key = steadyKey(s);
    const j = seen.get(key);
    if (j === undefined) {
      seen.set(key, rounds.length);
      rounds.push(s);
    }
    return j;
  };
  let state = from;
  let at = first;
  let reached = first;
  for (let n = 0; ; n++) {
    if (n === ENDLESS) return { kind: 'endless', state, at: reached };
    const { outcome, touched } = step(state, at);
    if ('message' in outcome || outcome.kind === 'exited' || outcome.output.length > 0 || touched) return { kind: 'loud', state, at, outcome };
    const next = outcome.state;
    const wake = wakeOf(next);
    if (wake === null || wake > horizon) return { kind: 'quiet', state: next, at };
    // keys are only taken once a wake-up was quiet: a first one that is not (a stop's) needs none.
    // An overdue wake-up (the container was paused) happens later than its state says: not a round.
    if (n === 0 && wakeOf(from) === first) repeated(from);
    const j = repeated(next);
    if (j !== undefined) {
      const cycle = rounds.slice(j);
      return repeat(cycle, wake - (wakeOf(cycle[0]!) as number), horizon);
    }
    state = next;
    reached = at;
    at = wake;
  }
}

/**
 * Where a loop stands at `horizon`: `cycle` is one round of its states (each asleep, their wake
 * times increasing), repeated every `period` ms. The answer is the first state of the repeats that
 * wakes after the horizon, and the time it was reached (its predecessor's wake-up).
 */
function repeat(cycle: readonly ProcState[], period: number, horizon: number): Ahead {
  const wakes = cycle.map((s) => wakeOf(s) as number);
  let n = Math.floor((horizon - wakes[0]!) / period);
  let m = wakes.findIndex((w) => w + n * period > horizon);
  if (m < 0) {
    m = 0;
    n += 1;
  }
  const at = m > 0 ? wakes[m - 1]! + n * period : wakes[wakes.length - 1]! + (n - 1) * period;
  return { kind: 'quiet', state: delayed(cycle[m]!, n * period), at };
}
