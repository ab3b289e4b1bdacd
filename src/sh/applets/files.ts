import type { Errno, ShFs } from '../fs.js';
import { basename, concatPath, realpath, resolve, statArg, strerror } from '../path.js';
import { unsupported } from '../types.js';
import { exit, parseOpts, type Applet, type AppletCtx, type AppletResult, type Opts } from './context.js';
import { usage } from './usage.js';

/** umask of a container process (runc default) */
const UMASK = 0o022;
const S_ISGID = 0o2000;

function withOpts(name: string, flags: string, values: string, min: number, body: (o: Opts, ctx: AppletCtx) => AppletResult): Applet {
  return {
    check: (args) => {
      const o = parseOpts(name, args, flags, values);
      return 'code' in o ? o : undefined;
    },
    run: (args, ctx) => {
      const o = parseOpts(name, args, flags, values);
      if ('code' in o) return o;
      if (o.operands.length < min) {
        ctx.err(usage(name) ?? '');
        return exit(1);
      }
      return body(o, ctx);
    },
  };
}

const mkdir = withOpts('mkdir', 'p', 'm', 1, (o, ctx) => {
  const modeArg = o.values.get('m');
  if (modeArg !== undefined && !/^[0-7]{1,4}$/.test(modeArg)) return unsupported(`mkdir -m ${JSON.stringify(modeArg)}`);
  let code = 0;
  for (const arg of o.operands) {
    // with -p every prefix ending in '/' is created first, and errors name that prefix
    const steps = o.flags.has('p') ? prefixes(arg) : [arg];
    for (const step of steps) {
      const e = ctx.fs.mkdir(resolve(ctx.cwd, step));
      if (e === undefined) continue;
      let errno: Errno = e;
      if (e === 'EEXIST' && o.flags.has('p')) {
        const st = statArg(ctx.fs, ctx.cwd, step, true);
        if (typeof st !== 'string' && st.type === 'dir') continue;
        if (typeof st === 'string') errno = st;
      }
      ctx.err(`mkdir: can't create directory '${step}': ${strerror(errno)}\n`);
      code = 1;
      break;
    }
    if (code === 0 && modeArg !== undefined) ctx.fs.chmod(resolve(ctx.cwd, arg), parseInt(modeArg, 8));
  }
  return exit(code);
});

function prefixes(arg: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < arg.length; i++) if (arg[i] === '/' && arg[i - 1] !== '/') out.push(arg.slice(0, i + 1));
  if (!arg.endsWith('/')) out.push(arg);
  return out;
}

/** busybox remove_file */
function removeFile(ctx: AppletCtx, path: string, recursive: boolean, force: boolean): boolean {
  const st = statArg(ctx.fs, ctx.cwd, path, false);
  if (typeof st === 'string') {
    if (st !== 'ENOENT') ctx.err(`rm: can't stat '${path}': ${strerror(st)}\n`);
    else if (!force) ctx.err(`rm: can't remove '${path}': ${strerror(st)}\n`);
    return st === 'ENOENT' && force;
  }
  const abs = resolve(ctx.cwd, path);
  if (st.type === 'dir') {
    if (!recursive) {
      ctx.err(`rm: '${path}' is a directory\n`);
      return false;
    }
    const names = ctx.fs.readdir(abs);
    // opendir fails: remove_file gives up on the directory without a word
    if (typeof names === 'string') return false;
    let ok = true;
    for (const n of names) ok = removeFile(ctx, concatPath(path, n), true, force) && ok;
    const e = ctx.fs.rmdir(abs);
    if (e !== undefined && ok) ctx.err(`rm: can't remove '${path}': ${strerror(e)}\n`);
    return ok && e === undefined;
  }
  const e = ctx.fs.unlink(abs);
  if (e !== undefined) ctx.err(`rm: can't remove '${path}': ${strerror(e)}\n`);
  return e === undefined;
}

const rm: Applet = {
  check: (args) => {
    const o = parseOpts('rm', args, 'rRf');
    return 'code' in o ? o : undefined;
  },
  run: (args, ctx) => {
    const o = parseOpts('rm', args, 'rRf');
    if ('code' in o) return o;
    const force = o.flags.has('f');
    if (o.operands.length === 0) {
      if (force) return exit(0);
      ctx.err(usage('rm') ?? '');
      return exit(1);
    }
    let code = 0;
    for (const arg of o.operands) {
      const b = basename(arg);
      if (resolve(ctx.cwd, arg) === '/' || b === '.' || b === '..') return unsupported(`rm of ${JSON.stringify(arg)}`);
      if (!removeFile(ctx, arg, o.flags.has('r') || o.flags.has('R'), force)) code = 1;
    }
    return exit(code);
  },
};

