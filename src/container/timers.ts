/**
 * The earliest timer of a state, remembered per timers table. Tables are immutable and shared
 * between states, so a command that leaves the timers alone (rename, pause of another container,
 * tag, …) answers "is anything due?" without looking at each of them: with 10,000 sleeping
 * containers the scan was most of every command's cost.
 */
import * as table from '../core/table.js';
import type { State } from '../state.js';

const earliest = new WeakMap<object, number>();

/** The earliest wake-up time of any timer (paused containers' included), Infinity when there is none. */
export function earliestTimer(s: State): number {
  const t = s.timers;
  let at = earliest.get(t);
  if (at !== undefined) return at;
  at = Infinity;
  for (const [, wake] of table.entries(t)) if (wake < at) at = wake;
  // only a frozen table is shared and never changes; a private one being written is not remembered
  if (Object.isFrozen(t)) earliest.set(t, at);
  return at;
}
