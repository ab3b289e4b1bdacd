import { APPLETS, BUSYBOX_APPLETS, devicePaths, pastUnsearchable, type AppletResult } from './applets/index.js';
import { literal, type Simple } from './ast.js';
import { ASH_BUILTINS, BUILTINS, SPECIAL_BUILTINS, type BuiltinResult } from './builtins.js';
import { expandFields, expandString } from './expand.js';
import type { Errno, ShFs } from './fs.js';
import { baseFds, readFd, writeFd, type Fd, type OutputLog } from './io.js';
import { isBusybox } from './lookup.js';
import { basename, inKernelFs, leavesUnsearchable, resolve } from './path.js';
import { lex } from './lexer.js';
import { parse } from './parser.js';
import { environ, getVar, setVar, type ShState, type Var } from './shell.js';
import { signalNumber, type Signal } from './signal.js';
import { isUnsupported, unsupported, type Unsupported } from './types.js';

export interface RunCtx {
  readonly fs: ShFs;
  readonly now: number;
}

/** How a run of the shell stopped. */
export type RunResult = { readonly kind: 'exited'; readonly code: number } | { readonly kind: 'blocked'; readonly wakeAt: number } | Unsupported;

type Blocked = { readonly kind: 'block'; readonly ms: number };
type CmdResult = { readonly kind: 'done'; readonly status: number } | (Blocked & { readonly argv: string[] }) | { readonly kind: 'exit'; readonly code: number } | Unsupported;

const done = (status: number): CmdResult => ({ kind: 'done', status });

/** ash's errmsg(): ENOENT/ENOTDIR get the caller's wording, the rest strerror. */
function errmsg(e: Errno, enoent: string): string {
  if (e === 'ENOENT' || e === 'ENOTDIR') return enoent;
  return { EEXIST: 'File exists', EISDIR: 'Is a directory', ENOTEMPTY: 'Directory not empty', EACCES: 'Permission denied', EPERM: 'Operation not permitted', EINVAL: 'Invalid argument', ELOOP: 'Too many levels of symbolic links', EROFS: 'Read-only file system', EXDEV: 'Invalid cross-device link' }[e];
}

/**
 * Messages of the shell itself (not of a builtin). Observed: with `sh -c 'nosuch'` ash prints
 * "sh: nosuch: not found"; with an explicit $0 (`sh -c 'nosuch' x`) "x: line 0: nosuch: not found".
 */
function shellMsg(st: ShState, text: string): string {
  return st.arg0Given ? `${st.arg0}: line ${st.lineno}: ${text}\n` : `${st.arg0}: ${text}\n`;
}

/** Queue the handlers of trapped signals that arrived while the last command ran (lowest number first). */
export function queueTraps(st: ShState): Unsupported | undefined {
  const sigs = [...st.pending].sort((a, b) => signalNumber(b as Signal) - signalNumber(a as Signal));
  st.pending = [];
  for (const sig of sigs) {
    const handler = st.traps[sig];
    if (handler === undefined || handler === '') continue;
    const list = parse(handler, st.lineno);
    if (!Array.isArray(list)) return list as Unsupported;
    st.stack.push({ f: 'trap', saved: st.status }, { f: 'list', items: list, i: 0 });
    st.trapSaved.push(st.status);
  }
  return undefined;
}

/**
 * `sh -c` catches INT (ash's setsignal: S_CATCH when minusc) and raises it once the foreground command
 * returns: the shell leaves with 130 (the EXIT trap first). (A command ash exec'd in its place takes
 * the INT itself: process.ts resume never queues it.)
 * Returns the exit, or undefined when the shell goes on (an EXIT trap to run, or nothing raised).
 */
export function raiseInterrupt(st: ShState): RunResult | 'continue' {
  if (!st.pending.includes('INT') || st.traps['INT'] !== undefined) return 'continue';
  if (st.endsInNewline === undefined) return unsupported('an interrupt to a shell logged before strata kept whether it exec’d its last command');
  st.pending = [];
  return leave(st, 130) ?? 'continue';
}

/** Whether the -c script ends with a newline (ShState.endsInNewline); undefined for one that does not lex. */
export function endsInNewline(script: string): boolean | undefined {
  const toks = lex(script, 0);
  return Array.isArray(toks) ? toks[toks.length - 1]?.t === 'nl' : undefined;
}

