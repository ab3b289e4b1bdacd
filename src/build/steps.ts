/**
 * One build step per instruction (moby 20.10 builder/dockerfile/dispatchers.go and internals.go).
 * Metadata instructions change the run config and commit a container that is created, never
 * started, with `#(nop)` as its command; WORKDIR does the same after making the directory; RUN
 * creates, starts and waits for a container, then commits it; COPY and ADD write a new layer
 * without any container. Each step first probes the cache with the config it would commit.
 */
import { createBuildContainer } from '../container/create.js';
import { waitNextExit } from '../container/lifecycle.js';
import { signalParses } from '../container/signals.js';
import { startProcess } from '../container/runtime.js';
import type { DockerError } from '../core/errors.js';
import * as table from '../core/table.js';
import { DOCKER_VERSION, type ContainerConfig, type HistoryEntry, type ImageConfig } from '../image/config.js';
import { commitLayer, createImage, timestamp } from '../image/create.js';
import { type Builder, copyConfig, type StageState, short } from './build.js';
import { probe } from './cache.js';
import { copyStep } from './copy-step.js';
import { classicBuilderRefusal, historyComment, shellOf, type Instruction, normalizeWorkdir, resolveCmdLine } from './dockerfile.js';

/** One step: undefined once it is committed (or the cache answered), else its error. */
export function dispatchStep(b: Builder, st: StageState, instr: Instruction): DockerError | undefined {
  const refusal = classicBuilderRefusal(instr);
  if (refusal !== undefined) return refusal;
  const rc = st.runConfig;
  switch (instr.kind) {
    case 'env':
      for (const { key, value } of instr.env) {
        const env = rc.Env ?? [];
        const i = env.findIndex((e) => e.split('=')[0] === key);
        if (i >= 0) env[i] = `${key}=${value}`;
        else env.push(`${key}=${value}`);
        rc.Env = env;
      }
      return commitMetadata(b, st, instr);
    case 'label':
      rc.Labels = { ...(rc.Labels ?? {}) };
      for (const { key, value } of instr.labels) rc.Labels[key] = value;
      return commitMetadata(b, st, instr);
    case 'maintainer':
      st.maintainer = instr.maintainer;
      return commitMetadata(b, st, instr);
    case 'arg':
      for (const a of instr.args) st.args.add(a.key, a.value);
      return commitMetadata(b, st, instr);
    case 'cmd':
      rc.Cmd = resolveCmdLine(instr, rc.Shell) ?? [];
      commitMetadata(b, st, instr);
      if (instr.cmdLine.length > 0) st.cmdSet = true;
      return undefined;
    case 'entrypoint':
      rc.Entrypoint = resolveCmdLine(instr, rc.Shell);
      if (!st.cmdSet) rc.Cmd = null;
      return commitMetadata(b, st, instr);
    case 'shell':
      rc.Shell = [...instr.shell];
      return commitMetadata(b, st, instr);
    case 'user':
      rc.User = instr.user;
      return commitMetadata(b, st, instr);
    case 'expose': {
      const ports = { ...(rc.ExposedPorts ?? {}) };
      for (const p of instr.ports) {
        const parsed = parsePortSpec(p);
        if (!Array.isArray(parsed)) return parsed;
        for (const port of parsed) ports[port] = {};
      }
      rc.ExposedPorts = ports;
      return commitMetadata(b, st, instr);
    }
    case 'volume':
      rc.Volumes = { ...(rc.Volumes ?? {}) };
      for (const v of instr.volumes) {
        if (v === '') return { code: 'volume_empty' };
        rc.Volumes[v] = {};
      }
      return commitMetadata(b, st, instr);
    case 'stopsignal':
      if (!signalParses(instr.signal)) return { code: 'invalid_signal', signal: instr.signal };
      rc.StopSignal = instr.signal;
      return commitMetadata(b, st, instr);
    case 'onbuild':
      rc.OnBuild = [...(rc.OnBuild ?? []), instr.expression];
      return commitMetadata(b, st, instr);
    case 'healthcheck':
      return { code: 'unsupported', message: 'strata does not model HEALTHCHECK: health checks run probes on a schedule the model has no clock for' };
    case 'workdir': {
      const wd = normalizeWorkdir(rc.WorkingDir, instr.path);
      if ('error' in wd) return wd.error;
      rc.WorkingDir = wd.path;
      const config = { ...copyConfig(rc), Cmd: [...shellOf(rc.Shell), `#(nop) WORKDIR ${wd.path}`] };
      // the container's create makes the directory (SetupWorkingDirectory), as ContainerCreateWorkdir would
      const id = probeAndCreate(b, st, config);
      if (typeof id === 'object') return id;
      if (id !== undefined) commitContainer(b, st, id, config);
      return undefined;
    }
    case 'run':
      return run(b, st, instr);
    case 'copy':
    case 'add':
      return copyStep(b, st, instr);
  }
}

/** commit(comment): a container whose command is `<shell> "#(nop) " <comment>`, created and committed. */
function commitMetadata(b: Builder, st: StageState, instr: Exclude<Instruction, { kind: 'run' | 'copy' | 'add' | 'workdir' }>): DockerError | undefined {
  const rc = st.runConfig;
  const config = { ...copyConfig(rc), Cmd: [...shellOf(rc.Shell), '#(nop) ', historyComment(instr, { shell: rc.Shell ?? null, workingDir: rc.WorkingDir })] };
  const id = probeAndCreate(b, st, config);
  if (typeof id === 'object') return id;
  if (id !== undefined) commitContainer(b, st, id, config);
  return undefined;
}

