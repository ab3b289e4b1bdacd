/**
 * What the engine and the container's processes do on their own, as a function of model time:
 * starting PID 1, recording what a process step wrote, exits and the restart manager, signals,
 * and the clock moving forward (timers firing in time order). Used by the container verbs.
 */
import type { DockerError } from '../core/errors.js';
import * as table from '../core/table.js';
import type { Work } from '../core/work.js';
import type { Change, Changeset, Digest } from '../layer/changeset.js';
import { sha256 } from '../layer/digest.js';
import { Vfs } from '../layer/vfs.js';
import { initLayer } from '../layer/init-layer.js';
import { DEFAULT_PATH } from '../image/config.js';
import { type Outcome, type ProcState, type Signal, lookPath, resume, signalNumber, spawn, steadyKey } from '../sh/index.js';
import type { Container, State } from '../state.js';

/** The read-only layers under a container, top first, by the layer graph (they outlive a deleted image). */
export function lowerStack(s: State, top: Digest | null): Changeset[] {
  const out: Changeset[] = [];
  for (let id = top; id; ) {
    const layer = table.get(s.layers, id);
    if (!layer) break;
    out.push(layer.changes);
    id = layer.parent;
  }
  return out;
}

/** What a container's RW layer sits on: its init layer, then the image's layers. */
export function containerBase(s: State, c: Container): Changeset[] {
  return [initLayer(c.created), ...lowerStack(s, c.layer)];
}

/**
 * What the engine bind-mounts over the init layer's placeholders for the container's processes
 * (daemon/container_operations_unix.go): /etc/hostname and, for --network none, the default
 * /etc/hosts. The bridge network's own-address line and /etc/resolv.conf (the host's) are not
 * modelled and stay empty. Never part of diff, export or commit.
 */
const HOSTS_NONE =
  '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nff00::0\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n';

function bindMounts(c: Container): { layer: Changeset; blobs: Map<Digest, Uint8Array> } {
  const layer = new Map<string, Change>();
  const blobs = new Map<Digest, Uint8Array>();
  const file = (path: string, text: string): void => {
    const bytes = new TextEncoder().encode(text);
    const digest = sha256(bytes);
    blobs.set(digest, bytes);
    layer.set(path, { type: 'file', mode: 0o644, mtime: Math.floor(c.created / 1000), size: bytes.length, digest });
  };
  file('etc/hostname', `${c.config.Hostname}\n`);
  if (c.hostConfig.NetworkMode === 'none') file('etc/hosts', HOSTS_NONE);
  return { layer, blobs };
}

/** The filesystem a container's processes see: RW layer, bind mounts, init layer, image layers. */
export function vfsOf(w: Work, c: Container): Vfs {
  const mounts = bindMounts(c);
  return new Vfs(new Map(c.rw), [mounts.layer, ...containerBase(w.state, c)], Math.floor(w.now / 1000), (d) => mounts.blobs.get(d) ?? w.blob(d));
}

/** Emit what a process step wrote into the RW layer. */
export function recordFs(w: Work, id: string, vfs: Vfs): void {
  const { set, removed } = vfs.changes();
  if (set.length === 0 && removed.length === 0) return;
  w.addBlobs(vfs.blobs);
  w.emit({ type: 'ContainerFsChanged', id, set, removed });
}

/** container.CreateDaemonEnvironment: PATH and HOSTNAME first, the container's Env replacing or appending; runc adds HOME. */
export function processEnv(c: Container): string[] {
  const env = replaceOrAppend([DEFAULT_PATH, `HOSTNAME=${c.config.Hostname}`], c.config.Env ?? []);
  if (!env.some((e) => e.startsWith('HOME='))) env.push('HOME=/');
  return env;
}

/**
 * moby's ReplaceOrAppendEnvValues: `K=V` replaces K or is appended; a bare `K` (what `-e K` leaves
 * when the client has no K) removes K. Observed: `-e HOSTNAME` without one leaves no HOSTNAME.
 */
export function replaceOrAppend(base: readonly string[], overrides: readonly string[]): string[] {
  const env = [...base];
  for (const kv of overrides) {
    const key = kv.split('=')[0];
    const i = env.findIndex((e) => e.split('=')[0] === key);
    if (!kv.includes('=')) {
      if (i >= 0) env.splice(i, 1);
    } else if (i >= 0) env[i] = kv;
    else env.push(kv);
  }
  return env;
}

const cwdOf = (c: Container): string => c.config.WorkingDir || '/';

