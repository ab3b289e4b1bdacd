/**
 * COPY and ADD as a build step (moby 20.10 builder/dockerfile/internals.go performCopy and
 * exportImage): the sources are resolved and hashed, the cache is probed with
 * `#(nop) COPY <hash> in <dest> `, and on a miss the files are written into a fresh RW layer over the
 * current image — no container is created — which becomes the new image's layer.
 */
import { isError } from '../container/resolve.js';
import type { DockerError } from '../core/errors.js';
import { lowerStack } from '../container/runtime.js';
import * as table from '../core/table.js';
import { findImage } from '../image/resolve.js';
import { type Change, type Digest, type Node, parentOf } from '../layer/changeset.js';
import { sha256 } from '../layer/digest.js';
import { commitLayer } from '../image/create.js';
import { list, lookup, type Stack } from '../layer/union.js';
import type { ContainerConfig } from '../image/config.js';
import { type Builder, copyConfig, type StageState } from './build.js';
import { type CopyOp, type CopyOptions, copyOps, copySources } from './copy.js';
import { type AddInstruction, type CopyInstruction, copyComment, shellOf } from './dockerfile.js';
import type { FsView } from './fs-view.js';
import { newImage, probeCache } from './steps.js';

export function copyStep(b: Builder, st: StageState, instr: CopyInstruction | AddInstruction): DockerError | undefined {
  const rc = st.runConfig;
  const from = instr.kind === 'copy' && instr.from !== '' ? fromView(b, instr.from) : undefined;
  if (from !== undefined && 'code' in from) return from;
  const opts: CopyOptions = { workingDir: rc.WorkingDir, now: Math.floor(b.w.now / 1000), ...(from ? { from } : {}) };
  const sources = copySources(instr, b.o.context, opts);
  if (!sources.ok) return sources.error;
  const config: ContainerConfig = { ...copyConfig(rc), Cmd: [...shellOf(rc.Shell), copyComment(instr, sources.plan.hash)] };
  if (probeCache(b, st, config)) return undefined;

  const lower = imageStack(b, st.imageId);
  const ops = copyOps(instr, sources.plan, view(b, lower), opts);
  if (!ops.ok) return ops.error;
  const rw = applyOps(b, ops.ops, lower);
  st.imageId = newImage(b, st, config, commitLayer(b.w, topLayer(b, st.imageId), rw), '');
  return undefined;
}

/** COPY --from: a stage of this build (by name or index), else a local image (strata has no registry to pull one). */
function fromView(b: Builder, from: string): FsView | DockerError {
  const stage = b.stages.get(from.toLowerCase());
  if (stage !== undefined) return view(b, imageStack(b, stage));
  const found = findImage(b.w.state, from);
  if (isError(found)) return { code: 'no_registry', image: from };
  return view(b, imageStack(b, found.image.id));
}

const topLayer = (b: Builder, imageId: Digest | ''): Digest | null => {
  const chain = imageId === '' ? [] : (table.get(b.w.state.images, imageId)?.chain ?? []);
  return chain[chain.length - 1] ?? null;
};

const imageStack = (b: Builder, imageId: Digest | ''): Stack => lowerStack(b.w.state, topLayer(b, imageId));

const view = (b: Builder, stack: Stack): FsView => ({ node: (p) => lookup(stack, p), list: (d) => list(stack, d), read: (d) => b.w.blob(d) });

/**
 * The copier's operations as an overlay upper layer: the lower directories above each entry are
 * copied up with their attributes; a directory that replaces one below is opaque; file contents go
 * to the blob store.
 */
function applyOps(b: Builder, ops: readonly CopyOp[], lower: Stack): Map<string, Change> {
  const rw = new Map<string, Change>();
  const stack: Stack = [rw, ...lower];
  for (const op of ops) {
    for (let a = parentOf(op.path); a !== '' && !rw.has(a); a = parentOf(a)) {
      const n = lookup(lower, a);
      if (n?.type === 'dir') rw.set(a, withoutOpaque(n));
    }
    const below = lookup(stack, op.path);
    if (op.replace) for (const k of [...rw.keys()]) if (k.startsWith(`${op.path}/`)) rw.delete(k);
    const { type, mode, mtime, uid, gid, content, target } = op.node;
    const owner = { ...(uid ? { uid } : {}), ...(gid ? { gid } : {}) };
    if (type === 'dir') {
      const hides = op.replace === true && below?.type === 'dir' && lookup(lower, op.path)?.type === 'dir';
      rw.set(op.path, { type, mode, mtime, ...owner, ...(hides ? { opaque: true as const } : {}) });
    } else if (type === 'symlink') {
      rw.set(op.path, { type, mode, mtime, ...owner, target: target ?? '' });
    } else {
      const bytes = content ?? new Uint8Array();
      const digest = sha256(bytes);
      b.w.blobs.set(digest, bytes);
      rw.set(op.path, { type, mode, mtime, ...owner, size: bytes.length, digest });
    }
  }
  return rw;
}

const withoutOpaque = (n: Node): Node => {
  if (n.type !== 'dir' || !n.opaque) return n;
  const { opaque: _opaque, ...rest } = n;
  return rest;
};
