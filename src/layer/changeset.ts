/**
 * A layer is a changeset over the layers below it (OCI image-spec layer.md): the paths it adds or
 * changes, the paths it deletes (whiteouts) and the directories it makes opaque. Paths are relative
 * to the root, without a leading slash ("bin/sh"); the root itself is never an entry.
 * File contents live in the content-addressed blob store; entries carry only their digest.
 */
export type Digest = `sha256:${string}`;

/** Attributes every node has. Ownership is omitted when it is root's (0:0), as it almost always is. */
interface Attrs {
  /** permission bits, 0o7777 at most */
  readonly mode: number;
  /** seconds since the epoch */
  readonly mtime: number;
  readonly uid?: number;
  readonly gid?: number;
}

export type Node =
  | (Attrs & { readonly type: 'dir'; readonly opaque?: true })
  | (Attrs & { readonly type: 'file'; readonly size: number; readonly digest: Digest })
  | (Attrs & { readonly type: 'symlink'; readonly target: string });

/** A whiteout: `dir/.wh.name` in a tar, a 0:0 character device on overlay2. */
export interface Whiteout {
  readonly type: 'whiteout';
}

export type Change = Node | Whiteout;

/** Entries keyed by path. A Map keeps insertion order; writers sort by path when they serialise. */
export type Changeset = ReadonlyMap<string, Change>;

export const WHITEOUT: Whiteout = Object.freeze({ type: 'whiteout' });
export const WHITEOUT_PREFIX = '.wh.';
export const OPAQUE_MARKER = '.wh..wh..opq';

export const parentOf = (path: string): string => {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
};

export const baseOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

const UTF8 = new TextEncoder();

/**
 * A layer's size as overlay2 counts its directory (pkg/directory Size: every entry but directories at
 * its lstat size): the bytes of regular files, a symlink's target's bytes, a whiteout (a 0/0 device)
 * nothing. A read-only layer's Size, and a RW layer's (`ps -s`, `system df`, what a prune reclaims).
 */
export function changesetSize(cs: Changeset): number {
  let n = 0;
  for (const e of cs.values()) n += e.type === 'file' ? e.size : e.type === 'symlink' ? UTF8.encode(e.target).length : 0;
  return n;
}

/**
 * Why tar-split, putting an imported tar back together for `save`, fails at an entry with data: it
 * opens the entry's name in the layer's diff directory (symlinks followed, the last one too), reads
 * it whole and checks its CRC against the entry's. What the untar left there may differ: a whiteout or
 * an opaque marker written as a regular file with data became a device or an xattr (observed: the
 * open fails), a later entry replaced the file or a directory on its way, or another name for the
 * same path (`/a` and `a`) wrote other bytes there.
 */
export type Unsavable =
  /** the open fails */
  | { readonly open: string; readonly errno: 'ENOENT' | 'ENOTDIR' | 'ELOOP' }
  /** a directory is there now: reading it fails */
  | { readonly read: string }
  /** other bytes are there now */
  | { readonly checksum: string }
  /** the open goes through an absolute symlink, or a name climbing out: to the host's own files, which the model does not know */
  | { readonly host: string };
