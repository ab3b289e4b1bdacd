/**
 * Run one generated sequence on both drivers, step by step: the same command line on each, the
 * printed lines and exit codes compared, then the world, then (for export) the exported file trees
 * and (for `cp` out) the trees written on the host.
 * The first divergence ends the sequence and is reported with the whole sequence as a shell script.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findContainer, findImage, isError, lookup, lowerStack, sha256, statusOf } from '../index.js';
import { commandLine, difference, Masker, normaliseWorld, observe, type Observed, tarListing } from '../testing/index.js';
import type { Driver, ModelDriver, RawWorld, Result } from './driver.js';
import { MANAGEMENT } from '../cli/management.js';
import { spell } from './forms.js';
import {
  CHANGES,
  CP_DESTS,
  CP_PATHS,
  CP_SOURCES,
  CREATE_FLAGS,
  EXEC_PROGRAMS,
  EXEC_USERS,
  INSTRUCTIONS,
  type Kind,
  LABEL,
  LOG_TAILS,
  LOG_WINDOWS,
  PROGRAMS,
  PRUNE_FILTERS,
  PS_LIMITS,
  RESTARTS,
  restartsForever,
  type Step,
  TOP_OPTIONS,
  UPDATE_RESTARTS,
  updatesForever,
} from './generate.js';
import { makeHostSources, OLD, treeListing } from './host.js';
import { joinedStderrChunks, oncePerPause, prunedInAnyOrder } from './noise.js';
import { endsBy, signalWord, stopFlags } from './signals.js';
import { packTar, tree } from './tars.js';

export interface Divergence {
  readonly step: number;
  readonly command: string;
  readonly what: 'output' | 'world' | 'export' | 'host';
  readonly engine: unknown;
  readonly model: unknown;
  readonly diff: string;
}

export interface SequenceResult {
  readonly commands: number;
  readonly skipped: number;
  readonly divergence?: Divergence;
  /** the sequence as a runnable shell script of docker lines */
  readonly script: string;
  /** engine image ids the sequence made, for cleanup */
  readonly engineImages: readonly string[];
  /** the commands compared, by `tallyKey`: how many ran, and how many of those the engine ran with exit 0 */
  readonly tally: ReadonlyMap<string, Tally>;
}

export interface Tally {
  ran: number;
  ok: number;
}

/** What a command line is counted as: its verb, and the flags whose cases the harness means to reach. */
export function tallyKey(args: readonly string[]): string {
  const flags = [...new Set(args.flatMap((a) => (a === '--init' ? ['--init'] : a === '-u' || a === '--user' ? ['-u'] : a === '-a' && args[0] === 'start' ? ['-a'] : [])))];
  const verb = MANAGEMENT[args[0] ?? ''] !== undefined ? args.slice(0, 2) : args.slice(0, 1);
  return [...verb, ...flags].join(' ');
}

/** Add `more` into `into`. */
export function addTally(into: Map<string, Tally>, more: ReadonlyMap<string, Tally>): void {
  for (const [k, t] of more) {
    const had = into.get(k) ?? { ran: 0, ok: 0 };
    into.set(k, { ran: had.ran + t.ran, ok: had.ok + t.ok });
  }
}


export interface Tracked {
  name: string;
  readonly kind: Kind;
  readonly autoRemove: boolean;
  /** has a restart policy (given at create, or by update) */
  restarts: boolean;
  /** --init: docker-init is PID 1, the program its child (signals.ts endsBy) */
  readonly init: boolean;
  /** --stop-signal and --stop-timeout as create was given them */
  readonly stopSignal: string | undefined;
  readonly stopTimeout: number | undefined;
}

