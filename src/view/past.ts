/**
 * `--at SEQ`: a view of the store as it was right after event SEQ. The log is replayed up to that
 * event from zero (replay is the reference projection), nothing is written, and the view answers
 * at that event's model time, so ages ("Exited (0) 2 seconds ago") read as they did then.
 */
import { replay } from '../evolve.js';
import type { View } from '../reader.js';

/** `--at SEQ` past the log's end: the event asked for and the log's last one. */
export interface PastTheEnd {
  readonly seq: number;
  readonly last: number;
}

export const isPastTheEnd = (v: View | PastTheEnd): v is PastTheEnd => !('state' in v);

/** The view as it was right after event `seq`, or what the log's last event is when it has no such event. */
export function pastView(view: View, seq: number): View | PastTheEnd {
  const all = view.commands();
  const last = all.at(-1)?.at(-1)?.seq ?? 0;
  if (seq > last) return { seq, last };
  const commands = all.map((c) => c.filter((env) => env.seq <= seq)).filter((c) => c.length > 0);
  const state = replay(commands.flat(), undefined, { freeze: false });
  return { state, at: state.clock, blob: (d) => view.blob(d), commands: () => commands };
}
