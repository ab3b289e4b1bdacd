/**
 * The verbs that move a container through its lifecycle: start, stop, kill, pause, unpause, restart
 * and wait. Each asks the lifecycle machine first, then lets the runtime act.
 */
import type { DockerError } from '../core/errors.js';
import * as table from '../core/table.js';
import type { Work } from '../core/work.js';
import { parseSignal } from '../sh/index.js';
import { type Container, statusOf } from '../state.js';
import { allows } from './machine.js';
import { findContainer, isError } from './resolve.js';
import { LONGEST_WAIT, WAIT_ROUNDS, advance, destroy, exited, loopDetector, nextChange, signal, startProcess, waitForExit } from './runtime.js';
import { graceMs } from './stop-timeout.js';

export const DEFAULT_STOP_TIMEOUT = 10;

export type Found = Container | DockerError;

export function lookupContainer(w: Work, ref: string): Found {
  return findContainer(w.state, ref);
}

const current = (w: Work, id: string): Container | undefined => table.get(w.state.containers, id);

/** docker start: a no-op on a running container; refuses a paused one. */
export function start(w: Work, c: Container): DockerError | undefined {
  const status = statusOf(c.state);
  if (status === 'paused') return { code: 'start_paused' };
  if (status === 'running' || status === 'restarting') return undefined;
  if (!allows(status, 'start')) return { code: 'not_running', id: c.id };
  return startProcess(w, c.id, false);
}

/**
 * Wait for the process started at event `from` to die (the CLI's attach, or run in the
 * foreground); its exit code. A process that died while starting (an instant script) counts: the
 * attached stream ends with it, before a restart policy runs it again.
 */
export function waitNextExit(w: Work, id: string, from: number): number | 'forever' {
  const looping = loopDetector();
  for (let round = 0; round < WAIT_ROUNDS; round++) {
    for (let i = from; i < w.events.length; i++) {
      const e = w.events[i]!.event;
      if (e.type === 'ContainerDied' && e.id === id) return e.exitCode;
    }
    const c = current(w, id);
    // Gone (--rm) or already exited during start: its last exit code.
    if (!c) return lastExitCode(w, id);
    if (!c.state.running) return c.state.exitCode;
    if (c.process && looping(c.process.state, c.rw)) return 'forever';
    const next = nextChange(w, id, w.now + LONGEST_WAIT);
    if (next === null) return 'forever';
    advance(w, next.at);
  }
  return 'forever';
}

/** docker stop: the stop signal, the grace period on the model clock, then SIGKILL; the stop event. */
export function stop(w: Work, c: Container, timeout?: number): DockerError | undefined {
  const status = statusOf(c.state);
  if (status === 'created' || status === 'exited') return undefined;
  if (status === 'restarting') {
    w.emit({ type: 'ContainerKilled', id: c.id, signal: 15 });
    w.emit({ type: 'ContainerStopped', id: c.id });
    return undefined;
  }
  // --rm removes the container once it has stopped, after the stop event (observed: kill, die, stop,
  // destroy); a restart keeps it in any case
  const removeAfter = !w.keepOnExit.has(c.id);
  w.keepOnExit.add(c.id);
  const err = stopProcess(w, c, timeout);
  if (removeAfter) w.keepOnExit.delete(c.id);
  if (err) return err;
  w.emit({ type: 'ContainerStopped', id: c.id });
  const after = current(w, c.id);
  if (removeAfter && after && !after.state.running && after.hostConfig.AutoRemove) destroy(w, c.id);
  return undefined;
}

/** The stop signal, the grace period on the model clock (see stop-timeout.ts), then SIGKILL. */
function stopProcess(w: Work, c: Container, timeout?: number): DockerError | undefined {
  const sig = parseSignal(c.config.StopSignal ?? 'TERM') ?? 'TERM';
  signal(w, c.id, sig);
  const seconds = timeout ?? c.config.StopTimeout ?? DEFAULT_STOP_TIMEOUT;
  const grace = graceMs(BigInt(seconds));
  if (grace === null) {
    if (waitForExit(w, c.id) === 'forever') return { code: 'would_block', what: `stop with t=${seconds} (no time limit)` };
    return undefined;
  }
  // The container may exit on its own during the grace period: the clock goes from one thing it
  // does to the next, and stops there once it has exited.
  const deadline = w.now + grace;
  for (let next = nextChange(w, c.id, deadline); next && current(w, c.id)?.state.running; next = nextChange(w, c.id, deadline)) advance(w, next.at);
  if (current(w, c.id)?.state.running) {
    advance(w, deadline);
    if (current(w, c.id)?.state.running) signal(w, c.id, 'KILL');
  }
  return undefined;
}

