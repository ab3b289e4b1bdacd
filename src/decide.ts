/**
 * decide(command, state, ctx): pure, total, never throws. The clock first catches up with `ctx.now`
 * (timers due by then fire at their own times: processes that finished sleeping, restart policies), then the command is
 * checked against that state and either refused (no events) or turned into events. What it answers
 * is data: typed errors (core/errors.ts) and records (the ids and references rmi, the prunes and load
 * report), which the CLI turns into text. An exception inside it is a bug of the model, answered as
 * model_bug, never as a refusal of the engine.
 */
import { build } from './build/build.js';
import type { Command } from './commands.js';
import { type Context, isContextFault } from './core/context.js';
import { type DockerError, Raised, render } from './core/errors.js';
import { buildCachePruneError, parsePruneFilters } from './core/filters.js';
import { Work } from './core/work.js';
import { type Decision, done, failed, refuse } from './decision.js';
import { createContainer } from './container/create.js';
import { archivePath, extractToDir } from './container/cp.js';
import { exec } from './container/exec.js';
import { attach, kill, pause, restart, start, stop, unpause, wait, waitNextExit } from './container/lifecycle.js';
import { signalParses } from './container/signals.js';
import { findContainer, isError } from './container/resolve.js';
import { rename } from './container/rename.js';
import { top, validatePsArgs } from './container/top.js';
import { update } from './container/update.js';
import { containerPrune, rm } from './container/rm.js';
import { advance, catchUp } from './container/runtime.js';
import { ownerNamesOf } from './container/stack.js';
import { apiStopSeconds } from './container/stop-timeout.js';
import { commit } from './image/commit.js';
import { importImage } from './image/import.js';
import { load } from './image/load.js';
import { save } from './image/save.js';
import { findImage } from './image/resolve.js';
import { type DeleteRecord, imagePrune, rmi } from './image/rmi.js';
import { parseTarget, tagImage } from './image/create.js';
import type { Output } from './sh/index.js';
import type { State } from './state.js';

export function decide(command: Command, state: State, ctx: Context): Decision {
  try {
    const w = new Work(state, ctx);
    catchUp(w);
    return decideIn(w, command);
  } catch (e) {
    // The store failing under ctx.blob (a missing blob, EIO: a StoreError, marked as a ContextFault)
    // is the environment's fault, not the model's: it propagates, and the command is not applied.
    if (isContextFault(e)) throw e;
    // decide is total: any other exception here is a bug in the model, reported as such (never as
    // the engine's refusal), as data, never thrown.
    return refuse(modelBug(e));
  }
}

const outcome = (w: Work, err: DockerError | undefined): Decision => (err ? refuse(err) : done(w));

/** An exception inside decide, as the model bug it is: its message and where it was thrown. */
function modelBug(e: unknown): DockerError {
  if (e instanceof Raised) return { code: 'model_bug', message: `an error escaped the module that raised it: ${render(e.error)}` };
  if (!(e instanceof Error)) return { code: 'model_bug', message: String(e) };
  return { code: 'model_bug', message: e.message, ...(e.stack === undefined ? {} : { stack: e.stack }) };
}

function decideIn(w: Work, cmd: Command): Decision {
  switch (cmd.type) {
    case 'tick':
      return done(w);
    case 'create': {
      const id = createContainer(w, cmd);
      if (typeof id === 'string') return done(w, { id });
      return 'undone' in id ? failed(w, id.undone) : refuse(id);
    }
    case 'run':
      return run(w, cmd);
    case 'save': {
      const saved = save(w, cmd.names);
      return isError(saved) ? refuse(saved) : done(w, { saved });
    }
    case 'load': {
      const loaded = load(w, cmd.archive);
      if ('code' in loaded) return refuse(loaded);
      return loaded.error ? failed(w, loaded.error, { loaded: loaded.records }) : done(w, { loaded: loaded.records });
    }
    case 'import': {
      const id = importImage(w, cmd.layer, cmd.message, cmd.changes, cmd.repoTag);
      return isError(id) ? refuse(id) : done(w, { id });
    }
    case 'tag': {
      const found = findImage(w.state, cmd.source);
      if (isError(found)) return refuse(found);
      const target = parseTarget(cmd.target);
      if (isError(target)) return refuse(target);
      tagImage(w, found.image.id, target);
      return done(w);
    }
    case 'rmi': {
      const r = rmi(w, cmd.ref, cmd.force, cmd.prune);
      return isError(r) ? refuse(r) : done(w, { deleted: r });
    }
    case 'image_prune': {
      const pruned = pruneImages(w, cmd.all, cmd.filters ?? []);
      return isError(pruned) ? refuse(pruned) : done(w, { deleted: pruned.records, reclaimed: pruned.reclaimed });
    }
    case 'build': {
      const r = build(w, cmd);
      if ('refused' in r) return refuse(r.refused);
      if ('failed' in r) return failed(w, r.failed, { stream: r.stream });
      return done(w, { id: r.imageId, stream: r.stream });
    }
    case 'container_prune': {
      const pruned = pruneContainers(w, cmd.filters ?? []);
      return isError(pruned) ? refuse(pruned) : done(w, { removed: pruned.ids, reclaimed: pruned.reclaimed });
    }
    case 'system_prune':
      return systemPrune(w, cmd.all, cmd.filters ?? []);
    default:
      return onContainer(w, cmd);
  }
}

