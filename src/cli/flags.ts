/**
 * Every flag docker 20.10's `--help` lists for the verbs strata has, each classified: modelled (declared
 * in program.ts and doing what docker does), refused (declared too, so that it is never docker's
 * `unknown flag`, but answered with one line, `strata: --publish is not modelled (strata has no
 * networks)`, exit 125, before anything is done or written), or modelled for some of its values and
 * refused for the others (`--network host`). The lists are the 20.10 client's, flag for flag
 * (test/conformance/flags.test.ts compares them with `docker VERB --help`); the README's table of
 * flags is drawn from here (`npm run flags-table`, test/docs/flags-table.test.ts).
 *
 * Also here: the verbs docker has beside the ones strata has, in its management commands (`docker
 * container attach`…), refused the same way, and strata's own flags on docker's verbs.
 */
import { MANAGEMENT } from './management.js';

/** Why a flag is not modelled: what strata lacks. `undefined`: nothing stands in the way, it is not done yet. */
const NETWORKS = 'strata has no networks';
const VOLUMES = 'strata has no volumes or mounts';
const NO_VOLUMES = 'strata has no volumes';
const LIMITS = 'strata has no resource limits';
const PRIVILEGES = 'strata has no privileges or capabilities';
const DEVICES = 'strata has no devices';
const NAMESPACES = 'strata has no namespaces or cgroups';
const KERNEL = 'strata has no kernel parameters';
const HEALTH = 'strata has no health checks';
const LOGGING = 'strata keeps one log, in its store';
const RUNTIME = 'strata is its only runtime, on one platform';
const REGISTRY = 'strata has no registry';
const TERMINAL = "strata's processes have no terminal";
const STDIN = "strata's processes have no stdin";
/** what --sig-proxy does in strata's client (attach.ts FORWARDED) */
const SIG_PROXY = 'the client forwards the signals Node can catch (HUP INT QUIT USR1 USR2 ALRM TERM CONT TSTP TTIN TTOU WINCH) to the process as `kill -s`; false: a signal ends the client';
const FOREGROUND = 'strata runs every exec in the foreground';
const WIRE = 'strata sends the build context over no wire';
const KUBERNETES = 'strata has no Kubernetes';

export type FlagClass =
  | { readonly kind: 'modelled'; readonly note?: string }
  | { readonly kind: 'refused'; readonly reason?: string }
  /** modelled for the values `modelled` describes; `refuses` tells the others, refused for `reason` */
  | { readonly kind: 'partly'; readonly modelled: string; readonly refused: string; readonly refuses: (value: string) => boolean; readonly reason: string };

export interface DockerFlag {
  /** `--publish` */
  readonly long: string;
  /** `-p` */
  readonly short?: string;
  /** the type docker's help names (`list`, `string`, `bytes`…); none for a boolean flag */
  readonly type?: string;
  readonly class: FlagClass;
}

/** `'-p, --publish list'` or `'--rm'`: a flag as docker's help lists it. */
function flag(spec: string, c: FlagClass): DockerFlag {
  const m = /^(?:(-[A-Za-z]), )?(--[a-z0-9-]+)(?: ([a-z0-9-]+))?$/.exec(spec);
  if (m === null) throw new Error(`strata: a flag spelled as docker's help does not: ${spec}`);
  return { long: m[2]!, ...(m[1] !== undefined ? { short: m[1] } : {}), ...(m[3] !== undefined ? { type: m[3] } : {}), class: c };
}
const m = (spec: string, note?: string): DockerFlag => flag(spec, note === undefined ? { kind: 'modelled' } : { kind: 'modelled', note });
const r = (spec: string, reason?: string): DockerFlag => flag(spec, reason === undefined ? { kind: 'refused' } : { kind: 'refused', reason });

/** The networks strata models: the default bridge (recorded only) and none (its /etc/hosts). */
const MODELLED_NETWORKS = new Set(['default', 'bridge', 'none']);
const network = (): DockerFlag =>
  flag('--network network', {
    kind: 'partly',
    modelled: 'bridge (the default), none',
    refused: 'any other network',
    refuses: (v) => !MODELLED_NETWORKS.has(v),
    reason: `${NETWORKS} but the default bridge and none`,
  });
