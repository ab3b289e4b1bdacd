/**
 * busybox 1.35's id and whoami (coreutils/id.c, whoami.c): the process's ids as the kernel gives
 * them (its real and effective ids are the same), named from /etc/passwd and /etc/group by busybox's
 * own reader (passdb.ts). `id USER` takes USER's ids from /etc/passwd and its groups from
 * /etc/group (getgrouplist: its gid, then every other group listing it, in the file's order).
 */
import { isUnsupported, unsupported, type Unsupported } from '../types.js';
import { exit, parseOpts, type Applet, type AppletCtx, type AppletResult } from './context.js';
import { GROUP, PASSWD, lookup, members, scan } from './passdb.js';
import { usage } from './usage.js';

/** A name lookup's answer: the name, none, or what the model cannot say. */
type Name = string | undefined | Unsupported;

const nameOf = (ctx: AppletCtx, applet: string, db: typeof PASSWD | typeof GROUP, id: number): Name => {
  const f = lookup(ctx, applet, db, 2, String(id));
  return f === undefined || isUnsupported(f) ? f : f[0]!;
};

class Refused {
  constructor(readonly why: Unsupported) {}
}

/** id's print_common: the id and/or its name as the options ask; false when a name asked for is missing. */
function printer(ctx: AppletCtx, opts: ReadonlySet<string>, out: string[]) {
  const any = opts.size > 0;
  const names = opts.has('n');
  return (id: number, name: Name, prefix: string): boolean => {
    if (isUnsupported(name)) throw new Refused(name);
    out.push(prefix);
    if (!names || name === undefined) out.push(String(id));
    if (any && !names) return true;
    if (name !== undefined) out.push(any ? name : `(${name})`);
    else if (any) {
      ctx.err(`id: unknown ID ${id}\n`);
      return false;
    }
    return true;
  };
}

/** getgrouplist: `gid`, then the gid of every other group whose members include `user`, in the file's order. */
function groupList(ctx: AppletCtx, user: string, gid: number): number[] | Unsupported {
  const records = scan(ctx, 'id', GROUP, () => false);
  if (isUnsupported(records)) return records;
  const out = [gid];
  for (const r of records) if (r.gid !== undefined && r.gid !== gid && members(r.fields).includes(user)) out.push(r.gid);
  return out;
}

function idMain(o: { flags: ReadonlySet<string>; operands: readonly string[] }, ctx: AppletCtx): AppletResult {
  const user = o.operands[0];
  let uid = ctx.fs.cred.uid;
  let gid = ctx.fs.cred.gid;
  if (user !== undefined) {
    const p = lookup(ctx, 'id', PASSWD, 0, user);
    if (isUnsupported(p)) return p;
    if (p === undefined) {
      ctx.err(`id: unknown user ${user}\n`);
      return exit(1);
    }
    const pwUid = Number(p[2]);
    if (!/^[0-9]+$/.test(p[2]!) || pwUid > 0xffffffff) return unsupported(`id of a user whose /etc/passwd uid field is not a number (${p[2]})`);
    uid = pwUid;
    gid = Number(p[3]);
  }
  const opts = o.flags;
  const out: string[] = [];
  const print = printer(ctx, opts, out);
  const userName = (id: number): Name => nameOf(ctx, 'id', PASSWD, id);
  const groupName = (id: number): Name => nameOf(ctx, 'id', GROUP, id);
  let ok = true;
  try {
    if (opts.size === 0 || opts.has('G')) {
      if (opts.size === 0) {
        ok = print(uid, userName(uid), 'uid=') && ok;
        ok = print(gid, groupName(gid), ' gid=') && ok;
      } else ok = print(gid, groupName(gid), '') && ok;
      const groups = user !== undefined ? groupList(ctx, user, gid) : [...ctx.fs.cred.groups];
      if (isUnsupported(groups)) return groups;
      let prefix = ' groups=';
      for (const g of groups) {
        if (opts.size > 0 && g === gid) continue;
        ok = print(g, groupName(g), opts.size > 0 ? ' ' : prefix) && ok;
        prefix = ',';
      }
    }
    if (opts.has('u')) ok = print(uid, userName(uid), '') && ok;
    else if (opts.has('g')) ok = print(gid, groupName(gid), '') && ok;
  } catch (e) {
    if (e instanceof Refused) return e.why;
    throw e;
  }
  ctx.out(`${out.join('')}\n`);
  return exit(ok ? 0 : 1);
}

const id: Applet = {
  check: (args) => {
    const o = parseOpts('id', args, 'rnugG');
    return 'code' in o ? o : undefined;
  },
  run: (args, ctx) => {
    const o = parseOpts('id', args, 'rnugG');
    if ('code' in o) return o;
    const f = o.flags;
    const which = ['u', 'g', 'G'].filter((x) => f.has(x)).length;
    // getopt32 "?1:u--g:g--u:G--u:u--G:g--G:G--g:r?ugG:n?ugG": one operand at most, one of -u -g -G, -r and -n only with one
    if (o.operands.length > 1 || which > 1 || ((f.has('r') || f.has('n')) && which === 0)) {
      ctx.err(usage('id') ?? '');
      return exit(1);
    }
    return idMain(o, ctx);
  },
};

const whoami: Applet = {
  check: (args) => (args[0]?.startsWith('-') === true ? unsupported(`whoami option ${JSON.stringify(args[0])}`) : undefined),
  run: (args, ctx) => {
    const bad = whoami.check(args);
    if (bad !== undefined) return bad;
    if (args.length > 0) {
      ctx.err(usage('whoami') ?? '');
      return exit(1);
    }
    const uid = ctx.fs.cred.uid;
    const name = nameOf(ctx, 'whoami', PASSWD, uid);
    if (isUnsupported(name)) return name;
    if (name === undefined) {
      ctx.err(`whoami: unknown uid ${uid}\n`);
      return exit(1);
    }
    ctx.out(`${name}\n`);
    return exit(0);
  },
};

export const IDS: Readonly<Record<string, Applet>> = { id, whoami };
