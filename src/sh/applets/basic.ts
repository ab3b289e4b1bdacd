import { resolve, realpath, statArg, strerror } from '../path.js';
import { isUnsupported, unsupported, type Unsupported } from '../types.js';
import { exit, parseOpts, type Applet, type AppletResult } from './context.js';
import { usage } from './usage.js';

const ok = (): undefined => undefined;


/** busybox echo (the sh builtin is the same code): -n/-e/-E clusters, then the words. */
export function echoText(args: readonly string[]): string | Unsupported {
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i] as string;
    if (!/^-[neE]+$/.test(a)) break;
    for (const c of a.slice(1)) {
      if (c === 'n') newline = false;
      else escapes = c === 'e';
    }
  }
  let out = '';
  const words = args.slice(i);
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as string;
    if (!escapes) out += word;
    else {
      const r = unescape(word);
      if (isUnsupported(r)) return r;
      out += r.text;
      if (r.stop) return out;
    }
    if (w + 1 < words.length) out += ' ';
  }
  return newline ? out + '\n' : out;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\',
};

/** echo -e: bb_process_escape_sequence; `\c` stops all output; unknown escapes stay literal. */
function unescape(word: string): { text: string; stop: boolean } | Unsupported {
  let text = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i] as string;
    if (c !== '\\' || i + 1 >= word.length) {
      text += c;
      continue;
    }
    const n = word[i + 1] as string;
    if (n === 'c') return { text, stop: true };
    const simple = SIMPLE_ESCAPES[n];
    if (simple !== undefined) {
      text += simple;
      i++;
      continue;
    }
    if (n === 'x') return unsupported('echo -e escape \\x');
    if (/[0-7]/.test(n)) {
      // "\0NNN": the leading 0 is skipped when an octal digit follows, then up to 3 digits
      let j = i + 1;
      if (n === '0' && /[0-7]/.test(word[j + 1] ?? '')) j++;
      const m = /^[0-7]{1,3}/.exec(word.slice(j));
      const value = parseInt(m?.[0] ?? '0', 8) & 0xff;
      if (value >= 0x80) return unsupported('echo -e escape producing a non-ASCII byte');
      text += String.fromCharCode(value);
      i = j + (m?.[0].length ?? 1) - 1;
      continue;
    }
    text += '\\';
  }
  return { text, stop: false };
}

const echo: Applet = {
  check: () => undefined,
  run: (args, ctx) => {
    const t = echoText(args);
    if (typeof t !== 'string') return t;
    ctx.out(t);
    return exit(0);
  },
};

const cat: Applet = {
  check: (args) => {
    const o = parseOpts('cat', args, '');
    return 'code' in o ? o : undefined;
  },
  run: (args, ctx) => {
    const o = parseOpts('cat', args, '');
    if ('code' in o) return o;
    let code = 0;
    for (const f of o.operands.length === 0 ? ['-'] : o.operands) {
      if (f === '-') {
        const d = ctx.stdin();
        if (typeof d === 'string') {
          ctx.err(`cat: read error: ${strerror(d)}\n`);
          code = 1;
        } else ctx.out(d.text);
        continue;
      }
      if (resolve(ctx.cwd, f) === '/dev/null') continue;
      const st = statArg(ctx.fs, ctx.cwd, f, true);
      const data = typeof st === 'string' ? st : ctx.fs.readFile(resolve(ctx.cwd, f));
      if (data === 'EISDIR') {
        // open(2) of a directory the process may read succeeds; read(2) fails
        ctx.err('cat: read error: Is a directory\n');
        code = 1;
        continue;
      }
      if (typeof data === 'string') {
        ctx.err(`cat: can't open '${f}': ${strerror(data)}\n`);
        code = 1;
        continue;
      }
      ctx.out(new TextDecoder().decode(data));
    }
    return exit(code);
  },
};

const noArgs = (name: string): Applet['check'] => (args) => (args.length > 0 ? unsupported(`${name} with arguments`) : undefined);