/**
 * busybox ash (evalstring, evaltree's EV_EXIT) execs the -c script's last command in its own place
 * instead of forking it: the last command of the script's last line, when no newline follows it (a
 * newline is a line more), at the end of that line's list and of its `&&`/`||` chain, never one
 * under `!` or inside a loop; and never once a trap action was set (may_have_traps). Asked when the
 * shell blocks in its foreground command, whose frames are then past it. Observed on Docker
 * 20.10.24 for each of these shapes (docker top).
 */
export function execsInPlace(st: ShState): boolean {
  if (st.mayHaveTraps || st.endsInNewline !== false) return false;
  const [list, andOr, ...more] = st.stack;
  if (more.length > 0 || list?.f !== 'list' || andOr?.f !== 'andor') return false;
  return list.i >= list.items.length && andOr.i === andOr.node.rest.length;
}

/** Leave the shell: its next frames run the EXIT trap first (once), then exit with `code`. */
function leave(st: ShState, code: number): Unsupported | undefined {
  st.stack = [{ f: 'exit', code }];
  const h = st.traps['EXIT'];
  if (h === undefined || h === '') return undefined;
  delete st.traps['EXIT'];
  const list = parse(h, st.lineno);
  if (!Array.isArray(list)) return list as Unsupported;
  st.stack.push({ f: 'list', items: list, i: 0 });
  st.status = code;
  st.trapSaved = [code];
  return undefined;
}

/** Run the shell until it exits or blocks in a sleep. */
export function run(st: ShState, ctx: RunCtx, log: OutputLog): RunResult {
  for (;;) {
    const top = st.stack[st.stack.length - 1];
    if (top === undefined) {
      const r = leave(st, st.status);
      if (r !== undefined) return r;
      continue;
    }
    switch (top.f) {
      case 'list':
        if (top.i >= top.items.length) st.stack.pop();
        else st.stack.push({ f: 'andor', node: top.items[top.i++] as (typeof top.items)[number], i: -1 });
        break;
      case 'andor': {
        if (top.i === -1) {
          top.i = 0;
          st.stack.push({ f: 'pipeline', node: top.node.first });
          break;
        }
        const next = top.node.rest[top.i++];
        if (next === undefined) st.stack.pop();
        else if ((next.op === '&&') === (st.status === 0)) st.stack.push({ f: 'pipeline', node: next.p });
        break;
      }
      case 'not':
        st.stack.pop();
        st.status = st.status === 0 ? 1 : 0;
        break;
      case 'trap':
        st.stack.pop();
        st.trapSaved.pop();
        st.status = top.saved;
        break;
      case 'exit':
        return { kind: 'exited', code: top.code };
      case 'while':
        if (top.phase === 'cond') {
          if (st.status !== 0) {
            st.stack.pop();
            st.status = top.ran ? top.bodyStatus : 0;
          } else {
            top.phase = 'body';
            top.slept = false;
            st.stack.push({ f: 'list', items: top.node.body, i: 0 });
          }
        } else {
          // a loop that can spin without the clock moving cannot be modelled
          if (!top.slept) return unsupported('"while" loop iteration that did not sleep');
          top.ran = true;
          top.bodyStatus = st.status;
          top.phase = 'cond';
          st.stack.push({ f: 'list', items: top.node.cond, i: 0 });
        }
        break;
      case 'pipeline': {
        st.stack.pop();
        if (top.node.neg) st.stack.push({ f: 'not' });
        const cmd = top.node.cmd;
        if (cmd.k === 'while') {
          st.stack.push({ f: 'while', node: cmd, phase: 'cond', slept: false, ran: false, bodyStatus: 0 });
          st.stack.push({ f: 'list', items: cmd.cond, i: 0 });
          break;
        }
        const r = simple(st, cmd, ctx, log);
        if ('code' in r && r.code === 'unsupported') return r;
        if (r.kind === 'block') {
          for (const f of st.stack) if (f.f === 'while') f.slept = true;
          st.wakeAt = ctx.now + r.ms;
          st.fg = r.argv;
          st.execed = execsInPlace(st);
          return { kind: 'blocked', wakeAt: st.wakeAt };
        }
        if (r.kind === 'exit') {
          const x = leave(st, r.code);
          if (x !== undefined) return x;
          break;
        }
        if (r.kind === 'done') {
          st.status = r.status;
          const u = queueTraps(st);
          if (u !== undefined) return u;
        }
        break;
      }
    }
  }
}

type Target =
  | { readonly k: 'builtin'; readonly name: string }
  | { readonly k: 'applet'; readonly name: string }
  | { readonly k: 'error'; readonly text: string; readonly status: number };

