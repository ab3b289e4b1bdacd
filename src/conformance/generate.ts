/**
 * Generated scenarios: fast-check arbitraries of abstract steps. A step names its target by an index
 * taken modulo the containers or images that exist when it runs (or, sometimes, an unknown name), so
 * every generated sequence is meaningful however earlier steps went, and shrinks well.
 * Every verb of the core issue is here, the failing ones included. Timing-dependent interactions
 * are left out on purpose (see `Kind`): both engines run in real time, and a scenario whose outcome
 * depends on a race would report noise, not divergences.
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

/** The harness's own exec program: it swaps the file the last of HARNESS_PROGRAMS made for a directory. */
export const HARNESS_EXEC_PROGRAMS: readonly (readonly string[])[] = [['sh', '-c', 'rm /up && mkdir /up']];
export const EXEC_PROGRAMS: readonly (readonly string[])[] = [...KIT_EXEC_PROGRAMS, ...HARNESS_EXEC_PROGRAMS];

/**
 * `LABEL` stands for the sequence's own label, which scopes prunes and `events --filter label=` to
 * the sequence's objects. The kit scopes a scenario by a label every container carries; the harness
 * labels some of its objects only, with this flag and this change of its own.
 */
export const LABEL = '<label>';
/** The kit's create/run flags (environment, working directory, a label, entrypoint reset), then the sequence's label. */
export const CREATE_FLAGS: readonly (readonly string[])[] = [...KIT_CREATE_FLAGS, ['-l', LABEL]];

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
 * An entry of a generated tar for `import`, the harness's own (the kit has no import): the archive is
 * written with tar-stream, not by the model.
 */
export type TarSpec =
  | { readonly type: 'file'; readonly name: string; readonly mode: number; readonly content: string }
  | { readonly type: 'directory'; readonly name: string; readonly mode: number }
  | { readonly type: 'symlink'; readonly name: string; readonly target: string };

/** The steps whose shape is the kit's: the harness draws them with the kit's arbitraries. */
type KitStep = StepOf<'kill' | 'pause' | 'unpause' | 'wait' | 'logs' | 'diff' | 'inspect' | 'rm' | 'exec' | 'rename' | 'commit' | 'tag' | 'rmi' | 'history' | 'ps' | 'images'>;

/**
 * The kit's steps, and the harness's own: create and run with detach and restart policies (the
 * harness waits for both sides to settle after each step, which a kit scenario's lines do not),
 * start without -a, stop with a longer timeout, restart, export, prune, import, save and load,
 * events and builds (compared beyond printed lines: file trees, world snapshots, the event log).
 */
export type Step =
  | KitStep
  | { readonly verb: 'create' | 'run'; readonly program: number; readonly detach: boolean; readonly rm: boolean; readonly image: number; readonly flags: number; readonly restart: number }
  | { readonly verb: 'start'; readonly target: number; readonly attach: boolean }
  | { readonly verb: 'stop'; readonly target: number; readonly timeout: 0 | 2 }
  | { readonly verb: 'restart'; readonly target: number }
  | { readonly verb: 'export'; readonly target: number }
  | { readonly verb: 'prune'; readonly what: 'container' | 'image'; readonly all: boolean }
  | { readonly verb: 'import'; readonly entries: readonly TarSpec[] }
  /** save one image, then (maybe after `rmi -f` of it) load the archive back */
  | { readonly verb: 'save'; readonly image: number; readonly rmi: boolean }
  | { readonly verb: 'events'; readonly by: 'container' | 'label'; readonly format: boolean }
  | { readonly verb: 'build'; readonly image: number; readonly instructions: readonly number[]; readonly variant: number; readonly noCache: boolean; readonly rm: 'rm' | 'no-rm' | 'force-rm' }
  /** the last build again (another context variant, or --no-cache): the cache's hits and misses */
  | { readonly verb: 'rebuild'; readonly variant: number; readonly noCache: boolean };

/**
 * Dockerfile instructions for generated builds, after `FROM <an image of the sequence>` and the
 * sequence's LABEL: the harness's own (the kit has no build; the executable specification builds in
 * the model from structured instructions, spec/build-arbitraries.ts). RUN scripts write to stdout or
 * to stderr, never both: the engine forwards the two streams separately and interleaves them by
 * chance. No USER before a RUN: the model has no permissions. The context holds a.txt (two
 * variants), b.txt and dir/c.txt.
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
];

/** Target indexes, the kit's: small numbers pick existing objects; -1 names one that does not exist. */
const image = target;

