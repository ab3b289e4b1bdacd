import type { Errno, ShFs } from './fs.js';
import { basename, realpath, resolve } from './path.js';

/**
 * Why runc could not exec argv[0]. `message` is the fragment runc puts in the OCI error, as observed
 * on Docker 20.10.24 (runc built with Go 1.19 exec.LookPath), e.g.
 * `exec: "nosuchcmd": executable file not found in $PATH`.
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
    | 'not_a_directory'; // a path component is a file (125)
  readonly message: string;
};

/** Go's syscall error texts (lower case, unlike glibc). */
function goErr(e: Errno): string {
  switch (e) {
    case 'ENOENT': return 'no such file or directory';
    case 'ENOTDIR': return 'not a directory';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'EACCES': return 'permission denied';
    case 'EEXIST': return 'file exists';
    case 'EISDIR': return 'is a directory';
    case 'ENOTEMPTY': return 'directory not empty';
    case 'EINVAL': return 'invalid argument';
  }
}

function statKind(e: Errno): LookupError['kind'] {
  return e === 'ELOOP' ? 'symlink_loop' : e === 'ENOTDIR' ? 'not_a_directory' : 'no_such_file';
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

/** exec lookup as runc does it: argv0 containing "/" is used as is; else search PATH from env. */
export function lookPath(fs: ShFs, argv0: string, env: readonly string[], cwd: string): { path: string } | LookupError {
  const q = JSON.stringify(argv0);
  if (argv0.includes('/')) {
    const r = findExecutable(fs, cwd, argv0);
    if (r === 'ok') return { path: resolve(cwd, argv0) };
    if (r === 'dir') return { code: 'lookup', kind: 'is_directory', message: `exec: ${q}: permission denied` };
    if (r === 'denied') return { code: 'lookup', kind: 'permission_denied', message: `exec: ${q}: permission denied` };
    return { code: 'lookup', kind: statKind(r), message: `exec: ${q}: stat ${argv0}: ${goErr(r)}` };
  }
  const path = getenv(env, 'PATH') ?? '';
  // filepath.SplitList("") is empty; an empty element means the current directory
  for (const dir of path === '' ? [] : path.split(':')) {
    const d = dir === '' ? '.' : dir;
    const candidate = `${d}/${argv0}`;
    if (findExecutable(fs, cwd, candidate) !== 'ok') continue;
    if (!d.startsWith('/')) {
      return {
        code: 'lookup',
        kind: 'relative_to_cwd',
        message: `exec: ${q}: cannot run executable found relative to current directory`,
      };
    }
    return { path: resolve('/', candidate) };
  }
  return { code: 'lookup', kind: 'not_found', message: `exec: ${q}: executable file not found in $PATH` };
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