/** moby daemon/errors.go setExitCodeFromError */
export function exitCodeFor(message: string): number {
  if (message.includes('permission denied') || message.includes('is a directory')) return 126;
  if (message.includes('executable file not found') || message.includes('no such file or directory') || message.includes('not a directory')) return 127;
  return 128;
}

/**
 * Start PID 1 (create+start of the OCI container). Returns the engine's error if the exec failed.
 * `onStarted` runs once the process exists, before it does anything: what the daemon logs after the
 * start returns (restart's event) comes before a process that exits at once has died.
 */
export function startProcess(w: Work, id: string, restart: boolean, onStarted?: () => void): DockerError | undefined {
  const c = table.get(w.state.containers, id)!;
  const vfs = vfsOf(w, c);
  const env = processEnv(c);
  const argv = [c.path, ...c.args];
  const found = lookPath(vfs, c.path, env, cwdOf(c));
  if ('code' in found) {
    const message = `failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ${found.message}: unknown`;
    const exitCode = exitCodeFor(message);
    w.emit({ type: 'ContainerStartFailed', id, exitCode, error: message });
    if (c.hostConfig.AutoRemove) destroy(w, id);
    return { code: 'start_failed', message, exitCode };
  }
  w.emit({ type: 'ContainerStarted', id, pid: w.state.pids + 1, restart });
  onStarted?.();
  const outcome = spawn(argv, { fs: vfs, env, cwd: cwdOf(c), now: w.now, pid1: true });
  if ('message' in outcome) return { code: 'unsupported', message: outcome.message };
  settle(w, id, vfs, outcome);
  return undefined;
}

/** Record a process step's effects, then its new state: waiting, or exited. */
function settle(w: Work, id: string, vfs: Vfs, outcome: Outcome): void {
  recordFs(w, id, vfs);
  if (outcome.output.length > 0) w.emit({ type: 'ContainerOutput', id, output: [...outcome.output] });
  if (outcome.kind === 'blocked') {
    w.emit({ type: 'ContainerProcessBlocked', id, state: outcome.state, wakeAt: outcome.wakeAt });
    return;
  }
  if (outcome.at > w.now) w.now = outcome.at;
  exited(w, id, outcome.code);
}

/** PID 1 exited: the die event, then the restart manager or auto-remove (daemon/monitor.go). */
export function exited(w: Work, id: string, exitCode: number): void {
  const before = table.get(w.state.containers, id)!;
  const ranFor = before.state.startedAt === null ? 0 : w.now - before.state.startedAt;
  w.emit({ type: 'ContainerDied', id, exitCode });
  const c = table.get(w.state.containers, id)!;
  const delay = restartDelay(c, exitCode, ranFor);
  if (delay !== null) {
    w.emit({ type: 'ContainerRestarting', id, wakeAt: w.now + delay, delay });
    return;
  }
  if (c.hostConfig.AutoRemove && !w.keepOnExit.has(id)) destroy(w, id);
}

const DEFAULT_BACKOFF = 100;
const MAX_BACKOFF = 60_000;

/**
 * restartmanager.ShouldRestart: the next delay, or null when the policy says no. A kill or stop
 * (without a custom StopSignal) cancels the restart manager (ExitOnNext), whatever the policy.
 */
function restartDelay(c: Container, exitCode: number, ranFor: number): number | null {
  const { Name, MaximumRetryCount } = c.hostConfig.RestartPolicy;
  if (c.manuallyStopped) return null;
  const restart =
    Name === 'always' ||
    Name === 'unless-stopped' ||
    (Name === 'on-failure' && exitCode !== 0 && (MaximumRetryCount === 0 || c.restartCount < MaximumRetryCount));
  if (!restart) return null;
  let timeout = ranFor >= 10_000 ? 0 : c.restartDelay;
  timeout = timeout === 0 ? DEFAULT_BACKOFF : timeout < MAX_BACKOFF ? timeout * 2 : timeout;
  return Math.min(timeout, MAX_BACKOFF);
}

/** Deliver a signal to PID 1 of a running (or paused) container. */
export function signal(w: Work, id: string, sig: Signal): void {
  const c = table.get(w.state.containers, id)!;
  w.emit({ type: 'ContainerKilled', id, signal: signalNumber(sig) });
  // A paused container is resumed for the signal; for SIGKILL without an unpause event (killWithSignal)
  if (c.state.paused && sig !== 'KILL') w.emit({ type: 'ContainerUnpaused', id });
  if (sig === 'KILL' || !c.process) {
    if (sig === 'KILL') exited(w, id, 137);
    return;
  }
  const vfs = vfsOf(w, c);
  const outcome = resume(c.process.state, { fs: vfs, env: processEnv(c), cwd: cwdOf(c), now: w.now, pid1: true }, { kind: 'signal', signal: sig });
  if ('message' in outcome) return unmodelled(w, id, outcome.message);
  settle(w, id, vfs, outcome);
}