/** A command line per side (they differ only in local file paths). */
interface Planned {
  readonly engine: readonly string[];
  readonly model: readonly string[];
  readonly sortOutput?: boolean;
  readonly input?: Uint8Array;
  /** a comment line for the script (what stdin held) */
  readonly note?: string;
  /** applied to both sides' output before it is masked */
  readonly normalise?: (text: string) => string;
  /** applied to both sides' stdout once masked (ids numbered as they first appear on each side) */
  readonly masked?: (text: string) => string;
  readonly exportFiles?: readonly [string, string];
  /** stdout is a tar (`cp CONTAINER:PATH -`): each side's is compared as its listing (tarListing) */
  readonly tar?: boolean;
  /** a directory of each side's own (engine's, model's), written `<host>` in what they print */
  readonly hostDirs?: readonly [string, string];
  /** compare the trees under hostDirs once the command ran (`cp` out to the host) */
  readonly hostTrees?: boolean;
  /**
   * A command (a wait) set going on both sides before this one, answering after it: the engine's
   * once the daemon has taken it (Driver.waiting), so what this command makes happen is what it
   * waits for, however soon that comes.
   */
  readonly around?: Planned;
  /** commands to run right after this one, when it succeeded on both sides */
  readonly then?: readonly Planned[];
  readonly after?: (ok: boolean, e: Result, m: Result) => void;
}

