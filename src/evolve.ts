/**
 * The projection: state = fold(evolve, initialState, log). evolve is an immer recipe step over a
 * draft, so a whole log replays inside ONE draft (linear); a `produce` per event would copy the
 * touched collections once per event and turn replay quadratic.
 */
import { type Draft, createDraft, enableMapSet, finishDraft, produce } from 'immer';
import { evolveContainer } from './container/evolve.js';
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
  batch.length === 0 ? state : produce(state, (d) => { for (const env of batch) evolve(d, env); });

/** Replay a whole log inside one draft. */
export function replay(log: Iterable<Envelope>, from: State = initialState()): State {
  const draft = createDraft(from);
  for (const env of log) evolve(draft, env);
  return finishDraft(draft) as State;
}
