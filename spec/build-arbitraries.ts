/**
 * Generated classic builds for the build properties (spec/build.spec.ts): small in-memory contexts,
 * Dockerfiles over the instructions the model supports, an engine with the busybox base imported as
 * `base:1`, and an independent oracle of what every step does.
 *
 * Names decide kinds: every directory a build makes is named `w` or `d1`..`d3`, every file `f1`..`f3`
 * (or `Dockerfile`), and the base image holds only `bin/`. So no generated write ever meets a node of
 * the other kind, every RUN command succeeds, and the oracle never has to guess an error path. RUN
 * scripts are `;`-joined commands of the busybox subset the model interprets (echo and its
 * redirections, mkdir -p, rm -rf, touch, chmod, true), each preceded by the `mkdir -p`/`touch` that
 * makes it valid; the oracle applies exactly those primitives.
 *
 * The oracle keeps the union view as a plain Map of paths (relative, no leading slash, as layers
 * hold them) and, per step, the set of paths the step's upper layer holds under overlay2's copy-up
 * rules (docs/rules.md BUILD-2, LAYER-4): creating or changing a path copies up its ancestors; removing one leaves a
 * whiteout when the step's lower view had it and its parent directory changed; removing a path that
 * only the step made takes it out of the upper layer again. A step's layer is empty exactly when that
 * set ends empty. Modification times are not modelled (the oracle compares type, mode, owner,
 * content and link target).
 */
import fc from 'fast-check';
import { buildContext, memoryContext, type MemoryEntry } from '../src/build/context.js';
import type { BuildContext } from '../src/build/context.js';
import type { BuildOptions, Command } from '../src/commands.js';
import * as table from '../src/core/table.js';
import type { Decision } from '../src/decision.js';
import { lowerStack } from '../src/container/runtime.js';
import type { ContainerConfig } from '../src/image/config.js';
import type { Digest, Node } from '../src/layer/changeset.js';
import { walk } from '../src/layer/union.js';
import { Strata } from '../src/strata.js';
import type { Image, State } from '../src/state.js';
import { testEnvironment } from '../src/testing/environment.js';
import { baseRootfs } from './arbitraries.js';
import { render } from '../src/core/errors.js';

// ---------------------------------------------------------------------------------------------
// What is generated (plain data, printed in counterexamples)

export interface CtxFile {
  readonly path: string;
  readonly content: string;
  readonly mode: number;
}

/** A build context: its files (directories implied by their paths) and the modes of some directories. */
export interface Ctx {
  readonly files: readonly CtxFile[];
  readonly dirModes: Readonly<Record<string, number>>;
}

export type Op =
  /** `echo <text> > path` (or `>>`); an absolute path's parent made first with mkdir -p; a bare name is in the working directory */
  | { readonly op: 'write'; readonly path: string; readonly text: string; readonly append: boolean }
  | { readonly op: 'mkdir'; readonly path: string }
  | { readonly op: 'touch'; readonly path: string }
  /** made first (touch or mkdir -p by the name's kind), then chmod */
  | { readonly op: 'chmod'; readonly path: string; readonly mode: string }
  | { readonly op: 'rm'; readonly path: string }
  /** to stdout only */
  | { readonly op: 'echo'; readonly text: string }
  | { readonly op: 'true' };

export type Instr =
  | { readonly kind: 'RUN'; readonly ops: readonly Op[]; readonly exec: boolean; readonly exit: number }
  | { readonly kind: 'ENV'; readonly key: string; readonly value: string; readonly legacy: boolean }
  | { readonly kind: 'LABEL'; readonly key: string; readonly value: string }
  | { readonly kind: 'WORKDIR'; readonly path: string }
  | { readonly kind: 'CMD' | 'ENTRYPOINT'; readonly exec: boolean; readonly args: readonly string[] }
  | { readonly kind: 'USER'; readonly user: string }
  | { readonly kind: 'EXPOSE'; readonly ports: readonly string[] }
  | { readonly kind: 'COPY'; readonly sources: readonly string[]; readonly dest: string };

