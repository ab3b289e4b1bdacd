import { concatPath, resolve, statArg, strerror } from '../path.js';
import { unsupported } from '../types.js';
import { exit, parseOpts, type Applet } from './context.js';

/** byte order, as busybox ls sorts in the C locale ("B" before "a") */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * busybox ls writing to a pipe or file (never a tty in a container log): one name per line.
 * Modelled flags: -a, -1, -d. Operands are stat()ed (symlinks followed); files are listed first,
 * then each directory, with "DIR:" headers when there is more than one operand.
 */
const ls: Applet = {
  check: (args) => {
    const o = parseOpts('ls', args, 'a1d');
    return 'code' in o ? o : undefined;
  },
  run: (args, ctx) => {
    const o = parseOpts('ls', args, 'a1d');
    if ('code' in o) return o;
    const operands = o.operands.length === 0 ? ['.'] : o.operands;
    let code = 0;
    const files: string[] = [];
    const dirs: string[] = [];
    for (const arg of operands) {
      const st = statArg(ctx.fs, ctx.cwd, arg, true);
      if (typeof st === 'string') {
        ctx.err(`ls: ${arg}: ${strerror(st)}\n`);
        code = 1;
      } else if (st.type === 'dir' && !o.flags.has('d')) dirs.push(arg);
      else files.push(arg);
    }
    let text = files.sort(cmp).map((f) => `${f}\n`).join('');
    let first = files.length === 0;
    for (const d of dirs.sort(cmp)) {
      if (!first) text += '\n';
      first = false;
      if (operands.length > 1) text += `${d}:\n`;
      const abs = resolve(ctx.cwd, d);
      const names = ctx.fs.readdir(abs);
      if (typeof names === 'string') {
        ctx.err(`ls: can't open '${d}': ${strerror(names)}\n`);
        code = 1;
        continue;
      }
      // each entry is lstat()ed, which needs search permission on the directory: the ones that fail are left out
      const searchable = ctx.fs.chdir(abs) === undefined;
      const entries = o.flags.has('a') ? ['.', '..', ...names] : names.filter((x) => !x.startsWith('.'));
      // busybox reports them in the directory's own order, which the model does not keep
      if (!searchable && entries.length > 1) return unsupported(`ls of a directory it may read but not search, with more than one entry (${d})`);
      const shown: string[] = [];
      for (const n of entries) {
        if (searchable) shown.push(n);
        else {
          ctx.err(`ls: ${concatPath(d, n)}: ${strerror('EACCES')}\n`);
          code = 1;
        }
      }
      text += shown.sort(cmp).map((n) => `${n}\n`).join('');
    }
    ctx.out(text);
    return exit(code);
  },
};

export const LS: Readonly<Record<string, Applet>> = { ls };
