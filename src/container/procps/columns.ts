/**
 * ps's columns: each format specifier strata models, with the header procps prints for it and its
 * value for a process of the model; the formats its options name; and every specifier procps has
 * (`ps L`), to tell one strata does not model from one ps has not. Headers observed on Debian 12's
 * procps-ng 4.0.2 through Docker 20.10.24.
 *
 * What the model's processes have (see README, "docker top"): every one runs as the container's
 * user (real, effective and saved ids alike, as runc sets them) without a terminal and is asleep
 * (frozen, `D`, in a paused container); they use no CPU time and the model has no memory to
 * measure, so CPU, memory and their percentages are zeros; times are the model's, in UTC. ps runs
 * on the engine's host and names ids from the host's passwd and group files: root for 0, and for
 * any other id its number, as on a host that has no name for it (the host's names are no fact of
 * the model).
 */
import { HOST_NAMES } from '../../layer/owner-names.js';

/** A process as ps reads it from /proc. */
export interface PsProcess {
  readonly pid: number;
  readonly ppid: number;
  readonly pgid: number;
  readonly sid: number;
  /** its command line, /proc/PID/cmdline */
  readonly argv: readonly string[];
  readonly comm: string;
  /** model time it started (ms) */
  readonly start: number;
  /** frozen by the cgroup freezer: a paused container's */
  readonly frozen: boolean;
  /** its user and group ids */
  readonly uid: number;
  readonly gid: number;
}

