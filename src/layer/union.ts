/**
 * The union filesystem: a stack of changesets read top-down, as overlay2 presents them.
 * A path in layer L is visible unless a higher layer holds it, a whiteout for it, a non-directory
 * at one of its ancestors, or an opaque directory above it.
 */
import { type Change, type Changeset, type Node, baseOf, parentOf } from './changeset.js';

/** Layers from the top (the container's RW layer, if any) down to the base layer. */
export type Stack = readonly Changeset[];

const childIndex = new WeakMap<Changeset, Map<string, string[]>>();

/** Names of the entries a changeset holds directly under `dir` (cached: committed changesets never change). */
export function childrenIn(cs: Changeset, dir: string, mutable = false): readonly string[] {
  if (mutable) return scanChildren(cs).get(dir) ?? [];
  let index = childIndex.get(cs);
  if (!index) {
    index = scanChildren(cs);
    childIndex.set(cs, index);
  }
  return index.get(dir) ?? [];
}

function scanChildren(cs: Changeset): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const path of cs.keys()) {
    const dir = parentOf(path);
    const list = index.get(dir);
    if (list) list.push(baseOf(path));
    else index.set(dir, [baseOf(path)]);
  }
  return index;
}

/** Does this layer hide everything below it at `path` (a whiteout, a non-directory or an opaque dir at an ancestor)? */
export function blocksBelow(cs: Changeset, path: string): boolean {
  for (let p = parentOf(path); p !== ''; p = parentOf(p)) {
    const c = cs.get(p);
    if (c && (c.type !== 'dir' || c.opaque)) return true;
  }
  return false;
}

/** The node at `path` exactly (no symlink resolution), or undefined if absent or whited out. '' is the root. */
export function lookup(stack: Stack, path: string): Node | undefined {
  if (path === '') return ROOT;
  for (const cs of stack) {
    const c: Change | undefined = cs.get(path);
    if (c) return c.type === 'whiteout' ? undefined : c;
    if (blocksBelow(cs, path)) return undefined;
  }
  return undefined;
}

const ROOT: Node = Object.freeze({ type: 'dir', mode: 0o755, mtime: 0 });

/** Names in the merged directory `dir` (which must be a directory in the view), sorted. */
export function list(stack: Stack, dir: string, mutableTop = false): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (let i = 0; i < stack.length; i++) {
    const cs = stack[i]!;
    if (dir !== '') {
      const self = cs.get(dir);
      if (self && self.type !== 'dir') break;
    }
    for (const name of childrenIn(cs, dir, mutableTop && i === 0)) {
      if (seen.has(name)) continue;
      seen.add(name);
      const c = cs.get(dir === '' ? name : `${dir}/${name}`);
      if (c && c.type !== 'whiteout') names.push(name);
    }
    if (dir !== '') {
      const self = cs.get(dir);
      if ((self?.type === 'dir' && self.opaque) || blocksBelow(cs, dir)) break;
    }
  }
  return names.sort();
}

export const join = (dir: string, name: string): string => (dir === '' ? name : `${dir}/${name}`);

/** Every path of the merged view, depth-first in path order, directories before their contents. */
export function* walk(stack: Stack, dir = ''): Generator<[string, Node]> {
  for (const name of list(stack, dir)) {
    const path = join(dir, name);
    const node = lookup(stack, path);
    if (!node) continue;
    yield [path, node];
    if (node.type === 'dir') yield* walk(stack, path);
  }
}
