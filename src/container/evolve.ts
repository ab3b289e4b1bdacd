/**
 * How container events change the state. Mechanical, rule-free and total: decide has already
 * checked everything, so evolve never rejects and ignores what it cannot apply. Whatever is
 * written is reached through `writable`/`table.edit` (see core/table.ts); lookups only read.
 */
import type { Draft } from 'immer';
import * as table from '../core/table.js';
import { peek, writable } from '../core/table.js';
import type { ContainerEvent } from '../events.js';
import type { Output } from '../sh/index.js';
import type { Container, ContainerState, LogEntry, ProcessUser, State } from '../state.js';

type D = Draft<State>;

const STOPPED: Partial<ContainerState> = { running: false, paused: false, restarting: false, pid: 0 };

const editContainer = (s: D, id: string): Draft<Container> | undefined => table.edit(writable(s, 'containers'), id);

function setTimer(s: D, id: string, at: number | null): void {
  if (at !== null) table.set(writable(s, 'timers'), id, at);
  else if (table.get(peek(s, 'timers'), id) !== undefined) table.remove(writable(s, 'timers'), id);
}

/**
 * What a process wrote, into its container's log as the daemon's log copier cuts it: one message per
 * line, each at the time its newline arrived (a line begun earlier is completed now, and moves to
 * the end); what follows the last newline waits, open, for the rest of its line.
 */
function appendOutput(logs: Draft<LogEntry>[], o: Output, at: number): void {
  let text = o.text;
  const i = logs.findLastIndex((l) => l.open === true && l.stream === o.stream);
  if (i >= 0) {
    text = logs[i]!.text + text;
    logs.splice(i, 1);
  }
  let from = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
    logs.push({ stream: o.stream, text: text.slice(from, nl + 1), at });
    from = nl + 1;
  }
  if (from < text.length) logs.push({ stream: o.stream, text: text.slice(from), at, open: true });
}

/** The process ended: its streams close, and what each held of a line is logged as it is, now. */
function closeLines(logs: Draft<LogEntry>[], at: number): void {
  const open = logs.filter((l) => l.open === true);
  const kept = logs.filter((l) => l.open !== true);
  logs.length = 0;
  logs.push(...kept, ...open.map((l) => ({ stream: l.stream, text: l.text, at })));
}

export function evolveContainer(s: D, e: ContainerEvent, at: number): void {
  switch (e.type) {
    case 'ContainerCreated': {
      const img = table.get(peek(s, 'images'), e.image);
      const top = img?.chain[img.chain.length - 1] ?? null;
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
        layer: top,
        state: { running: false, paused: false, restarting: false, dead: false, pid: 0, exitCode: 0, error: '', startedAt: null, finishedAt: null },
        restartCount: 0,
        restartDelay: 0,
        manuallyStopped: false,
        restartCanceled: false,
        rw: new Map(),
        logs: [],
        process: null,
      };
      table.set(writable(s, 'containers'), e.id, c as Draft<Container>);
      table.set(writable(s, 'names'), e.name, e.id);
      const layer = top ? table.edit(writable(s, 'layers'), top) : undefined;
      if (layer) layer.refs++;
      return;
    }
    // events that only report: nothing in the state changes
    case 'ContainerRestarted':
    case 'ContainerCommitted':
    case 'ContainerExported':
    case 'ContainerProcessesListed':
    case 'ContainerPathArchived':
    case 'ContainerArchiveExtracted':
    case 'ContainerAttached':
    case 'ExecStarted':
    case 'ExecDied':
      return;
    case 'ContainerDestroyed': {
      const c = table.get(peek(s, 'containers'), e.id);
      if (!c) return;
      table.remove(writable(s, 'containers'), e.id);
      setTimer(s, e.id, null);
      if (table.get(peek(s, 'names'), c.name) === e.id) table.remove(writable(s, 'names'), c.name);
      const layer = c.layer ? table.edit(writable(s, 'layers'), c.layer) : undefined;
      if (layer) layer.refs--;
      return;
    }
  }
  const c = editContainer(s, e.id);
  if (!c) return;
  switch (e.type) {
    case 'ContainerStarted': {
      const st = writable(c, 'state');
      Object.assign(st, { running: true, paused: false, restarting: false, pid: e.pid, exitCode: 0, error: '', startedAt: at });
      if (e.user !== undefined) st.user = e.user as Draft<ProcessUser>;
      else delete st.user;
      if (!e.restart) {
        // a start by the user (start, restart, run) resets the restart manager and its count
        // (daemon/start.go containerStart, resetRestartManager: ResetRestartManager(true))
        c.manuallyStopped = false;
        c.restartCanceled = false;
        c.restartDelay = 0;
        c.restartCount = 0;
      }
      s.pids = Math.max(s.pids, e.lastPid ?? e.pid);
      return;
    }
    case 'ContainerStartFailed': {
      const st = writable(c, 'state');
      st.exitCode = e.exitCode;
      st.error = e.error;
      return;
    }
    case 'ContainerFsChanged': {
      const rw = writable(c, 'rw');
      for (const [path, change] of e.set) rw.set(path, change);
      for (const path of e.removed) rw.delete(path);
      return;
    }
    case 'ContainerOutput': {
      const logs = writable(c, 'logs');
      for (const o of e.output) appendOutput(logs, o, at);
      return;
    }
    case 'ContainerProcessBlocked':
      c.process = { state: e.state as Draft<unknown>, wakeAt: e.wakeAt } as Draft<Container['process']>;
      setTimer(s, e.id, e.wakeAt);
      return;
    case 'ContainerKilled':
      // killWithSignal marks the container stopped by hand whatever the signal (unless the daemon
      // is shutting down); only some signals cancel the restart manager
      c.manuallyStopped = true;
      if (e.restartKept !== true) c.restartCanceled = true;
      return;
    case 'ContainerDied':
      if (c.logs.some((l) => l.open === true)) closeLines(writable(c, 'logs'), at);
      Object.assign(writable(c, 'state'), STOPPED, { exitCode: e.exitCode, finishedAt: at, error: e.error ?? '' });
      c.process = null;
      setTimer(s, e.id, null);
      return;
    case 'ContainerStopped':
      c.manuallyStopped = true;
      c.restartCanceled = true;
      c.restartDelay = 0;
      if (c.state.restarting) Object.assign(writable(c, 'state'), STOPPED);
      setTimer(s, e.id, null);
      return;
    case 'ContainerRestarting':
      Object.assign(writable(c, 'state'), { running: true, restarting: true, paused: false, pid: 0 });
      c.restartDelay = e.delay;
      c.restartCount++;
      setTimer(s, e.id, e.wakeAt);
      return;
    case 'ContainerPaused':
      writable(c, 'state').paused = true;
      return;
    case 'ContainerUnpaused':
      writable(c, 'state').paused = false;
      return;
    case 'ContainerUpdated':
      if (e.restartPolicy) writable(c, 'hostConfig').RestartPolicy = e.restartPolicy;
      return;
    case 'ContainerRenamed':
      table.remove(writable(s, 'names'), c.name);
      c.name = e.name;
      table.set(writable(s, 'names'), e.name, e.id);
      return;
  }
}
