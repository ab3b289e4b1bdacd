/** docker rm and docker container prune (daemon/delete.go). */
import type { DockerError } from '../core/errors.js';
import type { PruneFilters } from '../core/filters.js';
import * as table from '../core/table.js';
import type { Work } from '../core/work.js';
import { type Container, statusOf } from '../state.js';
import { changesetSize } from '../layer/changeset.js';
import { allows } from './machine.js';
import { destroy, signal } from './runtime.js';

export function rm(w: Work, c: Container, force: boolean): DockerError | undefined {
  const status = statusOf(c.state);
  if (!allows(status, force ? 'rm_force' : 'rm')) {
    if (status === 'running' || status === 'paused' || status === 'restarting') return { code: 'rm_running', id: c.id, status };
    return { code: 'not_running', id: c.id };
  }
  // -f: SIGKILL first (a restarting container has no process to kill).
  if (c.state.running && !c.state.restarting) signal(w, c.id, 'KILL');
  destroy(w, c.id);
  return undefined;
}

/** Removes every container that is not running (created and exited ones); their ids, in removal order. */
export function containerPrune(w: Work, filters?: PruneFilters): { ids: string[]; reclaimed: number } {
  const ids: string[] = [];
  let reclaimed = 0;
  const victims = [...table.values(w.state.containers)]
    .filter((c) => !c.state.running)
    .filter((c) => (filters?.before(c.created) ?? true) && (filters?.labels(c.config.Labels) ?? true))
    .sort((a, b) => b.created - a.created);
  for (const c of victims) {
    reclaimed += rwSize(c);
    destroy(w, c.id);
    ids.push(c.id);
  }
  return { ids, reclaimed };
}

/** Bytes in a container's RW layer: file sizes and symlink target lengths, as du on the upper dir counts them. */
export const rwSize = (c: Container): number => changesetSize(c.rw);