/** ash command lookup: builtins, then (standalone shell) busybox applets, then PATH. */
function lookup(st: ShState, fs: ShFs, name: string): Target | Unsupported {
  if (name.includes('/')) {
    if (leavesUnsearchable(fs, st.cwd, name)) return unsupported(pastUnsearchable(name));
    const abs = resolve(st.cwd, name);
    const s = fs.stat(abs);
    if (s === 'ENOENT' || s === 'ENOTDIR') return { k: 'error', text: `${name}: not found`, status: 127 };
    // execve(2) fails with EACCES: a directory on the way or the file itself the user may not use
    const denied = { k: 'error', text: `${name}: Permission denied`, status: 126 } as const;
    if (s === 'EACCES') return denied;
    if (typeof s === 'string') return unsupported(`exec of ${JSON.stringify(name)} failing with ${s}`);
    if (s.type === 'dir' || fs.mayExec(abs) !== undefined) return denied;
    if (!isBusybox(fs, abs)) return unsupported(`exec of ${JSON.stringify(name)}: not busybox (a script or another binary)`);
    const applet = basename(name);
    return BUSYBOX_APPLETS.has(applet) ? { k: 'applet', name: applet } : { k: 'error', text: '', status: 127 };
  }
  if (ASH_BUILTINS.has(name)) return BUILTINS[name] !== undefined ? { k: 'builtin', name } : unsupported(`sh builtin ${JSON.stringify(name)}`);
  if (BUSYBOX_APPLETS.has(name)) return { k: 'applet', name };
  const path = getVar(st, 'PATH')?.value ?? '';
  for (const dir of path.split(':')) {
    const s = fs.stat(resolve(st.cwd, `${dir === '' ? '.' : dir}/${name}`));
    if (typeof s !== 'string' && s.type === 'file') return unsupported(`exec of ${JSON.stringify(name)} found in PATH (not a busybox applet)`);
  }
  return { k: 'error', text: `${name}: not found`, status: 127 };
}

/** Apply redirections left to right on a copy of the shell's fds. */
function redirect(st: ShState, node: Simple, fs: ShFs, log: OutputLog): Fd[] | { failed: true } | Unsupported {
  const fds = baseFds();
  for (const r of node.redirs) {
    if (r.op === '>&') {
      const t = literal(r.target);
      const src = t !== undefined && /^[0-9]$/.test(t) ? fds[Number(t)] : undefined;
      if (src === undefined) return unsupported(`redirection >&${t ?? '…'}`);
      fds[r.fd] = src;
      continue;
    }
    const target = expandString(st, r.target);
    if (typeof target !== 'string') return target;
    if (target === '') return unsupported('redirection to an empty file name');
    if (target === '/dev/null') {
      fds[r.fd] = r.op === '<' ? { k: 'in', data: '' } : { k: 'null' };
      continue;
    }
    const abs = resolve(st.cwd, target);
    if (inKernelFs(fs, abs)) return unsupported(`redirection to ${target}`);
    if (leavesUnsearchable(fs, st.cwd, target)) return unsupported(pastUnsearchable(target));
    let error: string | undefined;
    if (r.op === '<') {
      // open(2) of a directory the process may read succeeds (its read fails)
      const data = fs.readFile(abs);
      if (data === 'EISDIR') fds[r.fd] = { k: 'dir' };
      else if (typeof data === 'string') error = `can't open ${target}: ${errmsg(data, 'no such file')}`;
      else fds[r.fd] = { k: 'in', data: new TextDecoder().decode(data) };
    } else {
      const e = fs.writeFile(abs, new Uint8Array(), r.op === '>>');
      if (e !== undefined) error = `can't create ${target}: ${errmsg(e, 'nonexistent directory')}`;
      else fds[r.fd] = { k: 'file', path: abs, append: r.op === '>>', offset: 0 };
    }
    if (error !== undefined) {
      if (node.redirs.some((x) => x.fd === 2 && x !== r)) return unsupported('a failing redirection in a command that also redirects stderr');
      log.push('stderr', shellMsg(st, error));
      return { failed: true };
    }
  }
  return fds;
}

/** The environment of a child with prefix assignments exported into it. */
function childEnv(st: ShState, assigns: readonly (readonly [string, string])[]): string[] {
  const vars: Var[] = st.vars.map((v) => ({ ...v }));
  let order = st.nextOrder;
  for (const [name, value] of assigns) {
    const v = vars.find((x) => x.name === name);
    if (v !== undefined) {
      v.value = value;
      v.exported = true;
    } else vars.push({ name, value, exported: true, order: order++ });
  }
  return environ(vars);
}