export interface BuildCase {
  readonly ctx: Ctx;
  readonly instrs: readonly Instr[];
}

// ---------------------------------------------------------------------------------------------
// Paths

const DIRS = ['d1', 'd2', 'd3'] as const;
const FILES = ['f1', 'f2', 'f3'] as const;

/** Relative path of an absolute one, cleaned ('' for the root). */
export const rel = (abs: string): string => abs.split('/').filter((c) => c !== '' && c !== '.').join('/');
const parent = (p: string): string => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
const joinRel = (a: string, b: string): string => rel(`${a}/${b}`);
/** p and every ancestor of it, root excluded, top-down. */
const prefixes = (p: string): string[] => {
  const parts = p === '' ? [] : p.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
};
const isFileName = (name: string): boolean => name.startsWith('f') || name === 'Dockerfile';

const dirPath = fc.array(fc.constantFrom(...DIRS), { maxLength: 2 }).map((ds) => `/${['w', ...ds].join('/')}`);
const filePath = fc.tuple(dirPath, fc.constantFrom(...FILES)).map(([d, f]) => `${d}/${f}`);
const TEXTS = ['hello', 'x', 'a1', '$A', '$B'] as const;

// ---------------------------------------------------------------------------------------------
// Contexts

const CTX_FILES = ['f1', 'f2', 'f3', 'd1/f1', 'd1/f2', 'd1/d2/f3', 'd2/f1', 'd2/d3/f2'] as const;

export const ctxArb: fc.Arbitrary<Ctx> = fc
  .record({
    files: fc.uniqueArray(
      fc.record({
        path: fc.constantFrom(...CTX_FILES),
        content: fc.constantFrom('one\n', 'two\n', '', 'three three\n'),
        mode: fc.constantFrom(0o644, 0o644, 0o600, 0o755),
      }),
      { minLength: 1, maxLength: 5, selector: (f) => f.path },
    ),
    d1: fc.constantFrom(0o755, 0o700),
    d2: fc.constantFrom(0o755, 0o750),
  })
  .map(({ files, d1, d2 }) => ({ files, dirModes: { d1, d2 } }));

/** Directories of the context (every parent of a file), with their modes. */
export function ctxDirs(ctx: Ctx): Map<string, number> {
  const dirs = new Map<string, number>();
  for (const f of ctx.files) for (const d of prefixes(parent(f.path))) dirs.set(d, ctx.dirModes[d] ?? 0o755);
  return dirs;
}

export function dockerfileText(instrs: readonly Instr[]): string {
  return `${['FROM base:1', ...instrs.map(instrText)].join('\n')}\n`;
}

/** The context the daemon holds, from the generated files and the Dockerfile of the instructions. */
export function contextOf(c: BuildCase): BuildContext {
  const tree: Record<string, MemoryEntry> = { Dockerfile: dockerfileText(c.instrs) };
  for (const [d, mode] of ctxDirs(c.ctx)) tree[d] = { dir: true, mode };
  for (const f of c.ctx.files) tree[f.path] = { file: f.content, mode: f.mode };
  const built = buildContext(memoryContext('/ctx', tree, 1_700_000_000), { now: 1_700_000_000 });
  if (!built.ok) throw new Error(`context: ${render(built.error)}`);
  return built.value;
}

/** The same case with one context file's content changed. */
export function withChangedFile(c: BuildCase, path: string): BuildCase {
  return { ...c, ctx: { ...c.ctx, files: c.ctx.files.map((f) => (f.path === path ? { ...f, content: `${f.content}changed\n` } : f)) } };
}