type ContainerCommand = Exclude<Extract<Command, { ref: string }>, { type: 'rmi' }>;

function onContainer(w: Work, cmd: ContainerCommand): Decision {
  const c = findContainer(w.state, cmd.ref);
  // The API router parses kill's signal, and stop's and restart's `t`, before the daemon looks the container up.
  if (cmd.type === 'kill' && !signalParses(cmd.signal)) return refuse({ code: 'invalid_signal', signal: cmd.signal });
  if ((cmd.type === 'stop' || cmd.type === 'restart') && cmd.timeout !== undefined) {
    const t = apiStopSeconds(cmd.timeout);
    if (typeof t !== 'bigint') return refuse(t);
  }
  // ContainerTop checks the ps options before it looks the container up
  const psArgs = cmd.type === 'top' ? validatePsArgs(cmd.psArgs) : undefined;
  if (psArgs) return refuse(psArgs);
  if (isError(c)) return refuse(cmd.type === 'kill' && c.code === 'no_such_container' ? { code: 'kill_no_such_container', ref: cmd.ref } : c);
  switch (cmd.type) {
    case 'start': {
      // Output written while starting (an instant script) belongs to the attached stream too.
      const from = w.events.length;
      // the client attaches first (the daemon refuses to attach to a paused container): the attach is
      // logged even when the start then fails
      const attached = cmd.attach && !c.state.paused;
      if (attached) w.emit({ type: 'ContainerAttached', id: c.id });
      const err = start(w, c);
      if (err) return err.code === 'start_failed' ? failed(w, err, { exitCode: err.exitCode }) : attached ? failed(w, err) : refuse(err);
      if (!cmd.attach) return done(w);
      return foreground(w, c.id, 'start -a', from, cmd.leaveAfter);
    }
    case 'attach': {
      const err = attach(w, c);
      return err ? refuse(err) : foreground(w, c.id, 'attach', w.events.length - 1, cmd.leaveAfter);
    }
    case 'stop':
      return outcome(w, stop(w, c, cmd.timeout));
    case 'kill':
      return outcome(w, kill(w, cmd.ref, c, cmd.signal));
    case 'pause':
      return outcome(w, pause(w, c));
    case 'unpause':
      return outcome(w, unpause(w, c));
    case 'restart': {
      const err = restart(w, c, cmd.timeout);
      if (!err) return done(w);
      if (err.code === 'would_block' || err.code === 'unsupported') return refuse(err);
      // daemon ContainerRestart wraps whatever went wrong with the name as given
      const wrapped: DockerError = { code: 'restart_failed', ref: cmd.ref, cause: err };
      return err.code === 'start_failed' ? failed(w, wrapped) : refuse(wrapped);
    }
    case 'rm':
      return outcome(w, rm(w, c, cmd.force));
    case 'rename':
      return outcome(w, rename(w, c, cmd.name));
    case 'update':
      return outcome(w, update(w, c, cmd.restart));
    case 'wait': {
      const code = wait(w, c);
      return isError(code) ? refuse(code) : done(w, { exitCode: code });
    }
    case 'exec': {
      const r = exec(w, c, cmd.argv, cmd.env, cmd.workdir, cmd.user);
      if ('failed' in r) return failed(w, r.failed);
      return isError(r) ? refuse(r) : done(w, { exitCode: r.exitCode, output: r.output });
    }
    case 'top': {
      const r = top(w, c, cmd.psArgs);
      return isError(r) ? refuse(r) : done(w, { top: r });
    }
    case 'commit': {
      const id = commit(w, c, cmd);
      // a commit that fails once the container is paused keeps the pause and unpause it logged
      return isError(id) ? (w.events.length > 0 ? failed(w, id) : refuse(id)) : done(w, { id });
    }
    case 'export': {
      const names = ownerNamesOf(w.state, c, (d) => w.blob(d));
      if (typeof names === 'string') return refuse({ code: 'unsupported', message: names });
      w.emit({ type: 'ContainerExported', id: c.id });
      return done(w, { id: c.id });
    }
    case 'cp_out': {
      const archived = archivePath(w, c, cmd.ref, cmd.path);
      return isError(archived) ? refuse(archived) : done(w, { archived });
    }
    case 'cp_in': {
      const r = extractToDir(w, c, cmd.ref, cmd.path, cmd.archive, cmd.copyUIDGID);
      if (isError(r)) return refuse(r);
      // the untar stops at its first error: what it wrote before stays, and nothing is logged for it
      if (r.failed) return w.events.length > 0 ? failed(w, r.failed) : refuse(r.failed);
      return done(w);
    }
    default: {
      const exhaustive: never = cmd;
      return exhaustive;
    }
  }
}