const trueApplet: Applet = { check: ok, run: () => exit(0) };
const falseApplet: Applet = { check: ok, run: () => exit(1) };

const env: Applet = {
  check: noArgs('env'),
  run: (args, ctx) => {
    if (args.length > 0) return unsupported('env with arguments');
    ctx.out(ctx.env.map((kv) => `${kv}\n`).join(''));
    return exit(0);
  },
};

/** the pwd applet prints getcwd(): the physical directory */
const pwd: Applet = {
  check: noArgs('pwd'),
  run: (args, ctx) => {
    if (args.length > 0) return unsupported('pwd with arguments');
    const real = realpath(ctx.fs, ctx.cwd);
    if (typeof real === 'string') return unsupported(`pwd in a working directory that does not resolve (${real})`);
    ctx.out(`${real.path}\n`);
    return exit(0);
  },
};

const MULT: Readonly<Record<string, number>> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/**
 * busybox parse_duration_str: integers with an optional s/m/h/d suffix, or a decimal (when the
 * argument has a '.'). Its odd error texts for decimals (the last digit is replaced by '1' before
 * the suffix is parsed) are reproduced; shapes whose behaviour is undefined are refused.
 */
function duration(arg: string): { seconds: number } | { invalid: string } | Unsupported {
  if (/^inf/i.test(arg)) return unsupported(`sleep duration ${JSON.stringify(arg)}`);
  if (!arg.includes('.')) {
    const m = /^([0-9]{1,12})([smhd]?)$/.exec(arg);
    if (m === null) return /^[0-9]{13,}/.test(arg) ? unsupported(`sleep duration ${JSON.stringify(arg)}`) : { invalid: arg };
    return { seconds: Number(m[1]) * (MULT[m[2] ?? ''] ?? 1) };
  }
  const num = /^[0-9.]*/.exec(arg)?.[0] ?? '';
  if (!/^([0-9]+\.?[0-9]*|\.[0-9]+)$/.test(num)) return unsupported(`sleep duration ${JSON.stringify(arg)}`);
  const rest = arg.slice(num.length);
  if (!/^[smhd]?$/.test(rest)) return { invalid: `1${rest}` };
  return { seconds: Number(num) * (MULT[rest] ?? 1) };
}

function sleepMs(args: readonly string[]): { ms: number } | { invalid: string } | { usage: true } | Unsupported {
  // observed: `sleep -1` is "invalid number '-1'", not an option error
  if (args.includes('--')) return unsupported('sleep --');
  if (args.length === 0) return { usage: true };
  let total = 0;
  for (const a of args) {
    const d = duration(a);
    if (!('seconds' in d)) return d;
    total += d.seconds;
  }
  // the model clock has millisecond resolution: round up so a sleep never ends early
  return { ms: Math.ceil(Math.round(total * 1e6) / 1e3) };
}

/** How long `sleep ARGS` sleeps (ms), or undefined when it does not (a usage or number error). */
export function sleepDuration(args: readonly string[]): number | undefined {
  const r = sleepMs(args);
  return 'ms' in r ? r.ms : undefined;
}

const sleep: Applet = {
  check: (args) => {
    const r = sleepMs(args);
    return 'code' in r ? r : undefined;
  },
  run: (args, ctx): AppletResult => {
    const r = sleepMs(args);
    if ('code' in r) return r;
    if ('usage' in r) {
      ctx.err(usage('sleep') ?? '');
      return exit(1);
    }
    if ('invalid' in r) {
      ctx.err(`sleep: invalid number '${r.invalid}'\n`);
      return exit(1);
    }
    return r.ms === 0 ? exit(0) : { kind: 'sleep', ms: r.ms };
  },
};

export const BASIC: Readonly<Record<string, Applet>> = {
  echo,
  cat,
  true: trueApplet,
  false: falseApplet,
  env,
  pwd,
  sleep,
};