/** A boolean flag docker sets by default: given as it is, it changes nothing; turned off, it is refused. */
const onByDefault = (spec: string, reason: string): DockerFlag =>
  flag(spec, { kind: 'partly', modelled: 'true (the default)', refused: 'false', refuses: (v) => v === 'false', reason });
const pull = (): DockerFlag => flag('--pull string', { kind: 'partly', modelled: 'missing (the default), never', refused: 'always', refuses: (v) => v === 'always', reason: REGISTRY });

/** The CPU limits create, run and update have, in docker's order. */
const cpuLimits = (): DockerFlag[] => [
  r('--cpu-period int', LIMITS),
  r('--cpu-quota int', LIMITS),
  r('--cpu-rt-period int', LIMITS),
  r('--cpu-rt-runtime int', LIMITS),
  r('-c, --cpu-shares int', LIMITS),
  r('--cpus decimal', LIMITS),
  r('--cpuset-cpus string', LIMITS),
  r('--cpuset-mems string', LIMITS),
];

/** create's flags, and run's but its own three (docker's order: by long name). */
function createFlags(run: boolean): DockerFlag[] {
  return [
    r('--add-host list', NETWORKS),
    r('-a, --attach list'),
    r('--blkio-weight uint16', LIMITS),
    r('--blkio-weight-device list', LIMITS),
    r('--cap-add list', PRIVILEGES),
    r('--cap-drop list', PRIVILEGES),
    r('--cgroup-parent string', NAMESPACES),
    r('--cgroupns string', NAMESPACES),
    r('--cidfile string'),
    ...cpuLimits(),
    ...(run ? [m('-d, --detach'), r('--detach-keys string', TERMINAL)] : []),
    r('--device list', DEVICES),
    r('--device-cgroup-rule list', DEVICES),
    r('--device-read-bps list', LIMITS),
    r('--device-read-iops list', LIMITS),
    r('--device-write-bps list', LIMITS),
    r('--device-write-iops list', LIMITS),
    onByDefault('--disable-content-trust', REGISTRY),
    r('--dns list', NETWORKS),
    r('--dns-option list', NETWORKS),
    r('--dns-search list', NETWORKS),
    r('--domainname string'),
    m('--entrypoint string'),
    m('-e, --env list'),
    r('--env-file list'),
    r('--expose list', NETWORKS),
    r('--gpus gpu-request', DEVICES),
    r('--group-add list'),
    r('--health-cmd string', HEALTH),
    r('--health-interval duration', HEALTH),
    r('--health-retries int', HEALTH),
    r('--health-start-period duration', HEALTH),
    r('--health-timeout duration', HEALTH),
    m('-h, --hostname string', 'the hostname applet is not modelled'),
    m('--init'),
    r('-i, --interactive', STDIN),
    r('--ip string', NETWORKS),
    r('--ip6 string', NETWORKS),
    r('--ipc string', NAMESPACES),
    r('--isolation string', RUNTIME),
    r('--kernel-memory bytes', LIMITS),
    m('-l, --label list'),
    r('--label-file list'),
    r('--link list', NETWORKS),
    r('--link-local-ip list', NETWORKS),
    r('--log-driver string', LOGGING),
    r('--log-opt list', LOGGING),
    r('--mac-address string', NETWORKS),
    r('-m, --memory bytes', LIMITS),
    r('--memory-reservation bytes', LIMITS),
    r('--memory-swap bytes', LIMITS),
    r('--memory-swappiness int', LIMITS),
    r('--mount mount', VOLUMES),
    m('--name string'),
    network(),
    r('--network-alias list', NETWORKS),
    r('--no-healthcheck', HEALTH),
    r('--oom-kill-disable', LIMITS),
    r('--oom-score-adj int', LIMITS),
    r('--pid string', NAMESPACES),
    r('--pids-limit int', LIMITS),
    r('--platform string', RUNTIME),
    r('--privileged', PRIVILEGES),
    r('-p, --publish list', NETWORKS),
    r('-P, --publish-all', NETWORKS),
    pull(),
    m('--read-only', 'a write into the rootfs fails with EROFS; docker cp into the container is refused'),
    m('--restart string'),
    m('--rm'),
    r('--runtime string', RUNTIME),
    r('--security-opt list', PRIVILEGES),
    r('--shm-size bytes', LIMITS),
    ...(run ? [m('--sig-proxy', SIG_PROXY)] : []),
    m('--stop-signal string', 'stop and restart refuse one strata cannot deliver: real-time, or one the kernel has not'),
    m('--stop-timeout int'),
    r('--storage-opt list', LIMITS),
    r('--sysctl map', KERNEL),
    r('--tmpfs list', VOLUMES),
    r('-t, --tty', TERMINAL),
    r('--ulimit ulimit', LIMITS),
    m('-u, --user string', 'looked up in the container\'s /etc/passwd and /etc/group at start, as the daemon and runc do'),
    r('--userns string', NAMESPACES),
    r('--uts string', NAMESPACES),
    r('-v, --volume list', VOLUMES),
    r('--volume-driver string', VOLUMES),
    r('--volumes-from list', VOLUMES),
    m('-w, --workdir string'),
  ];
}