/**
 * The attached client's wait (foreground run, start -a, attach): the clock runs until the process
 * started or attached at event `from` exits; its output since then and its exit code. A process that
 * never exits on its own is refused as would_block, unless the command says how long the client
 * stays (`leaveAfter`): then what the look ahead emitted is taken back, the clock runs that long only,
 * and the process is left running.
 */
function foreground(w: Work, id: string, what: string, from: number, leaveAfter: number | undefined): Decision {
  const mark = w.mark();
  const code = waitNextExit(w, id, from);
  if (code !== 'forever') return done(w, { id, exitCode: code, output: outputOf(w, id, from) });
  if (leaveAfter === undefined) return refuse({ code: 'would_block', what });
  w.rewind(mark);
  advance(w, w.now + Math.max(0, leaveAfter));
  return done(w, { id, running: true, output: outputOf(w, id, from) });
}

function outputOf(w: Work, id: string, from: number): Output[] {
  const out: Output[] = [];
  for (const { event: e } of w.events.slice(from)) if (e.type === 'ContainerOutput' && e.id === id) out.push(...e.output);
  return out;
}

/** docker run = create + start (+ wait, in the foreground). */
function run(w: Work, cmd: Extract<Command, { type: 'run' }>): Decision {
  const id = createContainer(w, cmd);
  if (typeof id !== 'string') return 'undone' in id ? failed(w, id.undone) : refuse(id);
  const from = w.events.length - 1;
  const c = findContainer(w.state, id);
  if (isError(c)) return refuse(c);
  const err = start(w, c);
  if (err) return err.code === 'start_failed' ? failed(w, err, { id, exitCode: err.exitCode }) : refuse(err);
  if (cmd.detach) return done(w, { id });
  return foreground(w, id, 'run (use -d)', from, cmd.leaveAfter);
}

/** The filters the daemon's container and network prunes accept (daemon/prune.go). */
const CONTAINER_FILTERS = ['label', 'label!', 'until'];

/** docker container prune (daemon ContainersPrune): the containers removed and the bytes reclaimed, logged as one prune. */
function pruneContainers(w: Work, filters: readonly string[]): { ids: string[]; reclaimed: number } | DockerError {
  const f = parsePruneFilters(filters, CONTAINER_FILTERS, w.now);
  if (isError(f)) return f;
  const pruned = containerPrune(w, f);
  w.emit({ type: 'Pruned', what: 'container', reclaimed: pruned.reclaimed });
  return pruned;
}

/** docker image prune (daemon ImagesPrune): what was untagged and deleted, and the bytes reclaimed, logged as one prune. */
function pruneImages(w: Work, all: boolean, filters: readonly string[]): { records: DeleteRecord[]; reclaimed: number } | DockerError {
  const f = parsePruneFilters(filters, ['dangling', ...CONTAINER_FILTERS], w.now);
  if (isError(f)) return f;
  const pruned = imagePrune(w, all, f);
  w.emit({ type: 'Pruned', what: 'image', reclaimed: pruned.reclaimed });
  return pruned;
}

/**
 * docker system prune (cli/command/system/prune.go): the client's prunes one after the other, each as
 * the daemon runs it alone: containers, networks (the model has none to remove; the daemon still
 * logs its prune), images (with `dangling=<!all>` added, as image prune's client adds it), then the
 * build cache (none either). A step refused after the first has run keeps what ran before it.
 */
function systemPrune(w: Work, all: boolean, filters: readonly string[]): Decision {
  const containers = pruneContainers(w, filters);
  if (isError(containers)) return refuse(containers);
  const reply = (deleted: readonly DeleteRecord[], reclaimed: number) => ({ removed: containers.ids, deleted, reclaimed: containers.reclaimed + reclaimed });
  const networks = parsePruneFilters(filters, CONTAINER_FILTERS, w.now);
  if (isError(networks)) return failed(w, networks, reply([], 0));
  w.emit({ type: 'Pruned', what: 'network', reclaimed: 0 });
  const images = pruneImages(w, all, [...filters, `dangling=${!all}`]);
  if (isError(images)) return failed(w, images, reply([], 0));
  const cache = buildCachePruneError(filters);
  if (cache) return failed(w, cache, reply(images.records, images.reclaimed));
  w.emit({ type: 'Pruned', what: 'builder', reclaimed: 0 });
  return done(w, reply(images.records, images.reclaimed));
}