const rmdir = withOpts('rmdir', '', '', 1, (o, ctx) => {
  let code = 0;
  for (const arg of o.operands) {
    const e = ctx.fs.rmdir(resolve(ctx.cwd, arg));
    if (e === undefined) continue;
    ctx.err(`rmdir: '${arg}': ${strerror(e)}\n`);
    code = 1;
  }
  return exit(code);
});

const touch = withOpts('touch', '', '', 1, (o, ctx) => {
  let code = 0;
  for (const arg of o.operands) {
    const abs = resolve(ctx.cwd, arg);
    const st = statArg(ctx.fs, ctx.cwd, arg, true);
    // open(O_CREAT) then utimes: an existing path only gets its mtime bumped
    const e = typeof st !== 'string' ? ctx.fs.touch(abs) : st === 'ENOENT' ? ctx.fs.writeFile(abs, new Uint8Array(), true) : st;
    if (e === undefined) continue;
    ctx.err(`touch: ${arg}: ${strerror(e)}\n`);
    code = 1;
  }
  return exit(code);
});

function isInside(fs: ShFs, child: string, parent: string): boolean {
  const c = realpath(fs, child);
  const p = realpath(fs, parent);
  if (typeof c === 'string' || typeof p === 'string') return false;
  return c.path === p.path || c.path.startsWith(p.path === '/' ? '/' : `${p.path}/`);
}

/** busybox copy_file without -p: new files get the source mode minus the umask */
function copy(ctx: AppletCtx, src: string, dst: string, recursive: boolean): boolean | ReturnType<typeof unsupported> {
  const { fs, cwd } = ctx;
  const st = statArg(fs, cwd, src, !recursive);
  if (typeof st === 'string') {
    ctx.err(`cp: can't stat '${src}': ${strerror(st)}\n`);
    return false;
  }
  const dstLst = statArg(fs, cwd, dst, false);
  if (typeof dstLst === 'string' && dstLst !== 'ENOENT') {
    ctx.err(`cp: can't stat '${dst}': ${strerror(dstLst)}\n`);
    return false;
  }
  const srcAbs = resolve(cwd, src);
  const dstAbs = resolve(cwd, dst);
  if (st.type === 'dir') {
    if (!recursive) {
      ctx.err(`cp: omitting directory '${src}'\n`);
      return false;
    }
    if (typeof dstLst !== 'string' && dstLst.type !== 'dir') return unsupported(`cp -r of a directory onto a non-directory`);
    if (isInside(fs, dstAbs, srcAbs) || isInside(fs, dirnameOf(dstAbs), srcAbs)) return unsupported('cp -r of a directory into itself');
    // a directory it makes is the owner's to fill ((mode & ~umask) | 0700), and gets its mode once filled
    let made: { now: number; end: number } | undefined;
    if (typeof dstLst === 'string') {
      const e = fs.mkdir(dstAbs);
      if (e !== undefined) {
        ctx.err(`cp: can't create directory '${dst}': ${strerror(e)}\n`);
        return false;
      }
      const fresh = fs.stat(dstAbs);
      const mode = typeof fresh === 'string' ? 0o755 : fresh.mode;
      // mkdir(2) keeps the sticky bit of the mode it is given, never set-group-ID (that it inherits)
      made = { now: (mode & S_ISGID) | (((st.mode & ~UMASK) | 0o700) & 0o1777), end: st.mode & ~UMASK };
      if (made.now !== mode) fs.chmod(dstAbs, made.now);
    }
    // a directory it may not read: nothing copied, and nothing said
    const names = fs.readdir(srcAbs);
    if (typeof names === 'string') return false;
    let ok = true;
    for (const n of names) {
      const r = copy(ctx, concatPath(src, n), concatPath(dst, n), true);
      if (typeof r !== 'boolean') return r;
      ok = r && ok;
    }
    if (made !== undefined && made.end !== made.now) fs.chmod(dstAbs, made.end);
    return ok;
  }
  if (st.type === 'symlink') {
    if (typeof dstLst !== 'string') return unsupported('cp -r of a symlink onto an existing path');
    const e = fs.symlink(fs.readlink(srcAbs), dstAbs);
    return e === undefined ? true : unsupported(`cp -r failing to create a symlink (${e})`);
  }
  if (typeof dstLst !== 'string') {
    const a = realpath(fs, srcAbs);
    const b = realpath(fs, dstAbs);
    if (typeof a !== 'string' && typeof b !== 'string' && a.path === b.path) {
      ctx.err(`cp: '${src}' and '${dst}' are the same file\n`);
      return false;
    }
    if (dstLst.type === 'dir') return unsupported('cp of a file onto a directory');
  }
  const data = fs.readFile(srcAbs);
  if (typeof data === 'string') {
    ctx.err(`cp: can't open '${src}': ${strerror(data)}\n`);
    return false;
  }
  const e = fs.writeFile(dstAbs, data, false);
  if (e !== undefined) {
    ctx.err(`cp: can't create '${dst}': ${strerror(e)}\n`);
    return false;
  }
  if (typeof dstLst === 'string' && (st.mode & ~UMASK) !== 0o644) fs.chmod(dstAbs, st.mode & ~UMASK);
  return true;
}

