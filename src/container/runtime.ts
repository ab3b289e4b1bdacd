/**
 * What the engine and the container's processes do on their own, as a function of model time:
 * starting PID 1, recording what a process step wrote, exits and the restart manager, signals,
 * and the clock moving forward (timers firing in time order). Used by the container verbs.
 */
import { type DockerError, render } from '../core/errors.js';
import * as table from '../core/table.js';
import type { Work } from '../core/work.js';
import type { Change, Changeset, Digest } from '../layer/changeset.js';
import { sha256 } from '../layer/digest.js';
import { Vfs } from '../layer/vfs.js';
import { DEFAULT_PATH } from '../image/config.js';
import { type Cred, type Outcome, type ProcState, type ProcessEnv, ROOT, type Signal, type Unsupported, findProgram, resume, signalNumber, spawn, steadyKey } from '../sh/index.js';
import { INIT_PATH, hasInit, initExecErrno, initExecFailure, initForwards, makeInitMountpoint } from './init.js';
import { type Ahead, type Step, lookAhead, wakeOf } from './ahead.js';
import type { Container, State } from '../state.js';
import { containerBase } from './stack.js';
import { earliestTimer } from './timers.js';
import { ROOT_USER, processUser, sameUser } from './user.js';
import { setupWorkingDirectory } from './workdir.js';

export { containerBase, lowerStack } from './stack.js';

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

/**
 * The filesystem a container's processes see: RW layer, bind mounts, init layer, image layers. With
 * --read-only they cannot change it (the engine mounts the rootfs and its bind mounts ro; the
 * tmpfs it keeps writable, /dev and /dev/shm, are kernel paths the interpreter refuses anyway);
 * the daemon's own writes (`daemon`: the working directory at create) still go through. A process
 * is PID 1, as the user it was started as, unless `cred` says whose it is (an exec's); the daemon
 * is root.
 */
export function vfsOf(w: Work, c: Container, by: 'process' | 'daemon' = 'process', cred: Cred = c.state.user ?? ROOT): Vfs {
  const { lower, blobs } = lowerOf(w.state, c);
  const readOnly = by === 'process' && c.hostConfig.ReadonlyRootfs === true;
  return new Vfs(new Map(c.rw), lower, Math.floor(w.now / 1000), (d) => blobs.get(d) ?? w.blob(d), readOnly, by === 'process' ? cred : ROOT);
}

interface Lower {
  readonly created: number;
  readonly network: string;
  readonly layer: Digest | null;
  /** the bind mounts, the init layer and the image's layers: one array for the container's life */
  readonly lower: readonly Changeset[];
  readonly blobs: ReadonlyMap<Digest, Uint8Array>;
}

/**
 * What is under a container's RW layer never changes while it exists (its config, creation time,
 * network and image layers are fixed at create), so it is made once per container, keyed by its
 * config, and the same array lets the Vfs keep what it looked up there.
 */
const lowers = new WeakMap<object, Lower>();

function lowerOf(s: State, c: Container): Lower {
  const known = lowers.get(c.config);
  if (known && known.created === c.created && known.network === c.hostConfig.NetworkMode && known.layer === c.layer) return known;
  const mounts = bindMounts(c);
  const made: Lower = { created: c.created, network: c.hostConfig.NetworkMode, layer: c.layer, lower: [mounts.layer, ...containerBase(s, c)], blobs: mounts.blobs };
  lowers.set(c.config, made);
  return made;
}

/** Emit what a process step wrote into the RW layer. */
export function recordFs(w: Work, id: string, vfs: Vfs): void {
  const { set, removed } = vfs.changes();
  if (set.length === 0 && removed.length === 0) return;
  w.addBlobs(vfs.blobs);
  w.emit({ type: 'ContainerFsChanged', id, set, removed });
}

/** container.CreateDaemonEnvironment: PATH and HOSTNAME first, the container's Env replacing or appending. */
export function daemonEnv(c: Container): string[] {
  return replaceOrAppend([DEFAULT_PATH, `HOSTNAME=${c.config.Hostname}`], c.config.Env ?? []);
}

/** PID 1's environment: the daemon's, and the HOME runc gives it. */
export function processEnv(c: Container): string[] {
  return withHome(daemonEnv(c), (c.state.user ?? ROOT_USER).home);
}

/** runc's setupUser: when HOME is unset or empty, the user's home (an empty one is replaced where it is). */
export function withHome(env: string[], home: string): string[] {
  const i = env.findIndex((e) => e.startsWith('HOME='));
  if (i < 0) env.push(`HOME=${home}`);
  else if (env[i] === 'HOME=') env[i] = `HOME=${home}`;
  return env;
}