// ---------------------------------------------------------------------------------------------
// Instructions

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('write' as const), path: fc.oneof(filePath, fc.constantFrom(...FILES)), text: fc.constantFrom(...TEXTS), append: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('mkdir' as const), path: dirPath }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('touch' as const), path: filePath }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('chmod' as const), path: fc.oneof(filePath, dirPath), mode: fc.constantFrom('600', '700', '755', '644', '750') }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('rm' as const), path: fc.oneof(filePath, dirPath) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('echo' as const), text: fc.constantFrom('hi', 'built') }) },
  { weight: 1, arbitrary: fc.constant({ op: 'true' as const }) },
);

const runArb = (exit: fc.Arbitrary<number>): fc.Arbitrary<Instr> =>
  fc.record({ kind: fc.constant('RUN' as const), ops: fc.array(opArb, { minLength: 1, maxLength: 4 }), exec: fc.boolean(), exit });

const ctxSource = (ctx: Ctx): fc.Arbitrary<string> => fc.constantFrom(...ctx.files.map((f) => f.path), ...ctxDirs(ctx).keys(), '.');

function copyArb(ctx: Ctx): fc.Arbitrary<Instr> {
  const dirs = new Set(ctxDirs(ctx).keys());
  const intoDir = fc.oneof(dirPath.map((d) => `${d}/`), fc.constantFrom('./', '.'));
  return fc.oneof(
    // one source: a file goes into a directory or to a file name, a directory's contents into a directory
    ctxSource(ctx).chain((src) => {
      const isDir = src === '.' || dirs.has(src);
      const dest = isDir
        ? fc.oneof(dirPath, intoDir, fc.constantFrom(...DIRS))
        : fc.oneof(intoDir, filePath, fc.constantFrom(...FILES));
      return dest.map((d) => ({ kind: 'COPY' as const, sources: [src], dest: d }));
    }),
    // several sources: the destination must be a directory ending in /
    fc.tuple(fc.uniqueArray(ctxSource(ctx), { minLength: 2, maxLength: 3 }), dirPath).map(([sources, d]) => ({ kind: 'COPY' as const, sources, dest: `${d}/` })),
  );
}

/** Any instruction but COPY (which needs the context). */
const plainArb = (exit: fc.Arbitrary<number>): fc.Arbitrary<Instr> =>
  fc.oneof(
    { weight: 5, arbitrary: runArb(exit) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('ENV' as const), key: fc.constantFrom('A', 'B'), value: fc.constantFrom('v1', 'v2', 'z9'), legacy: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('LABEL' as const), key: fc.constantFrom('l1', 'l2', 'com.x'), value: fc.constantFrom('a', 'b') }) },
    // an absolute WORKDIR is kept as written (a trailing slash too), a relative one joins the current one cleaned
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('WORKDIR' as const), path: fc.oneof(dirPath, dirPath.map((d) => `${d}/`), fc.constantFrom(...DIRS)) }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constantFrom('CMD' as const, 'ENTRYPOINT' as const),
        exec: fc.boolean(),
        args: fc.constantFrom(['echo', 'hi'], ['sh'], ['cat', '/w/f1']),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('USER' as const), user: fc.constantFrom('0', '0:0') }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('EXPOSE' as const), ports: fc.uniqueArray(fc.constantFrom('80', '53/udp', '8080/tcp', '443'), { minLength: 1, maxLength: 2 }) }) },
  );

export const instrArb = (ctx: Ctx, exit: fc.Arbitrary<number> = fc.constant(0)): fc.Arbitrary<Instr> =>
  fc.oneof({ weight: 4, arbitrary: plainArb(exit) }, { weight: 1, arbitrary: copyArb(ctx) });

/**
 * Keep RUN scripts away from the working directory: the engine re-creates a missing working
 * directory in every step's container (SetupWorkingDirectory), which would give metadata steps a
 * layer; `rm -rf` of the working directory or of one of its ancestors is dropped.
 */
