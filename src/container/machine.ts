/**
 * The container lifecycle as an xstate machine whose states are moby's statuses and whose events are
 * docker's verbs (plus the engine's own: a process dying, the restart manager waking). It has no
 * actions and no context: decide only asks it, purely, whether a verb is allowed in a status.
 * Verbs that leave the status unchanged (rename, update, commit, stop on a stopped container) are self-loops.
 */
import { setup } from 'xstate';
import type { Status } from '../state.js';

export type Verb =
  | 'start' | 'stop' | 'kill' | 'pause' | 'unpause' | 'restart' | 'rm' | 'rm_force'
  | 'exec' | 'top' | 'commit' | 'rename' | 'update' | 'export' | 'diff' | 'wait' | 'logs' | 'attach'
  | 'die' | 'restart_policy' | 'wake';

export const VERBS: readonly Verb[] = [
  'start', 'stop', 'kill', 'pause', 'unpause', 'restart', 'rm', 'rm_force',
  'exec', 'top', 'commit', 'rename', 'update', 'export', 'diff', 'wait', 'logs', 'attach', 'die', 'restart_policy', 'wake',
];

/**
 * Self-loops must name their target: xstate's `can` is false for a transition that changes nothing
 * (no target, no actions), and these verbs are allowed, they just leave the status as it is.
 */
const stay = <S extends string, V extends Verb>(state: S, ...verbs: V[]): Record<V, { target: S }> =>
  Object.fromEntries(verbs.map((v) => [v, { target: state }])) as Record<V, { target: S }>;

/**
 * Verbs every live container accepts without changing its status (`update` changes its policy, which
 * acts only at its next exit; one marked for removal or dead is refused it).
 */
const readOnly = <S extends string>(state: S) => stay(state, 'commit', 'rename', 'update', 'export', 'diff', 'wait', 'logs');

export const containerMachine = setup({
  types: { events: {} as { type: Verb } },
}).createMachine({
  id: 'container',
  initial: 'created',
  states: {
    created: {
      on: { ...readOnly('created'), ...stay('created', 'stop'), start: 'running', restart: 'running', rm: 'removed', rm_force: 'removed' },
    },
    running: {
      on: {
        ...readOnly('running'),
        ...stay('running', 'start', 'kill', 'exec', 'top', 'attach'),
        stop: 'exited',
        pause: 'paused',
        restart: 'running',
        rm_force: 'removed',
        die: 'exited',
        restart_policy: 'restarting',
      },
    },
    paused: {
      on: { ...readOnly('paused'), ...stay('paused', 'top'), kill: 'running', stop: 'exited', unpause: 'running', restart: 'running', rm_force: 'removed', die: 'exited' },
    },
    restarting: {
      on: { ...readOnly('restarting'), ...stay('restarting', 'start'), kill: 'exited', stop: 'exited', restart: 'running', rm_force: 'removed', wake: 'running', die: 'exited' },
    },
    exited: {
      on: { ...readOnly('exited'), ...stay('exited', 'stop'), start: 'running', restart: 'running', rm: 'removed', rm_force: 'removed' },
    },
    removing: { on: { rm_force: 'removed' } },
    dead: { on: { rm: 'removed', rm_force: 'removed' } },
    removed: { type: 'final' },
  },
});

/**
 * What the machine answers, status by verb, asked once per pair and kept: the machine has no context
 * and no guards, so an answer never changes, and xstate's `can` costs about a microsecond.
 */
const answers = new Map<string, boolean>();

/** Does the lifecycle allow `verb` in `status`? (pure: no actor is started) */
export function allows(status: Status, verb: Verb): boolean {
  const key = `${status} ${verb}`;
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = containerMachine.resolveState({ value: status }).can({ type: verb });
    answers.set(key, answer);
  }
  return answer;
}
