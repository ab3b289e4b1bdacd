/**
 * The earliest timer of a state, answered without looking at each timer: a table remembers the
 * minimum of each of its frozen (shared, unchanging) parts (core/table.ts minValue), so after a
 * command writes a few timers only their path is looked at again. With 10,000 sleeping containers
 * the scan of every timer was most of every command's cost.
 */
import * as table from '../core/table.js';
import type { State } from '../state.js';

/**
 * The earliest wake-up time of any timer (paused containers' included), Infinity when there is none;
 * with `besides`, of the timers of the other containers only (advance plans a few containers' next
 * wake-ups itself).
 */
export const earliestTimer = (s: State, besides: ReadonlyMap<string, unknown> = new Map()): number =>
  besides.size === 0 ? table.minValue(s.timers) : table.minValueExcept(s.timers, new Set(besides.keys()));

/**
 * The earliest model time at which a timer fires by itself: paused containers' timers wait for the
 * unpause. Infinity when none will. (A follower sleeps until then; it looks at every timer.)
 */
export function nextWake(s: State): number {
  let next = Infinity;
  for (const [id, at] of table.entries(s.timers)) {
    const c = table.get(s.containers, id);
    if (c && !c.state.paused && at < next) next = at;
  }
  return next;
}