export async function runSequence(engine: Driver, model: ModelDriver, steps: readonly Step[], prefix: string, baseTar: Uint8Array): Promise<SequenceResult> {
  const em = new Masker();
  const mm = new Masker();
  const baseDiffId = sha256(baseTar).slice(7);
  em.literal.add(baseDiffId);
  mm.literal.add(baseDiffId);
  const tmp = mkdtempSync(join(tmpdir(), 'strata-conformance-'));
  const base = `${prefix}base:1`;
  const script: string[] = ['# a busybox rootfs tar, as `npm run conformance` makes it, imported first:', `docker import - ${base} < rootfs.tar`];
  const containers: Tracked[] = [];
  const images: string[] = [base];
  const seen: { engine: string[]; model: string[] } = { engine: [], model: [] };
  const cleanup = new Set<string>();
  let commands = 0;
  let skipped = 0;
  const tally = new Map<string, Tally>();
  let counter = 0;
  // events of this sequence: from the second it started (earlier sequences' names never match its prefix)
  const since = Math.floor(Date.now() / 1000);

  const finish = (divergence?: Divergence): SequenceResult => {
    rmSync(tmp, { recursive: true, force: true });
    for (const id of seen.engine) cleanup.add(id);
    return { commands, skipped, script: script.join('\n'), engineImages: [...cleanup], tally, ...(divergence ? { divergence } : {}) };
  };

  for (const side of [engine, model]) {
    const r = await side.cli(['import', '-', base], baseTar);
    if (r.exitCode !== 0) throw new Error(`${side.name}: importing the base image failed: ${r.stderr}`);
  }

  const pick = <T>(list: readonly T[], i: number): T | undefined => (i < 0 || list.length === 0 ? undefined : list[i % list.length]);
  const container = (i: number): string => pick(containers, i)?.name ?? `${prefix}nosuch`;
  const imageRef = (i: number): string => pick(images, i) ?? `${prefix}nosuch:1`;
  const status = (name: string): string | undefined =>
    model.withState((s) => {
      const c = findContainer(s.state, name);
      return isError(c) ? undefined : statusOf(c.state);
    });
  /**
   * For the verbs that need a container in some status (start, stop, kill, top, exec, pause,
   * unpause): an even index picks among the containers in one of `statuses`, when there are any, an
   * odd one among all. By index alone such a step met a running container about one time in ten.
   */
  const pickIn = (i: number, statuses: readonly string[]): Tracked | undefined => {
    // one look at the model for all of them (each look opens the store)
    const fitting = model.withState((s) =>
      containers.filter((c) => {
        const found = findContainer(s.state, c.name);
        return !isError(found) && statuses.includes(statusOf(found.state));
      }),
    );
    return i >= 0 && i % 2 === 0 && fitting.length > 0 ? fitting[(i / 2) % fitting.length] : pick(containers, i);
  };
  const containerIn = (i: number, statuses: readonly string[]): string => pickIn(i, statuses)?.name ?? `${prefix}nosuch`;
  /**
   * The image a create, run or build is from: an even index picks among the images that still exist,
   * an odd one among all the sequence named. An early `rmi` of the base left every later container
   * step an error.
   */
  const imageFrom = (i: number): string => {
    const live = model.withState((s) => images.filter((ref) => !isError(findImage(s.state, ref))));
    return i >= 0 && i % 2 === 0 && live.length > 0 ? live[(i / 2) % live.length]! : imageRef(i);
  };
  /** never started: a started container's /etc holds the network files the engine bind-mounts, which strata's cp refuses */
  const neverStarted = (name: string): boolean =>
    model.withState((s) => {
      const c = findContainer(s.state, name);
      return !isError(c) && c.state.startedAt === null && c.state.exitCode === 0;
    });
  /**
   * The image has an entrypoint (`sh -c`, from a commit's change or a build's ENTRYPOINT) that the
   * flags do not reset: every program here then runs as `sh -c <its argv[0]>` with the rest as
   * `$0…`, which exits at once (a bare `sh` on an empty stdin, `sleep` with no operand…). It is
   * an instant program, whatever it would be on its own: waited for as one, and never given a
   * policy that restarts it for ever (seed 20261205: `sleep 1000` under unless-stopped on such an
   * image restarted 3 times on the engine while the model's clock was moved through 103).
   */
  const runsAsShellScript = (ref: string, flags: readonly string[]): boolean => {
    const reset = flags.some((f, i) => f === '--entrypoint' && flags[i + 1] === '');
    return !reset && model.withState((s) => {
      const f = findImage(s.state, ref);
      return !isError(f) && (f.image.config.config.Entrypoint ?? []).length > 0;
    });
  };
  /**
   * The image lacks busybox's `sleep` or `sh` in /bin (an imported tar, or an image made from one,
   * has only its own entries): a blocking program there never runs. Its start fails, or under
   * --init docker-init's exec of it does, with 127 at once: it is an instant program, and is never
   * given a policy that restarts it for ever (seed 20261207: 101 restarts on one side, 3 on the other).
   */
  const lacksPrograms = (ref: string): boolean =>
    model.withState((s) => {
      const f = findImage(s.state, ref);
      if (isError(f)) return false;
      const stack = lowerStack(s.state, f.image.chain[f.image.chain.length - 1] ?? null);
      return ['bin/busybox', 'bin/sleep', 'bin/sh'].some((path) => lookup(stack, path) === undefined);
    });
  const same = (args: readonly string[], extra: Partial<Planned> = {}): Planned => ({ engine: args, model: args, ...extra });
  const collectIds = (e: Result, m: Result): void => {
    for (const id of e.stdout.match(/sha256:[0-9a-f]{64}/g) ?? []) seen.engine.push(id);
    for (const id of m.stdout.match(/sha256:[0-9a-f]{64}/g) ?? []) seen.model.push(id);
  };

  /** an image prune ran: its untag and delete events come in any order (prunedInAnyOrder) */
  let imagePruned = false;
  let lastBuild: { from: string; instructions: readonly number[]; rm: 'rm' | 'no-rm' | 'force-rm' } | undefined;
  /** A context directory both sides read (a.txt in one of two variants), and the build command line. */
  const buildPlan = (from: string, instructions: readonly number[], variant: number, noCache: boolean, rm: 'rm' | 'no-rm' | 'force-rm'): Planned | undefined => {
    // FROM an image that is not here: the engine pulls from a registry, which neither side has (its
    // error is this machine's DNS answer); not a question for the model
    if (model.withState((s) => isError(findImage(s.state, from)))) return undefined;
    const n = counter++;
    const dir = join(tmp, `ctx-${n}`);
    mkdirSync(join(dir, 'dir'), { recursive: true });
    // every generated Dockerfile labels what it leaves behind with the sequence's label (cleanup finds it)
    writeFileSync(join(dir, 'Dockerfile'), [`FROM ${from}`, `LABEL ${label}`, ...instructions.map((i) => INSTRUCTIONS[i]!), ''].join('\n'));
    writeFileSync(join(dir, 'a.txt'), `a${variant}\n`);
    writeFileSync(join(dir, 'b.txt'), 'b\n');
    writeFileSync(join(dir, 'dir', 'c.txt'), 'c\n');
    const tag = `${prefix}bld:${n}`;
    const flags = [...(noCache ? ['--no-cache'] : []), ...(rm === 'no-rm' ? ['--rm=false'] : rm === 'force-rm' ? ['--force-rm'] : [])];
    return {
      ...same(['build', ...flags, '-t', tag, dir], { normalise: joinedStderrChunks }),
      note: `# ${dir}: Dockerfile ${JSON.stringify(readFileSync(join(dir, 'Dockerfile'), 'utf8'))}, a.txt "a${variant}", b.txt, dir/c.txt`,
      after: (ok, e, m) => {
        collectIds(e, m);
        if (ok) images.push(tag);
      },
    };
  };

  // the sequence's own label: prunes filtered on it touch nothing another sequence made
  const label = `k=${prefix}`;
  const labelled = (args: readonly string[]): string[] => args.map((a) => a.replace(LABEL, label));

  /** the host's sources of `cp` into containers, the same files for both sides */
  const hostSources = join(tmp, 'h');
  makeHostSources(hostSources);
  /** the tars `cp -` has copied in: each under a directory of its own, s0, s1… */
  let streams = 0;

  /**
   * cp -a into the container has the daemon look its user (-u, its image's USER) up on its own host:
   * a fact of the machine, not of the model, but for root (by name or uid 0) and a user with a colon,
   * which no host has (container/cp.ts copyOwner; strata refuses the others as not modelled)
   */
  const ownerOnHost = (name: string): boolean =>
    model.withState((s) => {
      const c = findContainer(s.state, name);
      const user = isError(c) ? '' : (c.config.User ?? '');
      return user !== '' && user !== 'root' && user !== '0' && !user.includes(':');
    });

  async function cpPlan(step: Extract<Step, { verb: 'cp' }>): Promise<Planned> {
    const name = container(step.target);
    const archive = step.archive && !(step.into && ownerOnHost(name));
    const flags = [...(archive ? ['-a'] : []), ...(step.follow ? ['-L'] : [])];
    const pathIn = (i: number): string => {
      const path = CP_PATHS[i]!;
      // a started container's network files (strata's cp refuses them, see neverStarted); the root of
      // a running one holds /proc and /sys
      if (!step.into && path === '/') return '/bin';
      return path === '/etc' && !step.into && !neverStarted(name) ? '/etc/nosuch' : path;
    };
    if (step.into) {
      const to = `${name}:${pathIn(step.dest)}`;
      const source = CP_SOURCES[step.source];
      if (source !== undefined) return same(['cp', ...flags, `${hostSources}/${source}`, to]);
      const top = `s${streams++}`;
      const entries = [{ type: 'directory' as const, name: top, mode: 0o755 }, ...step.entries.map((e) => ({ ...e, name: `${top}/${e.name}` }))];
      return same(['cp', ...flags, '-', to], { input: await packTar(entries), note: `# stdin: a tar of ${JSON.stringify(entries)}` });
    }
    const from = `${name}:${pathIn(step.source)}`;
    const dest = CP_DESTS[step.dest]!;
    if (dest === '-') return same(['cp', ...flags, from, '-'], { tar: true });
    // a directory of each side's own on the host, holding one file
    const n = counter++;
    const dirs: [string, string] = [join(tmp, `out-engine-${n}`), join(tmp, `out-model-${n}`)];
    for (const d of dirs) {
      mkdirSync(d);
      writeFileSync(join(d, 'f'), 'host\n');
      utimesSync(join(d, 'f'), OLD, OLD);
    }
    const on = (d: string): string => (dest === '' ? d : `${d}/${dest}`);
    return { engine: ['cp', ...flags, from, on(dirs[0])], model: ['cp', ...flags, from, on(dirs[1])], hostDirs: dirs, hostTrees: true, note: `# ${on('<host>')}: a directory holding f` };
  }

  /** Turn an abstract step into command lines, or undefined when it could block the engine's CLI. */
  async function plan(step: Step): Promise<Planned | undefined> {
    switch (step.verb) {
      case 'create':
      case 'run': {
        const program = PROGRAMS[step.program]!;
        const name = `${prefix}c${counter++}`;
        const flags = labelled(CREATE_FLAGS[step.flags]!);
        const from = imageFrom(step.image);
        const kind = runsAsShellScript(from, flags) || lacksPrograms(from) ? 'instant' : program.kind;
        const detach = step.verb === 'run' && (step.detach || kind !== 'instant');
        // --pull never: strata has no registry, and neither has the engine here.
        const restart = RESTARTS[restartsForever(step.restart) && kind === 'instant' ? 0 : step.restart]!;
        const args = [
          step.verb,
          '--pull',
          'never',
          '--network',
          'none',
          ...flags,
          ...restart,
          '--name',
          name,
          ...(step.verb === 'run' && detach ? ['-d'] : []),
          ...(step.verb === 'run' && step.rm ? ['--rm'] : []),
          from,
          ...program.argv,
        ];
        // a container the command made is tracked whatever its exit code: a foreground run of a failing
        // program exits with the program's code, and its restarts must be waited for like any other's
        const made = (ok: boolean): boolean => ok || status(name) !== undefined;
        const flag = (f: string): string | undefined => {
          const i = args.indexOf(f);
          return i < 0 ? undefined : args[i + 1];
        };
        const timeout = flag('--stop-timeout');
        const tracked: Tracked = {
          name,
          kind,
          autoRemove: step.verb === 'run' && step.rm,
          restarts: restart.length > 0,
          init: args.includes('--init'),
          stopSignal: flag('--stop-signal'),
          stopTimeout: timeout === undefined ? undefined : Number(timeout),
        };
        return same(args, { after: (ok) => made(ok) && containers.push(tracked) });
      }
      case 'start': {
        const c = pickIn(step.target, ['created', 'exited']);
        const attach = step.attach && c?.kind === 'instant' && status(c.name) !== 'running';
        return same(['start', ...(attach ? ['-a'] : []), c?.name ?? `${prefix}nosuch`]);
      }
      // the grace period no race decides (signals.ts)
      case 'stop':
      case 'restart': {
        const c = pickIn(step.target, ['running', 'paused']);
        return same([step.verb, ...stopFlags(c, step.timeout), c?.name ?? `${prefix}nosuch`]);
      }
      case 'kill': {
        const c = pickIn(step.target, ['running', 'paused']);
        // A signal that ends the program a moment after the kill (signals.ts endsBy: TERM and INT end
        // the trap loop once its `sleep 1` returns, with 7 and 130): a `wait` set going before it takes
        // that moment in on both sides. A paused program would only take it at its unpause, whenever
        // that comes: it gets KILL.
        const ends = c !== undefined && endsBy(c, step.signal);
        const running = ends && status(c.name) === 'running';
        const signal = ends && !running ? 'KILL' : step.signal;
        const word = signal === 'KILL' && step.spelling === undefined ? [] : ['-s', signalWord(signal, step.spelling)];
        return same(['kill', ...word, c?.name ?? `${prefix}nosuch`], running ? { around: same(['wait', c.name]) } : {});
      }
      case 'update': {
        const c = pick(containers, step.target);
        // an instant program under a policy that restarts it for ever: its status is the clock's
        const policy = UPDATE_RESTARTS[updatesForever(step.restart) && c?.kind !== 'sleep' && c?.kind !== 'trap' ? 0 : step.restart]!;
        return same(['update', '--restart', policy, container(step.target)], { after: (ok) => ok && c && policy !== 'no' && (c.restarts = true) });
      }
      case 'wait': {
        const name = container(step.target);
        const st = status(name);
        if (st === 'running' || st === 'paused' || st === 'restarting') return undefined;
        return same(['wait', name]);
      }
      case 'pause':
      case 'unpause':
        return same([step.verb, containerIn(step.target, [step.verb === 'pause' ? 'running' : 'paused'])]);
      case 'logs':
        return same(['logs', ...(step.timestamps ? ['-t'] : []), ...LOG_TAILS[step.tail ?? 0]!, ...LOG_WINDOWS[step.window ?? 0]!, container(step.target)]);
      case 'diff':
        return same(['diff', container(step.target)], { sortOutput: true });
      case 'inspect':
        return same(['inspect', '-f', '{{.State.Status}} {{.State.ExitCode}} {{.State.Error}} {{.RestartCount}} {{json .Config.Cmd}}', container(step.target)]);
      case 'export': {
        const n = counter++;
        const files: [string, string] = [join(tmp, `engine-${n}.tar`), join(tmp, `model-${n}.tar`)];
        const name = container(step.target);
        const tag = `${prefix}flat:${n}`;
        // then import what was exported: one layer with the same view
        const then = [{ engine: ['import', files[0], tag], model: ['import', files[1], tag], after: (ok: boolean) => ok && images.push(tag) && exported.add(tag) }];
        return { engine: ['export', '-o', files[0], name], model: ['export', '-o', files[1], name], exportFiles: files, then };
      }
      case 'save': {
        // one image, so the engine's Go-map order of images cannot show; then it is loaded back,
        // after its removal or onto itself, on each side from that side's own archive
        const n = counter++;
        const files: [string, string] = [join(tmp, `engine-save-${n}.tar`), join(tmp, `model-save-${n}.tar`)];
        const ref = imageRef(step.image);
        const load: Planned = { engine: ['load', '-i', files[0]], model: ['load', '-i', files[1]], after: (_ok, e, m) => collectIds(e, m) };
        const then = step.rmi ? [same(['rmi', '-f', ref]), load] : [load];
        return { engine: ['save', '-o', files[0], ref], model: ['save', '-o', files[1], ref], then };
      }
      case 'rm':
        return same(['rm', ...(step.force ? ['-f'] : []), ...(step.volumes ? ['-v'] : []), container(step.target)]);
      case 'exec':
        return same(['exec', ...(step.user === undefined ? [] : ['-u', EXEC_USERS[step.user]!]), containerIn(step.target, ['running']), ...EXEC_PROGRAMS[step.program]!]);
      case 'top': {
        // The trap loop forks a new `sleep 1` every second: whether ps sees one is the moment's (a row
        // missing between the daemon's list of pids and ps's look). test/conformance/top.test.ts has it.
        const c = pickIn(step.target, ['running', 'paused']);
        const st = c && status(c.name);
        if (c?.kind === 'trap' && (st === 'running' || st === 'paused')) return undefined;
        return same(['top', c?.name ?? `${prefix}nosuch`, ...TOP_OPTIONS[step.options]!]);
      }
      case 'rename': {
        const c = pick(containers, step.target);
        const name = `${prefix}r${counter++}`;
        return same(['rename', container(step.target), name], { after: (ok) => ok && c && (c.name = name) });
      }
      case 'commit': {
        const tag = step.tag ? `${prefix}img:${counter++}` : undefined;
        const changes = labelled(CHANGES[step.changes]!).flatMap((c) => ['-c', c]);
        return same(['commit', ...changes, container(step.target), ...(tag ? [tag] : [])], {
          after: (ok, e, m) => {
            collectIds(e, m);
            if (ok && tag) images.push(tag);
          },
        });
      }
      case 'tag': {
        const tag = `${prefix}img:${counter++}`;
        return same(['tag', imageRef(step.image), tag], { after: (ok) => ok && images.push(tag) });
      }
      case 'rmi':
        return same(['rmi', ...(step.force ? ['-f'] : []), ...(step.noPrune ? ['--no-prune'] : []), imageRef(step.image)]);
      case 'history':
        return same(['history', imageRef(step.image)]);
      case 'ps':
        // -n and -l count the containers the filter lets through (moby's list stops at the limit among them)
        return same(['ps', ...(step.all ? ['-a'] : []), ...(step.size ? ['-s'] : []), ...PS_LIMITS[step.limit ?? 0]!, '--filter', `name=^/${prefix}`]);
      case 'images':
        // as a set of rows: the client groups an image's tags by repository in a Go map, so the
        // rows of one image with tags in two repositories come in either order
        return same(['images', ...(step.digests ? ['--digests'] : []), '--filter', `reference=${prefix}*`], { sortOutput: true });
      case 'prune': {
        // what is deleted comes in the order of a Go map: compared as a set of lines
        if (step.what !== 'container') imagePruned = true;
        const filters = [`label=${label}`, ...PRUNE_FILTERS[step.filter ?? 0]!].flatMap((f) => ['--filter', f]);
        const answer = step.answer === undefined ? {} : { input: new TextEncoder().encode(`${step.answer}\n`), note: `# stdin: ${step.answer}` };
        return same([step.what, 'prune', ...(step.answer === undefined ? ['-f'] : []), ...(step.all ? ['-a'] : []), ...filters], { sortOutput: true, ...answer });
      }
      case 'df':
        return same(['system', 'df', '-v', '--format', dfTemplate(prefix)], { sortOutput: true });
      case 'cp':
        return cpPlan(step);
      case 'events': {
        // The window ends at the client's now, truncated to the second: once both clocks are a second
        // past everything that happened (the model's may run ahead after a simulated wait), the same
        // events are inside it on both sides.
        const modelClock = model.withState((s) => s.state.clock);
        await new Promise((r) => setTimeout(r, Math.max(0, Math.max(modelClock, Date.now()) + 1000 - Date.now())));
        const filter = step.by === 'container' ? `container=${prefix}` : `label=${label}`;
        const format = step.format ? ['--format', '{{.Type}} {{.Action}} {{.Actor.Attributes.name}} {{.Actor.Attributes.exitCode}}'] : [];
        // build steps' containers have random names (namesgenerator's adjective_surname)
        return same(['events', '--since', String(since), '--until', '0s', '--filter', filter, ...format], {
          normalise: (t) => oncePerPause(t.replace(/\b[a-z]+_[a-z]+[0-9]*\b/g, '<random name>')),
          ...(imagePruned ? { masked: prunedInAnyOrder } : {}),
        });
      }
      case 'build': {
        lastBuild = { from: imageFrom(step.image), instructions: step.instructions, rm: step.rm };
        return buildPlan(lastBuild.from, step.instructions, step.variant, step.noCache, step.rm);
      }
      case 'rebuild':
        return lastBuild && buildPlan(lastBuild.from, lastBuild.instructions, step.variant, step.noCache, lastBuild.rm);
      case 'import': {
        const tag = `${prefix}imp:${counter++}`;
        return same(['import', '-', tag], { input: await packTar(step.entries), note: `# stdin: a tar of ${JSON.stringify(step.entries)}`, after: (ok) => ok && images.push(tag) });
      }
    }
  }

  /** Run one planned command on both sides; a divergence in what they printed, or what each printed. */
  async function exchange(p: Planned, index: number, background?: { engine: () => Promise<Result>; model: () => Promise<Result> }): Promise<{ e: Result; m: Result } | Divergence> {
    commands++;
    const command = commandLine(p.engine);
    // a command set going in the background is in the script already, before the one it waits on
    if (p.note && !background) script.push(p.note);
    if (!background) script.push(command);
    const e = background ? await background.engine() : await engine.cli(p.engine, p.input, p.tar);
    const m = background ? await background.model() : await model.cli(p.model, p.input);
    const norm = (r: Result, dir: string | undefined): Result => {
      const host = (t: string): string => (dir === undefined ? t : t.split(dir).join('<host>'));
      const stdout = host(p.tar ? tarListing(r.stdout) : r.stdout);
      return { ...r, stdout: p.normalise ? p.normalise(stdout) : stdout, stderr: host(r.stderr) };
    };
    const unordered = (o: Observed): Observed => (p.masked ? { ...o, stdout: p.masked(o.stdout) } : o);
    const eo: Observed = unordered(observe(em, norm(e, p.hostDirs?.[0]), p.sortOutput));
    const mo: Observed = unordered(observe(mm, norm(m, p.hostDirs?.[1]), p.sortOutput));
    if (JSON.stringify(eo) !== JSON.stringify(mo)) return { step: index, command, what: 'output', engine: eo, model: mo, diff: difference(eo, mo) };
    return { e, m };
  }

  /**
   * The tags of exports imported back, and each side's DiffIDs of their layers: the files of an
   * export carry the container's times (its creation's, its processes' writes), so two exports that
   * differ only by those times are one layer on a side whose clock put them in the same second, and
   * two on the other (seen: two created containers a few hundred milliseconds apart). Their file
   * trees are compared instead (`export`).
   */
  const exported = new Set<string>();
  const timed = { engine: new Set<string>(), model: new Set<string>() };

  /** commands a step queued to run right after it (the import of an export, the load of a save) */
  const queue: { index: number; planned: Planned }[] = [];
  for (let i = 0; i < steps.length || queue.length > 0; ) {
    let p: Planned | undefined;
    let index = i;
    // counted in the form the step was planned in (`ps`, not `container ls`)
    let key: string;
    if (queue.length > 0) {
      ({ planned: p, index } = queue.shift()!);
      key = tallyKey(p.engine);
    }
    else {
      const step = steps[i]!;
      p = await plan(step);
      i++;
      if (!p) {
        skipped++;
        continue;
      }
      key = tallyKey(p.engine);
      p = { ...p, engine: spell(p.engine, step.form), model: spell(p.model, step.form) };
    }
    const command = commandLine(p.engine);
    // a wait set going first: the engine's once the daemon has it, the model's on the clock of that moment (Driver.waiting)
    if (p.around) script.push(`${commandLine(p.around.engine)} &`);
    const around = p.around && { planned: p.around, engine: await engine.waiting(p.around.engine), model: await model.waiting(p.around.model) };
    const r = await exchange(p, index);
    if (!('e' in r)) return finish(r);
    const { e, m } = r;
    addTally(tally, new Map([[key, { ran: 1, ok: e.exitCode === 0 ? 1 : 0 }]]));
    if (around) {
      const w = await exchange(around.planned, index, around);
      if (!('e' in w)) return finish(w);
    }
    p.after?.(m.exitCode === 0, e, m);
    const settling = containers.map((c) => ({ name: c.name, autoRemove: c.autoRemove, exitsAtOnce: c.kind === 'instant', restarts: c.restarts }));
    await engine.settle(settling);
    await model.settle(settling);
    if (p.exportFiles && e.exitCode === 0) {
      const [et, mt] = await Promise.all(p.exportFiles.map(async (f) => tree(readFileSync(f))));
      if (JSON.stringify(et) !== JSON.stringify(mt)) return finish({ step: index, command, what: 'export', engine: et, model: mt, diff: difference(et, mt) });
    }
    if (p.hostDirs && p.hostTrees) {
      const [et, mt] = p.hostDirs.map(treeListing);
      if (JSON.stringify(et) !== JSON.stringify(mt)) return finish({ step: index, command, what: 'host', engine: et, model: mt, diff: difference(et, mt) });
    }
    if (e.exitCode === 0 && m.exitCode === 0) queue.unshift(...(p.then ?? []).map((planned) => ({ index, planned })));
    const raw = await engine.snapshot(prefix, [...images, ...seen.engine]);
    for (const img of raw.images) cleanup.add(String(img['Id']));
    const mraw = await model.snapshot(prefix, [...images, ...seen.model]);
    const ew = normaliseWorld(em, raw, timedLayers(raw, exported, timed.engine));
    const mw = normaliseWorld(mm, mraw, timedLayers(mraw, exported, timed.model));
    if (JSON.stringify(ew) !== JSON.stringify(mw)) return finish({ step: index, command, what: 'world', engine: ew, model: mw, diff: difference(ew, mw) });
  }
  return finish();
}