export function sanitize(instrs: readonly Instr[], from = ''): Instr[] {
  let wd = from;
  return instrs.map((i) => {
    if (i.kind === 'WORKDIR') wd = workdirOf(wd, i.path);
    if (i.kind !== 'RUN') return i;
    const cwd = rel(wd);
    const ops = i.ops.filter((o) => o.op !== 'rm' || !(cwd === rel(o.path) || cwd.startsWith(`${rel(o.path)}/`)));
    return { ...i, ops: ops.length > 0 ? ops : [{ op: 'true' }] };
  });
}

/** A case: a context, then 0–8 instructions that all succeed. */
export const caseArb = (o: { minLength?: number; maxLength?: number } = {}): fc.Arbitrary<BuildCase> =>
  ctxArb.chain((ctx) => fc.array(instrArb(ctx), { minLength: o.minLength ?? 0, maxLength: o.maxLength ?? 8 }).map((instrs) => ({ ctx, instrs: sanitize(instrs) })));

/** A case whose instruction `at` is a COPY including the context file `file` (so changing it misses from there). */
export const copyCaseArb: fc.Arbitrary<{ c: BuildCase; file: string }> = ctxArb.chain((ctx) =>
  fc
    .record({
      before: fc.array(instrArb(ctx), { maxLength: 4 }),
      file: fc.constantFrom(...ctx.files.map((f) => f.path)),
      how: fc.constantFrom('file', 'dir', 'all'),
      dest: dirPath,
      after: fc.array(instrArb(ctx), { maxLength: 4 }),
    })
    .map(({ before, file, how, dest, after }) => {
      const src = how === 'file' || !file.includes('/') ? file : how === 'dir' ? parent(file) : '.';
      const copy: Instr = { kind: 'COPY', sources: [src], dest: `${dest}/` };
      return { c: { ctx, instrs: sanitize([...before, copy, ...after]) }, file };
    }),
);

/** A case whose RUN at `fail` ends with `exit N`, N > 0, after instructions that succeed. */
export const failingCaseArb: fc.Arbitrary<{ c: BuildCase; fail: number; code: number }> = ctxArb.chain((ctx) =>
  fc
    .record({
      before: fc.array(instrArb(ctx), { maxLength: 5 }),
      run: runArb(fc.integer({ min: 1, max: 255 })),
      after: fc.array(instrArb(ctx), { maxLength: 3 }),
    })
    .map(({ before, run, after }) => {
      const instrs = sanitize([...before, run, ...after]);
      const failing = instrs[before.length]!;
      return { c: { ctx, instrs }, fail: before.length, code: failing.kind === 'RUN' ? failing.exit : 0 };
    }),
);

// ---------------------------------------------------------------------------------------------
// Dockerfile text

const json = (args: readonly string[]): string => JSON.stringify(args);

/** The script of a RUN: every op as the commands that make it valid, then `exit N` when asked. */
export function scriptOf(i: Extract<Instr, { kind: 'RUN' }>): string {
  const cmds = i.ops.flatMap((o) => primitives(o, '').map((p) => p.text));
  if (i.exit !== 0) cmds.push(`exit ${i.exit}`);
  return cmds.join('; ');
}

export function instrText(i: Instr): string {
  switch (i.kind) {
    case 'RUN':
      return i.exec ? `RUN ${json(['/bin/sh', '-c', scriptOf(i)])}` : `RUN ${scriptOf(i)}`;
    case 'ENV':
      return i.legacy ? `ENV ${i.key} ${i.value}` : `ENV ${i.key}=${i.value}`;
    case 'LABEL':
      return `LABEL ${i.key}=${i.value}`;
    case 'WORKDIR':
      return `WORKDIR ${i.path}`;
    case 'CMD':
    case 'ENTRYPOINT':
      return `${i.kind} ${i.exec ? json(i.args) : i.args.join(' ')}`;
    case 'USER':
      return `USER ${i.user}`;
    case 'EXPOSE':
      return `EXPOSE ${i.ports.join(' ')}`;
    case 'COPY':
      return `COPY ${[...i.sources, i.dest].join(' ')}`;
  }
}

// ---------------------------------------------------------------------------------------------
// The oracle

