/**
 * The user a container's process runs as (Docker 20.10.24, with the runc 1.1 its packages ship).
 * The daemon reads `-u`, or the image's USER, against the container's /etc/passwd and /etc/group
 * (daemon/oci_linux.go getUser, with runc's libcontainer/user GetExecUser): a number is a uid (or
 * gid) whatever the files say, a name must be there; the spec gets uid, gid and, as 20.10 adds them,
 * the gid again and the groups that list the user (only when no group was given). runc's init then
 * looks `uid:gid` up once more inside the container (setupUser): HOME, when the environment has
 * none, is that entry's home, else `/`; the supplementary groups are the spec's, each read as a name
 * or a gid of /etc/group (GetAdditionalGroups), once each, which the kernel keeps sorted.
 *
 * Both read the files as root, symlinks followed inside the container; a missing file is an empty
 * one. The two parsers are runc's: passwd lines by bufio.Scanner, trimmed, a `#` no comment; group
 * lines trimmed, those starting with `#` skipped; fields split on `:`, numbers by strconv.Atoi (0
 * when they do not parse).
 */
import type { DockerError } from '../core/errors.js';
import { parseGoInt } from '../go/strconv.js';
import { goTrimSpace } from '../go/strings.js';
import type { Vfs } from '../layer/vfs.js';
import { type Cred, inKernelFs } from '../sh/index.js';
import type { ProcessUser } from '../state.js';

/** What a container without a user, on an image without /etc/passwd, runs as. */
export const ROOT_USER: ProcessUser = Object.freeze({ uid: 0, gid: 0, groups: Object.freeze([0]), home: '/' });

const MAX_ID = 2 ** 31 - 1;

interface PasswdEntry {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
  readonly home: string;
}

interface GroupEntry {
  readonly name: string;
  readonly gid: number;
  readonly members: readonly string[];
}

/** strconv.Atoi: the value, or (with its error) 0 for bad syntax and the nearest int64 when out of range. */
function atoi(s: string): { value: number; ok: boolean } {
  const r = parseGoInt(s, 10, 64);
  if ('value' in r) return { value: Number(r.value), ok: true };
  if (r.error === 'invalid syntax') return { value: 0, ok: false };
  return { value: s.startsWith('-') ? -(2 ** 63) : 2 ** 63, ok: false };
}

const field = (fields: readonly string[], i: number): string => fields[i] ?? '';

/** bufio.Scanner's lines (a trailing `\r` dropped), or bufio.Reader.ReadLine's: the same lines. */
const lines = (text: string): string[] => text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));

function parsePasswd(text: string): PasswdEntry[] {
  const out: PasswdEntry[] = [];
  for (const raw of lines(text)) {
    const line = goTrimSpace(raw);
    if (line === '') continue;
    const f = line.split(':');
    out.push({ name: field(f, 0), uid: atoi(field(f, 2)).value, gid: atoi(field(f, 3)).value, home: field(f, 5) });
  }
  return out;
}

function parseGroup(text: string): GroupEntry[] {
  const out: GroupEntry[] = [];
  for (const raw of lines(text)) {
    const line = goTrimSpace(raw);
    if (line === '' || line.startsWith('#')) continue;
    const f = line.split(':');
    const list = field(f, 3);
    out.push({ name: field(f, 0), gid: atoi(field(f, 2)).value, members: list === '' ? [] : list.split(',') });
  }
  return out;
}

interface ExecUser {
  readonly uid: number;
  readonly gid: number;
  readonly sgids: readonly number[];
  readonly home: string;
}

const outOfRange = (id: number): boolean => id < 0 || id > MAX_ID;

