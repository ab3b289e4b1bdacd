/**
 * How container events change the state. Mechanical, rule-free and total: decide has already
 * checked everything, so evolve never rejects and ignores what it cannot apply.
 */
import type { Draft } from 'immer';
import * as table from '../core/table.js';
import type { ContainerEvent } from '../events.js';
import type { Container, ContainerState, State } from '../state.js';

type D = Draft<State>;

const STOPPED: Partial<ContainerState> = { running: false, paused: false, restarting: false, pid: 0 };

export function evolveContainer(s: D, e: ContainerEvent, at: number): void {
  if (e.type === 'ContainerCreated') {
    const c: Container = {
      id: e.id,
      name: e.name,
      created: at,
      path: e.path,
      args: e.args,
      config: e.config,
      hostConfig: e.hostConfig,
      image: e.image,
      imageRef: e.imageRef,
      layer: null,
      state: { running: false, paused: false, restarting: false, dead: false, pid: 0, exitCode: 0, error: '', startedAt: null, finishedAt: null },
      restartCount: 0,
      restartDelay: 0,
      manuallyStopped: false,
      rw: new Map(),
      logs: [],
      process: null,
    };
    const img = table.get(s.images, e.image);
    const top = img?.chain[img.chain.length - 1] ?? null;
    table.set(s.containers, e.id, { ...c, layer: top } as Draft<Container>);
    table.set(s.names, e.name, e.id);
    const layer = top ? table.get(s.layers, top) : undefined;
    if (layer) layer.refs++;
    return;
  }
  const c = table.get(s.containers, e.id);
  if (!c) return;
  switch (e.type) {
    case 'ContainerStarted':
      Object.assign(c.state, { running: true, paused: false, restarting: false, pid: e.pid, exitCode: 0, error: '', startedAt: at });
      if (!e.restart) {
        c.manuallyStopped = false;
        c.restartDelay = 0;
      }
      s.pids = Math.max(s.pids, e.pid);
      return;
    case 'ContainerStartFailed':
      c.state.exitCode = e.exitCode;
      c.state.error = e.error;
      return;
    case 'ContainerFsChanged':
      for (const [path, change] of e.set) c.rw.set(path, change);
      for (const path of e.removed) c.rw.delete(path);
      return;
    case 'ContainerOutput':
      c.logs.push(...e.output);
      return;
    case 'ContainerProcessBlocked':
      c.process = { state: e.state as Draft<unknown>, wakeAt: e.wakeAt } as Draft<Container['process']>;
      if (e.wakeAt === null) table.remove(s.timers, e.id);
      else table.set(s.timers, e.id, e.wakeAt);
      return;
    case 'ContainerKilled':
      c.manuallyStopped = true;
      return;
    case 'ContainerDied':
      Object.assign(c.state, STOPPED, { exitCode: e.exitCode, finishedAt: at, error: e.error ?? '' });
      c.process = null;
      table.remove(s.timers, e.id);
      return;
    case 'ContainerStopped':
      c.manuallyStopped = true;
      c.restartDelay = 0;
      if (c.state.restarting) Object.assign(c.state, STOPPED);
      table.remove(s.timers, e.id);
      return;
    case 'ContainerRestarting':
      Object.assign(c.state, { running: true, restarting: true, paused: false, pid: 0 });
      c.restartDelay = e.delay;
      c.restartCount++;
      table.set(s.timers, e.id, e.wakeAt);
      return;
    case 'ContainerRestarted':
      return;
    case 'ContainerPaused':
      c.state.paused = true;
      return;
    case 'ContainerUnpaused':
      c.state.paused = false;
      return;
    case 'ContainerRenamed':
      table.remove(s.names, c.name);
      c.name = e.name;
      table.set(s.names, e.name, e.id);
      return;
    case 'ContainerCommitted':
    case 'ContainerExported':
    case 'ContainerAttached':
    case 'ExecStarted':
    case 'ExecDied':
      return;
    case 'ContainerDestroyed': {
      table.remove(s.containers, e.id);
      table.remove(s.timers, e.id);
      if (table.get(s.names, c.name) === e.id) table.remove(s.names, c.name);
      const layer = c.layer ? table.get(s.layers, c.layer) : undefined;
      if (layer) layer.refs--;
      return;
    }
  }
}