/** Paths from a small alphabet, so entries meet: a file under a symlink, a directory given twice. */
const segment = fc.constantFrom('a', 'b', 'bin', 'etc', 'x.txt', '.wh.a', '.wh..wh..opq');
const path = fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/'));
const tarArb: fc.Arbitrary<TarSpec[]> = fc.array(
  fc.oneof(
    fc.record({ type: fc.constant('file' as const), name: path, mode: fc.constantFrom(0o644, 0o755, 0o600, 0o4755), content: fc.constantFrom('', 'x', 'hello\n') }),
    fc.record({ type: fc.constant('directory' as const), name: path, mode: fc.constantFrom(0o755, 0o700, 0o1777) }),
    fc.record({ type: fc.constant('symlink' as const), name: path, target: fc.constantFrom('a', '/bin', '../x.txt', 'nowhere') }),
  ),
  { minLength: 0, maxLength: 6 },
).map(notBelowSymlinks);

/**
 * Entries below a symlink the same tar made earlier are left out: the engine's untar follows the
 * link (and fails or writes through it); the model refuses such tars with a clear "strata does not
 * model entries below a symlink", a known gap, not a question these scenarios can ask.
 */
function notBelowSymlinks(entries: TarSpec[]): TarSpec[] {
  const links: string[] = [];
  return entries.filter((e) => {
    // nor whiteout names as directories (`.wh.a/x`): the model refuses those too
    if (e.name.split('/').slice(0, -1).some((c) => c.startsWith('.wh.'))) return false;
    if (links.some((l) => e.name.startsWith(`${l}/`))) return false;
    if (e.type === 'symlink') links.push(e.name);
    return true;
  });
}

export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      verb: fc.constantFrom('create' as const, 'run' as const),
      program: fc.nat(PROGRAMS.length - 1),
      detach: fc.boolean(),
      rm: fc.boolean(),
      image,
      flags: fc.nat(CREATE_FLAGS.length - 1),
      restart: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat(RESTARTS.length - 1) }),
    }),
  },
  { weight: 4, arbitrary: fc.record({ verb: fc.constant('start' as const), target, attach: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ verb: fc.constant('stop' as const), target, timeout: fc.constantFrom(0 as const, 2 as const) }) },
  { weight: 1, arbitrary: fc.record({ verb: fc.constant('restart' as const), target }) },
  { weight: 3, arbitrary: KIT.kill },
  { weight: 5, arbitrary: fc.oneof<fc.Arbitrary<Step>[]>(KIT.pause, KIT.unpause, KIT.wait, KIT.logs, KIT.diff, KIT.inspect, fc.record({ verb: fc.constant('export' as const), target })) },
  { weight: 3, arbitrary: KIT.rm },
  { weight: 3, arbitrary: execStep(EXEC_PROGRAMS) },
  { weight: 1, arbitrary: KIT.rename },
  { weight: 3, arbitrary: commitStep(CHANGES) },
  { weight: 1, arbitrary: KIT.tag },
  { weight: 3, arbitrary: KIT.rmi },
  { weight: 1, arbitrary: KIT.history },
  { weight: 1, arbitrary: KIT.ps },
  { weight: 1, arbitrary: KIT.images },
  { weight: 1, arbitrary: fc.record({ verb: fc.constant('prune' as const), what: fc.constantFrom('container' as const, 'image' as const), all: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ verb: fc.constant('import' as const), entries: tarArb }) },
  { weight: 1, arbitrary: fc.record({ verb: fc.constant('save' as const), image, rmi: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ verb: fc.constant('events' as const), by: fc.constantFrom('container' as const, 'label' as const), format: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      verb: fc.constant('build' as const),
      image,
      instructions: fc.array(fc.nat(INSTRUCTIONS.length - 1), { minLength: 0, maxLength: 5 }),
      variant: fc.nat(1),
      noCache: fc.boolean(),
      rm: fc.constantFrom('rm' as const, 'no-rm' as const, 'force-rm' as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ verb: fc.constant('rebuild' as const), variant: fc.nat(1), noCache: fc.boolean() }) },
);

export const sequenceArb = (maxCommands: number): fc.Arbitrary<Step[]> => fc.array(stepArb, { minLength: 1, maxLength: maxCommands, size: 'max' });
