/**
 * The verbs that move a container through its lifecycle: start, stop, kill, pause, unpause, restart
 * and wait. Each asks the lifecycle machine first, then lets the runtime act.
 */
import type { DockerError } from '../core/errors.js';
import * as table from '../core/table.js';
import type { Work } from '../core/work.js';
import { type Signal, signalNumber } from '../sh/index.js';
import { type Container, statusOf } from '../state.js';
import { allows } from './machine.js';
import { findContainer, isError } from './resolve.js';
import { LONGEST_WAIT, WAIT_ROUNDS, advance, destroy, exited, loopDetector, nextChange, signal, startProcess, waitForExit } from './runtime.js';
import { dockerSignal, modelledSignal } from './signals.js';
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
 * docker attach: the client inspects the container first and refuses one that is not running
 * (cli/command/container/attach.go, in its order); then the daemon logs the attach.
 */
export function attach(w: Work, c: Container): DockerError | undefined {
  const status = statusOf(c.state);
  if (!allows(status, 'attach')) return { code: 'attach_refused', status: status === 'paused' || status === 'restarting' ? status : 'stopped' };
  w.emit({ type: 'ContainerAttached', id: c.id });
  return undefined;
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
  const sig = stopSignal(c);
  if (typeof sig !== 'string') return sig;
  if (status === 'restarting') {
    w.emit({ type: 'ContainerKilled', id: c.id, signal: signalNumber(sig) });
    w.emit({ type: 'ContainerStopped', id: c.id });
    return undefined;
  }
  // --rm removes the container once it has stopped, after the stop event (observed: kill, die, stop,
  // destroy); a restart keeps it in any case
  const removeAfter = !w.keepOnExit.has(c.id);
  w.keepOnExit.add(c.id);
  const err = stopProcess(w, c, sig, timeout);
  if (removeAfter) w.keepOnExit.delete(c.id);
  if (err) return err;
  w.emit({ type: 'ContainerStopped', id: c.id });
  const after = current(w, c.id);
  if (removeAfter && after && !after.state.running && after.hostConfig.AutoRemove) destroy(w, c.id);
  return undefined;
}

/**
 * container.StopSignal(): the config's StopSignal as ParseSignal reads it, SIGTERM when it is unset.
 * What the kernel would refuse (the daemon then waits 2 s before its SIGKILL) or a real-time signal
 * is not modelled.
 */
function stopSignal(c: Container): Signal | DockerError {
  const own = c.config.StopSignal;
  if (!own) return 'TERM';
  const n = dockerSignal(own);
  // killWithSignal parses the StopSignal again and fails: the stop's 2 s fallback, then SIGKILL
  if (n === undefined) return { code: 'unsupported', message: `strata: stopping a container whose stop signal does not parse (${own}, from its image) is not modelled` };
  return modelledSignal(n) ?? { code: 'unsupported', message: `strata: the stop signal ${own} is not modelled (strata models signals 1 to 31)` };
}

/** The stop signal, the grace period on the model clock (see stop-timeout.ts), then SIGKILL. */
function stopProcess(w: Work, c: Container, sig: Signal, timeout?: number): DockerError | undefined {
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

/**
 * killWithSignal: a container with its own StopSignal keeps its restart manager (no ExitOnNext) for
 * any signal but that one and SIGKILL; without one, every signal cancels it. A StopSignal that does
 * not parse fails the kill (undefined here: not modelled).
 */
function keepsRestartManager(c: Container, sig: Signal): boolean | undefined {
  const own = c.config.StopSignal;
  if (!own || sig === 'KILL') return false;
  const n = dockerSignal(own);
  return n === undefined ? undefined : n !== BigInt(signalNumber(sig));
}

/** docker kill: SIGKILL by default; other signals go to PID 1, which may ignore them. */
export function kill(w: Work, ref: string, c: Container, sigText: string): DockerError | undefined {
  const n = dockerSignal(sigText);
  if (n === undefined) return { code: 'invalid_signal', signal: sigText };
  // ContainerKill takes the number as a uint64 and refuses what is not in the signal map (32, 33,
  // above 64, negative numbers); 34..64 are real-time
  const u = BigInt.asUintN(64, n);
  const sig = modelledSignal(u);
  if (!sig) {
    if (u < 34n || u > 64n) return { code: 'kill_unsupported_signal', ref, signal: u.toString() };
    return { code: 'unsupported', message: `strata: real-time signals (${sigText}) are not modelled` };
  }
  const status = statusOf(c.state);
  if (!allows(status, 'kill')) return { code: 'kill_not_running', ref, id: c.id };
  const keep = keepsRestartManager(c, sig);
  if (keep === undefined) return { code: 'unsupported', message: `strata: a kill of a container whose stop signal does not parse (${c.config.StopSignal ?? ''}) is not modelled` };
  if (status === 'restarting') {
    // no process to signal, and the engine logs no event: the restart is cancelled, unless the
    // restart manager is kept; either way the container is marked stopped by hand, which the
    // pending restart ignores and `unless-stopped` heeds at the exit after it
    if (keep) w.emit({ type: 'ContainerKilled', id: c.id, signal: signalNumber(sig), restartKept: true });
    else w.emit({ type: 'ContainerStopped', id: c.id, kill: true });
    return undefined;
  }
  // a paused container is resumed only for a signal that cancels the restart manager; another
  // waits, queued, until an unpause
  if (keep && status === 'paused') return { code: 'unsupported', message: `strata: a signal held while the container is paused (${sigText}: not its stop signal) is not modelled` };
  signal(w, c.id, sig, keep);
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
  // The client waits for "not-running": at once for a container that is not running, else until
  // its process next exits, whether the restart manager then stops it or restarts it (SetRestarting
  // wakes the waiters too: an `always` container's wait ends at its first exit).
  if (!c.state.running) return c.state.exitCode;
  const code = waitNextExit(w, c.id, w.events.length);
  return code === 'forever' ? { code: 'would_block', what: 'wait' } : code;
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
