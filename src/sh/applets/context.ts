import type { Errno, ShFs } from '../fs.js';
import { unsupported, type Unsupported } from '../types.js';

/** What an applet sees: its fds 0..2 already wired by the caller (sh redirections or the container). */
export interface AppletCtx {
  readonly fs: ShFs;
  /** logical working directory, absolute */
  readonly cwd: string;
  readonly env: readonly string[];
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** everything readable on fd 0 ('' for a detached container or /dev/null) */
  readonly stdin: () => { readonly text: string } | Errno;
}

/** exit with a status, or block in sleep(ms) and then exit 0 */
export type AppletResult = { readonly kind: 'exit'; readonly code: number } | { readonly kind: 'sleep'; readonly ms: number } | Unsupported;

export const exit = (code: number): AppletResult => ({ kind: 'exit', code });

export interface Applet {
  /** static validation of arguments (used at container create and before running) */
  readonly check: (args: readonly string[]) => Unsupported | undefined;
  readonly run: (args: readonly string[], ctx: AppletCtx) => AppletResult;
}

export interface Opts {
  readonly flags: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, string>;
  readonly operands: readonly string[];
}

/**
 * Leading option clusters as busybox getopt32 reads them. Options after the first operand would be
 * permuted by GNU getopt; the model refuses them rather than guess.
 */
export function parseOpts(applet: string, args: readonly string[], flags: string, withValue = ''): Opts | Unsupported {
  const set = new Set<string>();
  const values = new Map<string, string>();
  let i = 0;
  let dashdash = false;
  for (; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      dashdash = true;
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    for (let j = 1; j < a.length; j++) {
      const c = a[j] as string;
      if (withValue.includes(c)) {
        const v = j + 1 < a.length ? a.slice(j + 1) : args[++i];
        if (v === undefined) return unsupported(`${applet} option -${c} without a value`);
        values.set(c, v);
        break;
      }
      if (!flags.includes(c)) return unsupported(`${applet} option -${c}`);
      set.add(c);
    }
  }
  const operands = args.slice(i);
  const late = dashdash ? undefined : operands.find((a) => a.startsWith('-') && a !== '-');
  if (late !== undefined) return unsupported(`${applet} option ${JSON.stringify(late)} after an operand`);
  return { flags: set, values, operands };
}