function dirnameOf(abs: string): string {
  const i = abs.lastIndexOf('/');
  return i <= 0 ? '/' : abs.slice(0, i);
}

const cp = withOpts('cp', 'rR', '', 2, (o, ctx) => {
  const srcs = o.operands.slice(0, -1);
  const dest = o.operands[o.operands.length - 1] as string;
  const recursive = o.flags.has('r') || o.flags.has('R');
  const destSt = statArg(ctx.fs, ctx.cwd, dest, true);
  if (srcs.length > 1 && typeof destSt === 'string') return unsupported('cp of several sources to a missing destination');
  let code = 0;
  for (const src of srcs) {
    if (recursive) {
      const l = statArg(ctx.fs, ctx.cwd, src, false);
      if (typeof l !== 'string' && l.type === 'symlink') return unsupported('cp -r of a symlink operand');
    }
    const into = srcs.length > 1 || (typeof destSt !== 'string' && destSt.type === 'dir');
    const r = copy(ctx, src, into ? concatPath(dest, basename(src)) : dest, recursive);
    if (typeof r !== 'boolean') return r;
    if (!r) code = 1;
  }
  return exit(code);
});

const mv = withOpts('mv', '', '', 2, (o, ctx) => {
  const srcs = o.operands.slice(0, -1);
  const dest = o.operands[o.operands.length - 1] as string;
  const destSt = statArg(ctx.fs, ctx.cwd, dest, true);
  const destIsDir = typeof destSt !== 'string' && destSt.type === 'dir';
  if (srcs.length > 1 && !destIsDir) return unsupported('mv of several sources to a non-directory');
  let code = 0;
  for (const src of srcs) {
    const target = destIsDir ? concatPath(dest, basename(src)) : dest;
    const e = ctx.fs.rename(resolve(ctx.cwd, src), resolve(ctx.cwd, target));
    if (e === undefined) continue;
    if (e === 'EXDEV') return unsupported(`mv of ${JSON.stringify(src)} by uid ${ctx.fs.cred.uid}: overlayfs cannot move a directory from an image layer, and busybox's copy and removal instead is not modelled`);
    ctx.err(`mv: can't rename '${src}': ${strerror(e)}\n`);
    code = 1;
  }
  return exit(code);
});

