/**
 * The projection: state = fold(evolve, initialState, log). evolve is one recipe, an ordinary
 * function that writes into the state it is given; it is run three ways:
 * - `apply`, the live path: one immer `produce` per command, all its events inside it; below the
 *   root draft, what evolve writes is copied on write (see `writable` in core/table.ts), and the
 *   result is frozen by freezeState, which looks only at what differs from the state before;
 * - `replay` from zero: on a private plain state nobody else sees, written in place, frozen once
 *   at the end (no proxies: a replay is ~the cost of a hand-written reducer);
 * - `replay` from a state others hold, and decide's Work: on a private state that copies on write
 *   what it shares (frozen parts) — see `writable` in core/table.ts.
 * A `produce` per event would copy the touched objects once per event; a replay never does that.
 */
import { type Draft, Immer, enableMapSet } from 'immer';
import { evolveContainer } from './container/evolve.js';
import * as table from './core/table.js';
import { type Table, freezeDeep } from './core/table.js';
import type { Envelope } from './events.js';
import { evolveImage, evolveLayer } from './image/evolve.js';
import { type State, initialState } from './state.js';

enableMapSet();

export function evolve(s: Draft<State>, env: Envelope): void {
  const e = env.event;
  s.seq = env.seq;
  if (env.at > s.clock) s.clock = env.at;
  switch (e.type) {
    case 'LayerRegistered':
    case 'LayerDeleted':
      return evolveLayer(s, e);
    case 'ImageCreated':
    case 'ImageTagged':
    case 'ImageUntagged':
    case 'ImageDeleted':
    case 'ImageParentSet':
      return evolveImage(s, e, env.at);
    case 'Pruned':
    case 'ImageSaved':
    case 'ImageLoaded':
      return; // reports for `docker events`: what changed has events of its own
    default:
      return evolveContainer(s, e, env.at);
  }
}

/** Apply a batch of envelopes in one produce (the live path: one command's events). */
export const apply = (state: State, batch: readonly Envelope[]): State =>
  batch.length === 0 ? state : freezeState(live.produce(state, (d) => { for (const env of batch) evolve(d, env); }), state);

/**
 * The live path's immer, which leaves freezing to freezeState: immer's finalisation walks what is new
 * twice (to find drafts, then to freeze), and freezeState once, skipping what is shared.
 */
const live = new Immer({ autoFreeze: false });

/**
 * Fold a log into a state. From zero (or from a state that is not frozen, which is taken over:
 * a snapshot just read, say), evolve writes into it in place and it is frozen once at the end; from
 * a frozen state, which others may hold, a private copy of its root takes the writes, copying on
 * write what it shares, and only what is new gets frozen.
 */
export function replay(log: Iterable<Envelope>, from?: State, options: ReplayOptions = {}): State {
  const s = (from === undefined ? building() : Object.isFrozen(from) ? { ...from } : from) as Mutable<State>;
  for (const env of log) {
    options.before?.(s, env);
    evolve(s as Draft<State>, env);
  }
  if (from === undefined) for (const k of TABLES) (s as Record<(typeof TABLES)[number], Table<unknown>>)[k] = table.built(s[k] as Table<unknown>);
  if (options.freeze === false) return s;
  // from a frozen state, only what differs from it is new
  return from !== undefined && s !== from ? freezeState(s, from) : freezeState(s);
}

export interface ReplayOptions {
  /**
   * false: leave the result unfrozen, for a reader that only looks at it and never hands it to the
   * live path (freezing a large state is a pass over all of it). Default true.
   */
  readonly freeze?: boolean;
  /**
   * Called with the state as it stands just before each envelope is folded in (the events view reads
   * there what it was when the event happened). The fold writes it next: read it during the call only.
   */
  readonly before?: (state: State, env: Envelope) => void;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const TABLES = ['containers', 'names', 'images', 'tags', 'layers', 'timers'] as const satisfies readonly (keyof State)[];

/** The initial state, its tables in the form a private replay builds fastest (core/table.ts `all`). */
const building = (): State => ({ ...initialState(), containers: table.building(), names: table.building(), images: table.building(), tags: table.building(), layers: table.building(), timers: table.building() });

/**
 * Deep-freeze a state, in place, and return it: what every state the live path is given must be
 * (apply, decide and replay share frozen parts instead of copying them). Frozen subtrees are not
 * entered, so freezing a state that only a few new objects make unfrozen costs only those objects;
 * freezing a state just parsed from a snapshot costs one pass over it, with no copy and no proxy.
 * Given `prev`, the frozen state this one was made from, only what differs from it is looked at
 * (table.freezeChanged): the cost is that of what changed, whatever the state's size.
 * A Map's mutators are made to throw, as immer's freeze does: Object.freeze alone leaves them working.
 */
export function freezeState(state: State, prev?: State): State {
  if (prev === undefined || !Object.isFrozen(prev) || Object.isFrozen(state)) return freezeDeep(state);
  for (const k of Object.keys(state) as (keyof State)[]) {
    const v = state[k];
    if (v === prev[k]) continue;
    if (isTable(k)) table.freezeChanged(v as Table<unknown>, prev[k] as Table<unknown>);
    else freezeDeep(v);
  }
  return Object.freeze(state);
}

const isTable = (k: keyof State): k is (typeof TABLES)[number] => (TABLES as readonly string[]).includes(k);

/** The state given, frozen if it was not (see freezeState). */
export const frozen = (state: State): State => (Object.isFrozen(state) ? state : freezeState(state));
