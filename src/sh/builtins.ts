import { echoText } from './applets/index.js';
import type { ShFs } from './fs.js';
import { resolve, strerror } from './path.js';
import { getVar, setVar, type ShState } from './shell.js';
import { parseSignal, signalNumber, SIGNALS } from './signal.js';
import { unsupported, type Unsupported } from './types.js';

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** `exit` asks the runner to leave the shell (running the EXIT trap); `fatal` is an error of a special builtin. */
export type BuiltinResult = { readonly status: number } | { readonly exit: number; readonly fatal?: true } | Unsupported;

type Builtin = (st: ShState, args: readonly string[], io: Io, fs: ShFs) => BuiltinResult;

/** Every builtin of busybox ash 1.35: a name here is never looked up as an applet or in PATH. */
export const ASH_BUILTINS: ReadonlySet<string> = new Set([
  '.', ':', '[', '[[', 'alias', 'bg', 'break', 'cd', 'chdir', 'command', 'continue', 'echo', 'eval', 'exec', 'exit',
  'export', 'false', 'fg', 'getopts', 'hash', 'help', 'history', 'jobs', 'kill', 'let', 'local', 'printf', 'pwd',
  'read', 'readonly', 'return', 'set', 'shift', 'source', 'test', 'times', 'trap', 'true', 'type', 'ulimit', 'umask',
  'unalias', 'unset', 'wait',
]);

/** POSIX special builtins: their prefix assignments persist (observed: `X=1 :; echo $X` prints 1). */
export const SPECIAL_BUILTINS: ReadonlySet<string> = new Set([
  '.', ':', 'break', 'continue', 'eval', 'exec', 'exit', 'export', 'readonly', 'return', 'set', 'shift', 'source',
  'times', 'trap', 'unset',
]);

/** "sh: cd: line 0: ..." — ash names the builtin and the 0-based line of a `-c` script. */
function msg(st: ShState, name: string, text: string): string {
  return `${st.arg0}: ${name}: line ${st.lineno}: ${text}\n`;
}

const cd: Builtin = (st, args, io, fs) => {
  if (args.length > 1) return unsupported('cd with more than one argument');
  const arg = args[0];
  if (arg !== undefined && arg.startsWith('-')) return unsupported(`cd ${arg}`);
  const dest = arg ?? getVar(st, 'HOME')?.value ?? '';
  if (dest === '') return { status: 0 };
  if (!dest.startsWith('/') && getVar(st, 'CDPATH')?.value != null) return unsupported('cd with CDPATH set');
  // ash resolves `..` in the logical path before chdir(2)
  const dir = resolve(st.cwd, dest);
  const e = fs.chdir(dir);
  if (e !== undefined) {
    io.err(msg(st, 'cd', `can't cd to ${dest}: ${strerror(e)}`));
    return { status: 2 };
  }
  setVar(st, 'OLDPWD', st.cwd, true);
  st.cwd = dir;
  setVar(st, 'PWD', dir, true);
  return { status: 0 };
};

const pwd: Builtin = (st, args, io) => {
  if (args.length > 0) return unsupported('pwd with arguments');
  io.out(`${st.cwd}\n`);
  return { status: 0 };
};

const exit: Builtin = (st, args, io) => {
  const a = args[0];
  if (a === undefined) return { exit: st.trapSaved[st.trapSaved.length - 1] ?? st.status };
  if (/^[0-9]{1,9}$/.test(a)) return { exit: Number(a) % 256 };
  if (/^[0-9]+$/.test(a)) return unsupported(`exit ${a} (out of range)`);
  io.err(msg(st, 'exit', `Illegal number: ${a}`));
  return { exit: 2, fatal: true };
};

/** trap's signal spec: EXIT/0, a name with or without SIG (any case), or a number */
function trapKey(spec: string): string | undefined {
  if (spec === '0' || spec.toUpperCase() === 'EXIT') return 'EXIT';
  return parseSignal(spec);
}

/** 'it'"'"'s' — ash's single-quoting in `trap` output */
function quote(s: string): string {
  return `'${s.replace(/'/g, `'"'"'`)}'`;
}

const trap: Builtin = (st, args, io) => {
  const a = args[0] === '--' ? args.slice(1) : args;
  if (a.length === 0) {
    const keys = Object.keys(st.traps).sort((x, y) => order(x) - order(y));
    io.out(keys.map((k) => `trap -- ${quote(st.traps[k] ?? '')} ${k}\n`).join(''));
    return { status: 0 };
  }
  if (a[0]?.startsWith('-') && a[0] !== '-') return unsupported(`trap ${a[0]}`);
  if (a.length === 1) return unsupported('trap with a single argument');
  const [action, ...specs] = a as [string, ...string[]];
  let status = 0;
  for (const spec of specs) {
    const key = trapKey(spec);
    if (key === undefined) {
      io.err(msg(st, 'trap', `${spec}: invalid signal specification`));
      status = 1;
      continue;
    }
    if (key === 'KILL' || key === 'STOP') return unsupported(`trap on ${key}`);
    if (action === '-') delete st.traps[key];
    else st.traps[key] = action;
    if (action !== '-' && action !== '') st.mayHaveTraps = true;
  }
  return { status };
};

function order(key: string): number {
  return key === 'EXIT' ? 0 : signalNumber(key as (typeof SIGNALS)[number]);
}

const echo: Builtin = (_st, args, io) => {
  const t = echoText(args);
  if (typeof t !== 'string') return t;
  io.out(t);
  return { status: 0 };
};

/** The modelled builtins. */
export const BUILTINS: Readonly<Record<string, Builtin>> = {
  ':': () => ({ status: 0 }),
  true: () => ({ status: 0 }),
  false: () => ({ status: 1 }),
  echo,
  cd,
  pwd,
  exit,
  trap,
};