/**
 * PID 1 reached something the interpreter does not model (a loop that never blocks, say). The model
 * cannot say what the process does next, so it stops it, with exit code 128 (moby's exitUnknown) and
 * the reason in State.Error, rather than inventing an outcome.
 */
function unmodelled(w: Work, id: string, message: string): void {
  w.emit({ type: 'ContainerDied', id, exitCode: 128, error: message });
}

/** The earliest timer of a container that is not frozen, at or before `to`. */
function nextTimer(s: State, to: number): [string, number] | undefined {
  let best: [string, number] | undefined;
  for (const [id, at] of table.entries(s.timers)) {
    if (at > to || (best && at >= best[1])) continue;
    const c = table.get(s.containers, id);
    if (!c || c.state.paused) continue;
    best = [id, at];
  }
  return best;
}

/** Move the model clock to `to`, firing every timer due on the way, in time order. */
export function advance(w: Work, to: number): void {
  for (let t = nextTimer(w.state, to); t; t = nextTimer(w.state, to)) {
    const [id, at] = t;
    if (at > w.now) w.now = at;
    const c = table.get(w.state.containers, id)!;
    if (c.state.restarting) {
      const err = startProcess(w, id, true);
      if (err && table.get(w.state.containers, id)) exited(w, id, (err as { exitCode?: number }).exitCode ?? 128);
      continue;
    }
    if (!c.process) continue;
    const vfs = vfsOf(w, c);
    const outcome = resume(c.process.state, { fs: vfs, env: processEnv(c), cwd: cwdOf(c), now: w.now, pid1: true }, { kind: 'timer' });
    if ('message' in outcome) unmodelled(w, id, outcome.message);
    else settle(w, id, vfs, outcome);
  }
  if (to > w.now) w.now = to;
}

/** The model time at which a running container's PID 1 next does something on its own, if ever. */
export function wakeTime(s: State, id: string): number | null {
  const at = table.get(s.timers, id);
  return at === undefined ? null : at;
}

/**
 * Recognises a process going round in circles: called between timer firings, it answers true once
 * the process is back at a state (and filesystem) it was in before, from which it can only repeat.
 */
export function loopDetector(): (state: ProcState, rw: ReadonlyMap<string, unknown>) => boolean {
  const seen = new Set<string>();
  return (state, rw) => {
    const key = `${steadyKey(state)}|${JSON.stringify([...rw])}`;
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  };
}

/** A restart policy that restarts whatever the exit code, as long as nobody stops the container. */
const restartsForever = (c: Container): boolean =>
  !c.manuallyStopped && (c.hostConfig.RestartPolicy.Name === 'always' || c.hostConfig.RestartPolicy.Name === 'unless-stopped');

/**
 * Run the clock until the container is no longer running (restarting counts as running, as for
 * `docker wait`). 'forever' when nothing would ever stop it: no timer, frozen, a process in a loop
 * that never exits, or a restart policy that always restarts.
 */
export function waitForExit(w: Work, id: string): 'exited' | 'forever' {
  const looping = loopDetector();
  for (let guard = 0; guard < 10_000; guard++) {
    const c = table.get(w.state.containers, id);
    if (!c || !c.state.running) return 'exited';
    if (c.state.restarting && restartsForever(c)) return 'forever';
    const at = wakeTime(w.state, id);
    if (at === null || c.state.paused) return 'forever';
    if (c.process && looping(c.process.state, c.rw)) return 'forever';
    advance(w, Math.max(at, w.now));
  }
  return 'forever';
}

/** Remove a container and release the layers only it kept alive. */
export function destroy(w: Work, id: string): void {
  const c = table.get(w.state.containers, id);
  if (!c) return;
  w.emit({ type: 'ContainerDestroyed', id });
  releaseLayers(w, c.layer);
}

/** Delete layers, top down, whose last reference is gone (layer_store.go releaseLayer). Returns their ChainIDs. */
export function releaseLayers(w: Work, top: Digest | null): Digest[] {
  const deleted: Digest[] = [];
  for (let id = top; id; ) {
    const layer = table.get(w.state.layers, id);
    if (!layer || layer.refs > 0) break;
    w.emit({ type: 'LayerDeleted', chainId: id });
    deleted.push(id);
    id = layer.parent;
  }
  return deleted;
}
