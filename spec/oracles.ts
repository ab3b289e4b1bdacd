/**
 * Independent oracles, written from the rules and not from the model's code:
 * - `flatten`: the union view by applying layers bottom-up, as an overlay mount (or an untar of each
 *   layer in turn) would present them (docs/rules.md LAYER-4; OCI image-spec layer.md);
 * - `expectedDiff`: `docker diff` from the image view before and the container view after, by the
 *   rules stated in src/layer/diff.ts's header (docs/rules.md LAYER-6, observed on Docker 20.10).
 */
import type { Changeset, Node } from '../src/layer/changeset.js';
import { compareWalkOrder } from '../src/go/path.js';

/** A directory that exists only because something below it does (the engine's MkdirAll of a parent). */
export interface ImpliedDir {
  readonly type: 'dir';
  readonly implied: true;
}
export type ViewNode = Node | ImpliedDir;
export type View = Map<string, ViewNode>;

const parentOf = (p: string): string => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
const below = (p: string, q: string): boolean => q.startsWith(`${p}/`);

function dropSubtree(view: View, p: string, self: boolean): void {
  for (const k of [...view.keys()]) if ((self && k === p) || below(p, k)) view.delete(k);
}

/** Strip what is not part of a node's identity in a view (the opaque flag is a layer property). */
export function plain(n: ViewNode): ViewNode {
  if (n.type === 'dir' && 'opaque' in n) {
    const { opaque: _o, ...rest } = n;
    return rest;
  }
  return n;
}

/**
 * The merged view of a stack (top layer first). Per layer, bottom-up:
 * 1. an opaque directory D hides every lower entry under D;
 * 2. a whiteout at P removes P and everything under it;
 * 3. a non-directory at P replaces P and removes everything under it; a directory over a directory
 *    only takes the new attributes;
 * 4. an entry's missing (or non-directory) ancestors become directories (MkdirAll).
 */
export function flatten(stack: readonly Changeset[]): View {
  const view: View = new Map();
  for (let i = stack.length - 1; i >= 0; i--) {
    const layer = stack[i]!;
    const paths = [...layer.keys()].sort(compareWalkOrder);
    for (const p of paths) {
      const c = layer.get(p)!;
      if (c.type === 'dir' && c.opaque) dropSubtree(view, p, false);
    }
    for (const p of paths) {
      const c = layer.get(p)!;
      if (c.type === 'whiteout') {
        dropSubtree(view, p, true);
        continue;
      }
      for (let a = parentOf(p); a !== ''; a = parentOf(a)) {
        const got = view.get(a);
        if (got?.type === 'dir') continue;
        if (got) dropSubtree(view, a, true);
        view.set(a, { type: 'dir', implied: true });
      }
      const existing = view.get(p);
      if (c.type !== 'dir' || (existing && existing.type !== 'dir')) dropSubtree(view, p, true);
      view.set(p, plain(c));
    }
  }
  return view;
}

/** Compare a view (from `walk`, a tar read back…) with the oracle view: the differences, as text. */
export function viewDifferences(actual: Iterable<readonly [string, ViewNode]>, expected: View): string[] {
  const out: string[] = [];
  const got = new Map<string, ViewNode>();
  for (const [p, n] of actual) got.set(p, n);
  for (const [p, e] of expected) {
    const a = got.get(p);
    if (!a) out.push(`missing /${p}`);
    else if ('implied' in e) {
      if (a.type !== 'dir') out.push(`/${p} should be a directory, is ${a.type}`);
    } else if (JSON.stringify(plain(a)) !== JSON.stringify(e)) out.push(`/${p}: ${JSON.stringify(plain(a))} != ${JSON.stringify(e)}`);
  }
  for (const p of got.keys()) if (!expected.has(p)) out.push(`unexpected /${p}`);
  return out;
}

export type Kind = 'A' | 'C' | 'D';

/**
 * `docker diff` by the rules of src/layer/diff.ts's header, from two views and the RW layer:
 * - A: in the container view, not in the image view;
 * - D: in the image view, not in the container view, while its parent is a directory of the
 *   container view (so a deleted directory is ONE entry; a deleted-and-recreated directory lists the
 *   image's entries under it as D);
 * - C: a file or symlink (or a type change) in both views that the RW layer holds (copied up, even
 *   for a metadata-only change); a directory in both views that was recreated (opaque in the RW layer);
 * - and every image directory above an A/C/D entry is C (touching a directory alone reports nothing).
 * Sorted by path, each `/`-prefixed.
 */
export function expectedDiff(rw: Changeset, imageView: View, containerView: View): { kind: Kind; path: string }[] {
  const out = new Map<string, Kind>();
  for (const p of containerView.keys()) if (!imageView.has(p)) out.set(p, 'A');
  for (const p of imageView.keys()) {
    if (containerView.has(p)) continue;
    const parent = parentOf(p);
    if (parent === '' || containerView.get(parent)?.type === 'dir') out.set(p, 'D');
  }
  for (const [p, before] of imageView) {
    const after = containerView.get(p);
    if (!after) continue;
    const rwEntry = rw.get(p);
    if (before.type !== 'dir' || after.type !== 'dir') {
      if (rwEntry) out.set(p, 'C');
    } else if (rwEntry?.type === 'dir' && rwEntry.opaque) out.set(p, 'C');
  }
  for (const p of [...out.keys()]) {
    for (let a = parentOf(p); a !== ''; a = parentOf(a)) if (!out.has(a) && imageView.has(a)) out.set(a, 'C');
  }
  return [...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([path, kind]) => ({ kind, path: `/${path}` }));
}
