/**
 * `docker inspect` objects, shaped and ordered like the engine's (types.ContainerJSON, types.ImageInspect)
 * and typed for the template evaluator (Go nil slices print `[]`, maps `map[k:v]`). Host paths are
 * the engine's layout under /var/lib/docker; the model has no host, so they are illustrative.
 */
import { sha256Hex } from '../core/crypto.js';
import * as table from '../core/table.js';
import { rfc3339Nano } from '../core/time.js';
import type { ContainerConfig } from '../image/config.js';
import { tagsOf } from '../image/resolve.js';
import { GO_JSON, goMap, goNil, goSlice, goStruct } from '../go/reflect.js';
import { containerSize } from './ps.js';
import { type Container, type Image, type State, statusOf } from '../state.js';

const ROOT = '/var/lib/docker';
const cacheId = (seed: string): string => sha256Hex(seed);

const strSlice = (v: readonly string[] | null | undefined): unknown => (v ? goSlice('[]string', [...v]) : goNil('slice', '[]string'));
const strMap = (v: Readonly<Record<string, string>> | null | undefined): unknown =>
  v ? goMap('map[string]string', Object.entries(v)) : goNil('map', 'map[string]string');
const setMap = (v: Readonly<Record<string, unknown>> | null | undefined): unknown =>
  v ? goMap('map[string]struct {}', Object.keys(v).map((k) => [k, {}] as const)) : goNil('map', 'map[string]struct {}');

/** api/types/container.Config: every field (templates can name any), the omitempty ones left out of JSON when empty. */
export function configView(c: ContainerConfig): Record<string, unknown> {
  return goStruct(
    'container.Config',
    {
      Hostname: c.Hostname,
      Domainname: c.Domainname,
      User: c.User,
      AttachStdin: c.AttachStdin,
      AttachStdout: c.AttachStdout,
      AttachStderr: c.AttachStderr,
      ExposedPorts: c.ExposedPorts && Object.keys(c.ExposedPorts).length > 0 ? setMap(c.ExposedPorts) : goNil('map', 'nat.PortSet'),
      Tty: c.Tty,
      OpenStdin: c.OpenStdin,
      StdinOnce: c.StdinOnce,
      Env: strSlice(c.Env),
      Cmd: strSlice(c.Cmd),
      Healthcheck: goNil('ptr', '*container.HealthConfig'),
      ArgsEscaped: c.ArgsEscaped === true,
      Image: c.Image,
      Volumes: setMap(c.Volumes),
      WorkingDir: c.WorkingDir,
      Entrypoint: strSlice(c.Entrypoint),
      NetworkDisabled: false,
      MacAddress: '',
      OnBuild: strSlice(c.OnBuild),
      Labels: strMap(c.Labels),
      StopSignal: c.StopSignal ?? '',
      StopTimeout: c.StopTimeout ?? goNil('ptr', '*int'),
      Shell: strSlice(c.Shell),
    },
    c.StopTimeout === undefined ? CONFIG_JSON : CONFIG_JSON_TIMEOUT,
  );
}

const omit = { omitEmpty: true };
const CONFIG_JSON = { ExposedPorts: omit, Healthcheck: omit, ArgsEscaped: omit, NetworkDisabled: omit, MacAddress: omit, StopSignal: omit, StopTimeout: omit, Shell: omit };
/** StopTimeout is a *int: omitempty leaves out only a nil one, so a set 0 is written */
const CONFIG_JSON_TIMEOUT = { ...CONFIG_JSON, StopTimeout: {} };

function graphDriver(lower: string[], own: string): Record<string, unknown> {
  const data: [string, string][] = [];
  if (lower.length > 0) data.push(['LowerDir', lower.map((d) => `${ROOT}/overlay2/${d}/diff`).join(':')]);
  data.push(
    ['MergedDir', `${ROOT}/overlay2/${own}/merged`],
    ['UpperDir', `${ROOT}/overlay2/${own}/diff`],
    ['WorkDir', `${ROOT}/overlay2/${own}/work`],
  );
  return { Data: goMap('map[string]string', data), Name: 'overlay2' };
}

