import type { Errno, ShFs } from './fs.js';
import { basename, realpath, resolve } from './path.js';

/**
 * Why runc could not exec argv[0], as data: the kind (which decides docker's exit code), the name
 * looked up, and for a path with a slash the errno its stat failed with. The text runc puts in the
 * OCI error (Go 1.19's exec.LookPath, observed on Docker 20.10.24: `exec: "nosuchcmd": executable
 * file not found in $PATH`) is rendered with the engine's errors (core/errors/engine.ts).
 */
export type LookupError = {
  readonly code: 'lookup';
  readonly kind:
    | 'not_found' // PATH search found nothing (docker: 127)
    | 'no_such_file' // a path with a slash does not exist (127)
    | 'permission_denied' // not executable (126)
    | 'is_directory' // a directory: runc says "permission denied" too (126)
    | 'relative_to_cwd' // found through a relative PATH entry: Go's ErrDot
    | 'symlink_loop' // (docker: 125)
    | 'not_a_directory' // a path component is a file (125)
    | 'search_denied' // a directory on the way may not be searched by the process's user (126)
    | 'exec_denied'; // found, but the process's user may not execute it: runc's eaccess check (126)
  readonly argv0: string;
  readonly errno?: Errno;
  /** exec_denied: the file found, and how runc names its check (`exec` at a start, `eaccess` for an exec) */
  readonly path?: string;
  readonly op?: 'exec' | 'eaccess';
};

function statKind(e: Errno): LookupError['kind'] {
  return e === 'ELOOP' ? 'symlink_loop' : e === 'ENOTDIR' ? 'not_a_directory' : e === 'EACCES' ? 'search_denied' : 'no_such_file';
}

/** Go findExecutable: stat (following links); a directory or a file without any x bit is EPERM. */
function findExecutable(fs: ShFs, cwd: string, file: string): 'ok' | 'denied' | 'dir' | Errno {
  const st = fs.stat(resolve(cwd, file));
  if (typeof st === 'string') return st;
  if (st.type === 'dir') return 'dir';
  return (st.mode & 0o111) !== 0 ? 'ok' : 'denied';
}

function getenv(env: readonly string[], key: string): string | undefined {
  let v: string | undefined;
  for (const kv of env) if (kv.startsWith(`${key}=`)) v = kv.slice(key.length + 1);
  return v;
}

/**
 * runc's init before it execs the process (standard_init_linux.go): exec.LookPath, then eaccess on
 * what it found, as the process's user.
 */
export function findProgram(fs: ShFs, argv0: string, env: readonly string[], cwd: string, op: 'exec' | 'eaccess'): { path: string } | LookupError {
  const found = lookPath(fs, argv0, env, cwd);
  if ('code' in found || fs.mayExec(found.path) === undefined) return found;
  return { code: 'lookup', kind: 'exec_denied', argv0, path: found.path, op };
}

/** exec lookup as runc does it: argv0 containing "/" is used as is; else search PATH from env. */
export function lookPath(fs: ShFs, argv0: string, env: readonly string[], cwd: string): { path: string } | LookupError {
  if (argv0.includes('/')) {
    const r = findExecutable(fs, cwd, argv0);
    if (r === 'ok') return { path: resolve(cwd, argv0) };
    if (r === 'dir') return { code: 'lookup', kind: 'is_directory', argv0 };
    if (r === 'denied') return { code: 'lookup', kind: 'permission_denied', argv0 };
    return { code: 'lookup', kind: statKind(r), argv0, errno: r };
  }
  const path = getenv(env, 'PATH') ?? '';
  // filepath.SplitList("") is empty; an empty element means the current directory
  for (const dir of path === '' ? [] : path.split(':')) {
    const d = dir === '' ? '.' : dir;
    const candidate = `${d}/${argv0}`;
    if (findExecutable(fs, cwd, candidate) !== 'ok') continue;
    if (!d.startsWith('/')) {
      return { code: 'lookup', kind: 'relative_to_cwd', argv0 };
    }
    return { path: resolve('/', candidate) };
  }
  return { code: 'lookup', kind: 'not_found', argv0 };
}

/**
 * The only binary of these root filesystems is busybox: a resolved executable whose real path is a
 * file named "busybox" runs the applet named by basename(argv0). Anything else (a script, a copy of
 * the binary under another name) cannot be modelled.
 */
export function isBusybox(fs: ShFs, abs: string): boolean {
  const real = realpath(fs, abs);
  return typeof real !== 'string' && basename(real.path) === 'busybox';
}
