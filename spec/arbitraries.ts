/**
 * State-dependent command generation for the executable specification.
 *
 * fast-check generates a command list up front and cannot look at the engine's state while it does
 * (fast-check's model-based testing guide, "state-dependent generation"), so every reference to an existing
 * container or image is drawn as an index that is taken modulo the live collection when the step runs
 * (the documented idiom), and sometimes as a reference that names nothing. Every step's `check` is
 * true, so `fc.commands` never skips a step (it skips commands whose check fails); `size` is set
 * explicitly so that sequences reach 20–50 steps (the default size averages ~5).
 *
 * A `Harness` owns one engine (`Strata.inMemory(testEnvironment(seed))`) with the busybox base image
 * imported as `base:1`, runs steps, and reports each one to the property's observer.
 */
import fc from 'fast-check';
import type { Command, CreateOptions, LayerInput } from '../src/commands.js';
import type { Decision } from '../src/decision.js';
import type { Envelope } from '../src/events.js';
import type { Change, Changeset, Digest, Node } from '../src/layer/changeset.js';
import { containerBase } from '../src/container/runtime.js';
import * as table from '../src/core/table.js';
import { sha256 } from '../src/layer/digest.js';
import { loadBusybox } from '../src/host/busybox.js';
import { DEFAULT_APPLETS, makeBaseRootfs } from '../src/layer/rootfs.js';
import { readLayerTar } from '../src/layer/tar-read.js';
import { writeFlatTar, writeLayerTar } from '../src/layer/tar-write.js';
import { walk } from '../src/layer/union.js';
import { MemoryStore } from '../src/log/store.js';
import { Strata } from '../src/strata.js';
import { type Container, type Image, type State, type Status, statusOf } from '../src/state.js';
import { type TestEnvironment, testEnvironment } from '../src/testing/environment.js';
import { CHANGES, EXEC_PROGRAMS, NOT_FOUND, SLEEP, TRAP_LOOP } from '../src/testing/programs.js';
import { render } from '../src/core/errors.js';

// ---------------------------------------------------------------------------------------------
// Steps: what the generator draws (plain data, printed in counterexamples)

/**
 * A reference to an existing entity: `i` modulo the live collection, spelled as `form` says; `ghost`
 * names nothing. The spec's own (the kit's steps name objects by name and tag only): an id is the
 * model's, which a real engine's ids never match, so only an in-model property can type one.
 */
export interface Pick {
  readonly i: number;
  /** 0 full id, 1 name/tag, 2 short id prefix */
  readonly form: number;
  /** a reference that names nothing (or garbage), instead of an existing entity */
  readonly ghost: string | null;
}

/**
 * The programs a step's container runs, by index: where the spec runs the same program as
 * strata/testing (src/testing/programs.ts, whose programs also run on a real engine), the kit's own
 * argv; the rest are the spec's. Some of those depend on timing (a write between two sleeps, a
 * 5-second sleep, seen at whatever clock the steps advance to), which the kit leaves out: only the
 * model, on its simulated clock, runs them to an outcome known in advance. The others are the
 * file-system cases the spec's union and diff properties ask for (busybox and /bin themselves
 * changed, directories made and removed), on the paths the spec's exec programs below act on.
 */
export const SCRIPTS: readonly (readonly string[])[] = [
  ['sh', '-c', 'echo x > /f'],
  ['sh', '-c', 'rm /bin/cp'],
  ['sh', '-c', 'mkdir -p /a/b'],
  TRAP_LOOP,
  SLEEP,
  ['sh', '-c', 'exit 3'],
  ['sh', '-c', 'exit 0'],
  ['sh', '-c', 'echo y >> /g; sleep 2; echo z >> /g'],
  ['sh', '-c', 'touch /bin/busybox'],
  ['sh', '-c', 'chmod 755 /bin/busybox /bin'],
  ['sh', '-c', 'rm /bin/ls; echo a > /bin/ls'],
  ['sh', '-c', 'mkdir -p /a/b; echo z > /a/b/c; rm -r /a'],
  ['sh', '-c', 'rm -r /bin; mkdir /bin; echo q > /bin/q; sleep 1000'],
  ['sh', '-c', 'mkdir -p /a/b/c; echo n > /a/b/c/n; sleep 5'],
  NOT_FOUND,
];

