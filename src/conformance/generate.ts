/**
 * Generated scenarios: fast-check arbitraries of abstract steps. A step names its target by an index
 * taken modulo the containers or images that exist when it runs (or, sometimes, an unknown name), so
 * every generated sequence is meaningful however earlier steps went, and shrinks well.
 * Every verb the model has is here (but `system df` without -v, see `Step`, and the clients that stay
 * attached to a program that never exits, which the model's side, run in process, cannot be:
 * test/conformance/attach.test.ts has those), the failing ones included, most of them also in their management forms (`container ls`, `image rm`…). Timing-dependent
 * interactions are left out on purpose (see `Kind`): both engines run in real time, and a scenario
 * whose outcome depends on a race would report noise, not divergences.
 */
import fc from 'fast-check';
import {
  CHANGES as KIT_CHANGES,
  commitStep,
  CREATE_FLAGS as KIT_CREATE_FLAGS,
  EXEC_PROGRAMS as KIT_EXEC_PROGRAMS,
  execStep,
  type ProgramKind,
  PROGRAMS as KIT_PROGRAMS,
  STEP_ARBITRARIES as KIT,
  type StepOf,
  target,
} from '../testing/index.js';

/**
 * The lists below are strata/testing's (src/testing/programs.ts), with the harness's own entries
 * after them. Those stay out of the kit: its lists are what every scenario of its users draws, and
 * the harness's extras serve checks only the harness makes (export trees with file modes, world
 * snapshots, the fixed regressions that name them).
 *
 * What PID 1 does, which decides what a step may do to it without racing the wall clock:
 * - instant: exits at once (foreground run and start -a are safe);
 * - sleep: blocks, ignoring TERM/USR1 (stop waits for the timeout, then 137);
 * - trap: a TERM trap in a 1-second sleep loop (stop -t 2 always sees the trap's exit 7).
 */
export type Kind = ProgramKind;

/**
 * The harness's own programs: a file whose mode only an export tree shows, a program that is a
 * directory (its start fails, which restart wraps), and a blocking one that leaves a file the
 * exec below swaps for a directory.
 */
export const HARNESS_PROGRAMS: readonly { readonly kind: Kind; readonly argv: readonly string[] }[] = [
  { kind: 'instant', argv: ['sh', '-c', 'echo a > /bin/new; chmod 600 /bin/new; rm -r /d 2>/dev/null; exit 0'] },
  { kind: 'instant', argv: ['/bin'] },
  { kind: 'sleep', argv: ['sh', '-c', 'echo up > /up; sleep 1000'] },
];
export const PROGRAMS: readonly { readonly kind: Kind; readonly argv: readonly string[] }[] = [...KIT_PROGRAMS, ...HARNESS_PROGRAMS];

/**
 * The harness's own exec programs: one swaps the file the last of HARNESS_PROGRAMS made for a
 * directory; one prints the hostname (`-h`, or the id the engine names it by).
 */
export const HARNESS_EXEC_PROGRAMS: readonly (readonly string[])[] = [['sh', '-c', 'rm /up && mkdir /up'], ['cat', '/etc/hostname']];
export const EXEC_PROGRAMS: readonly (readonly string[])[] = [...KIT_EXEC_PROGRAMS, ...HARNESS_EXEC_PROGRAMS];

/**
 * `LABEL` stands for the sequence's own label, which scopes prunes and `events --filter label=` to
 * the sequence's objects. The kit scopes a scenario by a label every container carries; the harness
 * labels some of its objects only, with this flag and this change of its own.
 */
export const LABEL = '<label>';
/**
 * The kit's create/run flags (environment, working directory, a label, entrypoint reset), then the
 * sequence's label, a hostname, a read-only root (every write of a program, an exec or `cp` in is
 * refused), and stop signals and timeouts. What `stop` and `restart` may do with the latter two
 * without racing the clock is decided when they are planned (run.ts `stopFlags`): a stop signal the
 * trap loop ignores (USR1, HUP) ends in the KILL after the timeout, whatever the timing.
 */
