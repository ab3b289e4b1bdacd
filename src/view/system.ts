/**
 * `docker version` and `docker info` for strata: docker 20.10's layout (cli/command/system/version.go's
 * default template and tabwriter, info.go's prettyPrintInfo), filled with strata's own facts where the
 * engine's are its host's. What strata says of itself: it is the server (`strata`, its version), it
 * speaks API 1.41 and only that, its storage driver is overlay2 as modelled, its containers (running,
 * paused, stopped) and images are counted from the state, its log driver is json-file, its root is its
 * store's directory. What strata has not (containerd, runc, an init binary, cgroups, a kernel, CPUs,
 * memory, a registry, swarm) is left out, not made up. The client's OS and architecture, and the
 * runtime strata runs on (node's version, under "Go version"), are the machine's.
 */
import { goNil, goSlice, goStruct } from '../go/reflect.js';
import { tabwriter } from '../go/tabwriter.js';
import * as table from '../core/table.js';
import { type State, statusOf } from '../state.js';

/** strata's version (package.json's, test/cli/system.test.ts holds them equal) and the engine it models. */
export const STRATA_VERSION = '0.1.0';
export const MODELLED_ENGINE = 'Docker Engine 20.10.24';
/** The API version strata speaks, the engine's: the only one. */
export const API_VERSION = '1.41';

/** What the CLI reads of the machine it runs on. */
export interface HostFacts {
  /** node's version, `v22.3.0` */
  readonly runtime: string;
  /** Go's GOOS and GOARCH names: `linux`, `amd64` */
  readonly os: string;
  readonly arch: string;
}

/** node's process.platform / process.arch in Go's words. */
export function goPlatform(platform: string, arch: string): { os: string; arch: string } {
  const archs: Record<string, string> = { x64: 'amd64', ia32: '386', arm: 'arm', arm64: 'arm64', ppc64: 'ppc64le', s390x: 's390x' };
  return { os: platform === 'win32' ? 'windows' : platform, arch: archs[arch] ?? arch };
}

const versionField = { APIVersion: { name: 'ApiVersion' } };

/** `docker version`'s data (cli/command/system/version.go versionInfo): what `--format` sees. */
export function versionInfo(host: HostFacts): Record<string, unknown> {
  const goVersion = `node ${host.runtime}`;
  const client = goStruct(
    'system.clientVersion',
    {
      Platform: goStruct('struct { Name string }', { Name: 'strata' }),
      Version: STRATA_VERSION,
      APIVersion: API_VERSION,
      DefaultAPIVersion: API_VERSION,
      GitCommit: '',
      GoVersion: goVersion,
      Os: host.os,
      Arch: host.arch,
      BuildTime: '',
      Context: 'default',
      Experimental: false,
    },
    { ...versionField, DefaultAPIVersion: { omitEmpty: true }, BuildTime: { omitEmpty: true } },
  );
  const details = new Map<string, string>([
    ['ApiVersion', API_VERSION],
    ['Arch', host.arch],
    ['BuildTime', ''],
    ['Experimental', 'false'],
    ['GitCommit', ''],
    ['GoVersion', goVersion],
    ['KernelVersion', ''],
    ['MinAPIVersion', API_VERSION],
    ['Models', MODELLED_ENGINE],
    ['Os', host.os],
  ]);
  const server = goStruct(
    'types.Version',
    {
      Platform: goStruct('struct { Name string }', { Name: 'strata' }),
      Components: goSlice('[]types.ComponentVersion', [goStruct('types.ComponentVersion', { Name: 'Engine', Version: STRATA_VERSION, Details: details })]),
      Version: STRATA_VERSION,
      APIVersion: API_VERSION,
      MinAPIVersion: API_VERSION,
      GitCommit: '',
      GoVersion: goVersion,
      Os: host.os,
      Arch: host.arch,
      KernelVersion: '',
      Experimental: false,
      BuildTime: '',
    },
    { ...versionField, MinAPIVersion: { omitEmpty: true }, KernelVersion: { omitEmpty: true }, Experimental: { omitEmpty: true }, BuildTime: { omitEmpty: true } },
  );
  return goStruct('system.versionInfo', { Client: client, Server: server });
}

