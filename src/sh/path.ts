import type { Errno, ShFs, Stat } from './fs.js';

/**
 * Lexical path handling. The model resolves `.` and `..` textually (as ash's `cd` does); the kernel
 * would resolve `..` after following symlinks, which only differs for `..` after a symlinked
 * directory.
 */
export function normalize(abs: string): string {
  if (isNormal(abs)) return abs;
  const out: string[] = [];
  for (const part of abs.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

/** Already what normalize makes of it: absolute, no empty, `.` or `..` component, no trailing slash. */
const isNormal = (p: string): boolean =>
  p === '/' || (p.charCodeAt(0) === 47 && p.charCodeAt(p.length - 1) !== 47 && !p.includes('//') && !p.includes('/./') && !p.includes('/../') && !p.endsWith('/.') && !p.endsWith('/..'));

export function resolve(cwd: string, p: string): string {
  return normalize(p.startsWith('/') ? p : `${cwd}/${p}`);
}

/**
 * Whether `p`, walked as the kernel walks it from `cwd` (each `..` looked up in the directory it
 * leaves), backs out of a directory the process may not search. The model resolves `..` by the
 * text, so such a path is one it cannot answer for: the kernel refuses it (EACCES), the model would
 * not. Root searches every directory.
 */
export function leavesUnsearchable(fs: ShFs, cwd: string, p: string): boolean {
  if (fs.cred.uid === 0 || !p.split('/').includes('..')) return false;
  let dir = p.startsWith('/') ? '/' : normalize(cwd);
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') dir = dir === '/' ? `/${part}` : `${dir}/${part}`;
    else if (fs.chdir(dir) === 'EACCES') return true;
    else dir = dirname(dir);
  }
  return false;
}

/** busybox concat_path_file: `dir/name`, with no second slash after a `dir/`. */
export function concatPath(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

export function basename(p: string): string {
  const trimmed = p.replace(/\/+$/, '');
  if (trimmed === '') return p === '' ? '' : '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

export function dirname(abs: string): string {
  const i = abs.lastIndexOf('/');
  return i <= 0 ? '/' : abs.slice(0, i);
}

/** stat of a command-line operand: a trailing slash demands a directory, as the kernel does. */
export function statArg(fs: ShFs, cwd: string, arg: string, follow: boolean): Stat | Errno {
  const p = resolve(cwd, arg);
  const trailing = arg.endsWith('/') && p !== '/';
  const st = trailing || follow ? fs.stat(p) : fs.lstat(p);
  if (typeof st === 'string') return st;
  if (trailing && st.type !== 'dir') return 'ENOTDIR';
  return st;
}

/**
 * Whether `abs`, its symlinks followed (missing names taken as they are), is in /dev, /proc or
 * /sys: kernel filesystems the model does not have (`/etc/mtab` is a link to /proc/mounts).
 */
export function inKernelFs(fs: ShFs, abs: string): boolean {
  const kernel = (p: string): boolean => /^\/(dev|proc|sys)(\/|$)/.test(p);
  let pending = normalize(abs).split('/').filter((s) => s !== '');
  let done = '/';
  for (let links = 0; pending.length > 0 && !kernel(done); ) {
    const [name, ...rest] = pending as [string, ...string[]];
    pending = rest;
    const next = done === '/' ? `/${name}` : `${done}/${name}`;
    const st = fs.lstat(next);
    if (typeof st !== 'string' && st.type === 'symlink' && ++links <= 40) {
      const t = fs.readlink(next);
      pending = [...t.split('/').filter((s) => s !== '' && s !== '.'), ...pending];
      if (t.startsWith('/')) done = '/';
      continue;
    }
    done = name === '..' ? dirname(done) : next;
  }
  return kernel(done);
}

/** realpath(3): every symlink resolved (at most 40, like the kernel). */
export function realpath(fs: ShFs, abs: string): { path: string } | Errno {
  let pending = normalize(abs).split('/').filter((s) => s !== '');
  let done = '/';
  let links = 0;
  while (pending.length > 0) {
    const [name, ...rest] = pending as [string, ...string[]];
    pending = rest;
    if (name === '..') {
      done = dirname(done);
      continue;
    }
    const next = done === '/' ? `/${name}` : `${done}/${name}`;
    const st = fs.lstat(next);
    if (typeof st === 'string') return st;
    if (st.type === 'symlink') {
      if (++links > 40) return 'ELOOP';
      // lstat just said it is a symlink, so readlink yields its target
      const t = fs.readlink(next);
      pending = [...t.split('/').filter((s) => s !== '' && s !== '.'), ...pending];
      if (t.startsWith('/')) done = '/';
      continue;
    }
    if (pending.length > 0 && st.type !== 'dir') return 'ENOTDIR';
    done = next;
  }
  return { path: done };
}

/** glibc strerror texts, as busybox prints them. */
export function strerror(e: Errno): string {
  switch (e) {
    case 'ENOENT': return 'No such file or directory';
    case 'EEXIST': return 'File exists';
    case 'ENOTDIR': return 'Not a directory';
    case 'EISDIR': return 'Is a directory';
    case 'ENOTEMPTY': return 'Directory not empty';
    case 'EACCES': return 'Permission denied';
    case 'EPERM': return 'Operation not permitted';
    case 'EINVAL': return 'Invalid argument';
    case 'ELOOP': return 'Too many levels of symbolic links';
    case 'EROFS': return 'Read-only file system';
    case 'EXDEV': return 'Invalid cross-device link';
  }
}

export function isErrno(x: unknown): x is Errno {
  return typeof x === 'string';
}
