/**
 * `--init`: the engine bind-mounts its docker-init (tini 0.19.0) at /sbin/docker-init and runs it as
 * PID 1, `/sbin/docker-init -- PROGRAM…`, the program as its child. Observed on Docker 20.10.24:
 * runc makes the mount point in the RW layer (diff, commit and export show an empty /sbin/docker-init);
 * tini execs the program by execvp, so a program it cannot run starts the container all the same,
 * which then exits 127 (126 for a permission) with tini's message; tini passes the signals it is sent
 * to its child, which is no PID 1 and dies of those it does not handle (`docker stop` of `sleep`
 * ends at once, 143), and it exits as its child did (128+N for a child killed by signal N).
 */
import type { Vfs } from '../layer/vfs.js';
import type { Errno, Output, ShFs, Signal, Unsupported } from '../sh/index.js';
import { resolve } from '../sh/path.js';
import type { Container } from '../state.js';

export const INIT_PATH = '/sbin/docker-init';

export const hasInit = (c: Container): boolean => c.hostConfig.Init === true;

/** What PID 1 runs: the program, or docker-init with the program after `--`. */
export const pid1Argv = (c: Container): string[] => (hasInit(c) ? [INIT_PATH, '--', c.path, ...c.args] : [c.path, ...c.args]);

/**
 * The mount point runc makes for the bind mount (createIfNotExists: a directory 0755 for /sbin, an
 * empty file 0755), written by the daemon's side, so --read-only does not stop it.
 */
export function makeInitMountpoint(vfs: Vfs): Unsupported | undefined {
  const refuse = (what: string): Unsupported => ({ code: 'unsupported', message: `strata: --init with ${what} is not modelled` });
  const dir = vfs.lstat('/sbin');
  if (dir === 'ENOENT') vfs.mkdir('/sbin');
  else if (typeof dir === 'string' || dir.type !== 'dir') return refuse('an image whose /sbin is no directory');
  const file = vfs.lstat(INIT_PATH);
  if (file === 'ENOENT') {
    vfs.writeFile(INIT_PATH, new Uint8Array(), false);
    vfs.chmod(INIT_PATH, 0o755);
  } else if (typeof file === 'string' || file.type !== 'file') return refuse(`an image whose ${INIT_PATH} is no file`);
  return undefined;
}

/** The errnos tini's execvp ends with, and what tini then exits with. */
type ExecErrno = Extract<Errno, 'ENOENT' | 'EACCES' | 'ENOTDIR' | 'ELOOP'>;
const STRERROR: Readonly<Record<ExecErrno, string>> = {
  ENOENT: 'No such file or directory',
  EACCES: 'Permission denied',
  ENOTDIR: 'Not a directory',
  ELOOP: 'Too many levels of symbolic links',
};
const EXIT: Readonly<Record<ExecErrno, number>> = { ENOENT: 127, EACCES: 126, ENOTDIR: 1, ELOOP: 1 };

/** execve of one path: a directory or a file without an x bit is EACCES. */
function tryExec(fs: ShFs, path: string): ExecErrno | undefined {
  const st = fs.stat(path);
  if (typeof st === 'string') return st === 'ENOTDIR' || st === 'ELOOP' ? st : 'ENOENT';
  return st.type === 'dir' || (st.mode & 0o111) === 0 ? 'EACCES' : undefined;
}

/**
 * glibc's execvp, as tini calls it: a name with a slash is exec'd as it is; else each directory of
 * PATH (an empty one is the working directory) in turn, going on past ENOENT, ENOTDIR and EACCES
 * (remembered), stopping at any other error; EACCES if one was seen, else the last error.
 */
export function initExecErrno(fs: ShFs, argv0: string, env: readonly string[], cwd: string): ExecErrno | undefined {
  if (argv0 === '') return 'ENOENT';
  if (argv0.includes('/')) return tryExec(fs, resolve(cwd, argv0));
  const path = env.filter((e) => e.startsWith('PATH=')).pop()?.slice(5) ?? '/bin:/usr/bin';
  let last: ExecErrno = 'ENOENT';
  let denied = false;
  for (const dir of path.split(':')) {
    const e = tryExec(fs, resolve(cwd, `${dir === '' ? '.' : dir}/${argv0}`));
    if (e === undefined) return undefined;
    if (e === 'ELOOP') return e;
    if (e === 'EACCES') denied = true;
    last = e;
  }
  return denied ? 'EACCES' : last;
}

/**
 * The pid tini's child has in the container's pid namespace, which tini's message names: the engine
 * gave 6, 7 or 8 over a dozen runs (what runc's init spent before it); the model says 7.
 */
const CHILD_PID = 7;

/** tini's exit when execvp failed: `[FATAL tini (PID)] exec PROGRAM failed: STRERROR` on stderr. */
export function initExecFailure(argv0: string, errno: ExecErrno): { readonly output: Output[]; readonly code: number } {
  return { output: [{ stream: 'stderr', text: `[FATAL tini (${CHILD_PID})] exec ${argv0} failed: ${STRERROR[errno]}\n` }], code: EXIT[errno] };
}

/**
 * The signals tini keeps from its child: the synchronous ones it leaves unblocked, which the kernel
 * drops as it drops any signal PID 1 has no handler for, SIGTTIN and SIGTTOU, which it ignores, and
 * SIGCHLD, which tells it to reap (observed: none of them changes a `sleep` child; every other one
 * ends it, 128+N).
 */
const KEPT: ReadonlySet<Signal> = new Set<Signal>(['ILL', 'TRAP', 'ABRT', 'BUS', 'FPE', 'SEGV', 'SYS', 'TTIN', 'TTOU', 'CHLD']);

export const initForwards = (sig: Signal): boolean => !KEPT.has(sig);