/** The index of a program in SCRIPTS (for the fixed scenarios: by what it runs, not where it stands). */
export function scriptIndex(argv: readonly string[]): number {
  const i = SCRIPTS.findIndex((s) => s.length === argv.length && s.every((w, j) => w === argv[j]));
  if (i < 0) throw new Error(`no such script: ${JSON.stringify(argv)}`);
  return i;
}

/**
 * What exec runs, by index: the kit's argv where it is the same program (a file written, a command
 * the image lacks), else the spec's own: they act on what the spec's programs above wrote or on
 * busybox itself, and one runs nothing at all (an empty argv, which only a command can carry: the
 * docker CLI refuses it).
 */
export const EXEC_ARGVS: readonly (readonly string[])[] = [
  EXEC_PROGRAMS[0]!,
  ['sh', '-c', 'rm /f'],
  ['sh', '-c', 'rm -r /a'],
  ['sh', '-c', 'mkdir -p /a/b; echo k > /a/b/k'],
  ['sh', '-c', 'rm /bin/cp /bin/mv'],
  ['sh', '-c', 'echo w >> /g'],
  ['chmod', '755', '/bin/busybox'],
  ['echo', 'hi'],
  NOT_FOUND,
  [],
];

/** Files for generated import tars (paths relative to the root; some parents deliberately missing). */
const TAR_POOL: readonly (readonly [string, Change | string])[] = [
  ['data', { type: 'dir', mode: 0o755, mtime: 7 }],
  ['data/a', 'alpha\n'],
  ['data/sub', { type: 'dir', mode: 0o700, mtime: 9 }],
  ['data/sub/b', 'beta\n'],
  ['etc', { type: 'dir', mode: 0o755, mtime: 3 }],
  ['etc/conf', 'k=v\n'],
  ['link', { type: 'symlink', mode: 0o777, mtime: 4, target: 'data/a' }],
  ['gone', { type: 'whiteout' }],
  ['top', ''],
];
/** An entry whose parent directory is not in the tar: the engine creates the parent (MkdirAll) on import. */
const ORPHAN: readonly [string, string] = ['orphan/child', 'o\n'];

export type Step =
  | { readonly kind: 'create' | 'run'; readonly detach: boolean; readonly image: Pick; readonly name: number | null; readonly script: number;
      readonly restart: 'no' | 'always' | 'on-failure'; readonly max: number; readonly autoRemove: boolean }
  | { readonly kind: 'start'; readonly c: Pick; readonly attach: boolean }
  | { readonly kind: 'stop' | 'restart'; readonly c: Pick; readonly timeout: number }
  | { readonly kind: 'kill'; readonly c: Pick; readonly signal: string }
  | { readonly kind: 'pause' | 'unpause' | 'wait'; readonly c: Pick }
  | { readonly kind: 'rm'; readonly c: Pick; readonly force: boolean }
  | { readonly kind: 'exec'; readonly c: Pick; readonly argv: number }
  | { readonly kind: 'rename'; readonly c: Pick; readonly name: string }
  | { readonly kind: 'update'; readonly c: Pick; readonly restart: string; readonly max: number }
  | { readonly kind: 'commit'; readonly c: Pick; readonly tag: string | null; readonly changes: readonly string[]; readonly pause: boolean }
  | { readonly kind: 'import_tar'; readonly files: readonly number[]; readonly orphan: boolean; readonly tag: string | null }
  | { readonly kind: 'import_export'; readonly c: Pick; readonly tag: string | null }
  | { readonly kind: 'tag'; readonly image: Pick; readonly target: string }
  | { readonly kind: 'rmi'; readonly image: Pick; readonly force: boolean; readonly prune: boolean }
  | { readonly kind: 'image_prune'; readonly all: boolean }
  | { readonly kind: 'container_prune' }
  | { readonly kind: 'advance'; readonly ms: number };