/** libcontainer/user GetExecUser: `spec` is `user[:group]` (what follows a second colon is ignored). */
function getExecUser(spec: string, defaults: ExecUser, passwd: readonly PasswdEntry[], group: readonly GroupEntry[]): ExecUser | DockerError {
  const [userArg = '', groupArg = ''] = spec.split(':');
  const uidArg = atoi(userArg);
  const gidArg = atoi(groupArg);
  const users = passwd.filter((u) => (userArg === '' ? u.uid === defaults.uid : uidArg.ok ? u.uid === uidArg.value : u.name === userArg));
  let { uid, gid, sgids, home } = defaults;
  const matched = users[0];
  if (matched !== undefined) {
    ({ uid, gid, home } = matched);
  } else if (userArg !== '') {
    if (!uidArg.ok) return { code: 'user_not_found', name: userArg };
    uid = uidArg.value;
    if (outOfRange(uid)) return { code: 'id_range' };
  }
  if (groupArg !== '' || (matched !== undefined && matched.name !== '')) {
    const groups = group.filter((g) =>
      groupArg === '' ? g.members.includes(matched!.name) : gidArg.ok ? g.gid === gidArg.value : g.name === groupArg,
    );
    if (groupArg !== '') {
      const g = groups[0];
      if (g !== undefined) gid = g.gid;
      else {
        if (!gidArg.ok) return { code: 'group_not_found', name: groupArg };
        gid = gidArg.value;
        if (outOfRange(gid)) return { code: 'id_range' };
      }
    } else if (groups.length > 0) sgids = groups.map((g) => g.gid);
  }
  return { uid, gid, sgids, home };
}

/** GetAdditionalGroups: each id (a decimal string) as a group's name or gid, the first not taken yet, else as a number. */
function additionalGroups(ids: readonly number[], group: readonly GroupEntry[]): number[] {
  const taken = new Set<number>();
  for (const id of ids) {
    const ag = String(id);
    const g = group.find((x) => (x.name === ag || String(x.gid) === ag) && !taken.has(x.gid));
    taken.add(g === undefined ? id : g.gid);
  }
  return [...taken].sort((a, b) => a - b);
}

/** A file the daemon and runc read: its text, '' when there is none; unsupported when the model cannot say what they would read. */
function idFile(vfs: Vfs, path: string): string | DockerError {
  if (inKernelFs(vfs, path)) return { code: 'unsupported', message: `strata: a ${path} in a kernel filesystem is not modelled` };
  const data = vfs.readFile(path);
  if (data === 'ENOENT' || data === 'ENOTDIR' || data === 'ELOOP') return '';
  // the daemon would name the file by its path on the engine's host
  if (typeof data === 'string') return { code: 'unsupported', message: `strata: a ${path} that cannot be read (${data}) is not modelled` };
  const text = new TextDecoder('utf-8', { fatal: false }).decode(data);
  if (text.includes('\uFFFD')) return { code: 'unsupported', message: `strata: a ${path} that is not UTF-8 is not modelled` };
  if (lines(text).some((l) => l.length >= 64 * 1024)) return { code: 'unsupported', message: `strata: a ${path} with a line of 64 KiB or more is not modelled` };
  return text;
}

/**
 * The user `spec` names in the container whose filesystem `vfs` is (read as root), as the process
 * runs: the daemon's lookup, then runc's. Its errors are the daemon's (the start or exec fails).
 */
export function processUser(vfs: Vfs, spec: string): ProcessUser | DockerError {
  const passwdText = idFile(vfs, '/etc/passwd');
  if (typeof passwdText !== 'string') return passwdText;
  const groupText = idFile(vfs, '/etc/group');
  if (typeof groupText !== 'string') return groupText;
  const passwd = parsePasswd(passwdText);
  const group = parseGroup(groupText);
  const daemon = getExecUser(spec, { uid: 0, gid: 0, sgids: [], home: '' }, passwd, group);
  if ('code' in daemon) return daemon;
  // the spec's uint32 would wrap an id of a passwd or group entry outside the range runc checks
  if (outOfRange(daemon.uid) || outOfRange(daemon.gid) || daemon.sgids.some(outOfRange)) {
    return { code: 'unsupported', message: `strata: a user whose /etc/passwd or /etc/group entry has an id outside 0-${MAX_ID} is not modelled` };
  }
  const runc = getExecUser(`${daemon.uid}:${daemon.gid}`, { uid: 0, gid: 0, sgids: [], home: '/' }, passwd, group);
  if ('code' in runc) return runc;
  return { uid: daemon.uid, gid: daemon.gid, groups: additionalGroups([daemon.gid, ...daemon.sgids], group), home: runc.home };
}

/** runc's HOME for a process of `user` in the container: the passwd entry of its uid, now, else `/`. */
export function homeOf(vfs: Vfs, user: Cred): string | DockerError {
  const u = processUser(vfs, `${user.uid}:${user.gid}`);
  return 'code' in u ? u : u.home;
}

/** Equal credentials and home. */
export const sameUser = (a: ProcessUser, b: ProcessUser): boolean =>
  a.uid === b.uid && a.gid === b.gid && a.home === b.home && a.groups.length === b.groups.length && a.groups.every((g, i) => b.groups[i] === g);