/** docker version's default output: its template's lines, through tabwriter.NewWriter(out, 20, 1, 1, ' ', 0). */
export function versionText(host: HostFacts): string {
  const v = versionInfo(host) as { Client: Record<string, unknown>; Server: { Components: { Details: Map<string, string> }[] } & Record<string, unknown> };
  const c = v.Client;
  const d = v.Server.Components[0]!.Details;
  const fixed = new Set(['ApiVersion', 'MinAPIVersion', 'GoVersion', 'GitCommit', 'BuildTime', 'Os', 'Arch', 'Experimental', 'KernelVersion']);
  const lines = [
    `Client: strata`,
    ` Version:\t${String(c['Version'])}`,
    ` API version:\t${String(c['APIVersion'])}`,
    ` Go version:\t${String(c['GoVersion'])}`,
    ` Git commit:\t${String(c['GitCommit'])}`,
    ` Built:\t${String(c['BuildTime'])}`,
    ` OS/Arch:\t${String(c['Os'])}/${String(c['Arch'])}`,
    ` Context:\t${String(c['Context'])}`,
    ` Experimental:\t${String(c['Experimental'])}`,
    '',
    `Server: strata`,
    ` Engine:`,
    `  Version:\t${STRATA_VERSION}`,
    `  API version:\t${d.get('ApiVersion')!} (minimum version ${d.get('MinAPIVersion')!})`,
    `  Go version:\t${d.get('GoVersion')!}`,
    `  Git commit:\t${d.get('GitCommit')!}`,
    `  Built:\t${d.get('BuildTime')!}`,
    `  OS/Arch:\t${d.get('Os')!}/${d.get('Arch')!}`,
    `  Experimental:\t${d.get('Experimental')!}`,
    ...[...d].filter(([k]) => !fixed.has(k)).map(([k, val]) => `  ${k}:\t${val}`),
  ];
  return tabwriter(`${lines.join('\n')}\n`, { minwidth: 20, padding: 1 });
}

/** The counts docker info gives (daemon/info.go: paused, else running, else stopped; images: every image). */
export function infoCounts(s: State): { containers: number; running: number; paused: number; stopped: number; images: number } {
  let running = 0;
  let paused = 0;
  let stopped = 0;
  for (const c of table.values(s.containers)) {
    const status = statusOf(c.state);
    if (status === 'paused') paused++;
    else if (status === 'running' || status === 'restarting') running++;
    else stopped++;
  }
  return { containers: running + paused + stopped, running, paused, stopped, images: s.images.size };
}

/** `docker info`'s data (cli/command/system/info.go info, types.Info embedded): strata's fields. */
export function infoData(s: State, home: string): Record<string, unknown> {
  const n = infoCounts(s);
  return goStruct('system.info', {
    ID: '',
    Containers: n.containers,
    ContainersRunning: n.running,
    ContainersPaused: n.paused,
    ContainersStopped: n.stopped,
    Images: n.images,
    Driver: 'overlay2',
    DriverStatus: goNil('slice', '[][2]string'),
    Plugins: goStruct('types.PluginsInfo', {
      Volume: goNil('slice', '[]string'),
      Network: goSlice('[]string', ['bridge', 'null']),
      Authorization: goNil('slice', '[]string'),
      Log: goSlice('[]string', ['json-file']),
    }),
    Debug: false,
    LoggingDriver: 'json-file',
    OSType: 'linux',
    NCPU: 0,
    MemTotal: 0,
    DockerRootDir: home,
    Name: 'strata',
    Labels: goSlice('[]string', []),
    ExperimentalBuild: false,
    ServerVersion: STRATA_VERSION,
    Runtimes: new Map([['strata', goStruct('types.Runtime', { Path: 'strata' }, { Path: { name: 'path' } })]]),
    DefaultRuntime: 'strata',
    Swarm: goStruct('swarm.Info', { LocalNodeState: 'inactive' }),
    LiveRestoreEnabled: false,
    Warnings: goNil('slice', '[]string'),
    ClientInfo: goStruct('system.clientInfo', { Debug: false, Context: 'default', Plugins: goSlice('[]pluginmanager.Plugin', []), Warnings: goNil('slice', '[]string') }),
  });
}

/** docker info's default output (prettyPrintInfo), the lines strata has facts for, in docker's order. */
export function infoText(s: State, home: string): string {
  const n = infoCounts(s);
  return [
    'Client:',
    ' Context:    default',
    ' Debug Mode: false',
    '',
    'Server:',
    ` Containers: ${n.containers}`,
    `  Running: ${n.running}`,
    `  Paused: ${n.paused}`,
    `  Stopped: ${n.stopped}`,
    ` Images: ${n.images}`,
    ` Server Version: ${STRATA_VERSION}`,
    ' Storage Driver: overlay2',
    ' Logging Driver: json-file',
    ' Plugins:',
    '  Volume: ',
    '  Network: bridge null',
    '  Log: json-file',
    ' Swarm: inactive',
    ' Runtimes: strata',
    ' Default Runtime: strata',
    ' OSType: linux',
    ' Name: strata',
    ` Docker Root Dir: ${home}`,
    ' Debug Mode: false',
    ' Experimental: false',
    ' Live Restore Enabled: false',
    '',
    '',
  ].join('\n');
}
