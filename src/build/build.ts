/**
 * docker build with the classic builder (DOCKER_BUILDKIT=0) of Docker Engine 20.10: for every
 * instruction, run a container, let it change the filesystem, commit the change as a new image
 * (builder/dockerfile/builder.go dispatchDockerfileWithCancellation, evaluator.go dispatch,
 * dispatchers.go, internals.go). It runs inside one decision, through the same container and image
 * steps the other commands use, so a build is replayed from the log like everything else.
 * What the builder prints is collected in `stream`, in the engine's words. Steps return their errors
 * as data; the build stops at the first, which becomes the stream's error (build_failed).
 */
import type { BuildOptions } from '../commands.js';
import type { DockerError } from '../core/errors.js';
import * as table from '../core/table.js';
import type { Work } from '../core/work.js';
import { isError } from '../container/resolve.js';
import { rm } from '../container/rm.js';
import { advance } from '../container/runtime.js';
import { DEFAULT_PATH, type ContainerConfig, emptyConfig } from '../image/config.js';
import { findImage } from '../image/resolve.js';
import type { Digest } from '../layer/changeset.js';
import { BuildArgs } from './args.js';
import { type EscapeToken, expandInstruction, type FromInstruction, type Instruction, parseDockerfile, parseTrigger, printedWarnings, stepCount } from './dockerfile.js';
import { dispatchStep } from './steps.js';

/**
 * What a build answers: refused before any step ran (the daemon's answer to the request), failed
 * in a step (the stream's error, after what the stream printed), or built. `stream` is what the
 * client prints on stdout, in order.
 */
export type BuildOutcome =
  | { readonly refused: DockerError }
  | { readonly stream: string; readonly failed: Extract<DockerError, { code: 'build_failed' }> }
  | { readonly stream: string; readonly imageId: Digest };

/** The state of the stage being built (dispatchState). */
export interface StageState {
  /** the current image; '' after FROM scratch until the first commit */
  imageId: Digest | '';
  runConfig: ContainerConfig;
  cmdSet: boolean;
  maintainer: string;
  readonly args: BuildArgs;
  readonly name: string;
}

/** What every step of one build shares. */
export interface Builder {
  readonly w: Work;
  readonly o: BuildOptions;
  readonly escape: EscapeToken;
  out: string[];
  /** the first cache miss of a stage busts the cache for the rest of it */
  cacheBusted: boolean;
  /** stage name (and index) → its final image */
  readonly stages: Map<string, Digest | ''>;
  /** containers of the current step, removed after it as --rm / --force-rm say */
  readonly tmpContainers: string[];
}

export const short = (id: string): string => id.replace(/^sha256:/, '').slice(0, 12);

export function build(w: Work, o: BuildOptions): BuildOutcome {
  const parsed = parseDockerfile(new TextDecoder().decode(o.context.dockerfile.content), o.context.dockerfile.path);
  if (!parsed.ok) return { refused: parsed.error };
  let stages = parsed.stages;
  if (o.target !== undefined && o.target !== '') {
    const ix = stages.findIndex((s) => s.from.stageName === o.target!.toLowerCase());
    if (ix < 0) return { refused: { code: 'build_target_missing', target: o.target } };
    stages = stages.slice(0, ix + 1);
  }
  const b: Builder = { w, o, escape: parsed.directives.escape, out: [], cacheBusted: false, stages: new Map(), tmpContainers: [] };
  const fromOptions = new Map<string, string | undefined>(o.buildArgs.map(([k, v]) => [k, v]));
  const global = new BuildArgs(fromOptions);
  const total = stepCount({ stages, metaArgs: parsed.metaArgs });
  let step = 0;
  const announce = (original: string): void => {
    // each step takes time: its containers and images are strictly newer than the last step's
    advance(w, w.now + 1);
    b.out.push(`Step ${++step}/${total} : ${original}\n`);
  };
  /** The stream ends with the error of the step announced last (or, `inStep` false, of none). */
  const failure = (cause: DockerError, inStep = true): BuildOutcome => ({
    stream: b.out.join(''),
    failed: { code: 'build_failed', ...(inStep ? { step } : {}), cause, exitCode: cause.code === 'run_failed' ? cause.exitCode : 1 },
  });

  // The parser's warnings go to the error stream, which the client prints on stdout too.
  b.out.push(printedWarnings(parsed.warnings));
  let last: StageState | undefined;
  for (const meta of parsed.metaArgs) {
    announce(meta.original);
    const expanded = expandInstruction(meta, global.allowedEnv(), b.escape);
    if (!expanded.ok) return failure(expanded.error);
    for (const a of expanded.value.args) {
      global.add(a.key, a.value);
      global.addMeta(a.key, a.value);
    }
  }
  for (const [index, stage] of stages.entries()) {
    const name = stage.from.stageName;
    if (name !== '' && b.stages.has(name)) return failure({ code: 'stage_name_used', name }, false);
    announce(stage.from.original);
    const st = initializeStage(b, stage.from, global.forStage(), name);
    if ('code' in st) return failure(st);
    updateRunConfig(st);
    b.out.push(` ---> ${short(st.imageId)}\n`);
    for (const instr of stage.instructions) {
      announce(instr.original);
      const err = dispatch(b, st, instr);
      if (err) return failure(err);
      updateRunConfig(st);
      b.out.push(` ---> ${short(st.imageId)}\n`);
    }
    b.stages.set(String(index), st.imageId);
    if (name !== '') b.stages.set(name, st.imageId);
    last = st;
  }
  const unused = global.unused();
  if (unused.length > 0) b.out.push(`[Warning] One or more build-args [${unused.join(' ')}] were not consumed\n`);
  if (last === undefined || last.imageId === '') return failure({ code: 'no_image_generated' }, false);
  const imageId = last.imageId;
  b.out.push(`Successfully built ${short(imageId)}\n`);
  for (const ref of o.tags) {
    w.emit({ type: 'ImageTagged', id: imageId, ref });
    b.out.push(`Successfully tagged ${ref}\n`);
  }
  return { stream: b.out.join(''), imageId };
}