function simple(st: ShState, node: Simple, ctx: RunCtx, log: OutputLog): CmdResult {
  st.lineno = node.line;
  const fields: string[] = [];
  for (const w of node.words) {
    const f = expandFields(st, w);
    if (!Array.isArray(f)) return f;
    fields.push(...f);
  }
  const assigns: [string, string][] = [];
  for (const a of node.assigns) {
    if (a.name === 'IFS') return unsupported('assigning IFS (field splitting is modelled for the default IFS only)');
    const v = expandString(st, a.value);
    if (typeof v !== 'string') return v;
    assigns.push([a.name, v]);
  }
  const name = fields[0];
  const target = name === undefined ? undefined : lookup(st, ctx.fs, name);
  if (target !== undefined && 'code' in target) return target;
  const fds = redirect(st, node, ctx.fs, log);
  if (!Array.isArray(fds)) {
    if ('code' in fds) return fds;
    if (target?.k === 'builtin' && SPECIAL_BUILTINS.has(target.name)) return unsupported(`a failing redirection of the special builtin ${target.name}`);
    return done(1);
  }
  const io = { out: (t: string) => writeFd(ctx.fs, log, fds[1], t), err: (t: string) => writeFd(ctx.fs, log, fds[2], t) };
  if (name === undefined || target === undefined) {
    for (const [n, v] of assigns) setVar(st, n, v);
    return done(0);
  }
  const args = fields.slice(1);
  if (target.k === 'error') {
    if (target.text !== '') writeFd(ctx.fs, log, fds[2], shellMsg(st, target.text));
    else io.err(`${basename(name)}: applet not found\n`);
    return done(target.status);
  }
  if (target.k === 'builtin') {
    const special = SPECIAL_BUILTINS.has(target.name);
    if (special) for (const [n, v] of assigns) setVar(st, n, v);
    else if (target.name === 'cd' && assigns.some(([n]) => n === 'HOME' || n === 'CDPATH')) return unsupported('prefix assignment of HOME/CDPATH on cd');
    const r: BuiltinResult = (BUILTINS[target.name] as NonNullable<(typeof BUILTINS)[string]>)(st, args, io, ctx.fs);
    if ('code' in r) return r;
    if ('status' in r) return done(r.status);
    if (r.fatal === true && st.traps['EXIT'] !== undefined) return unsupported('an EXIT trap after a fatal builtin error');
    return { kind: 'exit', code: r.exit };
  }
  const r = applet(st, target.name, args, fds, childEnv(st, assigns), ctx, log);
  return 'kind' in r && r.kind === 'block' ? { ...r, argv: fields } : r;
}

function applet(st: ShState, name: string, args: readonly string[], fds: Fd[], env: readonly string[], ctx: RunCtx, log: OutputLog): Exclude<CmdResult, { kind: 'block' }> | Blocked {
  let appletName = name;
  let appletArgs = args;
  if (name === 'busybox') {
    const [first, ...rest] = args;
    if (first === undefined || first.startsWith('-')) return unsupported('busybox without an applet name');
    if (!BUSYBOX_APPLETS.has(first)) {
      writeFd(ctx.fs, log, fds[2], `${first}: applet not found\n`);
      return done(127);
    }
    appletName = first;
    appletArgs = rest;
  }
  if (appletName === 'sh' || appletName === 'ash') {
    // A bare shell reads its script from stdin: a container without -i has an empty one (/dev/null),
    // so it reads nothing and exits 0 (`ENTRYPOINT ["sh","-c"]` with `CMD ["sh","-c","…"]` runs `sh`).
    const script = readFd(fds[0]);
    if (appletArgs.length > 0 || typeof script === 'string' || script.text !== '') return unsupported('a nested shell');
    return done(0);
  }
  const a = APPLETS[appletName];
  if (a === undefined) return unsupported(`busybox applet ${JSON.stringify(appletName)} (not modelled)`);
  const dev = devicePaths(appletName, appletArgs, st.cwd, ctx.fs);
  if (dev !== undefined) return dev;
  const r: AppletResult = a.run(appletArgs, {
    fs: ctx.fs,
    cwd: st.cwd,
    env,
    out: (t) => writeFd(ctx.fs, log, fds[1], t),
    err: (t) => writeFd(ctx.fs, log, fds[2], t),
    stdin: () => readFd(fds[0]),
  });
  if (isUnsupported(r)) return r;
  return r.kind === 'exit' ? done(r.code) : { kind: 'block', ms: r.ms };
}
