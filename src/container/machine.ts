/**
 * The container lifecycle as an xstate machine whose states are moby's statuses and whose events are
 * docker's verbs (plus the engine's own: a process dying, the restart manager waking). It has no
 * actions and no context: decide only asks it, purely, whether a verb is allowed in a status.
 * Verbs that leave the status unchanged (rename, commit, stop on a stopped container) are self-loops.
 */
import { setup } from 'xstate';
import type { Status } from '../state.js';

export type Verb =
  | 'start' | 'stop' | 'kill' | 'pause' | 'unpause' | 'restart' | 'rm' | 'rm_force'
  | 'exec' | 'commit' | 'rename' | 'export' | 'diff' | 'wait' | 'logs'
  | 'die' | 'restart_policy' | 'wake';

export const VERBS: readonly Verb[] = [
  'start', 'stop', 'kill', 'pause', 'unpause', 'restart', 'rm', 'rm_force',
  'exec', 'commit', 'rename', 'export', 'diff', 'wait', 'logs', 'die', 'restart_policy', 'wake',
];

/** Verbs every live container accepts without changing its status. */
const readOnly = { commit: {}, rename: {}, export: {}, diff: {}, wait: {}, logs: {} } as const;

export const containerMachine = setup({
  types: { events: {} as { type: Verb } },
}).createMachine({
  id: 'container',
  initial: 'created',
  states: {
    created: {
      on: { ...readOnly, start: 'running', stop: {}, restart: 'running', rm: 'removed', rm_force: 'removed' },
    },
    running: {
      on: {
        ...readOnly,
        start: {},
        stop: 'exited',
        kill: {},
        pause: 'paused',
        restart: 'running',
        rm_force: 'removed',
        exec: {},
        die: 'exited',
        restart_policy: 'restarting',
      },
    },
    paused: {
      on: { ...readOnly, stop: 'exited', kill: {}, unpause: 'running', restart: 'running', rm_force: 'removed', die: 'exited' },
    },
    restarting: {
      on: { ...readOnly, start: {}, stop: 'exited', kill: {}, restart: 'running', rm_force: 'removed', wake: 'running', die: 'exited' },
    },
    exited: {
      on: { ...readOnly, start: 'running', stop: {}, restart: 'running', rm: 'removed', rm_force: 'removed' },
    },
    removing: { on: { rm_force: 'removed' } },
    dead: { on: { rm: 'removed', rm_force: 'removed' } },
    removed: { type: 'final' },
  },
});

const snapshots = new Map<Status, ReturnType<typeof containerMachine.resolveState>>();

/** Does the lifecycle allow `verb` in `status`? (pure: no actor is started) */
export function allows(status: Status, verb: Verb): boolean {
  let snap = snapshots.get(status);
  if (!snap) {
    snap = containerMachine.resolveState({ value: status });
    snapshots.set(status, snap);
  }
  return snap.can({ type: verb });
}