const ln: Applet = {
  check: (args) => {
    const o = parseOpts('ln', args, 'sf');
    if ('code' in o) return o;
    return o.operands.length > 0 && !o.flags.has('s') ? unsupported('ln without -s (hard links)') : undefined;
  },
  run: (args, ctx) => {
    const o = parseOpts('ln', args, 'sf');
    if ('code' in o) return o;
    if (o.operands.length === 0) {
      ctx.err(usage('ln') ?? '');
      return exit(1);
    }
    if (!o.flags.has('s')) return unsupported('ln without -s (hard links)');
    if (o.operands.length === 1) return unsupported('ln -s with a single operand');
    const last = o.operands[o.operands.length - 1] as string;
    const lastSt = statArg(ctx.fs, ctx.cwd, last, true);
    const lastIsDir = typeof lastSt !== 'string' && lastSt.type === 'dir';
    if (o.operands.length > 2 && !lastIsDir) return unsupported('ln -s of several targets to a non-directory');
    let code = 0;
    for (const target of o.operands.slice(0, -1)) {
      const link = lastIsDir ? concatPath(last, basename(target)) : last;
      const abs = resolve(ctx.cwd, link);
      if (o.flags.has('f')) {
        const l = ctx.fs.lstat(abs);
        if (typeof l !== 'string') {
          if (l.type === 'dir') return unsupported('ln -sf onto a directory');
          ctx.fs.unlink(abs);
        }
      }
      const e = ctx.fs.symlink(target, abs);
      if (e === undefined) continue;
      ctx.err(`ln: ${link}: ${strerror(e)}\n`);
      code = 1;
    }
    return exit(code);
  },
};

const WHO: Readonly<Record<string, number>> = { a: 0o7777, u: 0o4700, g: 0o2070, o: 0o0007 };
const PERM: Readonly<Record<string, number>> = { r: 0o444, w: 0o222, x: 0o111, X: 0o111, s: 0o6000, t: 0o1000 };

/** busybox bb_parse_mode; `undefined` for an invalid mode */
export function parseMode(s: string, current: number, isDir: boolean): number | undefined {
  if (/^[0-7]/.test(s)) {
    if (!/^[0-7]+$/.test(s)) return undefined;
    const v = parseInt(s, 8);
    return v > 0o7777 ? undefined : v;
  }
  let mode = current;
  let i = 0;
  while (i < s.length) {
    if (s[i] === ',') {
      i++;
      continue;
    }
    let who = 0;
    while (WHO[s[i] ?? ''] !== undefined) {
      who |= WHO[s[i] as string] as number;
      if (++i >= s.length) return undefined;
    }
    do {
      const op = s[i];
      if (op !== '+' && op !== '-' && op !== '=') return undefined;
      if (op === '=') mode &= who === 0 ? ~0o7777 : ~who;
      i++;
      let perms = 0;
      const copyFrom = s[i];
      if (copyFrom === 'u' || copyFrom === 'g' || copyFrom === 'o') {
        const bits = mode & (WHO[copyFrom] as number) & 0o777;
        for (const m of [0o444, 0o222, 0o111]) if (bits & m) perms |= m;
        i++;
      } else {
        while (i < s.length && PERM[s[i] as string] !== undefined) {
          const c = s[i] as string;
          if (c !== 'X' || isDir || (mode & 0o111) !== 0) perms |= PERM[c] as number;
          i++;
        }
      }
      if (perms !== 0) {
        perms &= who === 0 ? ~UMASK : who;
        mode = op === '-' ? mode & ~perms : mode | perms;
      }
    } while (i < s.length && s[i] !== ',');
  }
  return mode & 0o7777;
}

const chmod: Applet = {
  check: (args) => {
    const first = args[0];
    if (first !== undefined && first.startsWith('-') && first !== '--' && !/^-[rwxXst]/.test(first)) return unsupported(`chmod option ${first}`);
    return undefined;
  },
  run: (args, ctx) => {
    const bad = chmod.check(args);
    if (bad !== undefined) return bad;
    const rest = args[0] === '--' ? args.slice(1) : args;
    const [mode, ...files] = rest;
    if (mode === undefined || files.length === 0) {
      ctx.err(usage('chmod') ?? '');
      return exit(1);
    }
    let code = 0;
    for (const f of files) {
      const st = statArg(ctx.fs, ctx.cwd, f, true);
      if (typeof st === 'string') {
        ctx.err(`chmod: ${f}: ${strerror(st)}\n`);
        code = 1;
        continue;
      }
      const m = parseMode(mode, st.mode, st.type === 'dir');
      if (m === undefined) {
        ctx.err(`chmod: invalid mode '${mode}'\n`);
        return exit(1);
      }
      const e = ctx.fs.chmod(resolve(ctx.cwd, f), m);
      if (e !== undefined) {
        ctx.err(`chmod: ${f}: ${strerror(e)}\n`);
        code = 1;
      }
    }
    return exit(code);
  },
};

export const FILES: Readonly<Record<string, Applet>> = { mkdir, rm, rmdir, touch, cp, mv, ln, chmod };