export const CREATE_FLAGS: readonly (readonly string[])[] = [
  ...KIT_CREATE_FLAGS,
  ['-l', LABEL],
  ['-h', 'box'],
  ['--hostname', 'a.b-c', '-l', LABEL],
  ['--read-only'],
  ['--read-only', '-w', '/work/dir', '-l', LABEL],
  ['--stop-signal', 'USR1', '--stop-timeout', '1'],
  ['--stop-signal', 'SIGKILL'],
  ['--stop-timeout', '1', '-l', LABEL],
  ['--stop-signal', 'HUP'],
  // docker-init as PID 1 (tini): the program is its child, and every signal here but KILL reaches it
  // (signals.ts `endsBy`: the sleep dies of TERM, USR1, HUP and INT, the loop of USR1 and HUP too)
  ['--init'],
  ['--init', '--stop-signal', 'USR1', '-l', LABEL],
  // users the base image has no /etc/passwd for (numeric ids run, a name fails the start) and no
  // host has a name for (an export's tar would carry it): the programs' writes to / are refused
  ['-u', '4001'],
  ['--user', '4001:4002', '-l', LABEL],
  ['-u', 'nosuch'],
  ['--init', '-u', '4001:4002'],
];

/** The kit's commit changes, then the sequence's label and an entrypoint (a `sh -c …` program then runs a bare sh). */
export const CHANGES: readonly (readonly string[])[] = [...KIT_CHANGES, [`LABEL ${LABEL}`], ['ENTRYPOINT ["sh", "-c"]']];

/**
 * Restart policies, the harness's own: the kit has none, since a restart races the next command,
 * and only the harness waits for both sides to settle between steps. `on-failure:2` is given to
 * every kind of program (a failing instant one restarts twice and ends exited); `always` and
 * `unless-stopped` only to programs that block, since an instant program under them restarts for
 * ever and its status at any moment is the wall clock's.
 */
export const RESTARTS: readonly (readonly string[])[] = [[], ['--restart', 'on-failure:2'], ['--restart', 'always'], ['--restart', 'unless-stopped']];
export const restartsForever = (restart: number): boolean => restart >= 2;

/**
 * `update --restart` policies: the same rule, and `on-failure` without a count restarts a failing
 * instant program for ever too. `no` ends a policy (an instant program's forever policies become it).
 */
export const UPDATE_RESTARTS: readonly string[] = ['no', 'on-failure:2', 'always', 'unless-stopped', 'on-failure'];
export const updatesForever = (restart: number): boolean => restart >= 2;

/**
 * An entry of a generated tar for `import`, the harness's own (the kit has no import): the archive is
 * written with tar-stream, not by the model.
 */
export type TarSpec =
  | { readonly type: 'file'; readonly name: string; readonly mode: number; readonly content: string }
  | { readonly type: 'directory'; readonly name: string; readonly mode: number }
  | { readonly type: 'symlink'; readonly name: string; readonly target: string };

/** The steps whose shape is the kit's: the harness draws them with the kit's arbitraries. */
type KitStep = StepOf<'pause' | 'unpause' | 'wait' | 'diff' | 'inspect' | 'rename' | 'commit' | 'tag' | 'rmi' | 'history'>;

/**
 * `exec -u`: the ids of CREATE_FLAGS, root again in a container of another user, and a name the
 * base image has no passwd for (the exec fails; the container goes on).
 */
export const EXEC_USERS: readonly string[] = ['4001', '4001:4002', '0:0', 'nosuch'];

/**
 * `docker top` options: ps's default columns and its SysV, BSD and user-defined formats (users,
 * states, pids), then the daemon's error for a format without PID and ps's for an option it refuses.
 */
export const TOP_OPTIONS: readonly (readonly string[])[] = [[], ['-ef'], ['aux'], ['-o', 'pid,ppid,user,args'], ['x'], ['-o', 'comm'], ['-k']];

/**
 * Signals `kill -s` sends, the kit's and more: HUP is ignored by every program here (PID 1 drops
 * what it has no handler for); INT ends a `sh -c` loop with 130 once its sleep returns (ash catches
 * it), and TERM the trap loop with 7: those two are followed by `wait` at once (run.ts).
 */