/** A node as the oracle compares it: no mtime; owners and contents explicit. */
export type Entry =
  | { readonly type: 'dir'; readonly mode: number; readonly uid: number; readonly gid: number }
  | { readonly type: 'file'; readonly mode: number; readonly uid: number; readonly gid: number; readonly content: string }
  | { readonly type: 'symlink'; readonly uid: number; readonly gid: number; readonly target: string };

export type View = Map<string, Entry>;

/** The image config fields the builder's instructions set. */
export interface Config {
  readonly Env: readonly string[];
  readonly Cmd: readonly string[] | null;
  readonly Entrypoint: readonly string[] | null;
  readonly WorkingDir: string;
  readonly Labels: Readonly<Record<string, string>>;
  readonly User: string;
  readonly ExposedPorts: readonly string[];
}

export interface OracleStep {
  readonly view: View;
  readonly config: Config;
  /** the step's upper layer holds nothing: its history entry is empty_layer, no layer is added */
  readonly emptyLayer: boolean;
  /** the step ran in a container (every step but COPY) */
  readonly container: boolean;
  /** the context files this step copied (COPY) */
  readonly copied: ReadonlySet<string>;
}

type Prim =
  | { readonly p: 'mkdirp'; readonly path: string; readonly text: string }
  | { readonly p: 'write'; readonly path: string; readonly text: string; readonly word: string; readonly append: boolean }
  | { readonly p: 'touch'; readonly path: string; readonly text: string }
  | { readonly p: 'chmod'; readonly path: string; readonly text: string; readonly mode: number }
  | { readonly p: 'rm'; readonly path: string; readonly text: string }
  | { readonly p: 'none'; readonly text: string };

/** An op as the shell commands of its script (`cwd`-relative names resolved by the caller). */
function primitives(o: Op, cwd: string): Prim[] {
  const abs = (p: string): string => (p.startsWith('/') ? rel(p) : joinRel(cwd, p));
  const mk = (p: string): Prim[] => (p.startsWith('/') && rel(parent(p)) !== '' ? [{ p: 'mkdirp', path: rel(parent(p)), text: `mkdir -p ${parent(p)}` }] : []);
  switch (o.op) {
    case 'write':
      return [...mk(o.path), { p: 'write', path: abs(o.path), word: o.text, append: o.append, text: `echo ${o.text} ${o.append ? '>>' : '>'} ${o.path}` }];
    case 'mkdir':
      return [{ p: 'mkdirp', path: abs(o.path), text: `mkdir -p ${o.path}` }];
    case 'touch':
      return [...mk(o.path), { p: 'touch', path: abs(o.path), text: `touch ${o.path}` }];
    case 'chmod': {
      const make: Prim[] = isFileName(base(o.path)) ? [...mk(o.path), { p: 'touch', path: abs(o.path), text: `touch ${o.path}` }] : [{ p: 'mkdirp', path: abs(o.path), text: `mkdir -p ${o.path}` }];
      return [...make, { p: 'chmod', path: abs(o.path), mode: parseInt(o.mode, 8), text: `chmod ${o.mode} ${o.path}` }];
    }
    case 'rm':
      return [{ p: 'rm', path: abs(o.path), text: `rm -rf ${o.path}` }];
    case 'echo':
      return [{ p: 'none', text: `echo ${o.text}` }];
    case 'true':
      return [{ p: 'none', text: 'true' }];
  }
}

export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

function workdirOf(current: string, path: string): string {
  return path.startsWith('/') ? path : `/${joinRel(current, path)}`;
}

/** One step's filesystem work: the view it changes, and its upper layer under overlay2's rules. */
class StepFs {
  readonly upper = new Set<string>();
  private readonly lower: View;
  constructor(readonly view: View) {
    this.lower = new Map(view);
  }

  private copyUp(p: string): void {
    for (const a of prefixes(p)) this.upper.add(a);
  }