/** Add to `timed` the layers of the images `exported` names in `w`; `timed` itself, for normaliseWorld. */
function timedLayers(w: RawWorld, exported: ReadonlySet<string>, timed: Set<string>): Set<string> {
  for (const i of w.images) {
    const tags = Array.isArray(i['RepoTags']) ? (i['RepoTags'] as unknown[]) : [];
    const layers = (i['RootFS'] as { Layers?: unknown[] } | undefined)?.Layers ?? [];
    if (tags.some((t) => exported.has(String(t)))) for (const l of layers) timed.add(String(l));
  }
  return timed;
}

/**
 * `system df -v` of one sequence: its images (tagged with its prefix; untagged ones cannot be told
 * apart from another test's) and containers, a row a line, each row only when its name begins with
 * the prefix (`truncate`: a shorter name is kept whole, and differs).
 */
export function dfTemplate(prefix: string): string {
  const rows = (list: string, key: string, row: string): string => `{{range .${list}}}{{if eq (truncate .${key} ${prefix.length}) "${prefix}"}}${row}{{println}}{{end}}{{end}}`;
  return (
    rows('Images', 'Repository', '{{.Repository}}:{{.Tag}} {{.ID}} {{.CreatedSince}} {{.Size}} {{.SharedSize}} {{.UniqueSize}} {{.Containers}}') +
    rows('Containers', 'Names', '{{.Names}} {{.ID}} {{.Image}} {{.Command}} {{.LocalVolumes}} {{.Size}} {{.RunningFor}} {{.Status}}')
  );
}