const ghostContainer = fc.constantFrom('ghost', '', 'nosuch_1', 'zzzz', '/');
const ghostImage = fc.constantFrom('nosuch:1', '', 'sha256:0000', 'UPPER', 'base:2');

export const containerPick: fc.Arbitrary<Pick> = fc.record({
  i: fc.nat(31),
  form: fc.nat(2),
  ghost: fc.oneof({ arbitrary: fc.constant(null), weight: 7 }, { arbitrary: ghostContainer, weight: 1 }),
});
export const imagePick: fc.Arbitrary<Pick> = fc.record({
  i: fc.nat(31),
  form: fc.nat(2),
  ghost: fc.oneof({ arbitrary: fc.constant(null), weight: 7 }, { arbitrary: ghostImage, weight: 1 }),
});
const repoTag = fc.option(fc.constantFrom('img:1', 'img:2', 'other', 'img:latest', 'Bad:Tag'), { freq: 2 });

const createStep = (kind: 'create' | 'run'): fc.Arbitrary<Step> =>
  fc.record({
    kind: fc.constant(kind),
    detach: kind === 'run' ? fc.boolean() : fc.constant(false),
    image: imagePick,
    name: fc.option(fc.nat(4), { freq: 2 }),
    script: fc.nat(SCRIPTS.length - 1),
    restart: fc.constantFrom('no', 'no', 'no', 'always', 'on-failure'),
    max: fc.constantFrom(0, 0, 2),
    autoRemove: fc.boolean(),
  }).map((s) => ({ ...s, autoRemove: s.autoRemove && s.script % 3 === 0 })); // --rm for every third script, by position

/** An import of a tar with an entry whose parent directory has no entry of its own (see fs.spec.ts). */
export const orphanImport: fc.Arbitrary<Step> = fc.record({
  kind: fc.constant('import_tar' as const),
  files: fc.uniqueArray(fc.nat(TAR_POOL.length - 1), { maxLength: 3 }),
  orphan: fc.constant(true),
  tag: fc.constant('orphan:1'),
});

/**
 * `update --restart`: every policy, the empty one (which changes nothing), refused names and counts,
 * on any container (--rm ones too). Drawn only by the scenarios that ask for it (`arbitraries`), so
 * that the default ones, and the branches of the properties over them, stay as they were.
 */
export const updateStep: fc.Arbitrary<Step> = fc.record({
  kind: fc.constant('update' as const),
  c: containerPick,
  restart: fc.constantFrom('no', 'always', 'unless-stopped', 'on-failure', '', 'bogus'),
  max: fc.constantFrom(0, 0, 2, -1),
});

/** One arbitrary per verb (plus clock advances), weighted towards the verbs that build state. */
export const stepArbitraries: readonly fc.Arbitrary<Step>[] = [
  createStep('create'),
  createStep('run'),
  createStep('run'),
  createStep('run'),
  fc.record({ kind: fc.constant('pause' as const), c: containerPick }),
  fc.record({ kind: fc.constant('start' as const), c: containerPick, attach: fc.boolean() }),
  fc.record({ kind: fc.constantFrom('stop' as const, 'restart' as const), c: containerPick, timeout: fc.nat(2) }),
  fc.record({ kind: fc.constant('kill' as const), c: containerPick, signal: fc.constantFrom('TERM', 'KILL', 'USR1', 'SIGKILL') }),
  fc.record({ kind: fc.constantFrom('pause' as const, 'unpause' as const, 'wait' as const), c: containerPick }),
  fc.record({ kind: fc.constant('rm' as const), c: containerPick, force: fc.boolean() }),
  fc.record({ kind: fc.constant('exec' as const), c: containerPick, argv: fc.nat(EXEC_ARGVS.length - 1) }),
  fc.record({ kind: fc.constant('rename' as const), c: containerPick, name: fc.constantFrom('c0', 'c1', 'r2', '-bad', 'c3') }),
  fc.record({
    kind: fc.constant('commit' as const),
    c: containerPick,
    tag: repoTag,
    // the kit's changes (one of them refused), and none at all more often
    changes: fc.constantFrom<readonly string[]>([], ...CHANGES),
    pause: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('commit' as const), c: containerPick, tag: repoTag, changes: fc.constant([]), pause: fc.constant(true) }),
  fc.record({
    kind: fc.constant('import_tar' as const),
    files: fc.uniqueArray(fc.nat(TAR_POOL.length - 1), { maxLength: 5 }),
    orphan: fc.constant(false),
    tag: repoTag,
  }),
  fc.record({ kind: fc.constant('import_export' as const), c: containerPick, tag: repoTag }),
  fc.record({ kind: fc.constant('tag' as const), image: imagePick, target: fc.constantFrom('img:1', 'img:2', 'x/y:z', 'base:1', 'Bad:X') }),
  fc.record({ kind: fc.constant('rmi' as const), image: imagePick, force: fc.boolean(), prune: fc.boolean() }),
  fc.record({ kind: fc.constant('image_prune' as const), all: fc.boolean() }),
  fc.constant({ kind: 'container_prune' as const }),
  fc.record({ kind: fc.constant('advance' as const), ms: fc.constantFrom(100, 500, 1000, 2500, 6000) }),
  fc.record({ kind: fc.constant('advance' as const), ms: fc.constantFrom(100, 1000, 3000) }),
];