  mkdirp(p: string, mode = 0o755): void {
    for (const a of prefixes(p)) {
      if (this.view.has(a)) continue;
      this.view.set(a, { type: 'dir', mode, uid: 0, gid: 0 });
      this.copyUp(a);
    }
  }

  put(p: string, e: Entry): void {
    this.view.set(p, e);
    this.copyUp(p);
  }

  rm(p: string): void {
    if (!this.view.has(p)) return;
    for (const k of [...this.view.keys()]) if (k === p || k.startsWith(`${p}/`)) this.view.delete(k);
    for (const k of [...this.upper]) if (k === p || k.startsWith(`${p}/`)) this.upper.delete(k);
    if (this.lower.has(p)) this.upper.add(p);
    this.copyUp(parent(p));
  }
}

/** Fold every instruction over the base image's view and config: the oracle's state after each step. */
export function oracle(c: BuildCase, baseView: View, baseConfig: ContainerConfig): OracleStep[] {
  let view: View = new Map(baseView);
  const env = [...(baseConfig.Env ?? [])];
  if (!env.some((e) => e.split('=')[0] === 'PATH')) env.push(DEFAULT_PATH);
  let config: Config = {
    Env: env,
    Cmd: baseConfig.Cmd ?? null,
    Entrypoint: baseConfig.Entrypoint ?? null,
    WorkingDir: baseConfig.WorkingDir ?? '',
    Labels: { ...(baseConfig.Labels ?? {}) },
    User: baseConfig.User ?? '',
    ExposedPorts: Object.keys(baseConfig.ExposedPorts ?? {}).sort(),
  };
  let cmdSet = false;
  const context = contextTree(c);
  const out: OracleStep[] = [];
  for (const i of c.instrs) {
    const fs = new StepFs(new Map(view));
    const copied = new Set<string>();
    const envOf = (k: string): string => config.Env.find((e) => e.startsWith(`${k}=`))?.slice(k.length + 1) ?? '';
    switch (i.kind) {
      case 'RUN':
        for (const o of i.ops) for (const p of primitives(o, rel(config.WorkingDir))) runPrim(fs, p, envOf);
        break;
      case 'ENV': {
        // a key already set keeps its place, a new one goes last
        const set = `${i.key}=${i.value}`;
        const has = config.Env.some((e) => e.split('=')[0] === i.key);
        config = { ...config, Env: has ? config.Env.map((e) => (e.split('=')[0] === i.key ? set : e)) : [...config.Env, set] };
        break;
      }
      case 'LABEL':
        config = { ...config, Labels: { ...config.Labels, [i.key]: i.value } };
        break;
      case 'WORKDIR': {
        const wd = workdirOf(config.WorkingDir, i.path);
        config = { ...config, WorkingDir: wd };
        fs.mkdirp(rel(wd));
        break;
      }
      case 'CMD':
        config = { ...config, Cmd: i.exec ? [...i.args] : ['/bin/sh', '-c', i.args.join(' ')] };
        cmdSet = true;
        break;
      case 'ENTRYPOINT':
        config = { ...config, Entrypoint: i.exec ? [...i.args] : ['/bin/sh', '-c', i.args.join(' ')], ...(cmdSet ? {} : { Cmd: null }) };
        break;
      case 'USER':
        config = { ...config, User: i.user };
        break;
      case 'EXPOSE': {
        const ports = new Set(config.ExposedPorts);
        for (const p of i.ports) ports.add(p.includes('/') ? p : `${p}/tcp`);
        config = { ...config, ExposedPorts: [...ports].sort() };
        break;
      }
      case 'COPY':
        copy(fs, context, i, config.WorkingDir, copied);
        break;
    }
    view = fs.view;
    out.push({ view: new Map(view), config, emptyLayer: fs.upper.size === 0, container: i.kind !== 'COPY', copied });
  }
  return out;
}