/** probeCache, then create on a miss: the container's id, undefined when the cache answered, or the create's error. */
function probeAndCreate(b: Builder, st: StageState, config: ContainerConfig): string | DockerError | undefined {
  if (probeCache(b, st, config)) return undefined;
  return create(b, st, config);
}

/** The cache's answer for a step, adopted as the current image (` ---> Using cache`). */
export function probeCache(b: Builder, st: StageState, config: ContainerConfig): boolean {
  if (b.o.noCache || b.cacheBusted) return false;
  const hit = probe(b.w.state, st.imageId, config);
  if (hit === undefined) {
    b.cacheBusted = true;
    return false;
  }
  b.out.push(' ---> Using cache\n');
  st.imageId = hit;
  return true;
}

/** The step's container; a create that failed (its working directory) prints no `Running in`. */
function create(b: Builder, st: StageState, config: ContainerConfig): string | DockerError {
  const id = createBuildContainer(b.w, config, st.imageId);
  if (typeof id === 'object') return id;
  b.tmpContainers.push(id);
  b.out.push(` ---> Running in ${short(id)}\n`);
  return id;
}

/** RUN: the command under the shell (or as given), build args in its environment, committed on success. */
function run(b: Builder, st: StageState, instr: Extract<Instruction, { kind: 'run' }>): DockerError | undefined {
  const rc = st.runConfig;
  if (Object.keys(rc.Volumes ?? {}).length > 0) {
    return { code: 'unsupported', message: 'strata does not model volumes: a RUN after VOLUME writes into an anonymous volume, which the model does not have' };
  }
  const cmd = resolveCmdLine(instr, rc.Shell) ?? [];
  const buildArgs = st.args.filterAllowed(rc.Env);
  const saveCmd = buildArgs.length > 0 ? [...st.args.prefix(buildArgs), ...cmd] : cmd;
  // the config probed and committed: the command as saved, no entrypoint
  const probed: ContainerConfig = { ...copyConfig(rc), Cmd: saveCmd, ...(saveCmd.length > 0 ? { Entrypoint: null } : {}) };
  if (probeCache(b, st, probed)) return undefined;
  const runConfig: ContainerConfig = { ...copyConfig(rc), Cmd: cmd, Env: [...(rc.Env ?? []), ...buildArgs], ...(saveCmd.length > 0 ? { Entrypoint: null } : {}) };
  const id = create(b, st, runConfig);
  if (typeof id === 'object') return id;
  const from = b.w.events.length;
  // containerManager.Run attaches to the container's streams, then starts it
  b.w.emit({ type: 'ContainerAttached', id });
  const err = startProcess(b.w, id, false);
  if (err) return err;
  const code = waitNextExit(b.w, id, from);
  if (code === 'forever') return { code: 'unsupported', message: `strata: RUN ${cmd.join(' ')} never exits in the model (it would block the build for ever)` };
  for (const { event: e } of b.w.events.slice(from)) {
    if (e.type !== 'ContainerOutput' || e.id !== id) continue;
    // the daemon's stderr writer wraps every write in red (streamformatter.NewStderrWriter)
    for (const o of e.output) b.out.push(o.stream === 'stderr' ? `\u001b[91m${o.text}\u001b[0m` : o.text);
  }
  if (code !== 0) return { code: 'run_failed', argv: cmd, exitCode: code };
  commitContainer(b, st, id, probed);
  return undefined;
}

/**
 * commitContainer (CommitBuildStep): the container's RW layer as a new layer (none when empty, the
 * history entry then marked empty_layer), the run config as the image's config, the step's config as
 * its container_config; the new image is the stage's current one.
 */
export function commitContainer(b: Builder, st: StageState, id: string, containerConfig: ContainerConfig): void {
  const c = table.get(b.w.state.containers, id)!;
  st.imageId = newImage(b, st, containerConfig, commitLayer(b.w, c.layer, c.rw), id);
}

/** A built image on top of the current one (image.NewChildImage), marked built locally. */
export function newImage(b: Builder, st: StageState, containerConfig: ContainerConfig, diffId: string | null, container: string): `sha256:${string}` {
  const parent = st.imageId === '' ? undefined : table.get(b.w.state.images, st.imageId);
  const created = timestamp(b.w);
  const entry: HistoryEntry = { created, created_by: (containerConfig.Cmd ?? []).join(' ') };
  if (st.maintainer) entry.author = st.maintainer;
  if (diffId === null) entry.empty_layer = true;
  const parentDiffs = parent?.config.rootfs.diff_ids ?? [];
  const config: ImageConfig = {
    architecture: 'amd64',
    config: copyConfig(st.runConfig),
    container_config: containerConfig,
    created,
    docker_version: DOCKER_VERSION,
    history: [...(parent?.config.history ?? []), entry],
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: diffId === null ? [...parentDiffs] : [...parentDiffs, diffId] },
  };
  if (container !== '') config.container = container;
  if (st.maintainer) config.author = st.maintainer;
  return createImage(b.w, config, parent?.id ?? null, true, 'build');
}

/** nat.ParsePortSpecs for EXPOSE: `80`, `80/udp`, `8000-8002/tcp`; the port keys it adds. */
function parsePortSpec(spec: string): string[] | DockerError {
  const [range = '', proto = 'tcp'] = spec.split('/');
  const m = /^(\d+)(?:-(\d+))?$/.exec(range);
  if (!m || !['tcp', 'udp', 'sctp'].includes(proto.toLowerCase())) return { code: 'invalid_container_port', spec };
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  if (lo > 65535 || hi > 65535 || hi < lo) return { code: 'invalid_container_port', spec };
  const out: string[] = [];
  for (let p = lo; p <= hi; p++) out.push(`${p}/${proto.toLowerCase()}`);
  return out;
}