export interface Column {
  readonly header: string;
  readonly value: (p: PsProcess, now: number) => string;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** procps pr_stime: the time today, the day this year, else the year (local time: the model's is UTC). */
function stime(p: PsProcess, now: number): string {
  const t = new Date(p.start);
  const n = new Date(now);
  if (t.getUTCFullYear() !== n.getUTCFullYear()) return String(t.getUTCFullYear());
  const sameDay = t.getUTCMonth() === n.getUTCMonth() && t.getUTCDate() === n.getUTCDate();
  return sameDay ? `${pad2(t.getUTCHours())}:${pad2(t.getUTCMinutes())}` : `${MONTHS[t.getUTCMonth()]}${pad2(t.getUTCDate())}`;
}

const elapsed = (p: PsProcess, now: number): number => Math.max(0, Math.floor((now - p.start) / 1000));

/** procps pr_etime: [[DD-]hh:]mm:ss */
function etime(p: PsProcess, now: number): string {
  const t = elapsed(p, now);
  const [dd, hh, mm, ss] = [Math.floor(t / 86400), Math.floor(t / 3600) % 24, Math.floor(t / 60) % 60, t % 60];
  if (dd > 0) return `${dd}-${pad2(hh)}:${pad2(mm)}:${pad2(ss)}`;
  return hh > 0 ? `${pad2(hh)}:${pad2(mm)}:${pad2(ss)}` : `${pad2(mm)}:${pad2(ss)}`;
}

/**
 * The command line as ps prints it: the arguments joined by spaces, a newline read as a space and
 * every other character that does not print (controls, DEL, C1 controls) as `?` (observed: a tab
 * shows as `?`, a newline as a space, UTF-8 as it is).
 */
const args = (p: PsProcess): string =>
  p.argv
    .join(' ')
    .replace(/\n/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');

const is = (value: string) => (): string => value;
/** The host's name for the id, or the id when it has none (procps's user_from_uid, group_from_gid). */
const userName = (p: PsProcess): string => HOST_NAMES.user(p.uid) || String(p.uid);
const groupName = (p: PsProcess): string => HOST_NAMES.group(p.gid) || String(p.gid);
const col = (header: string, value: Column['value']): Column => ({ header, value });

const state = (p: PsProcess): string => (p.frozen ? 'D' : 'S');
/** STAT: the state, `s` for a session leader */
const stat = (p: PsProcess): string => `${state(p)}${p.sid === p.pid ? 's' : ''}`;

/** The specifiers strata models, by name. */
export const COLUMNS: Readonly<Record<string, Column>> = {
  pid: col('PID', (p) => String(p.pid)),
  ppid: col('PPID', (p) => String(p.ppid)),
  pgid: col('PGID', (p) => String(p.pgid)),
  sid: col('SID', (p) => String(p.sid)),
  user: col('USER', userName),
  uname: col('USER', userName),
  ruser: col('RUSER', userName),
  euser: col('EUSER', userName),
  uid: col('UID', (p) => String(p.uid)),
  ruid: col('RUID', (p) => String(p.uid)),
  euid: col('EUID', (p) => String(p.uid)),
  group: col('GROUP', groupName),
  gid: col('GID', (p) => String(p.gid)),
  comm: col('COMMAND', (p) => p.comm),
  ucomm: col('COMMAND', (p) => p.comm),
  ucmd: col('CMD', (p) => p.comm),
  args: col('COMMAND', args),
  command: col('COMMAND', args),
  cmd: col('CMD', args),
  stat: col('STAT', stat),
  s: col('S', state),
  state: col('S', state),
  tty: col('TT', is('?')),
  tt: col('TT', is('?')),
  tname: col('TTY', is('?')),
  time: col('TIME', is('00:00:00')),
  cputime: col('TIME', is('00:00:00')),
  stime: col('STIME', stime),
  start_time: col('START', stime),
  etime: col('ELAPSED', etime),
  etimes: col('ELAPSED', (p, now) => String(elapsed(p, now))),
  c: col('C', is('0')),
  '%cpu': col('%CPU', is('0.0')),
  pcpu: col('%CPU', is('0.0')),
  '%mem': col('%MEM', is('0.0')),
  pmem: col('%MEM', is('0.0')),
  vsz: col('VSZ', is('0')),
  rss: col('RSS', is('0')),
};

const c = (name: keyof typeof COLUMNS): Column => COLUMNS[name] as Column;
/** -f's UID column shows the user's name */
const userAsUid = col('UID', userName);
/** BSD formats print CPU time as M:SS */
const bsdTime = col('TIME', is('0:00'));

/** The formats ps's options name. */
export const FORMATS = {
  /** no format option: PID TTY TIME CMD */
  unix: [c('pid'), c('tname'), c('time'), c('ucmd')],
  /** -f */
  full: [userAsUid, c('pid'), c('ppid'), c('c'), c('stime'), c('tname'), c('time'), c('cmd')],
  /** -j */
  jobs: [c('pid'), c('pgid'), c('sid'), c('tname'), c('time'), c('ucmd')],
  /** -fj */
  fullJobs: [userAsUid, c('pid'), c('ppid'), c('pgid'), c('sid'), c('c'), c('stime'), c('tname'), c('time'), c('cmd')],
  /** a BSD option (a, x) without another format */
  bsd: [c('pid'), c('tname'), c('stat'), bsdTime, c('args')],
  /** BSD u */
  user: [c('user'), c('pid'), c('%cpu'), c('%mem'), c('vsz'), c('rss'), c('tname'), c('stat'), col('START', stime), bsdTime, c('args')],
} as const satisfies Record<string, readonly Column[]>;

/** Every format specifier procps-ng 4.0.2 has (`ps L`): one strata does not model is refused, any other is ps's error. */
export const PROCPS_SPECIFIERS: ReadonlySet<string> = new Set(
  `%cpu %mem _left _left2 _right _right2 _unlimited _unlimited2 ag_id ag_nice args atime blocked bsdstart bsdtime c caught cgname
  cgroup cgroupns class cls cmd comm command context cp cpuid cputime cputimes cuc cuu drs dsiz egid egroup eip esp etime etimes
  euid euser exe f fgid fgroup flag flags fname fsgid fsgroup fsuid fsuser fuid fuser gid group ignored intpri ipcns label lastcpu
  lim longtname lsession lstart luid lwp lxc m_drs m_size m_trs machine maj_flt majflt min_flt minflt mntns netns ni nice nlwp
  numa oom oomadj opri ouid pagein pcpu pending pgid pgrp pid pidns pmem policy ppid pri pri_api pri_bar pri_baz pri_foo priority
  psr pss rbytes rchars rgid rgroup rops rss rssize rsz rtprio ruid ruser s sched seat sess session sgi_p sgi_rss sgid sgroup sid
  sig sig_block sig_catch sig_ignore sig_pend sigcatch sigignore sigmask size slice spid stackp start start_stack start_time stat
  state stime suid supgid supgrp suser svgid svgroup svuid svuser sz tgid thcount tid time timens times tname tpgid trs trss tsig
  tsiz tt tty tty4 tty8 ucmd ucomm uid uid_hack uname unit user userns uss util utsns uunit vsize vsz wbytes wcbytes wchan wchars
  wname wops zone`.split(/\s+/),
);