function runPrim(fs: StepFs, p: Prim, envOf: (k: string) => string): void {
  switch (p.p) {
    case 'mkdirp':
      return fs.mkdirp(p.path);
    case 'write': {
      const line = `${p.word.startsWith('$') ? envOf(p.word.slice(1)) : p.word}\n`;
      const old = fs.view.get(p.path);
      const content = p.append && old?.type === 'file' ? old.content + line : line;
      return fs.put(p.path, { type: 'file', mode: old?.type === 'file' ? old.mode : 0o644, uid: 0, gid: 0, content });
    }
    case 'touch': {
      const old = fs.view.get(p.path);
      return fs.put(p.path, old ?? { type: 'file', mode: 0o644, uid: 0, gid: 0, content: '' });
    }
    case 'chmod': {
      const old = fs.view.get(p.path);
      if (old === undefined || old.type === 'symlink') throw new Error(`oracle: chmod of ${p.path}, which the script made`);
      return fs.put(p.path, { ...old, mode: p.mode });
    }
    case 'rm':
      return fs.rm(p.path);
    case 'none':
      return;
  }
}

/** The context as the daemon extracted it (the Dockerfile included), by relative path. */
function contextTree(c: BuildCase): View {
  const tree: View = new Map();
  tree.set('Dockerfile', { type: 'file', mode: 0o644, uid: 0, gid: 0, content: dockerfileText(c.instrs) });
  for (const [d, mode] of ctxDirs(c.ctx)) tree.set(d, { type: 'dir', mode, uid: 0, gid: 0 });
  for (const f of c.ctx.files) tree.set(f.path, { type: 'file', mode: f.mode, uid: 0, gid: 0, content: f.content });
  return tree;
}

/**
 * COPY (moby 20.10 builder/dockerfile/copy.go performCopy, observed on Docker 20.10): a relative destination joins
 * the working directory; a file goes into the destination when it ends in `/` or is a directory, else
 * to that name, its missing parents made 0755; a directory's contents (not itself) go into the
 * destination, made 0755 when missing, each copied directory taking its source's mode; modes are the
 * context's, owners root.
 */