function layerDirs(s: State, top: string | null): string[] {
  const dirs: string[] = [];
  for (let id = top; id; ) {
    const l = table.get(s.layers, id);
    if (!l) break;
    dirs.push(cacheId(l.chainId));
    id = l.parent;
  }
  return dirs;
}

/**
 * types.ContainerJSON; `size` (`inspect -s`): the daemon was asked for the sizes (SizeRw and
 * SizeRootFs, as ps -s counts them), else they are nil pointers, left out of the JSON.
 */
export function inspectContainer(s: State, c: Container, size = false): Record<string, unknown> {
  const st = c.state;
  const sizes = size ? containerSize(s, c) : undefined;
  const own = cacheId(c.id);
  const dir = `${ROOT}/containers/${c.id}`;
  const out: Record<string, unknown> = {
    Id: c.id,
    Created: rfc3339Nano(c.created),
    Path: c.path,
    Args: goSlice('[]string', [...c.args]),
    State: {
      Status: statusOf(st),
      Running: st.running,
      Paused: st.paused,
      Restarting: st.restarting,
      OOMKilled: false,
      Dead: st.dead,
      Pid: st.pid,
      ExitCode: st.exitCode,
      Error: st.error,
      StartedAt: rfc3339Nano(st.startedAt),
      FinishedAt: rfc3339Nano(st.finishedAt),
    },
    Image: c.image,
    ResolvConfPath: `${dir}/resolv.conf`,
    HostnamePath: `${dir}/hostname`,
    HostsPath: `${dir}/hosts`,
    LogPath: `${dir}/${c.id}-json.log`,
    Name: `/${c.name}`,
    RestartCount: c.restartCount,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: '',
    ExecIDs: goNil('slice', '[]string'),
    HostConfig: {
      NetworkMode: c.hostConfig.NetworkMode,
      RestartPolicy: { Name: c.hostConfig.RestartPolicy.Name, MaximumRetryCount: c.hostConfig.RestartPolicy.MaximumRetryCount },
      AutoRemove: c.hostConfig.AutoRemove,
      ReadonlyRootfs: c.hostConfig.ReadonlyRootfs === true,
      Init: c.hostConfig.Init ?? goNil('ptr', '*bool'),
    },
    GraphDriver: graphDriver([`${own}-init`, ...layerDirs(s, c.layer)], own),
    SizeRw: sizes?.rw ?? goNil('ptr', '*int64'),
    SizeRootFs: sizes?.rootFs ?? goNil('ptr', '*int64'),
    Mounts: goSlice('[]types.MountPoint', []),
    Config: configView(c.config),
    NetworkSettings: { Networks: goMap('map[string]*network.EndpointSettings', []) },
  };
  // omitempty *int64: nil is left out; a size, even 0, is not
  if (sizes === undefined) (out as Record<symbol, unknown>)[GO_JSON] = { SizeRw: omit, SizeRootFs: omit };
  return out;
}

export function imageSize(s: State, img: Image): number {
  let size = 0;
  for (const id of img.chain) size += table.get(s.layers, id)?.size ?? 0;
  return size;
}

export function inspectImage(s: State, img: Image): Record<string, unknown> {
  const cfg = img.config;
  const dirs = layerDirs(s, img.chain[img.chain.length - 1] ?? null);
  const size = imageSize(s, img);
  return {
    Id: img.id,
    RepoTags: goSlice('[]string', tagsOf(s, img.id)),
    RepoDigests: goSlice('[]string', []),
    Parent: img.parent ?? '',
    Comment: cfg.comment ?? '',
    Created: cfg.created,
    Container: cfg.container ?? '',
    ContainerConfig: configView(cfg.container_config),
    DockerVersion: cfg.docker_version,
    Author: cfg.author ?? '',
    Config: configView(cfg.config),
    Architecture: cfg.architecture,
    Os: cfg.os,
    Size: size,
    VirtualSize: size,
    GraphDriver: graphDriver(dirs.slice(1), dirs[0] ?? cacheId(img.id)),
    RootFS: { Type: 'layers', Layers: goSlice('[]string', [...cfg.rootfs.diff_ids]) },
    Metadata: { LastTagTime: img.lastTagTime === null ? '0001-01-01T00:00:00Z' : rfc3339Nano(img.lastTagTime) },
  };
}