export const SIGNALS = ['KILL', 'TERM', 'USR1', 'HUP', 'INT', 'BOGUS'] as const;
/** How a signal is spelled: its name, SIG and its name, in lower case, its number. */
export type Spelling = 'name' | 'sig' | 'lower' | 'number';

/** `logs` options: --tail/-n counts, and windows far from now on both sides (an hour, a year far off). */
export const LOG_TAILS: readonly (readonly string[])[] = [[], ['--tail', '1'], ['-n', '0'], ['--tail', 'all'], ['-n', '5']];
export const LOG_WINDOWS: readonly (readonly string[])[] = [
  [],
  ['--since', '1h'],
  ['--until', '1h'],
  ['--since', '2100-01-01T00:00:00Z'],
  ['--until', '2100-01-01T00:00:00Z'],
  ['--since', '2000-01-01', '--until', '2100-01-01'],
];

/** `ps` limits: the last container, or the last n (counted among those the name filter lets through). */
export const PS_LIMITS: readonly (readonly string[])[] = [[], ['-l'], ['-n', '1'], ['-n', '2'], ['--last', '3']];

/**
 * Prune filters beside the sequence's label (always given: prunes touch nothing another test made):
 * `until` far enough from now that nothing made in the last hour is near the edge, either way.
 * `system prune` refuses a date for its build cache once it has pruned the rest.
 */
export const PRUNE_FILTERS: readonly (readonly string[])[] = [[], ['until=1h'], ['until=2100-01-01T00:00:00Z'], ['label!=nope']];

/**
 * `docker cp`: container paths, as sources and destinations. They meet what the programs make
 * (/f1, /d, /up, a /bin/cp the second program whited out, /work/dir), what earlier copies made (/new,
 * /dir, /link, /s0…), the image's own (/bin, a symlink /bin/sh, copied up when written), a relative
 * path and one that is missing.
 */
export const CP_PATHS: readonly string[] = [
  '/', '/bin', '/bin/', '/bin/cp', '/bin/sh', '/d', '/d/.', '/d/e/f', '/f1', '/new', '/new/', 'rel', '/up', '/link',
  '/dir', '/dir/sub', '/work/dir', '/etc', '/s0', '/s1/a', '/nosuch/x', '/e.txt', '/f.txt',
];
/**
 * Host sources for `cp` into a container, under a tree the harness makes for the sequence: a file
 * of another owner (kept with -a), a directory in the three spellings the client reads differently,
 * symlinks to each (followed with -L), a missing one. `-` (an index past these) is a tar on stdin.
 */
export const CP_SOURCES: readonly string[] = ['f.txt', 'dir', 'dir/', 'dir/.', 'link', 'dlink', 'nope', 'f.txt/'];
/**
 * Host destinations of `cp` out of a container: stdout (`-`, a tar) or, in a directory of its own per
 * side holding one file `f`, the directory itself, a new name, a new name with `/`, the file, the file with `/`.
 */
export const CP_DESTS: readonly string[] = ['-', '', 'new', 'new/', 'f', 'f/'];

/**
 * The kit's steps, and the harness's own: create and run with detach and restart policies (the
 * harness waits for both sides to settle after each step, which a kit scenario's lines do not),
 * start without -a, stop and restart with a longer timeout or none, kill in every spelling, logs,
 * ps and images with their options, rm -v, update, export, prunes, system df, cp, import, save and
 * load, events and builds (compared beyond printed lines: file trees, world snapshots, the event log).
 */