/** FROM: the base image (or a previous stage, or scratch), its config as the run config, its ONBUILD triggers. */
function initializeStage(b: Builder, from: FromInstruction, args: BuildArgs, name: string): StageState | DockerError {
  b.cacheBusted = false;
  if (from.platform !== '') {
    return { code: 'unsupported', message: `strata does not model --platform on FROM (${from.platform}): the model runs linux/amd64 images only` };
  }
  const expanded = expandInstruction(from, args.metaEnv(), b.escape);
  if (!expanded.ok) return expanded.error;
  const base = expanded.value.baseName;
  let imageId: Digest | '';
  const stage = b.stages.get(base.toLowerCase());
  if (stage !== undefined) imageId = stage;
  else if (base === 'scratch') imageId = '';
  else {
    const found = findImage(b.w.state, base);
    // The engine would pull it; strata has no registry.
    if (isError(found)) return { code: 'no_registry', image: base };
    imageId = found.image.id;
  }
  const image = imageId === '' ? undefined : table.get(b.w.state.images, imageId);
  const runConfig: ContainerConfig = image ? copyConfig(image.config.config) : emptyConfig();
  // setDefaultPath: linux images without PATH get the default one
  if (!(runConfig.Env ?? []).some((e) => e.split('=')[0] === 'PATH')) runConfig.Env = [...(runConfig.Env ?? []), DEFAULT_PATH];
  runConfig.OpenStdin = false;
  runConfig.StdinOnce = false;
  const st: StageState = { imageId, runConfig, cmdSet: false, maintainer: '', args, name };
  const triggers = runConfig.OnBuild ?? [];
  if (triggers.length > 0) {
    runConfig.OnBuild = null;
    b.out.push(`# Executing ${triggers.length} build trigger${triggers.length > 1 ? 's' : ''}\n`);
    for (const trigger of triggers) {
      updateRunConfig(st);
      const parsed = parseTrigger(trigger);
      if (!parsed.ok) return parsed.error;
      const err = dispatch(b, st, parsed.value);
      if (err) return err;
    }
  }
  return st;
}

/** dispatch: refuse what the classic builder refuses, expand the arguments, run the step, remove its containers. */
function dispatch(b: Builder, st: StageState, instr: Instruction): DockerError | undefined {
  const env = [...(st.runConfig.Env ?? []), ...st.args.filterAllowed(st.runConfig.Env)];
  const expanded = expandInstruction(instr, env, b.escape);
  const err = expanded.ok ? dispatchStep(b, st, expanded.value) : expanded.error;
  if (b.o.forceRm || (b.o.rm && !err)) removeAll(b);
  else b.tmpContainers.length = 0;
  return err;
}

/** containerManager.RemoveAll: force-remove the step's containers, each announced. */
function removeAll(b: Builder): void {
  for (const id of b.tmpContainers.splice(0)) {
    const c = table.get(b.w.state.containers, id);
    if (!c) continue;
    rm(b.w, c, true);
    b.out.push(`Removing intermediate container ${short(id)}\n`);
  }
}

/** The run config names the current image (updateRunConfig). */
function updateRunConfig(st: StageState): void {
  st.runConfig.Image = st.imageId;
}

/** A deep copy, so the stage's config never aliases an image's or a draft's. */
export const copyConfig = (c: ContainerConfig): ContainerConfig => JSON.parse(JSON.stringify(c)) as ContainerConfig;
