/**
 * docker create: resolve the image, merge its config with the user's (daemon/commit.go merge),
 * reserve the name, add the RW layer, and make the working directory (container/workdir.ts).
 */
import type { CreateOptions } from '../commands.js';
import type { DockerError } from '../core/errors.js';
import * as table from '../core/table.js';
import type { Work } from '../core/work.js';
import { type ContainerConfig, emptyConfig } from '../image/config.js';
import { merge } from '../image/merge.js';
import { findImage } from '../image/resolve.js';
import { goClean } from '../go/path.js';
import { checkProgram } from '../sh/index.js';
import type { Digest } from '../layer/changeset.js';
import type { HostConfig } from '../state.js';
import { isError, validName } from './resolve.js';
import { checkRestartPolicy, isPolicyName } from './restart-policy.js';
import { signalParses } from './signals.js';
import { destroy } from './runtime.js';
import { setupWorkingDirectory } from './workdir.js';

/** A create the daemon undid once the container was made: its `destroy` is logged (the events stay). */
export interface Undone {
  readonly undone: DockerError;
}

/** Create the container; returns its id, the engine's error (nothing emitted then), or the error of a create undone. */
export function createContainer(w: Work, o: CreateOptions): string | DockerError | Undone {
  // The daemon's order: container settings (working dir, stop signal, restart policy), the image, the merged
  // config (a command), then the name.
  if (o.workdir !== undefined && o.workdir !== '' && !o.workdir.startsWith('/')) return { code: 'invalid_workdir', dir: o.workdir };
  // verifyContainerSettings parses the user's StopSignal only: one from the image is not checked here
  if (o.stopSignal !== undefined && o.stopSignal !== '' && !signalParses(o.stopSignal)) return { code: 'invalid_signal', signal: o.stopSignal };
  const policyError = checkRestartPolicy(o.restart);
  if (policyError) return policyError;
  const policyName = isPolicyName(o.restart.name) ? o.restart.name : '';
  if (o.autoRemove && policyName !== 'no' && policyName !== '') return { code: 'autoremove_with_restart' };

  const found = findImage(w.state, o.image);
  if (isError(found)) return found;
  const image = found.image;

  const id = w.ctx.newId();
  const config = mergeConfig(id, o, image.config.config);
  const argv = [...(config.Entrypoint ?? []), ...(config.Cmd ?? [])];
  const path = argv[0];
  if (path === undefined) return { code: 'no_command' };

  let name: string;
  if (o.name !== undefined) {
    const n = validName(o.name);
    if (isError(n)) return n;
    const holder = table.get(w.state.names, n);
    if (holder) return { code: 'name_conflict', name: `/${n}`, id: holder };
    name = n;
  } else {
    name = freshName(w);
  }
  const unsupported = checkProgram(argv);
  if (unsupported) return { code: 'unsupported', message: unsupported.message };
  // The engine mounts an anonymous volume at each: what is written there is in no layer (not in
  // diff, commit or export). The model has no volumes, so it does not pretend.
  const volumes = Object.keys(config.Volumes ?? {});
  if (volumes.length > 0) return { code: 'unsupported', message: `strata does not model volumes: the image declares VOLUME ${volumes.sort().join(' ')}` };

  const hostConfig: HostConfig = {
    NetworkMode: o.network,
    RestartPolicy: { Name: policyName, MaximumRetryCount: o.restart.max },
    AutoRemove: o.autoRemove,
    ...(o.readOnly === true ? { ReadonlyRootfs: true as const } : {}),
    ...(o.init !== undefined ? { Init: o.init } : {}),
  };
  w.emit({ type: 'ContainerCreated', id, name, path, args: argv.slice(1), config, hostConfig, image: image.id, imageRef: o.image });
  const refused = madeWithWorkdir(w, id);
  return typeof refused === 'string' ? refused : { undone: refused };
}

/**
 * The working directory, made once the container is (createContainerOSSpecificSettings). When it
 * cannot be, the daemon's cleanup removes the container again: its `destroy` is logged, never a
 * `create` (view/events.ts), and the name is free.
 */
function madeWithWorkdir(w: Work, id: string): string | DockerError {
  const refused = setupWorkingDirectory(w, id);
  if (refused === undefined) return id;
  destroy(w, id);
  return refused;
}

/**
 * A container the classic builder creates (containerbackend.go Create): its config is the builder's
 * run config as it stands, named at random, never started here. The daemon's create still makes the
 * working directory, so a step after `WORKDIR /new` on a base without it writes that directory.
 */
export function createBuildContainer(w: Work, config: ContainerConfig, image: Digest | ''): string | DockerError {
  const id = w.ctx.newId();
  const filled: ContainerConfig = { ...config, Hostname: config.Hostname === '' ? id.slice(0, 12) : config.Hostname };
  const argv = [...(filled.Entrypoint ?? []), ...(filled.Cmd ?? [])];
  const hostConfig: HostConfig = { NetworkMode: 'default', RestartPolicy: { Name: 'no', MaximumRetryCount: 0 }, AutoRemove: false };
  w.emit({ type: 'ContainerCreated', id, name: freshName(w), path: argv[0] ?? '', args: argv.slice(1), config: filled, hostConfig, image, imageRef: image });
  return madeWithWorkdir(w, id);
}

/** The config the CLI sends (user values), filled in from the image's by the daemon's merge. */
function mergeConfig(id: string, o: CreateOptions, img: ContainerConfig): ContainerConfig {
  const labels: Record<string, string> = {};
  for (const l of o.labels) {
    const i = l.indexOf('=');
    labels[i < 0 ? l : l.slice(0, i)] = i < 0 ? '' : l.slice(i + 1);
  }
  // The CLI sends --entrypoint "" as [""]: it stops Cmd inheritance, and the daemon then drops it.
  const entrypoint = o.entrypoint === undefined ? null : [o.entrypoint];
  const user: ContainerConfig = {
    ...emptyConfig(),
    // the hostname is not checked: one the kernel refuses fails the start (see runtime.ts)
    Hostname: o.hostname !== undefined && o.hostname !== '' ? o.hostname : id.slice(0, 12),
    AttachStdout: o.attach,
    AttachStderr: o.attach,
    Env: o.env.length > 0 ? [...o.env] : null,
    Cmd: o.cmd.length > 0 ? [...o.cmd] : null,
    Image: o.image,
    User: o.user ?? '',
    WorkingDir: o.workdir ?? '',
    Entrypoint: entrypoint,
    Labels: labels,
    ...(o.stopSignal !== undefined && o.stopSignal !== '' ? { StopSignal: o.stopSignal } : {}),
    // not merged from the image (daemon/commit.go merge has no StopTimeout)
    ...(o.stopTimeout !== undefined ? { StopTimeout: o.stopTimeout } : {}),
  };
  const merged = merge(user, img);
  if (merged.Entrypoint?.length === 1 && merged.Entrypoint[0] === '') merged.Entrypoint = null;
  // SetupWorkingDirectory cleans it in the config the container keeps (observed: `-w /a//b/./c/` is /a/b/c)
  if (merged.WorkingDir) merged.WorkingDir = goClean(merged.WorkingDir);
  return merged;
}

/** namesgenerator.GetRandomName, retried while taken (then the short id, as moby falls back). */
function freshName(w: Work): string {
  for (let i = 0; i < 6; i++) {
    const n = w.ctx.randomName();
    if (!table.get(w.state.names, n)) return n;
  }
  return w.ctx.newId().slice(0, 12);
}