function copy(fs: StepFs, context: View, i: Extract<Instr, { kind: 'COPY' }>, workingDir: string, copied: Set<string>): void {
  const dest = i.dest.startsWith('/') ? i.dest : `/${joinRel(workingDir, i.dest)}${i.dest.endsWith('/') ? '/' : ''}`;
  const d = rel(dest);
  for (const src of i.sources) {
    const s = rel(src);
    const node = s === '' ? ({ type: 'dir', mode: 0o755, uid: 0, gid: 0 } as const) : context.get(s);
    if (node === undefined) throw new Error(`oracle: no ${src} in the context`);
    if (node.type === 'file') {
      const target = dest.endsWith('/') || fs.view.get(d)?.type === 'dir' ? joinRel(d, base(s)) : d;
      fs.mkdirp(parent(target));
      fs.put(target, node);
      copied.add(s);
      continue;
    }
    fs.mkdirp(d);
    for (const [p, e] of [...context].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (s !== '' && !p.startsWith(`${s}/`)) continue;
      const target = joinRel(d, s === '' ? p : p.slice(s.length + 1));
      fs.put(target, e);
      if (e.type === 'file') copied.add(p);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The engine side

/**
 * The base's config, as a busybox image has one: a CMD (so that ENTRYPOINT's reset of it shows) and
 * an Env without PATH (so that ENV replaces a key the base set, and the builder adds the default PATH).
 */
export const BASE_CHANGES: readonly string[] = ['CMD ["sh"]', 'ENV A=base'];

/** A fresh engine (deterministic environment) with the busybox base imported as base:1 (import --change, BASE_CHANGES). */
export async function engine(seed: number): Promise<Strata> {
  const strata = Strata.inMemory(testEnvironment(seed));
  const d = strata.execute({ type: 'import', layer: await baseRootfs(), repoTag: 'base:1', message: '', changes: BASE_CHANGES });
  if (d.error) throw new Error(`base import failed: ${d.error.code}`);
  return strata;
}

export interface BuildFlags {
  readonly rm: boolean;
  readonly forceRm: boolean;
  readonly noCache: boolean;
}

export const flagsArb: fc.Arbitrary<BuildFlags> = fc.record({ rm: fc.boolean(), forceRm: fc.boolean(), noCache: fc.boolean() });
export const DEFAULT_FLAGS: BuildFlags = { rm: true, forceRm: false, noCache: false };

export function buildCommand(c: BuildCase, tags: readonly string[], flags: BuildFlags = DEFAULT_FLAGS): Command & BuildOptions {
  return { type: 'build', context: contextOf(c), tags, noCache: flags.noCache, rm: flags.rm, forceRm: flags.forceRm, buildArgs: [] };
}

export function build(strata: Strata, c: BuildCase, tags: readonly string[], flags: BuildFlags = DEFAULT_FLAGS): Decision {
  return strata.execute(buildCommand(c, tags, flags));
}

/** The text of the stream after `Step i/N : `, one string per step (FROM first). */
export function streamSteps(stream: string): string[] {
  return stream.split(/^Step \d+\/\d+ : /m).slice(1);
}

export const hitCache = (step: string): boolean => step.includes('\n ---> Using cache\n');

/** The short id the stream shows for an image or a container. */
export const short = (id: string): string => id.replace(/^sha256:/, '').slice(0, 12);

export const imageOf = (s: State, id: string): Image => {
  const img = table.get(s.images, id as Digest);
  if (!img) throw new Error(`no image ${id}`);
  return img;
};

/** The image and its ancestors (parent links), from the base up to it. */
export function chainOf(s: State, id: string): Image[] {
  const out: Image[] = [];
  for (let img: Image | undefined = imageOf(s, id); img; img = img.parent === null ? undefined : table.get(s.images, img.parent)) out.unshift(img);
  return out;
}

/** The image's union view (its layer stack read top-down), as the oracle compares it. */
export function imageView(strata: Strata, s: State, img: Image): View {
  const view: View = new Map();
  for (const [path, n] of walk(lowerStack(s, img.chain[img.chain.length - 1] ?? null))) view.set(path, entryOf(n, (d) => text(strata, d)));
  return view;
}

/** Blob contents as text, decoded once per digest (the base's busybox is megabytes). */
const texts = new Map<Digest, string>();
function text(strata: Strata, d: Digest): string {
  let t = texts.get(d);
  if (t === undefined) texts.set(d, (t = new TextDecoder().decode(strata.blob(d))));
  return t;
}

function entryOf(n: Node, read: (d: Digest) => string): Entry {
  const owner = { uid: n.uid ?? 0, gid: n.gid ?? 0 };
  switch (n.type) {
    case 'dir':
      return { type: 'dir', mode: n.mode, ...owner };
    case 'file':
      return { type: 'file', mode: n.mode, ...owner, content: read(n.digest) };
    case 'symlink':
      return { type: 'symlink', ...owner, target: n.target };
  }
}

/** The config fields an image has, in the oracle's shape. */
export function configOf(img: Image): Config {
  const c = img.config.config;
  return {
    Env: c.Env ?? [],
    Cmd: c.Cmd ?? null,
    Entrypoint: c.Entrypoint ?? null,
    WorkingDir: c.WorkingDir ?? '',
    Labels: c.Labels ?? {},
    User: c.User ?? '',
    ExposedPorts: Object.keys(c.ExposedPorts ?? {}).sort(),
  };
}

/** The oracle's steps for a case on this engine's base:1. */
export function expected(strata: Strata, c: BuildCase): OracleStep[] {
  const baseImg = imageOf(strata.state, table.get(strata.state.tags, 'base:1')!);
  return oracle(c, imageView(strata, strata.state, baseImg), baseImg.config.config);
}

/** The keys of a table, sorted. */
export const keysOf = <V>(t: table.Table<V>): string[] => [...table.entries(t)].map(([k]) => k).sort();