export type Step = Spelled &
  (
  | KitStep
  | { readonly verb: 'create' | 'run'; readonly program: number; readonly detach: boolean; readonly rm: boolean; readonly image: number; readonly flags: number; readonly restart: number }
  /** the kit's exec, with EXEC_USERS by index */
  | (StepOf<'exec'> & { readonly user?: number })
  | { readonly verb: 'start'; readonly target: number; readonly attach: boolean }
  /** TOP_OPTIONS by index */
  | { readonly verb: 'top'; readonly target: number; readonly options: number }
  /** -1: no -t, the container's --stop-timeout (or 10 s) */
  | { readonly verb: 'stop'; readonly target: number; readonly timeout: 0 | 2 | -1 }
  | { readonly verb: 'restart'; readonly target: number; readonly timeout?: 0 | 2 | -1 }
  | { readonly verb: 'kill'; readonly target: number; readonly signal: (typeof SIGNALS)[number]; readonly spelling?: Spelling }
  | { readonly verb: 'rm'; readonly target: number; readonly force: boolean; readonly volumes?: boolean }
  /** LOG_TAILS and LOG_WINDOWS by index */
  | { readonly verb: 'logs'; readonly target: number; readonly tail?: number; readonly timestamps?: boolean; readonly window?: number }
  /** PS_LIMITS by index */
  | { readonly verb: 'ps'; readonly all: boolean; readonly size?: boolean; readonly limit?: number }
  | { readonly verb: 'images'; readonly digests?: boolean }
  | { readonly verb: 'export'; readonly target: number }
  /** PRUNE_FILTERS by index; `answer`: no -f, the prompt answered on stdin */
  | { readonly verb: 'prune'; readonly what: 'container' | 'image' | 'system'; readonly all: boolean; readonly filter?: number; readonly answer?: 'y' | 'n' }
  /** `update --restart`, UPDATE_RESTARTS by index */
  | { readonly verb: 'update'; readonly target: number; readonly restart: number }
  /**
   * `system df -v` of the sequence's own objects: a template that prints only the rows whose names
   * begin with the sequence's prefix. `system df` without -v sums the whole engine, whatever other
   * tests have on it, and is left to test/conformance/system.test.ts (an engine of its own).
   */
  | { readonly verb: 'df' }
  /**
   * `docker cp`: `into` a container from CP_SOURCES (or, past them, a tar of `entries` on stdin) to
   * CP_PATHS[dest]; or out of one from CP_PATHS[source] to CP_DESTS[dest]. -a and -L either way.
   */
  | { readonly verb: 'cp'; readonly target: number; readonly into: boolean; readonly source: number; readonly dest: number; readonly archive: boolean; readonly follow: boolean; readonly entries: readonly TarSpec[] }
  | { readonly verb: 'import'; readonly entries: readonly TarSpec[] }
  /** save one image, then (maybe after `rmi -f` of it) load the archive back */
  | { readonly verb: 'save'; readonly image: number; readonly rmi: boolean }
  | { readonly verb: 'events'; readonly by: 'container' | 'label'; readonly format: boolean }
  | { readonly verb: 'build'; readonly image: number; readonly instructions: readonly number[]; readonly variant: number; readonly noCache: boolean; readonly rm: 'rm' | 'no-rm' | 'force-rm' }
  /** the last build again (another context variant, or --no-cache): the cache's hits and misses */
  | { readonly verb: 'rebuild'; readonly variant: number; readonly noCache: boolean }
  );

/**
 * How a step's verb is spelled: absent, as the top-level verb (`ps`); n, the n-th of its management
 * forms and their aliases, modulo their number (`container ls`, `container ps`, `container list`).
 */
export interface Spelled {
  readonly form?: number;
}

/**
 * Dockerfile instructions for generated builds, after `FROM <an image of the sequence>` and the
 * sequence's LABEL: the harness's own (the kit has no build; the executable specification builds in
 * the model from structured instructions, spec/build-arbitraries.ts). RUN scripts write to stdout or
 * to stderr, never both: the engine forwards the two streams separately and interleaves them by
 * chance. A USER (an id CREATE_FLAGS gives too) makes the RUNs after it fail on their writes to /,
 * and the image's containers run as that user. The context holds a.txt (two variants), b.txt and
 * dir/c.txt.
 */
