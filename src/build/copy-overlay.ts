/**
 * The image's filesystem while one COPY/ADD runs: the union view below, the entries this step has
 * put on top, and the directories it removed (a removed directory hides what was below it). Puts
 * follow pkg/archive Unpack: a directory over a directory only takes the new attributes, anything
 * else replaces what was there; the directory that gains or loses an entry gets the step's time as
 * mtime, as the kernel gives it (observed: `COPY dir /etc/` leaves `etc/` in the layer with the
 * build's time).
 */
import type { Digest, Node } from '../layer/changeset.js';
import { compareWalkOrder } from '../go/path.js';
import { type FsView, joinPath } from './fs-view.js';

/** What the dispatcher applies, in order. */
export interface CopyNode {
  readonly type: 'dir' | 'file' | 'symlink';
  /** Permission, set-id and sticky bits (0o777 for a symlink). */
  readonly mode: number;
  /** Seconds since the epoch. */
  readonly mtime: number;
  /** Omitted when 0. */
  readonly uid?: number;
  readonly gid?: number;
  readonly content?: Uint8Array;
  readonly target?: string;
}

export interface CopyOp {
  /** Relative to the root, no leading slash; parents come before their contents. */
  readonly path: string;
  readonly node: CopyNode;
  /**
   * A directory of the view at this path is removed, with everything below it, before the node is
   * put. Without it, a directory put where the view has a directory keeps that directory's contents
   * (its attributes change); any other node replaces whatever the view has at the path.
   */
  readonly replace?: true;
}

const parentOf = (p: string): string => {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
};

export class Overlay implements FsView {
  private readonly changes = new Map<string, Node | null>();
  private readonly children = new Map<string, Set<string>>();
  /** Paths removed during the step: the view's entries below them are gone. */
  private readonly hidden = new Set<string>();
  private readonly blobs = new Map<Digest, Uint8Array>();

  constructor(
    private readonly base: FsView,
    /** The step's time: mtime of directories it creates or adds entries to. */
    readonly now: number,
  ) {}

  node(path: string): Node | undefined {
    const changed = this.changes.get(path);
    if (changed !== undefined) return changed ?? undefined;
    if (path === '') return this.base.node('');
    for (let a = path; a !== ''; a = parentOf(a)) if (this.hidden.has(a)) return undefined;
    return this.base.node(path);
  }

  list(dir: string): readonly string[] {
    const names = new Set<string>(this.baseVisible(dir) && this.base.node(dir)?.type === 'dir' ? this.base.list(dir) : []);
    for (const n of this.children.get(dir) ?? []) names.add(n);
    return [...names].filter((n) => this.node(joinPath(dir, n)) !== undefined);
  }

  read(digest: Digest): Uint8Array {
    return this.blobs.get(digest) ?? this.base.read(digest);
  }

  private baseVisible(dir: string): boolean {
    for (let a = dir; a !== ''; a = parentOf(a)) if (this.hidden.has(a)) return false;
    return true;
  }

  private set(path: string, node: Node | null): void {
    this.changes.set(path, node);
    const dir = parentOf(path);
    const name = path.slice(dir === '' ? 0 : dir.length + 1);
    let set = this.children.get(dir);
    if (set === undefined) this.children.set(dir, (set = new Set()));
    set.add(name);
  }

  /** The kernel's mtime for a directory whose entries changed (the root is never in a layer). */
  private touchParent(path: string): void {
    const dir = parentOf(path);
    if (path === '' || dir === '') return;
    const n = this.node(dir);
    if (n?.type === 'dir') this.set(dir, { ...n, mtime: this.now });
  }

  /** os.RemoveAll of whatever is at `path`. */
  remove(path: string): void {
    if (this.node(path) === undefined) return;
    this.hidden.add(path);
    for (const key of [...this.changes.keys()]) if (key.startsWith(`${path}/`)) this.changes.delete(key);
    for (const key of [...this.children.keys()]) if (key === path || key.startsWith(`${path}/`)) this.children.delete(key);
    this.set(path, null);
    this.touchParent(path);
  }

  /** Create or replace (a directory over a directory keeps its contents); `content` for a new file. */
  put(path: string, node: Node, content?: Uint8Array): void {
    const existing = this.node(path);
    if (existing !== undefined && !(existing.type === 'dir' && node.type === 'dir')) this.remove(path);
    if (node.type === 'file' && content !== undefined) this.blobs.set(node.digest, content);
    this.set(path, node);
    if (existing === undefined || existing.type !== 'dir' || node.type !== 'dir') this.touchParent(path);
  }

  /** Change attributes in place (chown, chmod, chtimes): no directory gains an entry. */
  update(path: string, change: (n: Node) => Node): void {
    const n = this.node(path);
    if (n !== undefined) this.set(path, change(n));
  }

  /** The step's result: every entry it put, parents first. */
  ops(): CopyOp[] {
    const out: CopyOp[] = [];
    for (const path of [...this.changes.keys()].sort(compareWalkOrder)) {
      const n = this.changes.get(path);
      // a layer never holds its root (an archive entry "/" changes it invisibly)
      if (n === undefined || n === null || path === '') continue;
      const replace = n.type === 'dir' && this.hidden.has(path);
      out.push({ path, node: this.copyNode(n), ...(replace ? { replace: true as const } : {}) });
    }
    return out;
  }

  private copyNode(n: Node): CopyNode {
    const owner = { ...(n.uid ? { uid: n.uid } : {}), ...(n.gid ? { gid: n.gid } : {}) };
    switch (n.type) {
      case 'dir':
        return { type: 'dir', mode: n.mode, mtime: n.mtime, ...owner };
      case 'symlink':
        return { type: 'symlink', mode: n.mode, mtime: n.mtime, ...owner, target: n.target };
      case 'file':
        return { type: 'file', mode: n.mode, mtime: n.mtime, ...owner, content: this.read(n.digest) };
    }
  }
}

/** The same view seen from one of its directories (a chroot for the untar). */
export function chrooted(view: FsView, root: string): FsView {
  return { node: (p) => view.node(joinPath(root, p)), list: (d) => view.list(joinPath(root, d)), read: (d) => view.read(d) };
}