/**
 * A process of a user other than root in a working directory under one it may not search (runc
 * enters it as root): its relative paths are looked up from there by the kernel, from the root by
 * the model, which cannot say what it would find.
 */
export function unreachableCwd(vfs: Vfs, cwd: string): Unsupported | undefined {
  if (vfs.cred.uid === 0 || vfs.stat(cwd) !== 'EACCES') return undefined;
  return { code: 'unsupported', message: `strata: a process of uid ${vfs.cred.uid} in a working directory (${cwd}) under a directory it may not search is not modelled` };
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

/** Linux's HOST_NAME_MAX: sethostname(2) takes at most 64 bytes (observed: 64 start, 65 fail, UTF-8 counted in bytes). */
const HOST_NAME_MAX = 64;
const hostnameRefused = (hostname: string): boolean => new TextEncoder().encode(hostname).length > HOST_NAME_MAX;

/** The daemon could not write the container's spec: the start fails before runc is asked. */
function specFailed(w: Work, id: string, cause: DockerError): DockerError {
  const c = table.get(w.state.containers, id)!;
  // containerStart's deferred cleanup: 128, unless the container still has an exit code
  const error: DockerError = { code: 'start_failed', cause, exitCode: c.state.exitCode === 0 ? 128 : c.state.exitCode, daemon: true };
  w.emit({ type: 'ContainerStartFailed', id, exitCode: error.exitCode, error: render(error) });
  if (c.hostConfig.AutoRemove) destroy(w, id);
  return error;
}

/**
 * Start PID 1 (create+start of the OCI container). Returns the engine's error if the exec failed.
 * `onStarted` runs once the process exists, before it does anything: what the daemon logs after the
 * start returns (restart's event) comes before a process that exits at once has died.
 */
export function startProcess(w: Work, id: string, restart: boolean, onStarted?: () => void): DockerError | undefined {
  // the daemon's spec (WithCommonOptions): the working directory is made again, or the start fails
  const noWorkdir = setupWorkingDirectory(w, id);
  if (noWorkdir) return specFailed(w, id, noWorkdir);
  const init = hasInit(table.get(w.state.containers, id)!);
  if (init) {
    // runc makes the bind mount's mount point with the other mounts, before anything else
    const daemonVfs = vfsOf(w, table.get(w.state.containers, id)!, 'daemon');
    const refused = makeInitMountpoint(daemonVfs);
    if (refused) return refused;
    recordFs(w, id, daemonVfs);
  }
  const c = table.get(w.state.containers, id)!;
  // the daemon's spec: the user's lookup (WithUser) fails the start before runc is asked
  const user = processUser(vfsOf(w, c, 'daemon'), c.config.User);
  if ('code' in user) return user.code === 'unsupported' ? user : specFailed(w, id, user);
  const vfs = vfsOf(w, c, 'process', user);
  const env = withHome(daemonEnv(c), user.home);
  const argv = [c.path, ...c.args];
  const cwdRefused = unreachableCwd(vfs, cwdOf(c));
  if (cwdRefused !== undefined) return cwdRefused;
  // runc's init sets the hostname before it looks the program up (docker-init is always there)
  const found = hostnameRefused(c.config.Hostname) ? { code: 'sethostname_invalid' as const } : init ? { path: INIT_PATH } : findProgram(vfs, c.path, env, cwdOf(c), 'exec');
  if ('code' in found) {
    // the daemon reads the exit code from the error's text, and records the text (inspect's State.Error)
    const error: DockerError = { code: 'start_failed', cause: found, exitCode: exitCodeFor(render(found)) };
    w.emit({ type: 'ContainerStartFailed', id, exitCode: error.exitCode, error: render(error) });
    if (c.hostConfig.AutoRemove) destroy(w, id);
    return error;
  }
  // the shim's pid, PID 1's, then those kept for the children it may have at once
  const pid = w.state.pids + 2;
  w.emit({ type: 'ContainerStarted', id, pid, restart, lastPid: pid + (init ? 2 : 1), ...(sameUser(user, ROOT_USER) ? {} : { user }) });
  onStarted?.();
  const failed = init ? initExecErrno(vfs, c.path, env, cwdOf(c)) : undefined;
  const outcome: Outcome | Unsupported =
    failed === undefined ? spawn(argv, { ...penvOf(c, vfs, w.now), env }) : { kind: 'exited', at: w.now, ...initExecFailure(c.path, failed) };
  if ('message' in outcome) return { code: 'unsupported', message: outcome.message };
  settle(w, id, vfs, outcome);
  return undefined;
}

/**
 * Record a process step's effects, then its new state: waiting, or exited. A process that wakes
 * again by `until` is answered instead of logged asleep: its next wake-up will log what follows.
 */
function settle(w: Work, id: string, vfs: Vfs, outcome: Outcome, until = -Infinity): ProcState | undefined {
  recordFs(w, id, vfs);
  if (outcome.output.length > 0) w.emit({ type: 'ContainerOutput', id, output: [...outcome.output] });
  if (outcome.kind === 'blocked') {
    if (outcome.wakeAt !== null && outcome.wakeAt <= until) return outcome.state;
    w.emit({ type: 'ContainerProcessBlocked', id, state: outcome.state, wakeAt: outcome.wakeAt });
    return undefined;
  }
  if (outcome.at > w.now) w.now = outcome.at;
  exited(w, id, outcome.code);
  return undefined;
}

/** PID 1 exited: the die event, then the restart manager or auto-remove (daemon/monitor.go). */
export function exited(w: Work, id: string, exitCode: number): void {
  const c = table.get(w.state.containers, id)!;
  const ranFor = c.state.startedAt === null ? 0 : w.now - c.state.startedAt;
  w.emit({ type: 'ContainerDied', id, exitCode });
  // what the restart manager reads (policy, count, delay, whether it was stopped by hand) the death
  // does not change: the container as it was just before it is asked, and the state after the
  // event is computed only if something later reads it
  const delay = restartDelay(c, exitCode, ranFor);
  if (delay !== null) {
    w.emit({ type: 'ContainerRestarting', id, wakeAt: w.now + delay, delay });
    return;
  }
  if (c.hostConfig.AutoRemove && !w.keepOnExit.has(id)) destroy(w, id);
}

const DEFAULT_BACKOFF = 100;
const MAX_BACKOFF = 60_000;

/** A restart policy that restarts whatever the exit code, as long as nobody stops the container. */
const restartsForever = (c: Container): boolean =>
  !c.restartCanceled && (c.hostConfig.RestartPolicy.Name === 'always' || (c.hostConfig.RestartPolicy.Name === 'unless-stopped' && !c.manuallyStopped));

/**
 * restartmanager.ShouldRestart: the next delay, or null when the policy says no. A stop, or a kill
 * (with any signal when the container has no StopSignal of its own, else with that one or SIGKILL),
 * cancels the restart manager (ExitOnNext), whatever the policy; any kill marks the container
 * stopped by hand (HasBeenManuallyStopped), which `unless-stopped` alone heeds.
 */
function restartDelay(c: Container, exitCode: number, ranFor: number): number | null {
  const { Name, MaximumRetryCount } = c.hostConfig.RestartPolicy;
  if (c.restartCanceled) return null;
  const restart =
    restartsForever(c) || (Name === 'on-failure' && exitCode !== 0 && (MaximumRetryCount === 0 || c.restartCount < MaximumRetryCount));
  if (!restart) return null;
  let timeout = ranFor >= 10_000 ? 0 : c.restartDelay;
  timeout = timeout === 0 ? DEFAULT_BACKOFF : timeout < MAX_BACKOFF ? timeout * 2 : timeout;
  return Math.min(timeout, MAX_BACKOFF);
}

/**
 * Deliver a signal to PID 1 of a running (or paused) container; `restartKept`: see ContainerKilled.
 * With --init PID 1 is docker-init, which passes it on to the program (but those it keeps).
 */
export function signal(w: Work, id: string, sig: Signal, restartKept = false): void {
  const c = table.get(w.state.containers, id)!;
  w.emit({ type: 'ContainerKilled', id, signal: signalNumber(sig), ...(restartKept ? { restartKept } : {}) });
  // A paused container is resumed for the signal; for SIGKILL without an unpause event (killWithSignal)
  if (c.state.paused && sig !== 'KILL') w.emit({ type: 'ContainerUnpaused', id });
  if (sig === 'KILL' || !c.process) {
    if (sig === 'KILL') exited(w, id, 137);
    return;
  }
  if (hasInit(c) && !initForwards(sig)) return;
  const vfs = vfsOf(w, c);
  const outcome = resume(c.process.state, penvOf(c, vfs, w.now), { kind: 'signal', signal: sig });
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

/**
 * The longest a foreground wait follows the model clock: 2^63-1 ns, Go's longest time.Duration and
 * the kernel's KTIME_MAX, past which no sleep ever ends (nanosleep saturates there, counting from
 * boot). The engine never comes back from a wait that long, so the model answers "for ever" rather
 * than carry its clock centuries ahead.
 */
export const LONGEST_WAIT = 9_223_372_036_854;

/**
 * What advance knows of a container beyond the state: it is asleep in `state` until `at`, not logged
 * yet (it woke by then again); or its quiet wake-ups were run ahead, to `record` where they left it at
 * `at`, or to `wake` it for real at `at`, from `state`.
 */
type Plan = { readonly kind: 'asleep' | 'record' | 'wake'; readonly at: number; readonly state: ProcState };

/** The program's environment; under docker-init it is no PID 1 (and its pid in the namespace is not known). */
const penvOf = (c: Container, vfs: Vfs, now: number): ProcessEnv => ({ fs: vfs, env: processEnv(c), cwd: cwdOf(c), now, pid1: !hasInit(c) });

/**
 * The wake-ups of PID 1, asleep in `state`, up to `horizon`, run ahead on a copy of the container's
 * filesystem; that copy is what a first wake-up that is not quiet did to it.
 */
function pid1Ahead(w: Work, c: Container, state: ProcState, first: number, horizon: number): { ahead: Ahead; vfs: Vfs } {
  const vfs = vfsOf(w, c);
  const step: Step = (s, now) => ({ outcome: resume(s, penvOf(c, vfs, now), { kind: 'timer' }), touched: vfs.touched.size > 0 });
  return { ahead: lookAhead(state, first, horizon, step), vfs };
}

/** PID 1 wakes from `state` at the current time: record what it does; its new state if it wakes again by `until`. */
function wake(w: Work, id: string, state: ProcState, until?: number): ProcState | undefined {
  const c = table.get(w.state.containers, id)!;
  const vfs = vfsOf(w, c);
  return woke(w, id, vfs, resume(state, penvOf(c, vfs, w.now), { kind: 'timer' }), until);
}

function woke(w: Work, id: string, vfs: Vfs, outcome: Outcome | Unsupported, until?: number): ProcState | undefined {
  if (!('message' in outcome)) return settle(w, id, vfs, outcome, until);
  unmodelled(w, id, outcome.message);
  return undefined;
}

/** The container due next, at or before `to` (frozen ones wait), and when: its timer, or its plan's time. */
function nextDue(s: State, to: number, plans: ReadonlyMap<string, Plan>): [string, number] | undefined {
  if (plans.size === 0) {
    // the earliest timer, found without a look at each: it is the one due, unless its container is paused
    const first = table.argMin(s.timers);
    if (!first || first[1] > to) return undefined;
    const c = table.get(s.containers, first[0]);
    if (c && !c.state.paused) return first;
  } else if (earliestTimer(s, plans) > to) {
    // Only planned containers can be due: the earliest of them, when it is the only one at its time
    // (on a tie the table's order decides, below). No look at each of the other timers.
    let best: [string, number] | undefined;
    let tie = false;
    for (const [id, plan] of plans) {
      if (plan.at > to || table.get(s.timers, id) === undefined) continue;
      const c = table.get(s.containers, id);
      if (!c || c.state.paused) continue;
      if (!best || plan.at < best[1]) [best, tie] = [[id, plan.at], false];
      else if (plan.at === best[1]) tie = true;
    }
    if (!tie) return best;
  }
  let best: [string, number] | undefined;
  for (const [id, timer] of table.entries(s.timers)) {
    const at = plans.get(id)?.at ?? timer;
    if (at > to || (best && at >= best[1])) continue;
    const c = table.get(s.containers, id);
    if (!c || c.state.paused) continue;
    best = [id, at];
  }
  return best;
}

/**
 * Move the model clock to `to`, firing every timer due on the way, in time order. A process's quiet
 * wake-ups (see ahead.ts) are run ahead when the first of them falls due and are not logged one by
 * one: the process's state at the last of them is, at that one's time. A wake-up that does something
 * happens at its own time, in order with the other containers', and the state it leaves is logged
 * only if nothing later by `to` replaces it.
 */
export function advance(w: Work, to: number): void {
  const plans = new Map<string, Plan>();
  const asleep = (id: string, state: ProcState | undefined): void => {
    if (state) plans.set(id, { kind: 'asleep', at: wakeOf(state)!, state });
  };
  for (let due = nextDue(w.state, to, plans); due; due = nextDue(w.state, to, plans)) {
    const [id, at] = due;
    if (at > w.now) w.now = at;
    const plan = plans.get(id);
    plans.delete(id);
    if (plan?.kind === 'record') w.emit({ type: 'ContainerProcessBlocked', id, state: plan.state, wakeAt: wakeOf(plan.state) });
    if (plan?.kind === 'wake') asleep(id, wake(w, id, plan.state, to));
    if (plan?.kind === 'record' || plan?.kind === 'wake') continue;
    const c = table.get(w.state.containers, id)!;
    if (!plan && c.state.restarting) {
      const err = startProcess(w, id, true);
      if (err && table.get(w.state.containers, id)) exited(w, id, (err as { exitCode?: number }).exitCode ?? 128);
      continue;
    }
    const state = plan?.state ?? c.process?.state;
    if (!state) continue;
    const { ahead, vfs } = pid1Ahead(w, c, state, w.now, to);
    // its first wake-up does something: that is the wake-up, done
    if (ahead.kind === 'loud' && ahead.at === w.now) asleep(id, woke(w, id, vfs, ahead.outcome, to));
    // an endless run is recorded where it got to, and followed on from there
    else plans.set(id, { kind: ahead.kind === 'loud' ? 'wake' : 'record', at: ahead.at, state: ahead.state });
  }
  if (to > w.now) w.now = to;
}

/**
 * Before a command: the clock catches up with the command's time from the last event on, so what
 * fell due in between happens at its own time (a loop's output at each of its rounds, a restart at
 * the end of its backoff), not all at the command's time.
 */
export function catchUp(w: Work): void {
  const to = w.now;
  w.now = Math.min(to, w.state.clock + 1);
  advance(w, to);
}

/** The next thing a container does on its own: when, and whether PID 1 ends then. */
export interface NextChange {
  readonly at: number;
  readonly ends: boolean;
}

/**
 * When a container next does something on its own (PID 1 wakes and does more than sleep again, or a
 * restart falls due), at or before `horizon`; null if it does not (frozen, asleep for good, or a loop
 * that only sleeps). A loop that only sleeps but never repeats itself is followed for ENDLESS rounds
 * (ahead.ts) and then counts as doing nothing: a wait on it answers "for ever", as one the model gave
 * up on; a grace period is still run to its end by advance, which follows it exactly.
 */
export function nextChange(w: Work, id: string, horizon: number): NextChange | null {
  const c = table.get(w.state.containers, id);
  const timer = table.get(w.state.timers, id);
  if (!c || timer === undefined || c.state.paused) return null;
  const first = Math.max(timer, w.now);
  if (first > horizon) return null;
  if (c.state.restarting || !c.process) return { at: first, ends: false };
  const { ahead } = pid1Ahead(w, c, c.process.state, first, horizon);
  if (ahead.kind !== 'loud') return null;
  return { at: ahead.at, ends: 'message' in ahead.outcome || ahead.outcome.kind === 'exited' };
}

/**
 * Recognises a process going round in circles: called after each of its wake-ups that did
 * something, it answers true once the process is back at a state (and filesystem) it was in
 * before, from which it can only repeat.
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

/** Rounds of a foreground wait that each did something, after which the model gives up on it. */
export const WAIT_ROUNDS = 10_000;

/**
 * Run the clock until the container is no longer running (restarting counts as running, as for
 * `docker wait`). 'forever' when nothing would ever stop it: frozen, a process asleep for good or in
 * a loop that never exits, or a restart policy that always restarts.
 */
export function waitForExit(w: Work, id: string): 'exited' | 'forever' {
  const looping = loopDetector();
  for (let round = 0; round < WAIT_ROUNDS; round++) {
    const c = table.get(w.state.containers, id);
    if (!c || !c.state.running) return 'exited';
    if (c.state.restarting && restartsForever(c)) return 'forever';
    if (c.process && looping(c.process.state, c.rw)) return 'forever';
    const next = nextChange(w, id, w.now + LONGEST_WAIT);
    if (next === null) return 'forever';
    advance(w, next.at);
  }
  return 'forever';
}

/** Remove a container and release the layers only it kept alive. */
export function destroy(w: Work, id: string): void {
  const c = table.get(w.state.containers, id);
  if (!c) return;
  const top = c.layer === null ? undefined : table.get(w.state.layers, c.layer);
  w.emit({ type: 'ContainerDestroyed', id });
  // The container holds one reference to its top layer: unless it held the last, no layer can go,
  // and the state after the event need not be computed to see it.
  if (top !== undefined && top.refs <= 1) releaseLayers(w, c.layer);
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