export const INSTRUCTIONS: readonly string[] = [
  'RUN echo hi > /f1',
  'RUN mkdir -p /d/e && echo x > /d/e/f',
  'RUN rm /bin/cp',
  'RUN true',
  'RUN echo out',
  'RUN echo err >&2',
  'RUN exit 3',
  'ENV A=1 B=x',
  'WORKDIR /w',
  'WORKDIR /bin',
  'CMD ["sh"]',
  'CMD echo shell form',
  'ENTRYPOINT ["sh", "-c"]',
  'EXPOSE 80',
  'COPY a.txt /a.txt',
  'COPY dir /dir',
  'COPY a.txt b.txt /multi/',
  'COPY nope /x',
  'ADD b.txt /added/',
  'ARG X=1',
  'RUN echo $X > /x',
  'LABEL z=1',
  'USER 4001',
];

/** Target indexes, the kit's: small numbers pick existing objects; -1 names one that does not exist. */
const image = target;

/** Paths from a small alphabet, so entries meet: a file under a symlink, a directory given twice. */
const SEGMENTS = ['a', 'b', 'bin', 'etc', 'x.txt', '.wh.a', '.wh..wh..opq'];
const tarOf = (segments: readonly string[]): fc.Arbitrary<TarSpec[]> => {
  const path = fc.array(fc.constantFrom(...segments), { minLength: 1, maxLength: 3 }).map((s) => s.join('/'));
  return fc
    .array(
      fc.oneof(
        fc.record({ type: fc.constant('file' as const), name: path, mode: fc.constantFrom(0o644, 0o755, 0o600, 0o4755), content: fc.constantFrom('', 'x', 'hello\n') }),
        fc.record({ type: fc.constant('directory' as const), name: path, mode: fc.constantFrom(0o755, 0o700, 0o1777) }),
        fc.record({ type: fc.constant('symlink' as const), name: path, target: fc.constantFrom('a', '/bin', '../x.txt', 'nowhere') }),
      ),
      { minLength: 0, maxLength: 6 },
    )
    .map(notBelowSymlinks);
};
const tarArb = tarOf(SEGMENTS);
/**
 * A tar for `cp -` into a container: no whiteout names (`cp` of one is not modelled: the overlay2
 * driver reserves them). Its entries go under a directory of their own (run.ts), so what they meet
 * in the container is only the destination.
 */
const cpTarArb = tarOf(SEGMENTS.filter((s) => !s.startsWith('.wh.')));

/**
 * Entries below a symlink of the same tar are left out. Made earlier, the engine's untar follows the
 * link (and fails or writes through it); the model refuses such tars with a clear "strata does not
 * model entries below a symlink", a known gap, not a question these scenarios can ask. Made later,
 * a save of the layer has tar-split read the entry back through the link, which leads to the host's
 * own files when it is absolute: the model refuses that save.
 */
function notBelowSymlinks(entries: TarSpec[]): TarSpec[] {
  const links = entries.filter((e) => e.type === 'symlink').map((e) => e.name);
  return entries.filter((e) => {
    // nor whiteout names as directories (`.wh.a/x`): the model refuses those too
    if (e.name.split('/').slice(0, -1).some((c) => c.startsWith('.wh.'))) return false;
    return !links.some((l) => e.name.startsWith(`${l}/`));
  });
}

/** Now and then a step in a management form: `form` picks one of them (see Spelled). */
const spelled = <T extends Step>(arb: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.tuple(arb, fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.nat(5) })).map(([step, form]) => (form === undefined ? step : { ...step, form }));