// ---------------------------------------------------------------------------------------------
// Resolving picks against the live state

const byAge = <T extends { created: number; id: string }>(xs: Iterable<T>): T[] =>
  [...xs].sort((a, b) => a.created - b.created || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export const containersOf = (s: State): Container[] => byAge(table.values(s.containers));
export const imagesOf = (s: State): Image[] => byAge(table.values(s.images));

export function tagsOf(s: State, id: Digest): string[] {
  return [...table.entries(s.tags)].filter(([, v]) => v === id).map(([k]) => k).sort();
}

/** The container a pick names (undefined for a ghost or an empty collection), and the text to type. */
export function resolveContainer(s: State, p: Pick): { ref: string; target: Container | undefined } {
  const cs = containersOf(s);
  const c = cs[p.i % Math.max(cs.length, 1)];
  if (p.ghost !== null || !c) return { ref: p.ghost ?? 'ghost', target: undefined };
  return { ref: p.form === 0 ? c.id : p.form === 1 ? c.name : c.id.slice(0, 12), target: c };
}

export function resolveImage(s: State, p: Pick): { ref: string; target: Image | undefined } {
  const is = imagesOf(s);
  const img = is[p.i % Math.max(is.length, 1)];
  if (p.ghost !== null || !img) return { ref: p.ghost ?? 'nosuch:1', target: undefined };
  const tag = tagsOf(s, img.id)[0];
  return { ref: p.form === 1 && tag ? tag : p.form === 2 ? img.id.slice(7, 19) : img.id, target: img };
}

// ---------------------------------------------------------------------------------------------
// Export, and tars for import

/** The stack a container's processes see: its RW layer over the init layer and the image's layers. */
export const containerStack = (s: State, c: Container): Changeset[] => [c.rw, ...containerBase(s, c)];

/** `docker export` as the CLI produces it (cli/queries.ts exportBytes). */
export function exportTar(strata: Strata, c: Container): Uint8Array {
  return writeFlatTar(walk(containerStack(strata.state, c)), (d) => strata.blob(d));
}

function generatedTar(files: readonly number[], orphan: boolean): Uint8Array {
  const changes = new Map<string, Change>();
  const blobs = new Map<Digest, Uint8Array>();
  const entries = files.map((i) => TAR_POOL[i]!);
  // a tar writer (Go's filepath.Walk, docker export) always emits an entry's parents; add them
  for (const [path] of [...entries]) {
    for (let p = path; p.includes('/'); ) {
      p = p.slice(0, p.lastIndexOf('/'));
      if (!entries.some(([q]) => q === p)) entries.push(TAR_POOL.find(([q]) => q === p)!);
    }
  }
  if (orphan) entries.push(ORPHAN);
  for (const [path, what] of entries) {
    if (typeof what === 'string') {
      const bytes = new TextEncoder().encode(what);
      const digest = sha256(bytes);
      blobs.set(digest, bytes);
      changes.set(path, { type: 'file', mode: 0o644, mtime: 11, size: bytes.length, digest });
    } else changes.set(path, what);
  }
  return writeLayerTar(changes, (d) => blobs.get(d) ?? new Uint8Array(0));
}

let baseLayer: Promise<LayerInput> | undefined;
/** The busybox base rootfs, read once per worker. */
export function baseRootfs(): Promise<LayerInput> {
  baseLayer ??= readLayerTar(makeBaseRootfs(loadBusybox(), DEFAULT_APPLETS)).then((l) => {
    if ('code' in l) throw new Error(`base rootfs: ${render(l.error)}`);
    return l;
  });
  return baseLayer;
}

// ---------------------------------------------------------------------------------------------
// The harness

export interface Observation {
  readonly step: Step;
  readonly label: string;
  /** the command executed (null for a step that could not form one, e.g. an unreadable tar) */
  readonly command: Command | null;
  readonly decision: Decision | null;
  /** the state decide saw (the clock was caught up with a tick first) and the state after */
  readonly before: State;
  readonly after: State;
  /** the container or image the step's pick resolved to, in `before` */
  readonly container?: Container | undefined;
  readonly image?: Image | undefined;
  /** for import_export: the export tar and the view it was taken of */
  readonly exported?: { readonly tar: Uint8Array; readonly view: [string, Node][] };
  /** envelopes this step appended (its tick included) */
  readonly envelopes: readonly Envelope[];
}

export type Observer = (o: Observation, h: Harness) => void;

export const CREATE_DEFAULTS: Omit<CreateOptions, 'image' | 'cmd'> = {
  env: [],
  labels: [],
  restart: { name: 'no', max: 0 },
  autoRemove: false,
  network: 'default',
  attach: true,
};

export class Harness {
  readonly env: TestEnvironment;
  readonly store = new MemoryStore();
  readonly strata: Strata;
  readonly statuses = new Set<Status>();
  readonly observers: Observer[] = [];
  readonly labels: string[] = [];

  constructor(readonly seed: number) {
    this.env = testEnvironment(seed);
    this.strata = new Strata(this.store, this.env);
  }

  static async create(seed = 1, ...observers: Observer[]): Promise<Harness> {
    const h = new Harness(seed);
    h.observers.push(...observers);
    const d = h.strata.execute({ type: 'import', layer: await baseRootfs(), repoTag: 'base:1', message: '', changes: [] });
    if (d.error) throw new Error(`base import failed: ${d.error.code}`);
    return h;
  }

  get state(): State {
    return this.strata.state;
  }

  /** Resolve a step against the live state into a command (async: tars are read like the CLI reads them). */
  async command(step: Step, s: State): Promise<{ command: Command | null; label: string; container?: Container | undefined; image?: Image | undefined; exported?: Observation['exported'] }> {
    switch (step.kind) {
      case 'create':
      case 'run': {
        const { ref, target } = resolveImage(s, step.image);
        const cmd = SCRIPTS[step.script]!;
        const o: CreateOptions = {
          ...CREATE_DEFAULTS,
          image: ref,
          cmd,
          ...(step.name !== null ? { name: `c${step.name}` } : {}),
          restart: { name: step.restart, max: step.restart === 'on-failure' ? step.max : 0 },
          autoRemove: step.autoRemove,
          attach: step.kind === 'create' || !step.detach,
        };
        const flags = `${step.kind === 'run' && step.detach ? '-d ' : ''}${o.name ? `--name ${o.name} ` : ''}${step.restart !== 'no' ? `--restart ${step.restart} ` : ''}${o.autoRemove ? '--rm ' : ''}`;
        const label = `${step.kind} ${flags}${ref} ${JSON.stringify(cmd)}`;
        return { command: step.kind === 'run' ? { type: 'run', detach: step.detach, ...o } : { type: 'create', ...o }, label, image: target };
      }
      case 'start': {
        const { ref, target } = resolveContainer(s, step.c);
        return { command: { type: 'start', ref, attach: step.attach }, label: `start${step.attach ? ' -a' : ''} ${ref}`, container: target };
      }
      case 'stop':
      case 'restart': {
        const { ref, target } = resolveContainer(s, step.c);
        return { command: { type: step.kind, ref, timeout: step.timeout }, label: `${step.kind} -t ${step.timeout} ${ref}`, container: target };
      }
      case 'kill': {
        const { ref, target } = resolveContainer(s, step.c);
        return { command: { type: 'kill', ref, signal: step.signal }, label: `kill -s ${step.signal} ${ref}`, container: target };
      }
      case 'pause':
      case 'unpause':
      case 'wait': {
        const { ref, target } = resolveContainer(s, step.c);
        return { command: { type: step.kind, ref }, label: `${step.kind} ${ref}`, container: target };
      }
      case 'rm': {
        const { ref, target } = resolveContainer(s, step.c);
        return { command: { type: 'rm', ref, force: step.force }, label: `rm${step.force ? ' -f' : ''} ${ref}`, container: target };
      }
      case 'exec': {
        const { ref, target } = resolveContainer(s, step.c);
        const argv = EXEC_ARGVS[step.argv]!;
        return { command: { type: 'exec', ref, argv, env: [] }, label: `exec ${ref} ${JSON.stringify(argv)}`, container: target };
      }
      case 'rename': {
        const { ref, target } = resolveContainer(s, step.c);
        return { command: { type: 'rename', ref, name: step.name }, label: `rename ${ref} ${step.name}`, container: target };
      }
      case 'update': {
        const { ref, target } = resolveContainer(s, step.c);
        const policy = `${step.restart}${step.max === 0 ? '' : `:${step.max}`}`;
        return { command: { type: 'update', ref, restart: { name: step.restart, max: step.max } }, label: `update --restart '${policy}' ${ref}`, container: target };
      }
      case 'commit': {
        const { ref, target } = resolveContainer(s, step.c);
        const label = `commit${step.pause ? '' : ' --pause=false'}${step.changes.map((c) => ` -c '${c}'`).join('')} ${ref}${step.tag ? ` ${step.tag}` : ''}`;
        return {
          command: { type: 'commit', ref, message: '', author: '', changes: step.changes, pause: step.pause, ...(step.tag ? { repoTag: step.tag } : {}) },
          label,
          container: target,
        };
      }
      case 'import_tar': {
        const files = step.files.map((i) => TAR_POOL[i]![0]);
        if (step.orphan) files.push(ORPHAN[0]);
        const label = `import <tar ${JSON.stringify(files)}>${step.tag ? ` ${step.tag}` : ''}`;
        const layer = await readLayerTar(generatedTar(step.files, step.orphan));
        if ('code' in layer) return { command: null, label: `${label} (unreadable: ${render(layer.error)})` };
        return { command: { type: 'import', layer, message: '', changes: [], ...(step.tag ? { repoTag: step.tag } : {}) }, label };
      }
      case 'import_export': {
        const { ref, target } = resolveContainer(s, step.c);
        const label = `export ${ref} | import -${step.tag ? ` ${step.tag}` : ''}`;
        if (!target) return { command: null, label: `${label} (no such container)` };
        const tar = exportTar(this.strata, target);
        const view = [...walk(containerStack(s, target))];
        const layer = await readLayerTar(tar);
        if ('code' in layer) throw new Error(`the export of ${ref} is not a readable tar: ${render(layer.error)}`);
        return {
          command: { type: 'import', layer, message: '', changes: [], ...(step.tag ? { repoTag: step.tag } : {}) },
          label,
          container: target,
          exported: { tar, view },
        };
      }
      case 'tag': {
        const { ref, target } = resolveImage(s, step.image);
        return { command: { type: 'tag', source: ref, target: step.target }, label: `tag ${ref} ${step.target}`, image: target };
      }
      case 'rmi': {
        const { ref, target } = resolveImage(s, step.image);
        return {
          command: { type: 'rmi', ref, force: step.force, prune: step.prune },
          label: `rmi${step.force ? ' -f' : ''}${step.prune ? '' : ' --no-prune'} ${ref}`,
          image: target,
        };
      }
      case 'image_prune':
        return { command: { type: 'image_prune', all: step.all }, label: `image prune${step.all ? ' -a' : ''}` };
      case 'container_prune':
        return { command: { type: 'container_prune' }, label: 'container prune' };
      case 'advance':
        return { command: { type: 'tick' }, label: `(clock +${step.ms}ms)` };
    }
  }

  /** Run one step: catch the clock up (tick), resolve, execute, then tell every observer. */
  async run(step: Step): Promise<Observation> {
    const mark = this.store.envelopes.length;
    if (step.kind === 'advance') this.env.advance(step.ms);
    this.strata.tick();
    const before = this.strata.state;
    const { command, label, container, image, exported } = await this.command(step, before);
    const decision = command === null || command.type === 'tick' ? null : this.strata.execute(command);
    const after = this.strata.state;
    for (const c of table.values(after.containers)) this.statuses.add(statusOf(c.state));
    const o: Observation = {
      step,
      label: decision?.error ? `${label}  -> ${decision.error.code}` : label,
      command,
      decision,
      before,
      after,
      container,
      image,
      ...(exported ? { exported } : {}),
      envelopes: this.store.envelopes.slice(mark),
    };
    this.labels.push(o.label);
    for (const f of this.observers) f(o, this);
    return o;
  }
}

// ---------------------------------------------------------------------------------------------
// fast-check plumbing

type Model = { steps: number };

/**
 * One step as an fc command: always applicable (check is true), printed as the docker command it
 * became followed by the step's data in a comment, which `steps([...])` turns back into a scenario
 * (how a counterexample becomes a fixed regression example).
 */
export class StepCommand implements fc.AsyncCommand<Model, Harness> {
  private label: string | undefined;
  constructor(readonly step: Step) {}
  check(): boolean {
    return true;
  }
  async run(m: Model, h: Harness): Promise<void> {
    m.steps++;
    this.label = (await h.run(this.step)).label;
  }
  toString(): string {
    const data = JSON.stringify(this.step);
    return this.label === undefined ? data : `${this.label} /* ${data} */`;
  }
}

/** A fixed scenario from a counterexample's step data, for a property's `examples`. */
export const steps = (data: readonly Step[]): Iterable<StepCommand> => data.map((s) => new StepCommand(s));

export interface ScenarioOptions {
  /** fast-check size: '+1' (medium) gives up to 100 steps before maxCommands caps them */
  readonly size?: fc.SizeForArbitrary;
  readonly maxCommands?: number;
  readonly arbitraries?: readonly fc.Arbitrary<Step>[];
}

/** A generated scenario: 20–50 steps typically (size medium, capped). */
export function scenario(o: ScenarioOptions = {}): fc.Arbitrary<Iterable<StepCommand>> {
  const arbs = (o.arbitraries ?? stepArbitraries).map((a) => a.map((s) => new StepCommand(s)));
  return fc.commands(arbs, { size: o.size ?? '+1', maxCommands: o.maxCommands ?? 50 }) as fc.Arbitrary<Iterable<StepCommand>>;
}

/** Run a scenario on a fresh harness with the given observers; the harness, for end-of-run checks. */
export async function runScenario(cmds: Iterable<StepCommand>, seed: number, ...observers: Observer[]): Promise<Harness> {
  const h = await Harness.create(seed, ...observers);
  await fc.asyncModelRun(() => ({ model: { steps: 0 }, real: h }), cmds);
  return h;
}

/** The seed the deterministic environment uses, drawn with the scenario so a counterexample replays. */
export const seedArb = fc.integer({ min: 1, max: 1_000_000 });

/** The steps of a scenario as plain data (for replaying the same sequence twice). */
export const stepsOf = (cmds: Iterable<StepCommand>): Step[] => [...cmds].map((c) => unwrap(c).step);

/** fc.commands yields its commands wrapped (CommandWrapper keeps the original in `cmd`). */
export const unwrap = (c: StepCommand): StepCommand => ('cmd' in c ? (c as unknown as { cmd: StepCommand }).cmd : c);