/** docker kill: SIGKILL by default; other signals go to PID 1, which may ignore them. */
const REALTIME_NAME = /^RT(MIN(\+([1-9]|1[0-5]))?|MAX(-([1-9]|1[0-4]))?)$/;
const numeric = (text: string): number | undefined => (/^[0-9]+$/.test(text) ? Number(text) : undefined);

/**
 * What the API router's pkg/signal.ParseSignal accepts (checked before the container is looked up):
 * any non-zero number, and the names of its SignalMap, which has the real-time RTMIN..RTMAX too.
 */
export function signalParses(text: string): boolean {
  const n = numeric(text);
  if (n !== undefined) return n !== 0;
  return parseSignal(text) !== undefined || REALTIME_NAME.test(text.toUpperCase().replace(/^SIG/, ''));
}

export function kill(w: Work, ref: string, c: Container, sigText: string): DockerError | undefined {
  const sig = parseSignal(sigText);
  if (!sig) {
    if (!signalParses(sigText)) return { code: 'invalid_signal', signal: sigText };
    // ContainerKill refuses numbers outside the signal map (32, 33, > 64); 34..64 are real-time.
    const n = numeric(sigText);
    if (n !== undefined && (n < 34 || n > 64)) return { code: 'kill_unsupported_signal', ref, signal: n };
    return { code: 'unsupported', message: `strata: real-time signals (${sigText}) are not modelled` };
  }
  const status = statusOf(c.state);
  if (!allows(status, 'kill')) return { code: 'kill_not_running', ref, id: c.id };
  if (status === 'restarting') {
    // no process to signal: the restart is cancelled, and the engine logs no event
    w.emit({ type: 'ContainerStopped', id: c.id, kill: true });
    return undefined;
  }
  signal(w, c.id, sig);
  return undefined;
}

export function pause(w: Work, c: Container): DockerError | undefined {
  const status = statusOf(c.state);
  if (status === 'paused') return { code: 'already_paused', id: c.id };
  if (status === 'restarting') return { code: 'restarting', id: c.id };
  if (!allows(status, 'pause')) return { code: 'not_running', id: c.id };
  w.emit({ type: 'ContainerPaused', id: c.id });
  return undefined;
}

export function unpause(w: Work, c: Container): DockerError | undefined {
  if (!allows(statusOf(c.state), 'unpause')) return { code: 'not_paused', id: c.id };
  w.emit({ type: 'ContainerUnpaused', id: c.id });
  return undefined;
}

/** docker restart: stop if running (same timeout rules), then start; the `restart` event. */
export function restart(w: Work, c: Container, timeout?: number): DockerError | undefined {
  const status = statusOf(c.state);
  if (status === 'running' || status === 'paused' || status === 'restarting') {
    // daemon/restart.go clears AutoRemove for the stop, so a --rm container survives its restart
    w.keepOnExit.add(c.id);
    const err = stop(w, c, timeout);
    w.keepOnExit.delete(c.id);
    if (err) return err;
  }
  const now = current(w, c.id);
  if (!now) return { code: 'no_such_container', ref: c.id };
  // the restart event is logged once the start returned: before an instant program's exit
  return startProcess(w, c.id, false, () => w.emit({ type: 'ContainerRestarted', id: c.id }));
}

/** docker wait: blocks until the container is not running; a created container answers 0 at once. */
export function wait(w: Work, c: Container): number | DockerError {
  if (waitForExit(w, c.id) === 'forever') return { code: 'would_block', what: 'wait' };
  const now = current(w, c.id);
  return now ? now.state.exitCode : lastExitCode(w, c.id);
}

/** A container removed while we waited (--rm): its exit code is in the events we emitted. */
function lastExitCode(w: Work, id: string): number {
  for (let i = w.events.length - 1; i >= 0; i--) {
    const e = w.events[i]!.event;
    if (e.type === 'ContainerDied' && e.id === id) return e.exitCode;
  }
  return 0;
}

export { exited, isError };