const opt = <T>(arb: fc.Arbitrary<T>, weight = 1): fc.Arbitrary<T | undefined> => fc.oneof({ weight, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
/** A record's fields that may be undefined, made optional and left out when they are (exactOptionalPropertyTypes; steps that print as the regressions read). */
type Compact<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & { [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined> };
const compact = <T extends object>(o: T): Compact<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Compact<T>;

const killArb: fc.Arbitrary<Step> = fc
  .record({ verb: fc.constant('kill' as const), target, signal: fc.constantFrom(...SIGNALS), spelling: opt(fc.constantFrom<Spelling>('sig', 'lower', 'number')) })
  .map(compact);
const logsArb: fc.Arbitrary<Step> = fc
  .record({ verb: fc.constant('logs' as const), target, tail: opt(fc.nat(LOG_TAILS.length - 1)), timestamps: opt(fc.constant(true)), window: opt(fc.nat(LOG_WINDOWS.length - 1)) })
  .map(compact);
const psArb: fc.Arbitrary<Step> = fc.record({ verb: fc.constant('ps' as const), all: fc.boolean(), size: opt(fc.constant(true)), limit: opt(fc.nat(PS_LIMITS.length - 1)) }).map(compact);
const rmArb: fc.Arbitrary<Step> = fc.record({ verb: fc.constant('rm' as const), target, force: fc.boolean(), volumes: opt(fc.constant(true), 3) }).map(compact);
const imagesArb: fc.Arbitrary<Step> = fc.record({ verb: fc.constant('images' as const), digests: opt(fc.constant(true)) }).map(compact);
const pruneArb: fc.Arbitrary<Step> = fc
  .record({
    verb: fc.constant('prune' as const),
    what: fc.constantFrom('container' as const, 'image' as const, 'system' as const),
    all: fc.boolean(),
    filter: opt(fc.nat(PRUNE_FILTERS.length - 1)),
    answer: opt(fc.constantFrom('y' as const, 'n' as const), 3),
  })
  .map(compact);
const cpArb: fc.Arbitrary<Step> = fc.boolean().chain((into) =>
  fc.record({
    verb: fc.constant('cp' as const),
    target,
    into: fc.constant(into),
    // into: a host source or (one in three) `-`; out: a container path
    source: into ? fc.oneof({ weight: 2, arbitrary: fc.nat(CP_SOURCES.length - 1) }, { weight: 1, arbitrary: fc.constant(CP_SOURCES.length) }) : fc.nat(CP_PATHS.length - 1),
    dest: fc.nat((into ? CP_PATHS : CP_DESTS).length - 1),
    archive: fc.boolean(),
    follow: fc.boolean(),
    entries: cpTarArb,
  }),
);

/**
 * As in the kit, half the containers run a program that exits at once and half one that blocks:
 * the verbs that act on a live process (kill, top, exec, pause) need the second kind, and drawn by
 * index alone (seven programs of ten exit at once) they met one rarely.
 */
const byKind = (blocking: boolean): number[] => PROGRAMS.flatMap((p, i) => ((p.kind !== 'instant') === blocking ? [i] : []));
const program = fc.oneof(fc.constantFrom(...byKind(false)), fc.constantFrom(...byKind(true)));

/** A create or a run. */
const makeArb: fc.Arbitrary<Step> = spelled(
  fc.record({
    verb: fc.constantFrom('create' as const, 'run' as const),
    program,
    detach: fc.boolean(),
    rm: fc.boolean(),
    image,
    flags: fc.nat(CREATE_FLAGS.length - 1),
    restart: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat(RESTARTS.length - 1) }),
  }),
);

export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  // the steps that make containers come most often: most of the others act on one (one step in
  // five: at 8, one in nine, a sequence's first container came at its sixth step on average)
  { weight: 14, arbitrary: makeArb },
  { weight: 4, arbitrary: spelled(fc.record({ verb: fc.constant('start' as const), target, attach: fc.boolean() })) },
  { weight: 3, arbitrary: spelled(fc.record({ verb: fc.constant('stop' as const), target, timeout: fc.constantFrom(0 as const, 2 as const, -1 as const) })) },
  { weight: 1, arbitrary: spelled(fc.record({ verb: fc.constant('restart' as const), target, timeout: fc.constantFrom(0 as const, 2 as const, -1 as const) })) },
  { weight: 3, arbitrary: spelled(killArb) },
  {
    weight: 6,
    arbitrary: spelled(fc.oneof<fc.Arbitrary<Step>[]>(KIT.unpause, KIT.wait, logsArb, KIT.diff, KIT.inspect, fc.record({ verb: fc.constant('export' as const), target }))),
  },
  // a pause is most often followed by an unpause of the same pick (withUnpauses)
  { weight: 2, arbitrary: spelled(KIT.pause) },
  { weight: 3, arbitrary: spelled(rmArb) },
  {
    weight: 3,
    arbitrary: spelled(fc.tuple(execStep(EXEC_PROGRAMS), opt(fc.nat(EXEC_USERS.length - 1), 3)).map(([step, user]) => (user === undefined ? step : { ...step, user }))),
  },
  { weight: 2, arbitrary: spelled(fc.record({ verb: fc.constant('top' as const), target, options: fc.nat(TOP_OPTIONS.length - 1) })) },
  { weight: 1, arbitrary: spelled(KIT.rename) },
  { weight: 3, arbitrary: spelled(commitStep(CHANGES)) },
  { weight: 1, arbitrary: spelled(KIT.tag) },
  { weight: 3, arbitrary: spelled(KIT.rmi) },
  { weight: 1, arbitrary: spelled(KIT.history) },
  { weight: 2, arbitrary: spelled(psArb) },
  { weight: 1, arbitrary: spelled(imagesArb) },
  { weight: 2, arbitrary: spelled(pruneArb) },
  { weight: 1, arbitrary: spelled(fc.record({ verb: fc.constant('update' as const), target, restart: fc.nat(UPDATE_RESTARTS.length - 1) })) },
  { weight: 1, arbitrary: fc.constant({ verb: 'df' as const }) },
  { weight: 4, arbitrary: spelled(cpArb) },
  { weight: 1, arbitrary: spelled(fc.record({ verb: fc.constant('import' as const), entries: tarArb })) },
  { weight: 1, arbitrary: spelled(fc.record({ verb: fc.constant('save' as const), image, rmi: fc.boolean() })) },
  { weight: 1, arbitrary: spelled(fc.record({ verb: fc.constant('events' as const), by: fc.constantFrom('container' as const, 'label' as const), format: fc.boolean() })) },
  {
    weight: 2,
    arbitrary: spelled(fc.record({
      verb: fc.constant('build' as const),
      image,
      instructions: fc.array(fc.nat(INSTRUCTIONS.length - 1), { minLength: 0, maxLength: 5 }),
      variant: fc.nat(1),
      noCache: fc.boolean(),
      rm: fc.constantFrom('rm' as const, 'no-rm' as const, 'force-rm' as const),
    })),
  },
  { weight: 1, arbitrary: fc.record({ verb: fc.constant('rebuild' as const), variant: fc.nat(1), noCache: fc.boolean() }) },
);

