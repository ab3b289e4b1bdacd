/**
 * The filesystem a process sees: the container's union view with its read-write layer on top.
 * Paths are absolute and normalised by the caller (no `.`/`..`/duplicate slashes); intermediate
 * symlinks are resolved by the implementation. Errors are errno names, as the kernel returns them,
 * so the interpreter can print busybox's own messages.
 */
export type Errno = 'ENOENT' | 'EEXIST' | 'ENOTDIR' | 'EISDIR' | 'ENOTEMPTY' | 'EACCES' | 'EPERM' | 'EINVAL' | 'ELOOP' | 'EROFS' | 'EXDEV';

/**
 * Who the kernel checks a process's accesses as: its uid, gid and supplementary groups (setgroups'
 * list, sorted). uid 0 is root with the capabilities docker gives it (DAC_OVERRIDE, FOWNER, FSETID):
 * it reads, writes and searches anything, and executes a file with any x bit; every other uid has no
 * capability at all once runc has exec'd it.
 */
export interface Cred {
  readonly uid: number;
  readonly gid: number;
  readonly groups: readonly number[];
}

/** The daemon, and a container without a user of its own. */
export const ROOT: Cred = Object.freeze({ uid: 0, gid: 0, groups: Object.freeze([0]) });

export type NodeType = 'file' | 'dir' | 'symlink';

export interface Stat {
  readonly type: NodeType;
  /** permission bits only (e.g. 0o755) */
  readonly mode: number;
  /** bytes for files, target length for symlinks, 0 for directories */
  readonly size: number;
  /** seconds since the epoch, model clock */
  readonly mtime: number;
}

export interface ShFs {
  /** the process's credentials: every call below is checked as the kernel checks them */
  readonly cred: Cred;
  /** Like lstat(2): the last component is not followed. */
  lstat(path: string): Stat | Errno;
  /** Like stat(2): symlinks are followed. */
  stat(path: string): Stat | Errno;
  readFile(path: string): Uint8Array | Errno;
  readlink(path: string): string | Errno;
  /** Directory entries (names only, sorted), following a symlinked directory. */
  readdir(path: string): readonly string[] | Errno;
  /** open(O_CREAT|O_WRONLY|(append ? O_APPEND : O_TRUNC)); a new file gets mode 0o644. */
  writeFile(path: string, data: Uint8Array, append: boolean): Errno | undefined;
  /**
   * write(2) on a file opened before (a redirection): at `at`, or at its end. Nothing is checked again;
   * a file that is gone takes the bytes nowhere.
   */
  writeAt(path: string, data: Uint8Array, at: number | 'append'): void;
  /** chdir(2): a directory the process may search. */
  chdir(path: string): Errno | undefined;
  /** execve(2)'s permission check of the file `path` names (symlinks followed): EACCES when it may not run it. */
  mayExec(path: string): Errno | undefined;
  /** mkdir(2) with mode 0o755; EEXIST if anything exists there. */
  mkdir(path: string): Errno | undefined;
  /** unlink(2): not for directories (EISDIR). */
  unlink(path: string): Errno | undefined;
  /** rmdir(2): ENOTEMPTY if it has entries. */
  rmdir(path: string): Errno | undefined;
  symlink(target: string, path: string): Errno | undefined;
  chmod(path: string, mode: number): Errno | undefined;
  /** Set mtime to now (touch of an existing path); creates nothing. */
  touch(path: string): Errno | undefined;
  /** rename(2) of a file, symlink or directory (whole subtree). */
  rename(from: string, to: string): Errno | undefined;
}
