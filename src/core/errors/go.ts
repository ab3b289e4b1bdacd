/**
 * Go's own error values, which the engine's texts end with: a failed system call on a path, a
 * number that does not parse, a path that leaves its root. See core/errors.ts.
 */
import { numError } from '../../go/strconv.js';
import type { ErrorTable } from '../errors.js';

/** Go's text for an errno (syscall.Errno.Error), and for fs.ErrNotExist; an errno not listed prints as its name. */
const ERRNO: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'not a directory',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'too many levels of symbolic links',
  EEXIST: 'file exists',
  ENOTEMPTY: 'directory not empty',
  EINVAL: 'invalid argument',
  EROFS: 'read-only file system',
  ErrNotExist: 'file does not exist',
};

/** An errno's name (`ENOENT`…), or `ErrNotExist` for Go's fs.ErrNotExist. */
export type Errno = string;

export const errnoText = (errno: Errno): string => ERRNO[errno] ?? errno;

/** Error values the Go libraries the engine uses define once, by name. */
const SENTINELS = {
  /** io.EOF */
  EOF: 'EOF',
  /** io.ErrUnexpectedEOF */
  ErrUnexpectedEOF: 'unexpected EOF',
  /** bufio.ErrTooLong */
  ErrTooLong: 'bufio.Scanner: token too long',
  /** compress/gzip.ErrChecksum */
  ErrChecksum: 'gzip: invalid checksum',
  /** tar-split's refusal of a second entry of one name */
  ErrDuplicatePath: 'duplicates of file paths not supported',
} as const;

export type GoError =
  /** a bare syscall.Errno (filepath.EvalSymlinks' ENOTDIR for a file followed by more of the path) */
  | { readonly code: 'errno'; readonly errno: Errno }
  /** *os.PathError: `<op> <path>: <errno>` */
  | { readonly code: 'path_error'; readonly op: 'open' | 'read' | 'stat' | 'lstat' | 'mkdir' | 'chtimes'; readonly path: string; readonly errno: Errno }
  /** *os.LinkError: `<op> <old> <new>: <errno>` */
  | { readonly code: 'link_error'; readonly op: 'symlink' | 'link'; readonly old: string; readonly new: string; readonly errno: Errno }
  /** *strconv.NumError */
  | { readonly code: 'num_error'; readonly fn: 'ParseInt' | 'Atoi'; readonly input: string; readonly error: 'invalid syntax' | 'value out of range' }
  /**
   * An error value of Go's standard library whose text src/go (the model of that library) gives:
   * time.Parse's and time.ParseDuration's, encoding/json's, archive/tar's.
   */
  | { readonly code: 'go_error'; readonly error: string }
  /** a sentinel error value of Go's libraries, by its name */
  | { readonly code: 'go_sentinel'; readonly name: keyof typeof SENTINELS }
  /** symlink.FollowSymlinkInScope: the joined path is not below the root */
  | { readonly code: 'scope_outside'; readonly path: string; readonly root: string }
  /** symlink.FollowSymlinkInScope: more than 255 links followed */
  | { readonly code: 'scope_loop'; readonly path: string };

export const goErrors = (): ErrorTable<GoError> => ({
  errno: ['system', (e) => errnoText(e.errno)],
  path_error: ['system', (e) => `${e.op} ${e.path}: ${errnoText(e.errno)}`],
  link_error: ['system', (e) => `${e.op} ${e.old} ${e.new}: ${errnoText(e.errno)}`],
  num_error: ['invalid', (e) => numError(e.fn, e.input, e.error)],
  go_error: ['system', (e) => e.error],
  go_sentinel: ['system', (e) => SENTINELS[e.name]],
  scope_outside: ['invalid', (e) => `evalSymlinksInScope: ${e.path} is not in ${e.root}`],
  scope_loop: ['invalid', (e) => `evalSymlinksInScope: too many links in ${e.path}`],
});