/**
 * A sequence begins with a create or a run: most verbs act on a container, and an empty world asks
 * them little (a sequence's steps before its first container could only name one that is not there).
 */
export const sequenceArb = (maxCommands: number): fc.Arbitrary<Step[]> =>
  fc
    .tuple(makeArb, fc.array(fc.tuple(stepArb, fc.nat(3)), { minLength: 0, maxLength: maxCommands - 1, size: 'max' }))
    .map(([first, rest]) => withUnpauses([[first, 0], ...rest]).slice(0, maxCommands));

/**
 * Each pause drawn with a number n from 1 to 3 (three in four) is followed, after n more steps, by
 * an unpause of the same pick, which finds the container it paused among the paused ones. Drawn
 * alone, an unpause met a paused container almost never (in 300 sequences, not once), and the
 * steps in between now meet one too (stop, kill, exec, top, commit, cp, rm of a paused container).
 */
export function withUnpauses(steps: readonly (readonly [Step, number])[]): Step[] {
  const out: Step[] = [];
  let due: [number, Step][] = [];
  for (const [step, later] of steps) {
    out.push(step);
    due = due.map(([n, s]): [number, Step] => [n - 1, s]);
    for (const [n, s] of due) if (n === 0) out.push(s);
    due = due.filter(([n]) => n > 0);
    if (step.verb === 'pause' && later > 0) due.push([later, { verb: 'unpause', target: step.target }]);
  }
  return [...out, ...due.map(([, s]) => s)];
}