/**
 * A record whose values are made when first read, each once: a command reads one verb's list, and
 * parsing all of them (some 300 flags) is work every start of the read bundle would pay for nothing.
 * Keys and entries enumerate as a plain record's do.
 */
function lazily<T>(makers: Readonly<Record<string, () => T>>): Readonly<Record<string, T>> {
  const out: Record<string, T> = {};
  for (const [key, make] of Object.entries(makers)) {
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = make();
        Object.defineProperty(out, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return out;
}

/**
 * docker 20.10's flags of each verb strata has (`--help` left out), keyed as usage.ts keys
 * the top-level verbs; a management form (`container rm`) has its verb's flags (see MANAGEMENT), but
 * `container inspect`, whose flags are its own.
 */
export const DOCKER_FLAGS: Readonly<Record<string, readonly DockerFlag[]>> = lazily({
  create: () => createFlags(false),
  run: () => createFlags(true),
  start: () => [m('-a, --attach'), r('--detach-keys string', TERMINAL), r('-i, --interactive', STDIN)],
  stop: () => [m('-t, --time int')],
  restart: () => [m('-t, --time int')],
  kill: () => [m('-s, --signal string')],
  pause: () => [],
  unpause: () => [],
  rm: () => [m('-f, --force'), r('-l, --link', NETWORKS), m('-v, --volumes', 'there are no volumes to remove')],
  exec: () => [
    r('-d, --detach', FOREGROUND),
    r('--detach-keys string', TERMINAL),
    m('-e, --env list'),
    r('--env-file list'),
    r('-i, --interactive', STDIN),
    r('--privileged', PRIVILEGES),
    r('-t, --tty', TERMINAL),
    m('-u, --user string', 'looked up in the container\'s /etc/passwd and /etc/group, as the daemon and runc do'),
    m('-w, --workdir string'),
  ],
  wait: () => [],
  attach: () => [r('--detach-keys string', TERMINAL), m('--no-stdin', "strata's processes have no stdin to attach"), m('--sig-proxy', SIG_PROXY)],
  top: () => [],
  rename: () => [],
  update: () => [
    r('--blkio-weight uint16', LIMITS),
    ...cpuLimits(),
    r('--kernel-memory bytes', LIMITS),
    r('-m, --memory bytes', LIMITS),
    r('--memory-reservation bytes', LIMITS),
    r('--memory-swap bytes', LIMITS),
    r('--pids-limit int', LIMITS),
    m('--restart string'),
  ],
  commit: () => [m('-a, --author string'), m('-c, --change list'), m('-m, --message string'), m('-p, --pause')],
  logs: () => [m('--details', 'no log driver option gives details: each line starts with the empty details and a space'), m('-f, --follow', 'in real time, until the process exits'), m('--since string'), m('-n, --tail string'), m('-t, --timestamps'), m('--until string')],
  diff: () => [],
  inspect: () => [m('-f, --format string'), m('-s, --size'), m('--type string')],
  'container inspect': () => [m('-f, --format string'), m('-s, --size')],
  'image inspect': () => [m('-f, --format string')],
  ps: () => [m('-a, --all'), m('-f, --filter filter'), m('--format string'), m('-n, --last int'), m('-l, --latest'), m('--no-trunc'), m('-q, --quiet'), m('-s, --size')],
  images: () => [m('-a, --all'), m('--digests', 'no image has a digest: strata has no registry'), m('-f, --filter filter'), m('--format string'), m('--no-trunc'), m('-q, --quiet')],
  history: () => [m('--format string'), m('-H, --human'), m('--no-trunc'), m('-q, --quiet')],
  events: () => [m('-f, --filter filter'), m('--format string'), m('--since string'), m('--until string')],
  export: () => [m('-o, --output string')],
  cp: () => [m('-a, --archive'), m('-L, --follow-link')],
  import: () => [m('-c, --change list'), m('-m, --message string'), r('--platform string', RUNTIME)],
  tag: () => [],
  save: () => [m('-o, --output string')],
  load: () => [m('-i, --input string'), m('-q, --quiet')],
  build: () => [
    r('--add-host list', NETWORKS),
    m('--build-arg list'),
    r('--cache-from strings'),
    r('--cgroup-parent string', NAMESPACES),
    r('--compress', WIRE),
    r('--cpu-period int', LIMITS),
    r('--cpu-quota int', LIMITS),
    r('-c, --cpu-shares int', LIMITS),
    r('--cpuset-cpus string', LIMITS),
    r('--cpuset-mems string', LIMITS),
    onByDefault('--disable-content-trust', REGISTRY),
    m('-f, --file string'),
    m('--force-rm'),
    r('--iidfile string'),
    r('--isolation string', RUNTIME),
    r('--label list'),
    r('-m, --memory bytes', LIMITS),
    r('--memory-swap bytes', LIMITS),
    r('--network string', NETWORKS),
    m('--no-cache'),
    r('--pull', REGISTRY),
    m('-q, --quiet'),
    m('--rm'),
    r('--security-opt strings', PRIVILEGES),
    r('--shm-size bytes', LIMITS),
    m('-t, --tag list'),
    m('--target string'),
    r('--ulimit ulimit', LIMITS),
  ],
  rmi: () => [m('-f, --force'), m('--no-prune')],
  'image prune': () => [m('-a, --all'), m('--filter filter'), m('-f, --force')],
  'container prune': () => [m('--filter filter'), m('-f, --force')],
  'system df': () => [m('--format string'), m('-v, --verbose')],
  'system prune': () => [m('-a, --all'), m('--filter filter'), m('-f, --force'), r('--volumes', NO_VOLUMES)],
  version: () => [m('-f, --format string'), r('--kubeconfig string', KUBERNETES)],
  info: () => [m('-f, --format string')],
});

/** strata's own flags on docker's verbs (docker has none of them), with what they do. */
export const STRATA_FLAGS: Readonly<Record<string, readonly { readonly flag: string; readonly does: string }[]>> = (() => {
  const at = { flag: '--at seq', does: 'the answer as it was right after event SEQ of the log' };
  const format = (what: string) => ({ flag: '--format string', does: what });
  return {
    ps: [at],
    images: [at],
    inspect: [at],
    'container inspect': [at],
    'image inspect': [at],
    logs: [at],
    diff: [at],
    history: [at],
    save: [format('docker (the default) or oci: an OCI image layout')],
    load: [format('docker (the default) or oci: an OCI layout without manifest.json')],
  };
})();

/**
 * docker's verbs that strata does not have, as a top-level verb and in a management command, with
 * why; `undefined`: not done yet. Refused as the flags are (one line, exit 125). (`cp`, `container cp`:
 * see MANAGEMENT.)
 */
export const VERBS_NOT_MODELLED: Readonly<Record<string, string | undefined>> = {
  port: NETWORKS,
  stats: LIMITS,
  pull: REGISTRY,
  push: REGISTRY,
  'container port': NETWORKS,
  'container stats': LIMITS,
  'image pull': REGISTRY,
  'image push': REGISTRY,
};

const because = (reason: string | undefined): string => (reason === undefined ? ' yet' : ` (${reason})`);

/** The line a verb strata does not have answers. */
export const verbRefusal = (verb: string): string => `strata: docker ${verb} is not modelled${because(VERBS_NOT_MODELLED[verb])}\n`;

/** The line a refused flag answers: `strata: --publish is not modelled (strata has no networks)`. */
export function flagRefusal(f: DockerFlag, value?: string): string {
  const c = f.class;
  if (c.kind === 'partly') return `strata: ${f.long}${f.type === undefined ? '=' : ' '}${value ?? ''} is not modelled (${c.reason})\n`;
  return `strata: ${f.long} is not modelled${because(c.kind === 'refused' ? c.reason : undefined)}\n`;
}

/** Spelled for commander: `-p, --publish <value>`, `--privileged`. */
export const commanderFlags = (f: DockerFlag): string => `${f.short !== undefined ? `${f.short}, ` : ''}${f.long}${f.type !== undefined ? ' <value>' : ''}`;

/**
 * The refusals for what was given: `given(long)` is the flag's value if it was typed (true for a
 * boolean), else undefined. One line per flag refused, in docker's order; none: the verb runs.
 */
export function refusals(verb: string, given: (long: string) => unknown): string[] {
  const out: string[] = [];
  for (const f of DOCKER_FLAGS[verb] ?? []) {
    const v = given(f.long);
    if (v === undefined) continue;
    if (f.class.kind === 'refused') out.push(flagRefusal(f));
    else if (f.class.kind === 'partly') {
      const refusedValue = (Array.isArray(v) ? (v as unknown[]) : [v]).map(String).find((x) => (f.class as { refuses: (x: string) => boolean }).refuses(x));
      if (refusedValue !== undefined) out.push(flagRefusal(f, refusedValue));
    }
  }
  return out;
}

/** Counts of the classes, over every verb's flags. */
export function flagCounts(): { modelled: number; refused: number; partly: number } {
  const all = Object.values(DOCKER_FLAGS).flat();
  return {
    modelled: all.filter((f) => f.class.kind === 'modelled').length,
    refused: all.filter((f) => f.class.kind === 'refused').length,
    partly: all.filter((f) => f.class.kind === 'partly').length,
  };
}

/** The README's table of flags: a section per verb, a row per flag. */
export function flagsTable(): string {
  const lines: string[] = [];
  const cell = (f: DockerFlag): string => {
    const c = f.class;
    if (c.kind === 'modelled') return c.note === undefined ? 'modelled' : `modelled (${c.note})`;
    if (c.kind === 'partly') return `modelled: ${c.modelled}; ${c.refused}: not modelled: ${c.reason}`;
    return c.reason === undefined ? 'not modelled yet' : `not modelled: ${c.reason}`;
  };
  const aka = (verb: string): string => {
    const forms = Object.entries(MANAGEMENT).flatMap(([group, subs]) =>
      Object.entries(subs)
        .filter(([name, s]) => s.verb === verb && `${group} ${name}` !== verb)
        .map(([name]) => `\`${group} ${name}\``),
    );
    return forms.length === 0 ? '' : ` (also ${forms.join(', ')})`;
  };
  for (const [verb, flags] of Object.entries(DOCKER_FLAGS)) {
    const own = STRATA_FLAGS[verb] ?? [];
    lines.push(`**\`${verb}\`**${aka(verb)}${flags.length + own.length === 0 ? ': no flags' : ''}`, '');
    if (flags.length + own.length === 0) continue;
    lines.push('| flag | class |', '|---|---|');
    for (const f of flags) lines.push(`| \`${f.short !== undefined ? `${f.short}, ` : ''}${f.long}${f.type !== undefined ? ` ${f.type}` : ''}\` | ${cell(f)} |`);
    for (const o of own) lines.push(`| \`${o.flag}\` | strata's own: ${o.does} |`);
    lines.push('');
  }
  return lines.join('\n');
}

const TABLE_START = '<!-- flags-table: drawn from src/cli/flags.ts by `npm run flags-table`; edit there -->';
const TABLE_END = '<!-- flags-table: end -->';

/** The README with its table of flags drawn again (between its markers), or undefined if it has none. */
export function withFlagsTable(readme: string): string | undefined {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) return undefined;
  return `${readme.slice(0, start + TABLE_START.length)}\n\n${flagsTable()}\n${readme.slice(end)}`;
}
